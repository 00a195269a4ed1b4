import { expect, test } from '@playwright/test';
import type { Db } from 'mongodb';
import { expectNoSeriousA11yViolations } from './axe';
import { advancePhase, DEMO_ADMIN, DEMO_PASSWORD, signIn, withDatabase } from './support';

/**
 * The whole path, from the jury's scores to a public page: the demo jury's edition, copied as an
 * edition of its own (a demo edition never becomes public, whatever its phase), goes from review to
 * deliberation, the organiser reads the ranking, decides on two entries and publishes.
 */
const DEMO_APPLICANT = 'miasto@demo.miasta-otwarte.test';
const QUOTING_JUROR = 'Ewa Nowicka (demo)';
const run = Date.now().toString(36);
const edition = `sciezka-e2e-${run}`;
const editionName = `Ścieżka jury ${run}`;
const newSimilar = `Rada Imigrantów przy prezydencie ${run}`;
const newRecommendation = `Rady imigrantów w każdym dużym mieście ${run}`;
const justification = 'Jury doceniło **stałą współpracę** z organizacjami imigrantów.';

let awarded = { slug: '', title: '' };
let mentioned = { slug: '', title: '' };
let quote = '';
let feedback = '';
let category = '';

/** A copy of `demo-jury` (entries, jurors, their scores, assignments and conflicts) under `edition`. */
async function copyDemoJury(db: Db) {
	const source = await db.collection('editions').findOne({ slug: 'demo-jury' });
	const applicant = await db.collection('users').findOne({ email: DEMO_APPLICANT });
	const ewa = await db.collection('users').findOne({ name: QUOTING_JUROR });
	if (!source || !applicant || !ewa) throw new Error('the demo jury, applicant and Ewa Nowicka are needed');
	const now = new Date();
	const { _id: _edition, ...settings } = source;
	category = (settings.awardCategories as string[] | undefined)?.[0] ?? 'Polityka i współpraca w mieście';
	await db.collection('editions').insertOne({
		...settings,
		slug: edition,
		name: editionName,
		phase: 'review',
		isDemo: false,
		awardCategories: [category, 'Informacja i usługi publiczne'].filter((c, i, all) => all.indexOf(c) === i),
		createdAt: now,
		updatedAt: now,
		version: 1
	});
	const copied = (slug: string) => `${slug}-${run}`;
	const entries = await db
		.collection('practices')
		.find({ edition: 'demo-jury', status: 'submitted' })
		.toArray();
	const scores = await db.collection('scores').find({ edition: 'demo-jury' }).toArray();

	// Awarded: an entry Ewa (quotable, public profile) recommended with a quote and wrote feedback on.
	const quoted = scores.find((s) => s.juror === ewa._id && s.state === 'submitted' && s.quote && s.feedback);
	const other = entries.find(
		(e) => e.slug !== quoted?.entry && scores.some((s) => s.entry === e.slug && s.state === 'submitted')
	);
	const first = entries.find((e) => e.slug === quoted?.entry);
	if (!quoted || !first || !other) throw new Error('the demo jury has no quoted entry to award');
	awarded = { slug: copied(first.slug), title: first.title };
	mentioned = { slug: copied(other.slug), title: other.title };
	quote = quoted.quote;
	feedback = quoted.feedback;

	await db.collection('practices').insertMany(
		entries.map(({ _id, ...entry }) => ({
			...entry,
			slug: copied(entry.slug),
			edition,
			eligibilityDecision: 'eligible',
			// The awarded entry is the demo applicant's, so that they find its result and feedback.
			...(entry.slug === first.slug
				? { createdBy: applicant._id, organisations: applicant.organisations }
				: {})
		}))
	);
	await db
		.collection('users')
		.updateOne({ _id: applicant._id }, { $push: { roles: { edition, role: 'applicant' } } } as never);
	const jurors = await db.collection('jurors').find({ edition: 'demo-jury' }).toArray();
	await db.collection('jurors').insertMany(jurors.map(({ _id, ...juror }) => ({ ...juror, edition })));
	for (const juror of jurors)
		await db
			.collection('users')
			.updateOne({ _id: juror.user }, { $push: { roles: { edition, role: 'juror' } } } as never);
	await db
		.collection('scores')
		.insertMany(scores.map(({ _id, ...score }) => ({ ...score, edition, entry: copied(score.entry) })));
	for (const name of ['assignments', 'conflicts']) {
		const records = await db.collection(name).find({ edition: 'demo-jury' }).toArray();
		if (records.length > 0)
			await db
				.collection(name)
				.insertMany(
					records.map(({ _id, ...record }) => ({ ...record, edition, entry: copied(record.entry) }))
				);
	}
}

test.beforeAll(async () => {
	await withDatabase(copyDemoJury);
});

