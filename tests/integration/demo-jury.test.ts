import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { loadCatalogue } from '../../seed/catalogue';
import { seedCatalogue } from '../../seed/seed';
import { buildCatalogueView } from '../../src/lib/server/catalogue';
import { collections } from '../../src/lib/server/db/collections';
import { criteriaOf } from '../../src/lib/server/editions/criteria';
import { exportCsv, exportJson } from '../../src/lib/server/export';
import { entriesAssignedTo } from '../../src/lib/server/jury/assignments';
import { conflictsOf } from '../../src/lib/server/jury/conflicts';
import { missingForSubmission } from '../../src/lib/server/submissions';
import { ensureDemoAccounts } from '../../startup/demo-accounts';
import { DEMO_ENTRIES } from '../../startup/demo-jury-content';
import { DEMO_JURORS, DEMO_JUROR_EMAIL, DEMO_JURY_EDITION, ensureDemoJury } from '../../startup/demo-jury';
import { createEntry } from '../support/factories';
import { useTestDatabase } from '../support/database';

const edition = DEMO_JURY_EDITION;

/** Everything the demo jury consists of, as stored, to compare one start with the next. */
async function snapshot(db: Db) {
	const c = collections(db);
	const sorted = <T>(docs: T[]) => docs.map((d) => JSON.stringify(d)).sort();
	return {
		editions: sorted(await c.editions.find({ slug: edition }).toArray()),
		practices: sorted(await c.practices.find({ edition }).toArray()),
		users: sorted(await c.users.find({ isDemo: true }).toArray()),
		jurors: sorted(await c.jurors.find({ edition }).toArray()),
		assignments: sorted(await c.assignments.find({ edition }).toArray()),
		scores: sorted(await c.scores.find({ edition }).toArray()),
		preferences: sorted(await c.preferences.find({ edition }).toArray())
	};
}

