import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { DEMO_ADMIN, DEMO_PASSWORD, polishAddressesOn, signIn } from './support';

/**
 * Under /en every signed-in page speaks English. Content written in Polish (titles, names,
 * descriptions, mail) is marked `lang="pl"` and left out, as are form fields' typed text;
 * everything else must not be Polish: no Polish letters and none of the common Polish words below.
 */
const POLISH_WORDS = [
	'się',
	'nie',
	'jest',
	'oraz',
	'lub',
	'dla',
	'przez',
	'już',
	'tylko',
	'zapisz',
	'edycja',
	'edycji',
	'zgłoszenie',
	'zgłoszenia',
	'konto',
	'ocena',
	'etap',
	'wybierz',
	'brak',
	'czeka',
	'przejdź',
	'dodaj',
	'usuń'
];

async function polishOn(page: Page): Promise<string[]> {
	const { texts, content } = await page.evaluate(() => {
		const isContent = (el: Element) => {
			const marked = el.closest('[lang]');
			return marked !== null && !marked.getAttribute('lang')!.startsWith('en');
		};
		const texts: string[] = [];
		const content: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || parent.closest('script, style, template, noscript, textarea')) continue;
			const text = node.textContent!.trim();
			if (text) (isContent(parent) ? content : texts).push(text);
		}
		const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder]')]
			.filter((el) => !isContent(el))
			.flatMap((el) => ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''))
			.filter(Boolean);
		return { texts: [...texts, ...attributes, document.title], content };
	});
	// A page title or a label may quote content (an entry's title): the quoted content is left out.
	const quoted = [...new Set(content)].sort((a, b) => b.length - a.length);
	const word = new RegExp(`(^|[^\\p{L}])(${POLISH_WORDS.join('|')})(?=$|[^\\p{L}])`, 'iu');
	return texts
		.map((t) => quoted.reduce((rest, c) => rest.split(c).join(' '), t))
		.filter((t) => /[ąćęłńśźżĄĆĘŁŃŚŹŻ]/.test(t) || word.test(t));
}

// Each walk visits up to twenty pages and runs axe on each.
test.describe.configure({ timeout: 120_000 });

/** Visits each page under /en, collects what is still Polish on it (words or addresses), and runs axe on it. */
async function visitAll(page: Page, paths: string[]) {
	const problems: Record<string, string[]> = {};
	for (const path of paths) {
		const response = await page.goto(`/en${path}`);
		expect(response?.status(), path).toBeLessThan(400);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		const polish = [...(await polishOn(page)), ...(await polishAddressesOn(page))];
		if (polish.length) problems[path] = polish.slice(0, 8);
		await expectNoSeriousA11yViolations(page);
	}
	expect(problems).toEqual({});
}

/** The paths of the first few links on a page that match `pattern`. */
async function linksOn(page: Page, path: string, pattern: RegExp, limit = 1): Promise<string[]> {
	await page.goto(`/en${path}`);
	const hrefs = await page
		.locator('main a[href]')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	return [...new Set(hrefs.map((h) => h.replace(/^\/en/, '')).filter((h) => pattern.test(h)))].slice(
		0,
		limit
	);
}

test('organiserPages_areEnglishUnderEn', async ({ page }) => {
	await signIn(page, DEMO_ADMIN, DEMO_PASSWORD);
	const entries = await linksOn(page, '/admin/zgloszenia', /^\/admin\/zgloszenia\/[^/?]+$/);
	const curated = await linksOn(page, '/admin/katalog', /^\/admin\/katalog\/[^/?]+$/);
	const accounts = await linksOn(page, '/admin/uzytkownicy', /^\/admin\/uzytkownicy\/[^/?]+$/);
	await visitAll(page, [
		'/konto',
		'/admin',
		'/admin/edycje',
		'/admin/edycje/demo',
		'/admin/edycje/demo?etap=review',
		'/admin/edycje/demo/jury',
		'/admin/edycje/demo/przydzial',
		'/admin/edycje/demo/postep',
		'/admin/zgloszenia',
		...entries,
		'/admin/katalog',
		...curated,
		'/admin/zaproszenia',
		'/admin/uzytkownicy',
		...accounts,
		'/admin/poczta',
		'/admin/dziennik'
	]);
});

test('applicantPages_areEnglishUnderEn', async ({ page }) => {
	await signIn(page, 'miasto@demo.miasta-otwarte.test', DEMO_PASSWORD);
	const entries = await linksOn(page, '/zgloszenia', /^\/zgloszenia\/[^/?]+$/, 2);
	await visitAll(page, ['/konto', '/zgloszenia', ...entries]);
});

test('jurorPages_areEnglishUnderEn', async ({ page }) => {
	await signIn(page, 'juror@demo.miasta-otwarte.test', DEMO_PASSWORD);
	const editions = await linksOn(page, '/jury', /^\/jury\/[^/?]+$/, 2);
	const entries: string[] = [];
	for (const edition of editions) {
		entries.push(...(await linksOn(page, edition, /^\/jury\/[^/?]+\/(?!preferencje)[^/?]+$/)));
		entries.push(...(await linksOn(page, edition, /^\/jury\/[^/?]+\/preferencje$/)));
	}
	await visitAll(page, ['/konto', '/jury', ...editions, ...entries]);
});

/** A form refused for bad input answers in the page's language, with JavaScript and without. */
for (const javaScriptEnabled of [true, false]) {
	test(`formMessages_followThePageLanguage_${javaScriptEnabled ? 'withJs' : 'withoutJs'}`, async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled, locale: 'pl-PL' });
		const page = await context.newPage();
		await signIn(page, DEMO_ADMIN, DEMO_PASSWORD);
		const cases = [
			{
				prefix: '',
				name: 'Nazwa edycji',
				slug: 'Identyfikator w adresie',
				create: 'Utwórz edycję',
				messages: ['Podaj nazwę edycji.', 'Użyj małych liter bez polskich znaków']
			},
			{
				prefix: '/en',
				name: 'Edition name',
				slug: 'Identifier in the address',
				create: 'Create the edition',
				messages: ["Enter the edition's name.", 'Use lower-case letters without accents']
			}
		];
		for (const { prefix, name, slug, create, messages } of cases) {
			await page.goto(`${prefix}/admin/edycje`);
			await page.getByLabel(name, { exact: true }).fill('x');
			await page.getByLabel(slug, { exact: true }).fill('Zła Nazwa');
			await page.getByRole('button', { name: create }).click();
			for (const message of messages) await expect(page.getByText(message)).toBeVisible();
			if (prefix) expect(await polishOn(page)).toEqual([]);
		}
		await context.close();
	});
}

test('newEntryEditionOption_readsInThePageLanguage', async ({ page }) => {
	await signIn(page, 'miasto@demo.miasta-otwarte.test', DEMO_PASSWORD);
	const options = async (prefix: string) => {
		await page.goto(`${prefix}/zgloszenia`);
		return page
			.getByLabel(prefix ? 'Edition' : 'Edycja', { exact: true })
			.locator('option')
			.allTextContents();
	};
	const pl = await options('');
	const en = await options('/en');
	expect(pl.length).toBeGreaterThan(0);
	for (const label of pl) {
		expect(label).toMatch(
			/ — nabór (do \d{1,2} \p{Ll}+ \d{4}, \d{2}:\d{2} \(czas polski\)|bez terminu zamknięcia)$/u
		);
	}
	for (const label of en) {
		expect(label).toMatch(
			/ — (closes \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} \(Polish time\)|no closing date)$/
		);
	}
});
