import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';

/** The number of results a catalogue address gives, read from its server-rendered page. */
async function totalAt(request: APIRequestContext, href: string) {
	const html = await (await request.get(href)).text();
	const total = html.match(/role="status"[^>]*>[^<]*(?:<!---->)?\s*<strong>(\d+)<\/strong>/);
	expect(total, href).not.toBeNull();
	return Number(total![1]);
}

/** Every option of every filter on the page: its select, value, and the count it promises. */
async function filterOptions(page: Page) {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLSelectElement>('form[role="search"] select')]
			.filter((select) => select.name !== 'sort')
			.flatMap((select) =>
				[...select.options]
					.filter((option) => option.value)
					.map((option) => ({
						name: select.name,
						value: option.value,
						label: option.text,
						count: Number(option.text.match(/\((\d+)\)$/)?.[1] ?? NaN)
					}))
			)
	);
}

test('homeSearchBox_isLabelledAndSearchesTheCatalogue', async ({ page }) => {
	await page.goto('/');
	const box = page.getByRole('searchbox', { name: 'Szukaj praktyk' });
	await expect(box).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	await box.fill('Lublin');
	await box.press('Enter');
	await expect(page).toHaveURL(/\/praktyki\?q=Lublin$/);
	await expect(page.getByRole('main').getByRole('article').first()).toContainText('Lublin');
});

test('voivodeshipFilter_listsEveryVoivodeshipWithPractices_andEveryCountEqualsItsResults', async ({
	page,
	request
}) => {
	const exported = await (await request.get('/api/v1/export.json')).json();
	const voivodeships = new Set<string>(
		exported.practices.map((p: { place: { voivodeship: string } }) => p.place.voivodeship)
	);

	for (const start of ['/praktyki', '/praktyki?status=mentioned', '/praktyki?voivodeship=pomorskie']) {
		await page.goto(start);
		const options = await filterOptions(page);
		if (start === '/praktyki') {
			const offered = options.filter((o) => o.name === 'voivodeship');
			expect(new Set(offered.map((o) => o.value))).toEqual(voivodeships);
			expect(offered.map((o) => o.label)).toContain('Województwo pomorskie (3)');
			// "Miejsce" lists places only.
			const places = options.filter((o) => o.name === 'place').map((o) => o.label);
			expect(places.some((label) => label.startsWith('Województwo'))).toBe(false);
		}
		const base = new URL(start, 'http://x').searchParams;
		for (const option of options) {
			const params = new URLSearchParams(base);
			params.set(option.name, option.value);
			expect(await totalAt(request, `/praktyki?${params}`), `${start}: ${option.name}=${option.value}`).toBe(
				option.count
			);
		}
	}
});

test('voivodeshipAsPlace_inAnOlderAddress_becomesTheVoivodeshipFilter', async ({ page }) => {
	await page.goto('/praktyki?place=pomorskie');
	await expect(page).toHaveURL(/\/praktyki\?voivodeship=pomorskie$/);
	await expect(page.getByRole('status')).toContainText('3');
});

test('practiceFacts_andThemeChips_leadToTheFilteredCatalogue', async ({ page }) => {
	await page.goto('/praktyki/gdansk-study-in-pomorskie');
	const facts = page.getByRole('complementary', { name: 'Informacje o praktyce' });
	await facts.getByRole('link', { name: 'Województwo pomorskie' }).click();
	await expect(page).toHaveURL(/\/praktyki\?voivodeship=pomorskie$/);
	await expect(page.getByRole('list', { name: 'Wybrane filtry' })).toContainText('Województwo pomorskie');

	await page.goto('/praktyki/gdansk-study-in-pomorskie');
	await facts.getByRole('link', { name: 'Gdańsk' }).click();
	await expect(page).toHaveURL(/\/praktyki\?place=gdansk$/);

	await page.goto('/praktyki/gdansk-study-in-pomorskie');
	const theme = facts.locator('dt:has-text("Tematy") + dd').getByRole('link').first();
	const themeName = (await theme.innerText()).trim();
	await theme.click();
	await expect(page).toHaveURL(/\/praktyki\?theme=[a-z-]+$/);
	await expect(page.getByRole('list', { name: 'Wybrane filtry' })).toContainText(themeName);
	await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();

	await page.goto('/rekomendacje');
	await page.getByRole('list', { name: 'Tematy' }).first().getByRole('link').first().click();
	await expect(page).toHaveURL(/\/praktyki\?theme=[a-z-]+$/);
	await expect(page.getByRole('main').getByRole('article').first()).toBeVisible();
});

