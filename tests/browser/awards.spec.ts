import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { DEMO_ADMIN, DEMO_PASSWORD, polishAddressesOn, signIn, withDatabase } from './support';

const run = Date.now().toString(36);
const edition = `obrady-e2e-${run}`;
const entries = {
	council: { slug: `rada-imigrantow-${run}`, title: 'Rada ds. imigrantów przy prezydencie' },
	school: { slug: `szkola-${run}`, title: 'Szkoła wielokulturowa' }
};
const QUOTE = 'Rada, która naprawdę słucha imigrantów.';

/**
 * An edition in deliberation with two submitted entries and two jurors who scored both: Anna,
 * who agreed to be quoted and offered a quote on the council, and Piotr, who did not agree (his
 * quote is never offered). Written straight into the database: the phases only move forward in
 * the app, and the jury's work is other screens' business.
 */
test.beforeAll(async () => {
	await withDatabase(async (db) => {
		const now = new Date();
		const stored = { createdAt: now, updatedAt: now, origin: 'app', version: 1 };
		await db.collection('editions').insertOne({
			slug: edition,
			name: `Obrady ${run}`,
			year: now.getFullYear(),
			description: 'Edycja w fazie obrad.',
			descriptionHtml: '<p>Edycja w fazie obrad.</p>',
			phase: 'deliberation',
			isDemo: false,
			submissionsOpen: new Date(now.getTime() - 60 * 86_400_000),
			submissionsClose: new Date(now.getTime() - 30 * 86_400_000),
			resultsDate: null,
			criteria: [
				{
					id: 'trafnosc',
					label: 'Trafność',
					description: 'Czy odpowiada na potrzeby.',
					weight: 1,
					scale: { min: 0, max: 5 },
					levels: []
				}
			],
			criteriaVersion: 1,
			awardCategories: ['Nagroda główna', 'Nagroda za współpracę'],
			...stored
		});
		for (const [slug, title] of Object.values(entries).map((e) => [e.slug, e.title]))
			await db.collection('practices').insertOne({
				slug,
				title,
				summary: `Streszczenie: ${title}.`,
				description: 'Opis.',
				descriptionHtml: '<p>Opis.</p>',
				place: 'poznan',
				organisations: [],
				partners: [],
				categories: [],
				themes: [],
				targetGroups: [],
				period: { from: '2020', to: null },
				funding: null,
				keyFigures: [],
				links: [],
				language: 'pl',
				status: 'submitted',
				edition,
				jurorQuotes: [],
				...stored
			});
		for (const [id, name, quotable, score, quote] of [
			[`anna-${run}`, 'Anna Kowalska', true, 5, QUOTE],
			[`piotr-${run}`, 'Piotr Nowak', false, 4, 'Cytat bez zgody.']
		] as const) {
			await db.collection('users').insertOne({
				_id: id as never,
				email: `${id}@example.org`,
				name,
				passwordHash: null,
				isAdmin: false,
				roles: [{ edition, role: 'juror' }],
				organisations: [],
				disabled: false,
				isDemo: false,
				createdAt: now,
				updatedAt: now,
				version: 1
			});
			await db.collection('jurors').insertOne({
				edition,
				user: id,
				invitedEmail: null,
				affiliations: { organisations: [], places: [] },
				publicProfile: true,
				bio: '',
				quotable,
				addedBy: 'admin',
				createdAt: now,
				updatedAt: now,
				version: 1
			});
			for (const entry of Object.values(entries))
				await db.collection('scores').insertOne({
					edition,
					entry: entry.slug,
					juror: id,
					criteria: [{ id: 'trafnosc', score, comment: '' }],
					privateComment: '',
					feedback: '',
					quote: entry === entries.council ? quote : '',
					recommend: true,
					category: 'Nagroda za współpracę',
					state: 'submitted',
					submittedAt: now,
					createdAt: now,
					updatedAt: now,
					version: 1
				});
		}
	});
});

