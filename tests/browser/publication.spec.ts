import { expect, test } from '@playwright/test';
import { bumpCatalogueVersion } from '../../src/lib/server/catalogue/version';
import { expectNoSeriousA11yViolations } from './axe';
import { advancePhase, DEMO_ADMIN, DEMO_PASSWORD, signIn, withDatabase } from './support';

const DEMO_JUROR = 'juror@demo.miasta-otwarte.test';
const DEMO_APPLICANT = 'miasto@demo.miasta-otwarte.test';
const run = Date.now().toString(36);
const edition = `wyniki-e2e-${run}`;
const editionName = `Edycja z wynikami ${run}`;
const awarded = { slug: `punkt-wynikow-${run}`, title: `Punkt porad nagrodzony ${run}` };
const similar = { slug: `podobny-punkt-${run}`, title: `Podobny punkt w innym mieście ${run}` };
const recommendation = { slug: `rekomendacja-wynikow-${run}`, title: `Porady w wielu językach ${run}` };
const category = 'Informacja i usługi publiczne';
const feedback = 'Warto dopisać, jak mierzycie skuteczność porad.';
const quote = 'Punkt, który naprawdę odpowiada na potrzeby mieszkańców.';

let jurorName = '';

/**
 * An edition in deliberation with one entry of the demo applicant's organisation scored by the demo
 * juror and a decision to award it, written straight into the database: the deliberation and the
 * decisions are other screens' work; this test is about publishing them.
 */
test.beforeAll(async () => {
	await withDatabase(async (db) => {
		const demo = await db.collection('editions').findOne({ slug: 'demo' });
		const juror = await db.collection('users').findOne({ email: DEMO_JUROR });
		const applicant = await db.collection('users').findOne({ email: DEMO_APPLICANT });
		if (!demo || !juror || !applicant) throw new Error('the demo edition, juror and applicant are needed');
		jurorName = juror.name;
		const organisation = applicant.organisations[0] as string;
		const place = (await db.collection('organisations').findOne({ slug: organisation }))?.place ?? 'poznan';
		const now = new Date();
		const stored = { createdAt: now, updatedAt: now, origin: 'app', version: 1 };
		const { _id: _, ...settings } = demo;
		await db.collection('editions').insertOne({
			...settings,
			slug: edition,
			name: editionName,
			phase: 'deliberation',
			isDemo: false,
			awardCategories: ['Polityka i współpraca w mieście', category],
			...stored
		});
		await db
			.collection('users')
			.updateOne({ _id: applicant._id }, { $push: { roles: { edition, role: 'applicant' } } } as never);
		await db
			.collection('users')
			.updateOne({ _id: juror._id }, { $push: { roles: { edition, role: 'juror' } } } as never);
		await db.collection('jurors').insertOne({
			edition,
			user: juror._id,
			invitedEmail: null,
			affiliations: { organisations: [], places: [] },
			publicProfile: true,
			bio: 'Ekspertka integracji, prowadzi poradnię dla cudzoziemców.',
			quotable: true,
			addedBy: 'admin',
			...stored
		});
		const practice = (slug: string, title: string, fields: object) => {
			const description = `${title}: opis działania, jego celów, odbiorców i wyników w mieście.`;
			return db.collection('practices').insertOne({
				slug,
				title,
				summary: `${title} — streszczenie.`,
				description,
				descriptionHtml: `<p>${description}</p>`,
				place,
				organisations: [organisation],
				partners: [],
				categories: [],
				themes: [],
				targetGroups: [],
				period: { from: '2019', to: null },
				funding: null,
				keyFigures: [],
				links: [],
				language: 'pl',
				jurorQuotes: [],
				...stored,
				...fields
			});
		};
		await practice(awarded.slug, awarded.title, { status: 'submitted', edition, createdBy: applicant._id });
		await practice(similar.slug, similar.title, { status: 'catalogue', edition: null, organisations: [] });
		await db.collection('recommendations').insertOne({
			slug: recommendation.slug,
			edition,
			title: recommendation.title,
			text: 'Informacja dla cudzoziemców powinna być dostępna w ich językach.',
			textHtml: '<p>Informacja dla cudzoziemców powinna być dostępna w ich językach.</p>',
			themes: [],
			order: 0,
			...stored
		});
		const criteria = (settings.criteria as { id: string; scale: { max: number } }[]).map((c) => ({
			id: c.id,
			score: c.scale.max,
			comment: 'Komentarz dla jury.'
		}));
		await db.collection('scores').insertOne({
			edition,
			entry: awarded.slug,
			juror: juror._id,
			criteria,
			privateComment: 'Tylko dla jury.',
			feedback,
			quote,
			recommend: true,
			category,
			state: 'submitted',
			submittedAt: now,
			createdAt: now,
			updatedAt: now,
			version: 1
		});
		const justification = 'Jury doceniło **wielojęzyczne porady** i stałą współpracę z organizacjami.';
		await db.collection('decisions').insertOne({
			edition,
			entry: awarded.slug,
			outcome: 'award',
			category,
			justification,
			justificationHtml:
				'<p>Jury doceniło <strong>wielojęzyczne porady</strong> i stałą współpracę z organizacjami.</p>',
			similarActions: [similar.slug],
			recommendations: [recommendation.slug],
			quotes: [{ juror: juror._id, text: quote }],
			vote: '5 za',
			decidedBy: 'admin',
			decidedAt: now,
			createdAt: now,
			updatedAt: now,
			version: 1
		});
		// A public practice (the similar action) written straight into the database: the servers
		// learn of it as of any write outside the app that stores a version without saying what
		// changed, by reading everything.
		await bumpCatalogueVersion(db);
	});
});

