/**
 * Publication: an edition's decisions become public in one run that can die at any write and be run
 * again, ending as a clean run ends; nothing is public before the last step, nothing private after
 * it; applicants read their results only once they are published, and are told once.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Db } from 'mongodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildCatalogueView, loadPublicCatalogue } from '../../src/lib/server/catalogue';
import { collections } from '../../src/lib/server/db/collections';
import { advancePhase } from '../../src/lib/server/editions';
import { exportJson } from '../../src/lib/server/export';
import {
	entryResults,
	outcomesOf,
	personSlugOf,
	publishEdition,
	statusShown
} from '../../src/lib/server/publication';
import { useTestDatabase } from '../support/database';
import { publicationWorld, SECRETS, type PublicationWorld } from '../support/publication-world';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Runs publication in a child process that kills itself after its `killAfter`-th write. */
function publishInChild(db: Db, edition: string, killAfter: number) {
	return spawnSync(
		process.execPath,
		[
			'--import',
			'tsx',
			path.join(root, 'tests', 'support', 'publish-child.ts'),
			inject('databaseUri'),
			db.databaseName,
			edition
		],
		{ cwd: root, env: { ...process.env, PUBLICATION_KILL_AFTER_WRITE: String(killAfter) }, encoding: 'utf8' }
	);
}

/** The edition's published state with the slugs that differ between worlds replaced by their roles. */
async function endState(db: Db, world: PublicationWorld) {
	const c = collections(db);
	const roles = new Map<string, string>([
		...Object.entries(world.entries).map(([role, slug]) => [slug, role] as [string, string]),
		[world.similar, 'similar'],
		[world.recommendation, 'recommendation'],
		[world.edition, 'edition']
	]);
	const role = (slug: string) => roles.get(slug) ?? slug;
	const people = await c.people.find({ editions: world.edition }).toArray();
	const personRole = new Map(
		people.map((p) => [p.slug, p.account === world.jurors.public._id ? 'public' : 'other'])
	);
	const awards = await c.awards.find({ edition: world.edition }).sort({ order: 1 }).toArray();
	const practices = await c.practices.find({ edition: world.edition }).sort({ slug: 1 }).toArray();
	const outbox = await c.outbox.find({ to: { $in: world.applicantEmails } }).toArray();
	const audit = await c.audit.find({ action: 'edition.published', 'subject.id': world.edition }).toArray();
	return {
		phase: (await c.editions.findOne({ slug: world.edition }))?.phase,
		publication: (await c.publications.findOne({ _id: world.edition }))?.state,
		awards: awards.map((a) => ({
			slug: a.slug.replace(a.practice, role(a.practice)),
			practice: role(a.practice),
			level: a.level,
			category: a.category,
			categoryName: a.categoryName ?? null,
			justification: a.justification,
			similarActions: a.similarActions.map(role),
			recommendations: a.recommendations.map(role),
			order: a.order
		})),
		practices: practices
			.map((p) => ({
				role: role(p.slug),
				status: p.status,
				quotes: p.jurorQuotes.map((q) => ({ juror: personRole.get(q.juror), text: q.text }))
			}))
			.sort((a, b) => a.role.localeCompare(b.role)),
		people: people
			.map((p) => ({ role: personRole.get(p.slug), bio: p.bio, publicProfile: p.publicProfile }))
			.sort(
				(a, b) => String(a.role).localeCompare(String(b.role)) || String(a.bio).localeCompare(String(b.bio))
			),
		mails: world.applicantEmails.map((to) => outbox.filter((m) => m.to === to).length),
		publishedAudits: audit.length
	};
}

/** Whatever of the world's edition the public catalogue shows (by the world's own slugs: names repeat across worlds). */
async function publicTraces(db: Db, world: PublicationWorld) {
	const catalogue = await loadPublicCatalogue(db);
	const text = JSON.stringify(exportJson(await buildCatalogueView(db)));
	const jurorSlugs = Object.values(world.jurors).map(personSlugOf);
	return {
		editions: catalogue.editions.filter((e) => e.slug === world.edition).length,
		practices: catalogue.practices.filter((p) => p.edition === world.edition).length,
		awards: catalogue.awards.filter((a) => a.edition === world.edition).length,
		recommendations: catalogue.recommendations.filter((r) => r.edition === world.edition).length,
		jurors: catalogue.jurors.filter((j) => jurorSlugs.includes(j.slug)).length,
		inExport: [world.edition, ...Object.values(world.entries), world.recommendation, ...jurorSlugs].filter(
			(slug) => text.includes(`"${slug}"`)
		)
	};
}