test('practicePage_marksAStubAsKnownOnlyByName', async ({ page }) => {
	await page.goto('/praktyki?status=mentioned&q=Gda%C5%84sk');
	await expect(page.getByRole('main').getByRole('article').first()).toContainText('Tylko wzmianka');
	await page.goto('/praktyki/gdansk-zespol-ds-modelu-integracji-imigrantow');
	await expect(page.getByText('Tylko wzmianka: źródła podają')).toBeVisible();
});

test('downloadButtons_giveTheCsvAndJsonFilesWithTheirSizes', async ({ page }) => {
	await page.goto('/api');
	const csv = page.getByRole('link', { name: /^Pobierz CSV \(\d+ kB\)$/ });
	const json = page.getByRole('link', { name: /^Pobierz JSON \((\d+ kB|[\d,]+ MB)\)$/ });
	await expect(csv).toBeVisible();
	await expect(json).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	const [csvFile] = await Promise.all([page.waitForEvent('download'), csv.click()]);
	expect(csvFile.suggestedFilename()).toBe('miasta-otwarte-praktyki.csv');
	const [jsonFile] = await Promise.all([page.waitForEvent('download'), json.click()]);
	expect(jsonFile.suggestedFilename()).toBe('miasta-otwarte.json');
});

test('citation_underEnglish_pointsAtTheEnglishPage_withoutDoubledQuotes', async ({ page }) => {
	await page.goto('/en/praktyki/gdansk-study-in-pomorskie');
	const cite = page.locator('.cite');
	await expect(cite).toContainText('“Study in Pomorskie”, Gdańsk.');
	await expect(cite).not.toContainText('„');
	await expect(cite.getByRole('link').first()).toHaveAttribute(
		'href',
		/^http:\/\/[^/]+\/en\/praktyki\/gdansk-study-in-pomorskie$/
	);
	await expect(
		page.getByText("The catalogue's content is in Polish: English titles and summaries are shown")
	).toBeVisible();
	await expect(page.locator('main .badge.award, main .badge.neutral').first()).not.toHaveText(/Wyróżn/);
	await expectNoSeriousA11yViolations(page);

	await page.goto('/praktyki/gdansk-study-in-pomorskie');
	await expect(page.locator('.cite')).toContainText('„Study in Pomorskie”, Gdańsk.');
	await expect(page.locator('.cite')).not.toContainText('„„');
});

test('phone_catalogueWithItsFilterPanel_passesAxe_inPolishAndEnglish', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
	const page = await context.newPage();
	for (const path of ['/praktyki?voivodeship=pomorskie&status=mentioned', '/en/praktyki?theme=culture']) {
		await page.goto(path);
		await expectNoSeriousA11yViolations(page);
		await page
			.locator('summary')
			.filter({ hasText: /Filtry|Filters/ })
			.click();
		await expect(page.getByRole('combobox').first()).toBeVisible();
		await expectNoSeriousA11yViolations(page);
	}
	await page.goto('/en/edycje/miasta-otwarte-2015');
	await expectNoSeriousA11yViolations(page);
	await context.close();
});