test('fromTheJurysScores_toAnAwardOnAPublicPage_andFeedbackForTheApplicant', async ({ browser, page }) => {
	test.setTimeout(180_000);
	expect((await page.goto(`/praktyki/${awarded.slug}`))?.status()).toBe(404);

	const admin = await (await browser.newContext()).newPage();
	await signIn(admin, DEMO_ADMIN, DEMO_PASSWORD);
	await admin.goto(`/admin/edycje/${edition}`);
	await advancePhase(admin, 'obrady jury');

	// The ranking: both entries with their jury's figures.
	await admin.getByRole('link', { name: 'Obrady', exact: true }).click();
	await expect(admin.getByRole('heading', { level: 1 })).toContainText(editionName);
	for (const entry of [awarded, mentioned])
		await expect(admin.getByRole('row').filter({ hasText: entry.title }).first()).toBeVisible();
	await expectNoSeriousA11yViolations(admin);

	// The award: a catalogue practice and a new one as similar actions, a new recommendation, a quote.
	await admin.goto(`/admin/edycje/${edition}/nagrody/${awarded.slug}`);
	await expect(admin.getByRole('heading', { level: 1 })).toHaveText(awarded.title);
	await admin.getByLabel('Nazwa, miejsce lub organizacja').fill('bialystok tolerancji');
	await admin.getByRole('button', { name: 'Szukaj', exact: true }).click();
	await admin.getByRole('button', { name: /^Dodaj\W+Program „Białystok dla tolerancji”/ }).click();
	const similar = admin.getByRole('region', { name: 'Podobne działania' });
	await expect(similar.getByRole('listitem')).toContainText(['Program „Białystok dla tolerancji”']);
	await admin.getByLabel('Nazwa działania').fill(newSimilar);
	await admin.getByLabel('Miejsce', { exact: true }).selectOption({ label: 'Gdańsk' });
	await admin
		.getByLabel('Jedno zdanie opisu')
		.fill('Rada doradza prezydentowi miasta w sprawach imigrantów.');
	await admin.getByRole('button', { name: 'Utwórz i dodaj jako podobne działanie' }).click();
	await expect(admin.getByText('Utworzono praktykę (wspomnianą)')).toBeVisible();
	await expect(similar).toContainText(newSimilar);
	await admin.getByLabel('Tytuł rekomendacji').fill(newRecommendation);
	await admin.getByLabel('Treść (Markdown)').fill('Miasta powinny **powołać** rady imigrantów.');
	await admin.getByRole('group', { name: 'Tematy' }).getByLabel('Partycypacja i udział imigrantów').check();
	await admin.getByRole('button', { name: 'Utwórz i dodaj rekomendację' }).click();
	await expect(admin.getByText('Utworzono rekomendację')).toBeVisible();
	await admin.getByLabel('Nagroda', { exact: true }).check();
	await admin.getByLabel('Kategoria').selectOption(category);
	await admin.getByLabel('Uzasadnienie (Markdown)').fill(justification);
	await admin.getByRole('checkbox', { name: new RegExp(QUOTING_JUROR.replace(/[()]/g, '\\$&')) }).check();
	await admin.getByRole('button', { name: 'Zapisz decyzję' }).click();
	await expect(admin.getByText('Zapisano decyzję.')).toBeVisible();
	await expectNoSeriousA11yViolations(admin);

	// A mention for the other entry.
	await admin.goto(`/admin/edycje/${edition}/nagrody/${mentioned.slug}`);
	await admin.getByLabel('Wyróżnienie').check();
	await admin.getByLabel('Uzasadnienie (Markdown)').fill('Za odwagę w trudnym temacie.');
	await admin.getByRole('button', { name: 'Zapisz decyzję' }).click();
	await expect(admin.getByText('Zapisano decyzję.')).toBeVisible();

	await admin.goto(`/admin/edycje/${edition}`);
	await advancePhase(admin, 'wyniki opublikowane');

	// The public practice page: award, justification, similar actions, recommendation and quote.
	await page.goto(`/praktyki/${awarded.slug}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(awarded.title);
	await expect(page.getByText('stałą współpracę')).toBeVisible();
	await expect(page.getByText(quote)).toBeVisible();
	await expect(page.getByText(QUOTING_JUROR).first()).toBeVisible();
	await expect(page.getByRole('link', { name: 'Program „Białystok dla tolerancji”' }).first()).toBeVisible();
	await expect(page.getByRole('link', { name: newRecommendation }).first()).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	// The similar action created on the spot is public and names the awarded practice back.
	await page.getByRole('link', { name: newSimilar }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(newSimilar);
	await expect(page.getByRole('link', { name: awarded.title }).first()).toBeVisible();

	// The mention is public too; the edition's results list both.
	expect((await page.goto(`/praktyki/${mentioned.slug}`))?.status()).toBe(200);
	await page.goto(`/edycje/${edition}`);
	await expect(page.getByRole('link', { name: awarded.title, exact: true }).first()).toBeVisible();
	await expect(page.getByRole('link', { name: mentioned.title, exact: true }).first()).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	// The applicant finds the result and the jury's feedback, never a juror's name.
	const applicant = await (await browser.newContext()).newPage();
	await signIn(applicant, DEMO_APPLICANT, DEMO_PASSWORD);
	await applicant.goto('/zgloszenia');
	await applicant.locator(`a[href$="/zgloszenia/${awarded.slug}"]`).click();
	await expect(applicant.getByRole('heading', { name: 'Wyniki konkursu' })).toBeVisible();
	// The demo jurors wrote one feedback text per entry, so it may appear more than once.
	await expect(applicant.getByText(feedback).first()).toBeVisible();
	await expect(applicant.getByText(QUOTING_JUROR)).toHaveCount(0);
	await expectNoSeriousA11yViolations(applicant);
});