const nothingPublic = {
	editions: 0,
	practices: 0,
	awards: 0,
	recommendations: 0,
	jurors: 0,
	inExport: []
};

describe('publication', () => {
	let db: Db;
	let clean: Awaited<ReturnType<typeof endState>>;
	let cleanWorld: PublicationWorld;

	beforeAll(async () => {
		db = await useTestDatabase();
		cleanWorld = await publicationWorld(db, { tag: 'czysta' });
		const result = await publishEdition(db, 'admin', cleanWorld.edition);
		expect(result).toEqual({ ok: true, already: false, awards: 1, mentions: 1 });
		clean = await endState(db, cleanWorld);
	});

	it('cleanRun_publishesAwardMentionQuotesJuryAndMailsEachApplicantOnce', () => {
		expect(clean.phase).toBe('published');
		expect(clean.publication).toBe('done');
		expect(clean.awards).toEqual([
			{
				slug: 'nagroda-awarded',
				practice: 'awarded',
				level: 'award',
				category: 'informacja-i-uslugi-publiczne',
				categoryName: 'Informacja i usługi publiczne',
				justification: expect.stringContaining('dostępność'),
				similarActions: ['similar'],
				recommendations: ['recommendation'],
				order: 0
			},
			expect.objectContaining({ practice: 'mentioned', level: 'mention', categoryName: null, order: 1 })
		]);
		expect(clean.practices).toEqual([
			{
				role: 'awarded',
				status: 'awarded',
				quotes: [{ juror: 'public', text: 'Wzorowy punkt informacyjny.' }]
			},
			{ role: 'mentioned', status: 'mentioned', quotes: [] },
			{ role: 'passed', status: 'submitted', quotes: [] }
		]);
		// The jury with public profiles: the quoted juror and the conflicted one; never the one without consent.
		expect(clean.people).toHaveLength(2);
		expect(clean.mails).toEqual([1, 1]);
		expect(clean.publishedAudits).toBe(1);
	});

	it('publicCatalogue_afterPublication_showsAwardSimilarActionBothWaysRecommendationAndQuote', async () => {
		const view = await buildCatalogueView(db);
		const awarded = view.practiceBySlug.get(cleanWorld.entries.awarded)!;
		expect(awarded.status).toBe('awarded');
		expect(awarded.award).toMatchObject({ level: 'award', categoryName: 'Informacja i usługi publiczne' });
		expect(awarded.similarActions).toEqual([cleanWorld.similar]);
		expect(view.practiceBySlug.get(cleanWorld.similar)!.similarActions).toContain(cleanWorld.entries.awarded);
		expect(awarded.recommendations).toEqual([cleanWorld.recommendation]);
		expect(awarded.jurorQuotes).toEqual([
			expect.objectContaining({ juror: cleanWorld.jurors.public.name, text: 'Wzorowy punkt informacyjny.' })
		]);
		expect(view.practiceBySlug.get(cleanWorld.entries.mentioned)!.award?.level).toBe('mention');
		expect(view.practiceBySlug.has(cleanWorld.entries.passed)).toBe(false);
		const jury = view.jurors.filter((j) => j.editions.includes(cleanWorld.edition));
		expect(jury.map((j) => j.name).sort()).toEqual(
			[cleanWorld.jurors.conflicted.name, cleanWorld.jurors.public.name].sort()
		);
		expect(jury.find((j) => j.name === cleanWorld.jurors.public.name)?.bio).toContain('Badaczka');
		expect(view.recommendations.find((r) => r.slug === cleanWorld.recommendation)?.awards).toHaveLength(1);
	});

	it('rerunAfterCompletion_changesNothing', async () => {
		const counts = async () => ({
			awards: await collections(db).awards.countDocuments({}),
			people: await collections(db).people.countDocuments({}),
			outbox: await collections(db).outbox.countDocuments({}),
			audit: await collections(db).audit.countDocuments({}),
			practices: (await collections(db).practices.find({ edition: cleanWorld.edition }).toArray()).map(
				(p) => p.version
			)
		});
		const before = await counts();
		expect(await publishEdition(db, 'admin', cleanWorld.edition)).toEqual({
			ok: true,
			already: true,
			awards: 0,
			mentions: 0
		});
		expect(await counts()).toEqual(before);
		expect(await endState(db, cleanWorld)).toEqual(clean);
	});

	it.each([2, 5, 8, 9])(
		'killedAfterWrite%i_nothingPublicUntilResumed_thenEndsAsACleanRun',
		async (killAfter) => {
			const world = await publicationWorld(db, { tag: 'czysta' });
			const child = publishInChild(db, world.edition, killAfter);
			expect(child.signal, child.stderr).toBe('SIGKILL');
			const state = await collections(db).publications.findOne({ _id: world.edition });
			expect(state?.state).toBe('running');
			expect(state?.steps).toHaveLength(killAfter);
			if (killAfter < 9) {
				// Killed before the phase moved: not a trace of the edition in public.
				expect((await collections(db).editions.findOne({ slug: world.edition }))?.phase).toBe('deliberation');
				expect(await publicTraces(db, world)).toEqual(nothingPublic);
			}
			const resumed = await publishEdition(db, 'admin', world.edition);
			expect(resumed.ok).toBe(true);
			expect(await endState(db, world)).toEqual(clean);
			expect(await publicTraces(db, world)).toMatchObject({
				editions: 1,
				practices: 2,
				awards: 2,
				recommendations: 1,
				jurors: 2
			});
		},
		30_000
	);

	it('advancePhase_toPublished_publishes_andRefusesWhatCannotBePublished', async () => {
		const world = await publicationWorld(db, { tag: 'odmowa' });
		const decisions = collections(db).decisions;
		await decisions.updateOne(
			{ entry: world.entries.awarded },
			{ $set: { category: null, justification: ' ' } }
		);
		await decisions.updateOne(
			{ entry: world.entries.mentioned },
			{ $set: { similarActions: ['nie-ma-takiej'], recommendations: ['ani-takiej'] } }
		);
		const refused = await advancePhase(db, world.edition, 'published', 'admin');
		expect(refused).toMatchObject({ ok: false, reason: 'unpublishable' });
		const problems = (refused as { problems: string[] }).problems.join('\n');
		expect(problems).toContain('nagroda bez kategorii');
		expect(problems).toContain('brak uzasadnienia');
		expect(problems).toContain('nie-ma-takiej');
		expect(problems).toContain('ani-takiej');
		// Refused before any write.
		expect(await collections(db).awards.countDocuments({ edition: world.edition })).toBe(0);
		expect(await collections(db).publications.findOne({ _id: world.edition })).toBeNull();

		await decisions.updateOne(
			{ entry: world.entries.awarded },
			{ $set: { category: 'Nie ma takiej kategorii', justification: 'Jest.' } }
		);
		const wrongCategory = await advancePhase(db, world.edition, 'published', 'admin');
		expect((wrongCategory as { problems: string[] }).problems.join()).toContain('Nie ma takiej kategorii');

		await decisions.updateOne(
			{ entry: world.entries.awarded },
			{ $set: { category: 'Informacja i usługi publiczne' } }
		);
		await decisions.updateOne(
			{ entry: world.entries.mentioned },
			{ $set: { similarActions: [], recommendations: [] } }
		);
		expect(await advancePhase(db, world.edition, 'published', 'admin')).toEqual({ ok: true });
		expect((await collections(db).editions.findOne({ slug: world.edition }))?.phase).toBe('published');
		expect(await advancePhase(db, world.edition, 'published', 'admin')).toMatchObject({
			ok: false,
			reason: 'conflict'
		});
		const changed = await collections(db).audit.countDocuments({
			action: 'edition.phase-changed',
			'subject.id': world.edition
		});
		expect(changed).toBe(1);
	});

	it('aDecisionTakenBackBeforeTheRerun_leavesNoStaleAward', async () => {
		const world = await publicationWorld(db, { tag: 'zmiana' });
		expect(publishInChild(db, world.edition, 4).signal).toBe('SIGKILL');
		expect(await collections(db).awards.countDocuments({ edition: world.edition })).toBe(2);
		await collections(db).decisions.updateOne(
			{ entry: world.entries.mentioned },
			{ $set: { outcome: 'none' } }
		);
		expect((await publishEdition(db, 'admin', world.edition)).ok).toBe(true);
		expect(await collections(db).awards.countDocuments({ edition: world.edition })).toBe(1);
		expect((await collections(db).practices.findOne({ slug: world.entries.mentioned }))?.status).toBe(
			'submitted'
		);
	});

	it('nothingPrivate_inTheExport', async () => {
		const text = JSON.stringify(exportJson(await buildCatalogueView(db)));
		for (const secret of Object.values(SECRETS)) expect(text).not.toContain(secret);
		expect(text).not.toContain('"account"');
		expect(text).not.toContain('Bio bez zgody');
	});
});