test('everyContentPageUnderEnglish_saysOnceThatTheContentIsPolish', async ({ page }) => {
	const note = page.getByText("The catalogue's content is in Polish");
	await page.goto('/en/rekomendacje');
	const recommendation = await page
		.getByRole('main')
		.getByRole('heading', { level: 2 })
		.first()
		.getByRole('link')
		.getAttribute('href');
	for (const path of [
		'/en',
		'/en/praktyki',
		'/en/praktyki/gdansk-study-in-pomorskie',
		'/en/rekomendacje',
		recommendation!,
		'/en/edycje',
		'/en/edycje/miasta-otwarte-2015',
		'/en/miejsca',
		'/en/miejsca/lublin'
	]) {
		await page.goto(path);
		await expect(note, path).toHaveCount(1);
	}
	await page.goto('/praktyki');
	await expect(page.getByText('Treści katalogu są w języku polskim')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('homeSearchBox_worksAsAPlainForm', async ({ page }) => {
		await page.goto('/en');
		await page.getByRole('searchbox', { name: 'Search practices' }).fill('Lodz');
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		await expect(page).toHaveURL(/\/en\/praktyki\?q=Lodz$/);
		await expect(page.getByRole('main').getByRole('article').first()).toContainText('Łódź');
	});

	test('breadcrumb_leadsBackToTheFilteredList', async ({ page }) => {
		await page.goto('/praktyki?voivodeship=pomorskie&sort=title');
		await page.getByRole('main').getByRole('article').first().getByRole('link').click();
		await expect(page).toHaveURL(/\/praktyki\/[a-z0-9-]+\?from=/);
		await page
			.getByRole('navigation', { name: 'Ścieżka' })
			.getByRole('link', { name: 'Wyniki wyszukiwania' })
			.click();
		await expect(page).toHaveURL(/\/praktyki\?voivodeship=pomorskie&sort=title$/);
		await expect(page.getByRole('status')).toContainText('3');
	});

	test('phone_foldsTheFiltersIntoAPanel_andShowsRemovableChipsAboveTheResults', async ({ browser }) => {
		const context = await browser.newContext({
			viewport: { width: 390, height: 844 },
			javaScriptEnabled: false
		});
		const page = await context.newPage();
		await page.goto('/praktyki?voivodeship=pomorskie&status=mentioned');
		await expect(page.getByLabel('Województwo', { exact: true })).toBeHidden();
		const panel = page.getByText('Filtry (2)');
		await expect(panel).toBeVisible();
		const first = page.getByRole('main').getByRole('article').first();
		expect((await first.boundingBox())!.y).toBeLessThan(600);

		await page.getByRole('link', { name: 'Usuń filtr: Województwo pomorskie' }).click();
		await expect(page).toHaveURL(/\/praktyki\?status=mentioned$/);
		await expect(page.getByText('Filtry (1)')).toBeVisible();

		await page.getByText('Filtry (1)').click();
		await expect(page.getByLabel('Województwo', { exact: true })).toBeVisible();
		await page.getByLabel('Województwo', { exact: true }).selectOption('lubelskie');
		await page.getByRole('button', { name: 'Pokaż wyniki' }).click();
		await expect(page).toHaveURL(/voivodeship=lubelskie/);
		await expect(page.getByRole('list', { name: 'Wybrane filtry' }).getByRole('link')).toHaveCount(2);

		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await context.close();
	});

	test('phone_chartAndMapLabels_areAtLeast12PixelsAndDoNotOverlap', async ({ browser }) => {
		const context = await browser.newContext({
			viewport: { width: 390, height: 844 },
			javaScriptEnabled: false
		});
		const page = await context.newPage();
		await page.goto('/edycje/miasta-otwarte-2015');
		const chartSizes = await page
			.locator('.chart .label')
			.evaluateAll((labels) => labels.map((l) => parseFloat(getComputedStyle(l).fontSize)));
		expect(chartSizes.length).toBeGreaterThan(0);
		for (const size of chartSizes) expect(size).toBeGreaterThanOrEqual(12);

		await page.goto('/miejsca');
		const boxes = await page.locator('svg text').evaluateAll((texts) =>
			texts
				.filter((t) => getComputedStyle(t).display !== 'none')
				.map((t) => {
					const box = t.getBoundingClientRect();
					const size = Number(t.getAttribute('font-size')) * ((t as SVGTextElement).getScreenCTM()?.a ?? 0);
					return {
						name: t.textContent,
						size,
						left: box.left,
						right: box.right,
						top: box.top,
						bottom: box.bottom
					};
				})
		);
		expect(boxes.length).toBeGreaterThan(4);
		for (const box of boxes) expect(box.size, box.name!).toBeGreaterThanOrEqual(12);
		for (const [i, a] of boxes.entries()) {
			for (const b of boxes.slice(i + 1)) {
				const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
				expect(overlap, `${a.name} / ${b.name}`).toBe(false);
			}
		}
		await context.close();
	});
});
