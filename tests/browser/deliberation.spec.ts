import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { DEMO_ADMIN, DEMO_PASSWORD, polishAddressesOn, signIn, withDatabase } from './support';

const run = Date.now().toString(36);
const edition = `obrady-e2e-${run}`;
const name = `Obrady ${run}`;

/**
 * A copy of the demo jury's edition (its entries, jurors, assignments and scores) already in
 * deliberation. Written straight into the database: phases only move forward in the app, and the
 * demo edition itself stays in review for the other tests.
 */
test.beforeAll(async () => {
	await withDatabase(async (db) => {
		const demo = await db.collection('editions').findOne({ slug: 'demo-jury' });
		if (!demo) throw new Error('the demo jury edition is needed');
		const { _id: _, ...settings } = demo;
		await db.collection('editions').insertOne({ ...settings, slug: edition, name, phase: 'deliberation' });
		const copy = (slug: string) => `${slug}-${run}`;
		const strip = <T extends { _id?: unknown }>({ _id: __, ...rest }: T) => rest;
		const practices = await db.collection('practices').find({ edition: 'demo-jury' }).toArray();
		await db
			.collection('practices')
			.insertMany(practices.map((p) => ({ ...strip(p), slug: copy(p.slug), edition })));
		const jurors = await db.collection('jurors').find({ edition: 'demo-jury' }).toArray();
		await db.collection('jurors').insertMany(jurors.map((j) => ({ ...strip(j), edition })));
		for (const kind of ['assignments', 'scores']) {
			const docs = await db.collection(kind).find({ edition: 'demo-jury' }).toArray();
			await db.collection(kind).insertMany(docs.map((d) => ({ ...strip(d), edition, entry: copy(d.entry) })));
		}
	});
});

test('organiser_readsSortsFiltersShortlistsAndDownloads_onTheDeliberationPage', async ({ page }) => {
	await signIn(page, DEMO_ADMIN, DEMO_PASSWORD);
	await page.goto(`/admin/edycje/${edition}`);
	await page.getByRole('link', { name: 'Obrady', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Obrady: ${name}`);
	const table = page.locator('table.delib');
	const rows = table.locator('tbody tr');
	const total = await rows.count();
	expect(total).toBeGreaterThanOrEqual(8);
	await expectNoSeriousA11yViolations(page);

	// Sorting by a column heading: by standard deviation, highest first, then the other way round.
	await table.getByRole('link', { name: 'Odchylenie std.' }).click();
	await expect(page).toHaveURL(/sort=stdev&dir=desc/);
	await expect(table.getByRole('columnheader', { name: 'Odchylenie std.' })).toHaveAttribute(
		'aria-sort',
		'descending'
	);
	const spreads = async () =>
		(await rows.locator('td:nth-child(8)').allInnerTexts()).map((t) =>
			t === '—' ? -1 : Number(t.replace(',', '.'))
		);
	const desc = await spreads();
	expect(desc).toEqual([...desc].sort((a, b) => b - a));
	await table.getByRole('link', { name: 'Odchylenie std.' }).click();
	await expect(page).toHaveURL(/sort=stdev(&|$)/);
	await expect(page).not.toHaveURL(/dir=desc/);

	// Filtering with the form (a GET, so it works without JavaScript too): a title search.
	await page.getByLabel('Szukaj w tytułach').fill('Punkt');
	await page.getByRole('button', { name: 'Zastosuj' }).click();
	await expect(page).toHaveURL(/q=Punkt/);
	const found = await rows.count();
	expect(found).toBeLessThan(total);
	await expect(page.getByText(`Pokazano ${found} z ${total} zgłoszeń.`)).toBeVisible();
	await page.getByRole('link', { name: 'Wyczyść' }).click();
	await expect(rows).toHaveCount(total);

	// The shortlist: put the best entry on it, then show only the shortlist.
	const first = rows.first();
	const title = await first.locator('th').innerText();
	await first.getByRole('button', { name: /Na krótkiej liście/ }).click();
	await expect(page.getByText('Dodano do krótkiej listy.')).toBeVisible();
	await expect(rows.first().getByRole('button', { name: /Na krótkiej liście/ })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await page.getByLabel('Pokaż', { exact: true }).selectOption('shortlist');
	await page.getByRole('button', { name: 'Zastosuj' }).click();
	await expect(page).toHaveURL(/filter=shortlist/);
	await expect(rows).toHaveCount(1);
	await expect(rows.first().locator('th')).toHaveText(title);

	// The ranking as CSV.
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: 'Pobierz ranking (CSV)' }).click()
	]);
	const csv = readFileSync((await download.path())!, 'utf8');
	const lines = csv.trim().split('\n');
	expect(lines[0]).toBe(
		'rank_mean,rank_z,entry,entry_title,n,mean,median,stdev,min,max,z_mean,disagreement,recommended'
	);
	expect(lines).toHaveLength(total + 1);
	await expectNoSeriousA11yViolations(page);
});

test('deliberationPage_fitsAPhone_andSpeaksEnglish', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await signIn(page, DEMO_ADMIN, DEMO_PASSWORD);
	await page.goto(`/admin/edycje/${edition}/obrady`);
	// Wide tables scroll inside their own region, never the page.
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	await page.goto(`/en/admin/edycje/${edition}/obrady`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Deliberation: ${name}`);
	await expect(page.getByRole('link', { name: 'Download the ranking (CSV)' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Normalisation diagnostics' })).toBeVisible();
	expect(await polishAddressesOn(page)).toEqual([]);
	await expectNoSeriousA11yViolations(page);
});

test('deliberationWarnings_areWholeSentences_inBothLanguages', async ({ page }) => {
	await signIn(page, DEMO_ADMIN, DEMO_PASSWORD);
	for (const [prefix, heading] of [
		['', 'Uwaga: normalizacja opiera się na małej liczbie ocen'],
		['/en', 'Note: the normalisation rests on few scores']
	]) {
		await page.goto(`${prefix}/admin/edycje/${edition}/obrady`);
		const section = page.getByRole('region', { name: heading });
		// The demo jurors each scored four entries: fewer than the normalisation needs.
		const warnings = await section.locator('li li').allInnerTexts();
		expect(warnings.length).toBeGreaterThan(0);
		for (const warning of warnings) expect(warning).toMatch(/^\p{Lu}.*\.$/u);
	}
});