test('organiserPublishes_thePublicSeesTheAward_andTheApplicantTheirFeedback', async ({ browser, page }) => {
	test.setTimeout(90_000);
	// Before publication nothing of it is public, and the applicant sees no results.
	expect((await page.goto(`/praktyki/${awarded.slug}`))?.status()).toBe(404);

	const admin = await (await browser.newContext()).newPage();
	await signIn(admin, DEMO_ADMIN, DEMO_PASSWORD);
	await admin.goto(`/admin/edycje/${edition}`);
	await advancePhase(admin, 'wyniki opublikowane');

	await page.goto(`/praktyki/${awarded.slug}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(awarded.title);
	await expect(page.getByRole('heading', { name: 'Nagroda jury' })).toBeVisible();
	await expect(page.getByText(`kategoria: ${category}`)).toBeVisible();
	await expect(page.getByText('wielojęzyczne porady')).toBeVisible();
	await expect(page.getByRole('link', { name: similar.title })).toBeVisible();
	await expect(page.getByRole('link', { name: recommendation.title })).toBeVisible();
	await expect(page.getByText(quote)).toBeVisible();
	await expect(page.getByText(jurorName, { exact: false }).first()).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	// The similar action names the awarded practice back.
	await page.getByRole('link', { name: similar.title }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(similar.title);
	await expect(page.getByRole('link', { name: awarded.title }).first()).toBeVisible();

	for (const prefix of ['', '/en']) {
		await page.goto(`${prefix}/edycje/${edition}`);
		await expect(page.getByRole('heading', { level: 4, name: category })).toBeVisible();
		await expect(page.getByRole('link', { name: awarded.title, exact: true })).toBeVisible();
		await expect(page.getByText('Ekspertka integracji')).toBeVisible();
		await expectNoSeriousA11yViolations(page);
	}

	await signIn(page, DEMO_APPLICANT, DEMO_PASSWORD);
	await page.goto('/zgloszenia');
	await expect(page.getByText(`Nagroda w kategorii: ${category}`)).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	await page.getByRole('link', { name: awarded.title }).click();
	await expect(page.getByRole('heading', { name: 'Wyniki konkursu' })).toBeVisible();
	await expect(page.getByText(feedback)).toBeVisible();
	await expect(page.getByText('Tylko dla jury.')).toHaveCount(0);
	await expect(page.getByText(jurorName)).toHaveCount(0);
	await expectNoSeriousA11yViolations(page);
	await page.setViewportSize({ width: 375, height: 800 });
	await expectNoSeriousA11yViolations(page);
});