describe('demo jury', () => {
	let db: Db;
	let demoJurorId: string;
	let first: Awaited<ReturnType<typeof snapshot>>;

	beforeAll(async () => {
		db = await useTestDatabase();
		await seedCatalogue(db, loadCatalogue());
		await ensureDemoAccounts(db);
		// Two starts at once, as the launcher's unique inserts must allow.
		const [a, b] = await Promise.all([ensureDemoJury(db), ensureDemoJury(db)]);
		expect(a).not.toBeNull();
		expect(b).not.toBeNull();
		demoJurorId = (await collections(db).users.findOne({ email: DEMO_JUROR_EMAIL }))!._id;
		first = await snapshot(db);
	}, 120_000);

	it('editionInReview_isDemo_withTemplateCriteria_categories_andBalancedMode', async () => {
		const stored = await collections(db).editions.findOne({ slug: edition });
		expect(stored).toMatchObject({
			phase: 'review',
			isDemo: true,
			assignmentMode: 'balanced',
			jurorsPerEntry: 3
		});
		expect(stored!.awardCategories!.length).toBeGreaterThanOrEqual(2);
		expect(stored!.reviewDeadline!.getTime()).toBeGreaterThan(Date.now() + 7 * 24 * 3600 * 1000);
		expect(criteriaOf(stored!).map((c) => c.id)).toEqual([
			'trafnosc',
			'partycypacja',
			'efekt',
			'przeniesienie',
			'trwalosc',
			'koszt'
		]);
	});

	it('atLeastEightSubmittedEntries_complete_withPlacesAndOrganisationsThatExist', async () => {
		const c = collections(db);
		const entries = await c.practices.find({ edition }).toArray();
		expect(entries.length).toBeGreaterThanOrEqual(8);
		for (const entry of entries) {
			expect(entry.status, entry.slug).toBe('submitted');
			expect(entry.origin).toBe('app');
			expect(entry.language).toBe('pl');
			expect(missingForSubmission(entry), entry.slug).toEqual([]);
			expect(await c.places.countDocuments({ slug: entry.place }), entry.place).toBe(1);
			const organisations = [...entry.organisations, ...entry.partners];
			expect(entry.organisations.length).toBeGreaterThan(0);
			expect(await c.organisations.countDocuments({ slug: { $in: organisations } })).toBe(
				organisations.length
			);
		}
	});

	it('fourJurorsAndTheDemoJuror_areDemoAccountsWithJurorRecordsAndRoles', async () => {
		const c = collections(db);
		const records = await c.jurors.find({ edition }).toArray();
		expect(records.map((r) => r.user).sort()).toEqual([...DEMO_JURORS.map((j) => j._id), demoJurorId].sort());
		for (const record of records) {
			const account = await c.users.findOne({ _id: record.user! });
			expect(account!.isDemo).toBe(true);
			expect(account!.roles).toContainEqual({ edition, role: 'juror' });
		}
		// The demo juror keeps the juror role it had in the open demo edition.
		const demoJuror = await c.users.findOne({ _id: demoJurorId });
		expect(
			demoJuror!.roles
				.filter((r) => r.role === 'juror')
				.map((r) => r.edition)
				.sort()
		).toEqual(['demo', edition]);
	});

	it('oneJurorIsConflictedThroughHerAffiliation_andHasNoAssignmentOrScoreOnIt', async () => {
		const c = collections(db);
		const pairs = [...(await conflictsOf(db, edition)).values()].flatMap((m) => [...m.values()]);
		const conflicted = pairs.filter((p) => p.conflicted);
		expect(conflicted).toHaveLength(1);
		expect(conflicted[0].juror).toBe(DEMO_JURORS[0]._id);
		expect(conflicted[0].affiliations).toContainEqual({ kind: 'organisation', slug: 'cebam-uam' });
		expect(conflicted[0].statement).toBeNull();
		for (const pair of conflicted) {
			const where = { edition, juror: pair.juror, entry: pair.entry };
			expect(await c.assignments.countDocuments(where)).toBe(0);
			expect(await c.scores.countDocuments(where)).toBe(0);
		}
	});

	it('assignmentIsBalanced_threeJurorsPerEntry_andEveryScoreIsOnAnAssignedPair', async () => {
		const c = collections(db);
		const assignments = await c.assignments.find({ edition }).toArray();
		const perEntry = new Map<string, number>();
		const perJuror = new Map<string, number>();
		for (const a of assignments) {
			perEntry.set(a.entry, (perEntry.get(a.entry) ?? 0) + 1);
			perJuror.set(a.juror, (perJuror.get(a.juror) ?? 0) + 1);
		}
		expect([...perEntry.values()]).toEqual(DEMO_ENTRIES.map(() => 3));
		expect(perJuror.size).toBe(5);
		const loads = [...perJuror.values()];
		expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
		const assigned = new Set(assignments.map((a) => `${a.juror}:${a.entry}`));
		for (const score of await c.scores.find({ edition }).toArray())
			expect(assigned.has(`${score.juror}:${score.entry}`), `${score.juror}:${score.entry}`).toBe(true);
	});

	it('jurorsHaveSubmittedScoresOnMostOfTheirEntries_everyCriterionScoredWithAComment', async () => {
		const c = collections(db);
		const stored = await c.editions.findOne({ slug: edition });
		const criteria = criteriaOf(stored!);
		const scores = await c.scores.find({ edition, state: 'submitted' }).toArray();
		for (const juror of DEMO_JURORS) {
			const theirs = scores.filter((s) => s.juror === juror._id);
			const assigned = await c.assignments.countDocuments({ edition, juror: juror._id });
			expect(theirs.length / assigned, juror._id).toBeGreaterThan(0.5);
		}
		for (const score of scores) {
			expect(score.criteria.map((s) => s.id)).toEqual(criteria.map((s) => s.id));
			for (const [i, given] of score.criteria.entries()) {
				expect(Number.isInteger(given.score)).toBe(true);
				expect(given.score).toBeGreaterThanOrEqual(criteria[i].scale.min);
				expect(given.score).toBeLessThanOrEqual(criteria[i].scale.max);
				expect(given.comment.length).toBeGreaterThan(10);
			}
			expect(score.submittedAt).toBeInstanceOf(Date);
			if (score.recommend) expect(stored!.awardCategories).toContain(score.category);
			else expect(score.category).toBeNull();
		}
		expect(scores.some((s) => s.privateComment)).toBe(true);
		expect(scores.some((s) => s.recommend)).toBe(true);
		expect(scores.some((s) => !s.recommend)).toBe(true);
		expect(await c.scores.countDocuments({ edition, state: 'draft' })).toBeGreaterThan(0);
	});

	it('demoJuror_hasThreeOrFourEntriesToScore_noneScored_noneConflicted', async () => {
		const c = collections(db);
		const entries = await entriesAssignedTo(db, edition, demoJurorId);
		expect(entries.length).toBeGreaterThanOrEqual(3);
		expect(entries.length).toBeLessThanOrEqual(4);
		expect(await c.assignments.countDocuments({ edition, juror: demoJurorId })).toBe(entries.length);
		expect(await c.scores.countDocuments({ edition, juror: demoJurorId })).toBe(0);
	});

	it('aSecondStart_changesNothing_andDuplicatesNothing', async () => {
		const summary = await ensureDemoJury(db);
		expect(summary).toMatchObject({ edition, entries: DEMO_ENTRIES.length, jurors: 4 });
		expect(summary!.toScore).toBeGreaterThanOrEqual(3);
		expect(await snapshot(db)).toEqual(first);
	});

	it('nothingOfTheDemo_reachesTheCatalogue_search_theApiOrTheExport_evenWhenItsEditionIsPublished', async () => {
		const c = collections(db);
		// A demo edition published with an awarded entry: still not public.
		await c.editions.insertOne({
			...(await c.editions.findOne({ slug: edition }, { projection: { _id: 0 } }))!,
			slug: 'demo-published',
			phase: 'published'
		});
		await createEntry(db, {
			slug: 'demo-published-entry',
			title: 'Nagrodzona praktyka pokazowa',
			edition: 'demo-published',
			status: 'awarded',
			place: 'lublin'
		});
		const view = await buildCatalogueView(db);
		const demoSlugs = [...DEMO_ENTRIES.map((e) => e.content.slug), 'demo-published-entry'];
		for (const slug of demoSlugs) expect(view.practiceBySlug.has(slug), slug).toBe(false);
		expect(view.editions.map((e) => e.slug)).not.toContain(edition);
		expect(view.editions.map((e) => e.slug)).not.toContain('demo-published');
		expect(view.practices.length).toBeGreaterThan(0);
		for (const query of ['Trzy kroki', 'pokazowa', 'Kontynenty Wrocławia'])
			for (const hit of view.search.search(query).hits) expect(demoSlugs, query).not.toContain(hit.item.slug);
		const exported = JSON.stringify(exportJson(view)) + exportCsv(view);
		for (const needle of [edition, 'demo-published', 'demo-jury-', 'Nowicka', '(demo)'])
			expect(exported, needle).not.toContain(needle);
	});
});
