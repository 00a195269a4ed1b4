import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { DEMO_PASSWORD, signIn, withDatabase } from './support';

const DEMO_JUROR = 'juror@demo.miasta-otwarte.test';
const run = Date.now().toString(36);
const edition = `ocena-e2e-${run}`;
const entries = {
	paper: { slug: `punkt-porad-${run}`, title: 'Punkt porad dla cudzoziemców' },
	live: { slug: `rada-imigrantow-${run}`, title: 'Rada ds. imigrantów' },
	conflicted: { slug: `szkola-${run}`, title: 'Szkoła wielokulturowa' }
};

/**
 * An edition in review whose jury is the demo juror, with three entries assigned to them, one of
 * which they declared a conflict with. Written straight into the database: the phases only move
 * forward in the app and assigning is another screen's work.
 */
test.beforeAll(async () => {
	await withDatabase(async (db) => {
		const demo = await db.collection('editions').findOne({ slug: 'demo' });
		const juror = await db.collection('users').findOne({ email: DEMO_JUROR });
		const place = await db.collection('places').findOne({ slug: 'poznan' });
		if (!demo || !juror) throw new Error('the demo edition and juror are needed');
		const now = new Date();
		const stored = { createdAt: now, updatedAt: now, origin: 'app', version: 1 };
		const { _id: _, ...settings } = demo;
		await db.collection('editions').insertOne({
			...settings,
			slug: edition,
			name: `Edycja oceniana ${run}`,
			phase: 'review',
			isDemo: false,
			awardCategories: ['Nagroda główna', 'Wyróżnienie'],
			reviewDeadline: new Date(now.getTime() + 14 * 24 * 3600 * 1000),
			...stored
		});
		await db
			.collection('users')
			.updateOne({ _id: juror._id }, { $push: { roles: { edition, role: 'juror' } } } as never);
		await db.collection('jurors').insertOne({
			edition,
			user: juror._id,
			invitedEmail: null,
			affiliations: { organisations: [], places: [] },
			publicProfile: false,
			bio: '',
			quotable: true,
			addedBy: 'admin',
			...stored
		});
		for (const { slug, title } of Object.values(entries)) {
			const description = `${title}: opis działania, jego celów, odbiorców i wyników w mieście.`;
			await db.collection('practices').insertOne({
				slug,
				title,
				summary: `${title} — streszczenie.`,
				description,
				descriptionHtml: `<p>${description}</p>`,
				place: place?.slug ?? 'poznan',
				organisations: [],
				partners: [],
				categories: [],
				themes: [],
				targetGroups: [],
				period: { from: '2015', to: null },
				funding: null,
				keyFigures: [{ label: 'Porady', value: '120 rocznie' }],
				links: [],
				language: 'pl',
				status: 'submitted',
				edition,
				jurorQuotes: [],
				...stored
			});
			await db.collection('assignments').insertOne({
				edition,
				juror: juror._id,
				entry: slug,
				source: 'organiser',
				by: 'admin',
				createdAt: now
			});
		}
		await db.collection('conflicts').insertOne({
			edition,
			juror: juror._id,
			entry: entries.conflicted.slug,
			conflicted: true,
			source: 'declared',
			reason: 'Pracowałam w tej szkole.',
			by: juror._id,
			...stored
		});
	});
});

/** Chooses on every criterion the score `at` positions from the top of its scale. */
async function scoreEveryCriterion(page: Page, from = 0) {
	const criteria = page.locator('fieldset.criterion');
	const count = await criteria.count();
	expect(count).toBeGreaterThan(1);
	for (let i = from; i < count; i++) {
		const radios = criteria.nth(i).getByRole('radio');
		// The last radio is "no score"; the one before it is the top of the scale.
		await radios.nth((await radios.count()) - 2).check();
	}
}