test('organiser_recordsAnAwardWithANewSimilarActionRecommendationAndQuote_andAMention', async ({ page }) => {
	test.setTimeout(120_000);
	await signIn(page, DEMO_ADMIN, DEMO_PASSWORD);
	await page.goto(`/admin/edycje/${edition}`);
	await page.getByRole('link', { name: 'Decyzje o nagrodach' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Decyzje o nagrodach: Obrady ${run}`);
	await expect(page.getByText('Zgłoszenia bez decyzji: 2')).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	await page.getByRole('link', { name: entries.council.title }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(entries.council.title);
	// The jury's view: two scores, both recommending it in one category; only Anna's quote is offered.
	const jury = page.getByRole('region', { name: 'Zdanie jury' });
	await expect(jury).toContainText('Nagroda za współpracę: 2');
	await expect(page.getByText(QUOTE)).toBeVisible();
	await expect(page.getByText('Cytat bez zgody.')).toHaveCount(0);

	// A catalogue practice found by search (a GET form, diacritics folded) becomes a similar action.
	await page.getByLabel('Nazwa, miejsce lub organizacja').fill('bialystok tolerancji');
	await page.getByRole('button', { name: 'Szukaj', exact: true }).click();
	await expect(page).toHaveURL(/\?q=bialystok/);
	await page.getByRole('button', { name: /^Dodaj\W+Program „Białystok dla tolerancji”/ }).click();
	const similar = page.getByRole('region', { name: 'Podobne działania' });
	await expect(similar.getByRole('listitem')).toContainText(['Program „Białystok dla tolerancji”']);

	// A similar action created on the spot, as a mentioned practice.
	await page.getByLabel('Nazwa działania').fill('Gdańska Rada Imigrantów');
	await page.getByLabel('Miejsce', { exact: true }).selectOption({ label: 'Gdańsk' });
	await page.getByLabel('Jedno zdanie opisu').fill('Rada doradza prezydentowi miasta w sprawach imigrantów.');
	await page.getByRole('button', { name: 'Utwórz i dodaj jako podobne działanie' }).click();
	await expect(page.getByText('Utworzono praktykę (wspomnianą)')).toBeVisible();
	await expect(similar.getByRole('listitem')).toHaveCount(2);
	await expect(similar).toContainText('Gdańska Rada Imigrantów (Gdańsk)');

	// A new recommendation with a theme.
	await page.getByLabel('Tytuł rekomendacji').fill(`Rady imigrantów w dużych miastach ${run}`);
	await page.getByLabel('Treść (Markdown)').fill('Miasta powinny **powołać** rady imigrantów.');
	await page.getByRole('group', { name: 'Tematy' }).getByLabel('Partycypacja i udział imigrantów').check();
	await page.getByRole('button', { name: 'Utwórz i dodaj rekomendację' }).click();
	await expect(page.getByText('Utworzono rekomendację')).toBeVisible();
	const recommendations = page.getByRole('region', { name: 'Rekomendacje ekspertów' });
	await expect(recommendations).toContainText(`Rady imigrantów w dużych miastach ${run}`);

	// The award itself: an award needs a category, and the refused form keeps everything.
	await page.getByLabel('Nagroda', { exact: true }).check();
	await page.getByLabel('Uzasadnienie (Markdown)').fill('Za **trwałą** współpracę z imigrantami.');
	await page.getByRole('checkbox', { name: /Anna Kowalska/ }).check();
	await page.getByLabel('Głosowanie jury (nieobowiązkowo)').fill('5 za, 0 przeciw');
	await page.getByRole('button', { name: 'Zapisz decyzję' }).click();
	await expect(page.getByText('Wybierz kategorię nagrody.')).toBeVisible();
	await expect(page.getByLabel('Uzasadnienie (Markdown)')).toHaveValue(
		'Za **trwałą** współpracę z imigrantami.'
	);
	await page.getByLabel('Kategoria').selectOption('Nagroda za współpracę');
	await page.getByRole('button', { name: 'Zapisz decyzję' }).click();
	await expect(page.getByText('Zapisano decyzję.')).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	// What was saved is what the page shows after a reload.
	await page.reload();
	await expect(page.getByLabel('Nagroda', { exact: true })).toBeChecked();
	await expect(page.getByLabel('Kategoria')).toHaveValue('Nagroda za współpracę');
	await expect(page.getByRole('checkbox', { name: /Anna Kowalska/ })).toBeChecked();
	await expect(similar.getByRole('listitem')).toHaveCount(2);
	await expect(recommendations).toContainText(`Rady imigrantów w dużych miastach ${run}`);
	await expect(page.getByText(/Ostatnia decyzja: Organizator \(demo\)/)).toBeVisible();

	// Responsive: nothing wider than a phone's screen.
	await page.setViewportSize({ width: 390, height: 844 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	await page.setViewportSize({ width: 1280, height: 800 });

	// A mention for the other entry.
	await page.goto(`/admin/edycje/${edition}/nagrody/${entries.school.slug}`);
	await page.getByLabel('Wyróżnienie').check();
	await page.getByRole('button', { name: 'Zapisz decyzję' }).click();
	await expect(page.getByText('Zapisano decyzję.')).toBeVisible();

	await page.goto(`/admin/edycje/${edition}/nagrody`);
	await expect(page.getByText('Zgłoszenia bez decyzji: 0')).toBeVisible();
	const award = page.getByRole('row', { name: /Nagroda za współpracę/ });
	await expect(award.getByRole('cell')).toHaveText(['1', '0']);
	await expect(page.getByRole('listitem').filter({ hasText: entries.school.title })).toContainText(
		'Wyróżnienie'
	);
	await expectNoSeriousA11yViolations(page);

	// The practice created on the spot belongs to the edition and is not public before publication.
	await withDatabase(async (db) => {
		const created = await db.collection('practices').findOne({ title: 'Gdańska Rada Imigrantów', edition });
		expect(created?.status).toBe('mentioned');
	});
	const response = await page.goto('/praktyki?q=Gda%C5%84ska+Rada+Imigrant%C3%B3w');
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('link', { name: 'Gdańska Rada Imigrantów', exact: true })).toHaveCount(0);
});

test('organiser_inEnglish_seesNoPolishInterface', async ({ page }) => {
	await signIn(page, DEMO_ADMIN, DEMO_PASSWORD);
	await page.goto(`/en/admin/edycje/${edition}/nagrody/${entries.school.slug}`);
	await expect(page.getByRole('heading', { name: 'Decision', exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Save the decision' })).toBeVisible();
	await expect(page.getByText('Zapisz decyzję')).toHaveCount(0);
	expect(await polishAddressesOn(page)).toEqual([]);
	await page.goto(`/en/admin/edycje/${edition}/nagrody`);
	expect(await polishAddressesOn(page)).toEqual([]);
	await page.goto(`/en/admin/edycje/${edition}/nagrody/${entries.school.slug}`);
	await expectNoSeriousA11yViolations(page);
});

test('aStaleSave_withoutJavaScript_showsBothVersions_andKeepsWhatWasTyped', async ({ browser }) => {
	test.setTimeout(90_000);
	const url = `/admin/edycje/${edition}/nagrody/${entries.school.slug}`;
	const first = await (await browser.newContext()).newPage();
	const second = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
	for (const page of [first, second]) {
		await signIn(page, DEMO_ADMIN, DEMO_PASSWORD);
		await page.goto(url);
	}
	await first.getByLabel('Uzasadnienie (Markdown)').fill('Za odwagę w szkole.');
	await first.getByRole('button', { name: 'Zapisz decyzję' }).click();
	await expect(first.getByText('Zapisano decyzję.')).toBeVisible();

	// The second organiser, on the page as it was, without JavaScript.
	await second.getByLabel('Uzasadnienie (Markdown)').fill('Za konsekwencję w szkole.');
	await second.getByRole('button', { name: 'Zapisz decyzję' }).click();
	await expect(second.getByRole('alert')).toContainText('Ktoś zapisał decyzję w międzyczasie');
	const versions = second.getByRole('region', { name: 'Dwie wersje decyzji' });
	await expect(versions).toContainText('Za odwagę w szkole.');
	await expect(versions).toContainText('Za konsekwencję w szkole.');
	await expect(second.getByLabel('Uzasadnienie (Markdown)')).toHaveValue('Za konsekwencję w szkole.');

	// Having seen both, saving again replaces the stored one; a recommendation is picked on the way.
	await second.getByLabel('Istniejąca rekomendacja').selectOption({ index: 1 });
	await second.getByRole('button', { name: 'Dodaj rekomendację', exact: true }).click();
	await expect(second.getByText('Dodano rekomendację.')).toBeVisible();
	await expect(second.getByLabel('Uzasadnienie (Markdown)')).toHaveValue('Za konsekwencję w szkole.');
	await second.getByRole('button', { name: 'Zapisz decyzję' }).click();
	await expect(second.getByText('Zapisano decyzję.')).toBeVisible();
	await first.reload();
	await expect(first.getByLabel('Uzasadnienie (Markdown)')).toHaveValue('Za konsekwencję w szkole.');
	await expect(
		first.getByRole('region', { name: 'Rekomendacje ekspertów' }).getByRole('listitem')
	).toHaveCount(1);
	await first.context().close();
	await second.context().close();
});