describe('feedback to entrants', () => {
	let db: Db;
	let world: PublicationWorld;
	beforeAll(async () => {
		db = await useTestDatabase();
		world = await publicationWorld(db);
	});

	const entryOf = async (slug: string) => (await collections(db).practices.findOne({ slug }))!;
	const editionOf = async () => (await collections(db).editions.findOne({ slug: world.edition }))!;

	it('beforePublication_nothingOfTheResultsIsVisible', async () => {
		const entry = await entryOf(world.entries.awarded);
		expect(await entryResults(db, world.applicants.a, entry, await editionOf())).toBeNull();
		expect((await outcomesOf(db, world.applicants.a, [entry])).outcomes.size).toBe(0);
		// Half-way (status written, phase not yet moved) the applicant still reads "submitted".
		expect(statusShown({ status: 'awarded' }, { phase: 'deliberation' })).toBe('submitted');
		expect(await collections(db).outbox.countDocuments({ to: { $in: world.applicantEmails } })).toBe(0);
	});

	it('afterPublication_theApplicantReadsResultAveragesAndAnonymousFeedback', async () => {
		expect((await publishEdition(db, 'admin', world.edition)).ok).toBe(true);
		const edition = await editionOf();
		const awarded = await entryResults(db, world.applicants.a, await entryOf(world.entries.awarded), edition);
		expect(awarded).toEqual({
			outcome: 'award',
			category: 'Informacja i usługi publiczne',
			// Jurors 5/4 and 4/3; the conflicted juror's 1/1 does not count.
			averages: [
				{ label: 'Trafność', mean: 4.5, min: 1, max: 5 },
				{ label: 'Trwałość', mean: 3.5, min: 1, max: 5 }
			],
			tooFew: false,
			feedback: ['Bardzo dobra dostępność.', 'Zadbajcie o ewaluację.']
		});
		const mentioned = await entryResults(
			db,
			world.applicants.a,
			await entryOf(world.entries.mentioned),
			edition
		);
		expect(mentioned).toMatchObject({
			outcome: 'mention',
			category: null,
			feedback: ['Warto rozszerzyć skład rady.']
		});
		const passed = await entryResults(db, world.applicants.b, await entryOf(world.entries.passed), edition);
		// One juror's scores only: no averages, they would be that juror's own.
		expect(passed).toMatchObject({ outcome: 'none', tooFew: true, feedback: ['Kurs za krótki.'] });
		expect(passed!.averages.map((a) => a.mean)).toEqual([null, null]);
		const { outcomes } = await outcomesOf(db, world.applicants.a, [
			await entryOf(world.entries.awarded),
			await entryOf(world.entries.mentioned)
		]);
		expect(Object.fromEntries(outcomes)).toEqual({
			[world.entries.awarded]: { outcome: 'award', category: 'Informacja i usługi publiczne' },
			[world.entries.mentioned]: { outcome: 'mention', category: null }
		});
	});

	it('anotherApplicant_readsNothingOfAnEntryNotTheirs', async () => {
		const edition = await editionOf();
		expect(
			await entryResults(db, world.applicants.b, await entryOf(world.entries.awarded), edition)
		).toBeNull();
		expect(
			(await outcomesOf(db, world.applicants.b, [await entryOf(world.entries.awarded)])).outcomes.size
		).toBe(0);
	});

	it('theResultsMail_goesOncePerApplicant_evenWhenRunAgain', async () => {
		await collections(db).publications.updateOne({ _id: world.edition }, { $set: { state: 'running' } });
		await publishEdition(db, 'admin', world.edition);
		for (const to of world.applicantEmails) {
			const mails = await collections(db).outbox.find({ to }).toArray();
			expect(mails.map((m) => m.subject)).toEqual([`${world.editionName}: wyniki konkursu`]);
		}
	});
});