test('juror_withoutJavaScript_scoresAnEntry_andSeesProgress', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, DEMO_JUROR, DEMO_PASSWORD);
	await page.getByRole('link', { name: 'Jury', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moja praca w jury');
	await page.getByRole('link', { name: `Edycja oceniana ${run}`, exact: true }).click();
	await expect(page.getByText('0 z 2 ocenionych')).toBeVisible();
	await expect(page.getByRole('link', { name: entries.conflicted.title })).toHaveCount(0);
	await page.getByRole('link', { name: entries.paper.title }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(entries.paper.title);
	await expect(page.getByText('120 rocznie')).toBeVisible();

	// Submitting with criteria unscored is refused field by field; what was typed stays.
	await page.locator('fieldset.criterion').first().getByRole('radio').first().check();
	await page.getByLabel('Komentarz dla jury (niepubliczny)').fill('Rzetelnie opisane.');
	await page.getByRole('button', { name: 'Prześlij ocenę' }).click();
	await expect(page.getByText('Nie zapisano: popraw zaznaczone pola.')).toBeVisible();
	await expect(page.locator('fieldset.criterion .error').first()).toBeVisible();
	await expect(page.getByLabel('Komentarz dla jury (niepubliczny)')).toHaveValue('Rzetelnie opisane.');

	await scoreEveryCriterion(page, 1);
	await page.getByLabel('Rekomenduję to zgłoszenie do nagrody').check();
	await page.getByLabel('Proponowana kategoria nagrody').selectOption('Wyróżnienie');
	await page.getByRole('button', { name: 'Prześlij ocenę' }).click();
	await expect(page.getByText('Ocena przesłana.')).toBeVisible();
	await expect(page.getByText('Stan: przesłana')).toBeVisible();
	await expect(page.getByText('Nikt inny nie ocenił jeszcze tego zgłoszenia.')).toBeVisible();

	await page.getByRole('link', { name: `Edycja oceniana ${run}`, exact: true }).click();
	await expect(page.getByText('1 z 2 ocenionych')).toBeVisible();
	await context.close();
});

test('juror_withJavaScript_seesTheDraftSavedAutomatically_thenSubmits', async ({ page }) => {
	test.setTimeout(60_000);
	await signIn(page, DEMO_JUROR, DEMO_PASSWORD);
	await page.goto(`/jury/${edition}/${entries.live.slug}`);
	await page.locator('fieldset.criterion').first().getByRole('radio').first().check();
	await page.getByLabel('Komentarz dla jury (niepubliczny)').fill('Szkic z autozapisu.');
	await expect(page.getByText(/Zapisano automatycznie o/)).toBeVisible({ timeout: 25_000 });
	await page.reload();
	await expect(page.getByText('Stan: szkic')).toBeVisible();
	await expect(page.getByLabel('Komentarz dla jury (niepubliczny)')).toHaveValue('Szkic z autozapisu.');

	await scoreEveryCriterion(page);
	await page.getByRole('button', { name: 'Prześlij ocenę' }).click();
	await expect(page.getByText('Ocena przesłana.')).toBeVisible();
	await expect(page.getByText('Stan: przesłana')).toBeVisible();
});

test('conflictedJuror_openingTheEntry_getsTheRefusalPage', async ({ page }) => {
	await signIn(page, DEMO_JUROR, DEMO_PASSWORD);
	const response = await page.goto(`/jury/${edition}/${entries.conflicted.slug}`);
	expect(response?.status()).toBe(404);
	await expect(page.getByText('Nie ma takiego zgłoszenia wśród przydzielonych Tobie.')).toBeVisible();
	await expect(page.getByText('Pracowałam w tej szkole.')).toHaveCount(0);
});

test('juryPages_passAxe_inPolishAndEnglish', async ({ page }) => {
	await signIn(page, DEMO_JUROR, DEMO_PASSWORD);
	for (const prefix of ['', '/en']) {
		for (const path of ['/jury', `/jury/${edition}`, `/jury/${edition}/${entries.paper.slug}`]) {
			await page.goto(`${prefix}${path}`);
			await expect(page.locator('h1')).toBeVisible();
			await expectNoSeriousA11yViolations(page);
		}
	}
	await page.goto(`/en/jury/${edition}`);
	await expect(page.getByRole('heading', { name: 'Entries to score' })).toBeVisible();
});
