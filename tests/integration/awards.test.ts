import type { Db } from 'mongodb';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	awardsOverview,
	createMentionedPractice,
	createRecommendation,
	decisionView,
	juryOpinion,
	offeredQuotes,
	saveDecision,
	searchSimilar,
	type DecisionValues
} from '../../src/lib/server/awards';
import { loadPublicCatalogue } from '../../src/lib/server/catalogue/public';
import { collections, type EditionDoc } from '../../src/lib/server/db/collections';
import { criteriaTemplate } from '../../src/lib/server/editions/criteria-template';
import { criteriaOf } from '../../src/lib/server/editions';
import type { EditionPhase } from '../../src/lib/schemas';
import { useTestDatabase } from '../support/database';
import {
	createEdition,
	createEntry,
	createOrganisation,
	createPlace,
	createScore,
	createUser,
	organiser,
	sessionOf
} from '../support/factories';

describe('award decisions', () => {
	let db: Db;
	const admin = organiser('admin-awards');
	beforeAll(async () => {
		db = await useTestDatabase();
		await collections(db).vocabulary.insertMany(
			['participation', 'education'].map((code, order) => ({
				kind: 'theme' as const,
				code,
				pl: code,
				en: code,
				order,
				createdAt: new Date(),
				updatedAt: new Date(),
				origin: 'seed' as const,
				version: 1
			}))
		);
	});

	async function juror(
		edition: string,
		{ quotable = true, organisations = [] as string[] } = {}
	): Promise<string> {
		const { user } = await createUser(db, { roles: [{ edition, role: 'juror' }] });
		const now = new Date();
		await collections(db).jurors.insertOne({
			edition,
			user: user._id,
			invitedEmail: null,
			affiliations: { organisations, places: [] },
			publicProfile: false,
			bio: '',
			quotable,
			addedBy: 'admin',
			createdAt: now,
			updatedAt: now,
			version: 1
		});
		return user._id;
	}

	/**
	 * An edition in `phase` with two categories, two eligible entries and a draft, three jurors who
	 * offered quotes on the first entry: Anna (quotable), Piotr (not quotable) and Ola (quotable but
	 * conflicted through her organisation), and a catalogue practice in Gdańsk.
	 */
	async function world(phase: EditionPhase = 'deliberation', settings: Partial<EditionDoc> = {}) {
		const edition = await createEdition(db, {
			phase,
			criteria: criteriaTemplate(),
			criteriaVersion: 1,
			awardCategories: ['Nagroda główna', 'Nagroda za współpracę'],
			...settings
		});
		const office = await createOrganisation(db, { name: 'Urząd Miasta Testowo' });
		const first = await createEntry(db, {
			edition: edition.slug,
			status: 'submitted',
			origin: 'app',
			organisations: [office.slug],
			title: 'Punkt informacyjny dla cudzoziemców'
		});
		const second = await createEntry(db, { edition: edition.slug, status: 'submitted', origin: 'app' });
		const draft = await createEntry(db, { edition: edition.slug, status: 'draft', origin: 'app' });
		const anna = await juror(edition.slug);
		const piotr = await juror(edition.slug, { quotable: false });
		const ola = await juror(edition.slug, { organisations: [office.slug] });
		const criteria = criteriaOf(edition);
		const full = criteria.map((c) => ({ id: c.id, score: c.scale.max, comment: '' }));
		const half = criteria.map((c) => ({ id: c.id, score: Math.round(c.scale.max / 2), comment: '' }));
		for (const [j, quote, criteriaOfScore] of [
			[anna, 'Wzorcowa współpraca urzędu z organizacjami.', full],
			[piotr, 'Cytat jurora, który nie zgodził się na cytowanie.', half],
			[ola, 'Cytat jurorki w konflikcie interesów.', full]
		] as const)
			await createScore(db, {
				edition: edition.slug,
				entry: first.slug,
				juror: j,
				criteria: criteriaOfScore.map((c) => ({ ...c })),
				quote,
				recommend: true,
				category: 'Nagroda za współpracę'
			});
		const gdansk = await createPlace(db, { name: 'Gdańsk' });
		const catalogue = await createEntry(db, {
			edition: null,
			status: 'catalogue',
			origin: 'seed',
			place: gdansk.slug,
			title: 'Gdański model integracji imigrantów'
		});
		return { edition, first, second, draft, anna, piotr, ola, catalogue, gdansk };
	}

	const values = (overrides: Partial<DecisionValues> = {}): DecisionValues => ({
		outcome: 'award',
		category: 'Nagroda główna',
		justification: 'Za **konsekwencję** i współpracę.',
		vote: '5 za, 1 przeciw',
		similarActions: [],
		recommendations: [],
		quotes: [],
		...overrides
	});
	const decisionOf = (edition: string, entry: string) =>
		collections(db).decisions.findOne({ edition, entry });
	const auditOf = (id: string) => collections(db).audit.find({ 'subject.id': id }).sort({ at: 1 }).toArray();

	it('anAward_isStoredWithWhoAndWhen_renderedSanitised_andAuditedWithBeforeAndAfter', async () => {
		const { edition, first, catalogue, anna } = await world();
		const target = { edition: edition.slug, entry: first.slug };
		const saved = await saveDecision(
			db,
			admin,
			target,
			values({
				justification: 'Za **konsekwencję**. <script>alert(1)</script>',
				similarActions: [catalogue.slug],
				quotes: [anna]
			}),
			0
		);
		expect(saved).toEqual({ ok: true, version: 1, changed: true });
		const stored = await decisionOf(edition.slug, first.slug);
		expect(stored).toMatchObject({
			outcome: 'award',
			category: 'Nagroda główna',
			similarActions: [catalogue.slug],
			quotes: [{ juror: anna, text: 'Wzorcowa współpraca urzędu z organizacjami.' }],
			vote: '5 za, 1 przeciw',
			decidedBy: admin._id,
			version: 1
		});
		expect(stored!.justificationHtml).toContain('<strong>konsekwencję</strong>');
		expect(stored!.justificationHtml).not.toContain('<script');
		expect(stored!.decidedAt).toBeInstanceOf(Date);

		const changed = await saveDecision(db, admin, target, values({ outcome: 'mention', category: '' }), 1);
		expect(changed).toEqual({ ok: true, version: 2, changed: true });
		const audit = await auditOf(first.slug);
		expect(audit.map((a) => a.action)).toEqual(['decision.saved', 'decision.saved']);
		expect(audit[0].before).toBeNull();
		expect(audit[1].before).toMatchObject({ outcome: 'award', category: 'Nagroda główna' });
		expect(audit[1].after).toMatchObject({ outcome: 'mention', category: null, similarActions: [] });
	});

	it('theCategory_mustBeOneOfTheEditions_andAnAwardNeedsOneAndAJustification', async () => {
		const { edition, first } = await world();
		const target = { edition: edition.slug, entry: first.slug };
		expect(await saveDecision(db, admin, target, values({ category: '' }), 0)).toMatchObject({
			ok: false,
			reason: 'invalid',
			errors: { category: 'category-required' }
		});
		expect(
			await saveDecision(db, admin, target, values({ category: 'Nagroda publiczności' }), 0)
		).toMatchObject({ ok: false, reason: 'invalid', errors: { category: 'category-unknown' } });
		// Another edition's category is no better.
		await createEdition(db, { awardCategories: ['Nagroda innej edycji'] });
		expect(
			await saveDecision(
				db,
				admin,
				target,
				values({ outcome: 'mention', category: 'Nagroda innej edycji' }),
				0
			)
		).toMatchObject({ ok: false, reason: 'invalid', errors: { category: 'category-unknown' } });
		expect(await saveDecision(db, admin, target, values({ justification: '  ' }), 0)).toMatchObject({
			ok: false,
			reason: 'invalid',
			errors: { justification: 'justification-required' }
		});
		expect(await saveDecision(db, admin, target, values({ outcome: 'grand-prix' }), 0)).toMatchObject({
			ok: false,
			reason: 'invalid',
			errors: { outcome: 'outcome' }
		});
		// A mention may go without a category; "none" keeps none whatever was posted.
		expect(await saveDecision(db, admin, target, values({ outcome: 'none', justification: '' }), 0)).toEqual({
			ok: true,
			version: 1,
			changed: true
		});
		expect((await decisionOf(edition.slug, first.slug))?.category).toBeNull();
		expect(await auditOf(first.slug)).toHaveLength(1);
	});

	it('similarActions_andRecommendations_mustExist_andTheEntryIsNotItsOwnSimilarAction', async () => {
		const { edition, first, second } = await world();
		const target = { edition: edition.slug, entry: first.slug };
		expect(await saveDecision(db, admin, target, values({ similarActions: [first.slug] }), 0)).toMatchObject({
			ok: false,
			reason: 'invalid',
			errors: { similarActions: 'similar-self' }
		});
		// Another entry still in the competition is not a catalogue practice.
		expect(await saveDecision(db, admin, target, values({ similarActions: [second.slug] }), 0)).toMatchObject(
			{
				ok: false,
				reason: 'invalid',
				errors: { similarActions: 'similar-unknown' }
			}
		);
		expect(
			await saveDecision(db, admin, target, values({ recommendations: ['nie-ma-takiej'] }), 0)
		).toMatchObject({ ok: false, reason: 'invalid', errors: { recommendations: 'recommendation-unknown' } });
		expect(await decisionOf(edition.slug, first.slug)).toBeNull();
	});

	it('quotes_comeOnlyFromQuotableJurorsWhoAreNotConflicted', async () => {
		const { edition, first, anna, piotr, ola } = await world();
		const offered = await offeredQuotes(db, edition.slug, first.slug);
		expect(offered.map((q) => q.juror)).toEqual([anna]);
		const target = { edition: edition.slug, entry: first.slug };
		for (const juror of [piotr, ola, 'nobody'])
			expect(await saveDecision(db, admin, target, values({ quotes: [juror] }), 0)).toMatchObject({
				ok: false,
				reason: 'invalid',
				errors: { quotes: 'quote-unavailable' }
			});
		// A juror who withdraws consent takes their quote back.
		await collections(db).jurors.updateOne(
			{ edition: edition.slug, user: anna },
			{ $set: { quotable: false } }
		);
		expect(await offeredQuotes(db, edition.slug, first.slug)).toEqual([]);
	});

	it('theJurysOpinion_countsSubmittedScoresOfJurorsNotConflicted', async () => {
		const { edition, first } = await world();
		const opinion = await juryOpinion(db, edition.slug, first.slug);
		// Anna full marks (100), Piotr about half; Ola is conflicted and left out.
		expect(opinion.n).toBe(2);
		expect(opinion.recommended).toBe(2);
		expect(opinion.categories).toEqual([{ category: 'Nagroda za współpracę', count: 2 }]);
		expect(opinion.mean).toBeGreaterThan(50);
		expect(opinion.mean).toBeLessThan(100);
	});

	it('aStaleSave_isRefusedWithTheStoredVersion_andAnIdenticalRetryIsASuccess', async () => {
		const { edition, first } = await world();
		const target = { edition: edition.slug, entry: first.slug };
		const mine = values({ justification: 'Moje uzasadnienie.' });
		expect(await saveDecision(db, admin, target, mine, 0)).toEqual({ ok: true, version: 1, changed: true });
		// The same request again (a retry after a lost answer): a success, nothing written.
		expect(await saveDecision(db, admin, target, mine, 0)).toEqual({ ok: true, version: 1, changed: false });
		expect(await auditOf(first.slug)).toHaveLength(1);

		// Someone else, from the version before, with other content: refused with the stored one.
		const other = organiser('admin-other');
		const theirs = values({ outcome: 'mention', category: '', justification: 'Inne uzasadnienie.' });
		const stale = await saveDecision(db, other, target, theirs, 0);
		expect(stale).toMatchObject({
			ok: false,
			reason: 'stale',
			version: 1,
			theirs: { outcome: 'award', justification: 'Moje uzasadnienie.' }
		});
		expect((await decisionOf(edition.slug, first.slug))?.justification).toBe('Moje uzasadnienie.');
		// Having seen both, they save again from the stored version.
		expect(await saveDecision(db, other, target, theirs, 1)).toEqual({ ok: true, version: 2, changed: true });
		expect((await decisionOf(edition.slug, first.slug))?.decidedBy).toBe('admin-other');
	});

	it('twoFirstSavesAtOnce_storeOneDecision', async () => {
		const { edition, first } = await world();
		const target = { edition: edition.slug, entry: first.slug };
		const results = await Promise.all([
			saveDecision(db, admin, target, values({ justification: 'Pierwsza.' }), 0),
			saveDecision(db, admin, target, values({ justification: 'Druga.' }), 0)
		]);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok && r.reason === 'stale')).toHaveLength(1);
		expect(await collections(db).decisions.countDocuments(target)).toBe(1);
	});

	it('decisions_areRecordedInDeliberationOnly_byOrganisers_onEligibleEntries', async () => {
		for (const phase of ['review', 'published'] as const) {
			const { edition, first } = await world(phase);
			expect(
				await saveDecision(db, admin, { edition: edition.slug, entry: first.slug }, values(), 0)
			).toEqual({
				ok: false,
				reason: 'closed'
			});
		}
		const { edition, first, draft, anna } = await world();
		const jurorUser = await collections(db).users.findOne({ _id: anna });
		expect(
			await saveDecision(db, sessionOf(jurorUser!), { edition: edition.slug, entry: first.slug }, values(), 0)
		).toEqual({ ok: false, reason: 'forbidden' });
		expect(await saveDecision(db, admin, { edition: edition.slug, entry: draft.slug }, values(), 0)).toEqual({
			ok: false,
			reason: 'missing'
		});
		expect(await collections(db).decisions.countDocuments({ edition: edition.slug })).toBe(0);
	});

	it('aMentionedPractice_isCreatedForTheEdition_auditedOnce_andStaysPrivateUntilPublication', async () => {
		const { edition, first, gdansk } = await world();
		const office = await createOrganisation(db, { place: gdansk.slug, name: 'Urząd Miasta Gdańska' });
		const input = {
			title: 'Gdańska Rada Imigrantów',
			place: gdansk.slug,
			organisation: office.slug,
			summary: 'Rada doradza prezydentowi miasta w sprawach imigrantów.'
		};
		const created = await createMentionedPractice(db, admin, edition.slug, input);
		expect(created).toMatchObject({ ok: true, created: true });
		const slug = (created as { slug: string }).slug;
		const practice = await collections(db).practices.findOne({ slug });
		expect(practice).toMatchObject({
			title: input.title,
			summary: input.summary,
			place: gdansk.slug,
			organisations: [office.slug],
			status: 'mentioned',
			edition: edition.slug,
			origin: 'app',
			createdBy: admin._id
		});
		// A retried request finds the practice instead of creating it twice.
		expect(await createMentionedPractice(db, admin, edition.slug, input)).toEqual({
			ok: true,
			slug,
			created: false
		});
		expect((await auditOf(slug)).map((a) => a.action)).toEqual(['practice.mentioned']);
		// The same name in the same place is the same practice, whatever else was typed.
		const elsewhere = await createMentionedPractice(db, admin, edition.slug, { ...input, organisation: '' });
		expect(elsewhere).toMatchObject({ ok: true, created: false });

		// It can be found and named as a similar action at once, but is not public before publication.
		expect((await searchSimilar(db, first.slug, 'rada imigrantow gdansk')).map((p) => p.slug)).toContain(
			slug
		);
		expect(
			await saveDecision(
				db,
				admin,
				{ edition: edition.slug, entry: first.slug },
				values({ similarActions: [slug] }),
				0
			)
		).toMatchObject({ ok: true });
		const catalogue = await loadPublicCatalogue(db);
		expect(catalogue.practices.map((p) => p.slug)).not.toContain(slug);

		expect(
			await createMentionedPractice(db, admin, edition.slug, { ...input, title: 'x', place: 'nie-ma' })
		).toMatchObject({
			ok: false,
			reason: 'invalid',
			errors: { practiceTitle: 'title', practicePlace: 'place' }
		});
		const review = (await world('review')).edition;
		expect(await createMentionedPractice(db, admin, review.slug, input)).toEqual({
			ok: false,
			reason: 'closed'
		});
	});

	it('aRecommendation_isCreatedForTheEdition_withThemesFromTheVocabulary_andAudited', async () => {
		const { edition, first } = await world();
		const input = {
			title: 'Rady imigrantów w każdym dużym mieście',
			text: 'Miasta powinny **powołać** rady. <img src=x onerror=alert(1)>',
			themes: ['participation']
		};
		const created = await createRecommendation(db, admin, edition.slug, input);
		expect(created).toMatchObject({ ok: true, created: true });
		const slug = (created as { slug: string }).slug;
		const stored = await collections(db).recommendations.findOne({ slug });
		expect(stored).toMatchObject({ edition: edition.slug, title: input.title, themes: ['participation'] });
		expect(stored!.textHtml).toContain('<strong>powołać</strong>');
		expect(stored!.textHtml).not.toContain('onerror');
		expect(await createRecommendation(db, admin, edition.slug, input)).toEqual({
			ok: true,
			slug,
			created: false
		});
		expect((await auditOf(slug)).map((a) => a.action)).toEqual(['recommendation.created']);
		expect((await loadPublicCatalogue(db)).recommendations.map((r) => r.slug)).not.toContain(slug);
		expect(
			await createRecommendation(db, admin, edition.slug, {
				...input,
				title: 'Inna',
				themes: ['nie-ma-tematu']
			})
		).toMatchObject({ ok: false, reason: 'invalid', errors: { recommendationThemes: 'themes' } });

		expect(
			await saveDecision(
				db,
				admin,
				{ edition: edition.slug, entry: first.slug },
				values({ recommendations: [slug] }),
				0
			)
		).toMatchObject({ ok: true });
	});

	it('theOverview_listsEligibleEntries_withDecisionsAndCountsPerCategory', async () => {
		const { edition, first, second } = await world();
		const olsztyn = await createEntry(db, {
			edition: null,
			status: 'catalogue',
			origin: 'seed',
			title: 'Olsztyńska szkoła wielokulturowa'
		});
		await saveDecision(db, admin, { edition: edition.slug, entry: first.slug }, values(), 0);
		await saveDecision(
			db,
			admin,
			{ edition: edition.slug, entry: second.slug },
			values({ outcome: 'mention', category: 'Nagroda za współpracę', justification: '' }),
			0
		);
		const view = await awardsOverview(db, admin, edition.slug);
		expect(view!.decidable).toEqual({ ok: true });
		expect(view!.rows.map((r) => r.slug).sort()).toEqual([first.slug, second.slug].sort());
		expect(view!.counts).toEqual([
			{ category: 'Nagroda główna', awards: 1, mentions: 0 },
			{ category: 'Nagroda za współpracę', awards: 0, mentions: 1 }
		]);
		expect(view!.undecided).toBe(0);

		// Diacritics folded, a typo forgiven.
		const page = await decisionView(db, admin, edition.slug, first.slug, 'olsztynska wielokulturwa');
		expect(page!.found.map((p) => p.slug)).toEqual([olsztyn.slug]);
		expect(page!.decision).toMatchObject({ outcome: 'award', version: 1 });
	});
});
