import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { collections, type EditionDoc, type UserDoc } from '../../src/lib/server/db/collections';
import {
	addAssignment,
	conflictedPairs,
	juryProgress,
	pairKey,
	removeAssignment,
	removeJuror,
	runAssignment,
	saveReviewSettings,
	savePreferences,
	sendReminders,
	setConflict
} from '../../src/lib/server/jury';
import { criteriaOf } from '../../src/lib/server/editions';
import { weightedTotal } from '../../src/lib/server/deliberation/stats';
import { useTestDatabase } from '../support/database';
import {
	createEdition,
	createEntry,
	createScore,
	createUser,
	organiser,
	sessionOf
} from '../support/factories';

const ORIGIN = 'https://miasta.test';
const admin = organiser();

/** A small deterministic generator, so a failing seed can be run again. */
function random(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

describe('jury assigning', () => {
	let db: Db;
	beforeAll(async () => {
		db = await useTestDatabase();
	});

	/** An edition with `jurors` jurors (accounts and records) and `entries` submitted entries. */
	async function world(jurors: number, entries: number, overrides: Partial<EditionDoc> = {}) {
		const edition = await createEdition(db, { phase: 'review', ...overrides });
		const people: UserDoc[] = [];
		for (let i = 0; i < jurors; i++) {
			const { user } = await createUser(db, { roles: [{ edition: edition.slug, role: 'juror' }] });
			const now = new Date();
			await collections(db).jurors.insertOne({
				edition: edition.slug,
				user: user._id,
				invitedEmail: null,
				affiliations: { organisations: [], places: [] },
				publicProfile: false,
				bio: '',
				quotable: false,
				addedBy: admin._id,
				createdAt: now,
				updatedAt: now,
				version: 1
			});
			people.push(user);
		}
		const slugs: string[] = [];
		for (let i = 0; i < entries; i++)
			slugs.push((await createEntry(db, { edition: edition.slug, status: 'submitted' })).slug);
		return { edition, slug: edition.slug, jurors: people, ids: people.map((p) => p._id), entries: slugs };
	}

	const stored = async (edition: string) =>
		(await collections(db).assignments.find({ edition }).toArray())
			.map((a) => pairKey(a.juror, a.entry))
			.sort();
	const version = async (edition: string) =>
		(await collections(db).editions.findOne({ slug: edition }))!.version;
	const run = async (edition: string, mode: 'all' | 'balanced', jurorsPerEntry = 2) =>
		runAssignment(db, admin, edition, { mode, jurorsPerEntry, version: await version(edition) });
	const conflict = (edition: string, juror: string, entry: string) =>
		setConflict(db, admin, edition, { juror, entry, conflicted: true, reason: 'Powód konfliktu.' });

	for (const seed of [1, 2, 3, 4, 5]) {
		it(`runAssignment_randomEdition_seed${seed}_coversEntriesBalancesLoadsAndSkipsConflicts`, async () => {
			const next = random(seed);
			const w = await world(3 + Math.floor(next() * 4), 3 + Math.floor(next() * 6));
			const ineligible = await createEntry(db, { edition: w.slug, status: 'ineligible' });
			const draft = await createEntry(db, { edition: w.slug, status: 'draft' });
			const perEntry = 1 + Math.floor(next() * 3);
			const withConflicts = seed % 2 === 0;
			if (withConflicts)
				for (const juror of w.ids)
					for (const entry of w.entries) if (next() < 0.2) await conflict(w.slug, juror, entry);
			const conflicted = await conflictedPairs(db, w.slug);

			const balanced = await run(w.slug, 'balanced', perEntry);
			expect(balanced.ok).toBe(true);
			const pairs = await stored(w.slug);
			expect(pairs.filter((key) => conflicted.has(key))).toEqual([]);
			expect(pairs.some((key) => key.endsWith(ineligible.slug) || key.endsWith(draft.slug))).toBe(false);
			for (const entry of w.entries) {
				const free = w.ids.filter((j) => !conflicted.has(pairKey(j, entry))).length;
				const got = pairs.filter((key) => key.endsWith(`\u0000${entry}`)).length;
				expect(got).toBe(Math.min(perEntry, free));
			}
			if (!withConflicts) {
				const loads = w.ids.map((j) => pairs.filter((key) => key.startsWith(`${j}\u0000`)).length);
				expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
			}
			// The same inputs again store the same set.
			expect((await run(w.slug, 'balanced', perEntry)).ok).toBe(true);
			expect(await stored(w.slug)).toEqual(pairs);

			const all = await run(w.slug, 'all');
			expect(all.ok).toBe(true);
			const every = w.ids
				.flatMap((j) => w.entries.map((e) => pairKey(j, e)))
				.filter((key) => !conflicted.has(key))
				.sort();
			expect(await stored(w.slug)).toEqual(every);
			const edition = await collections(db).editions.findOne({ slug: w.slug });
			expect(edition?.assignmentMode).toBe('all');
		});
	}

	it('runAssignment_preferences_honouredWhenBalanceAllows', async () => {
		const w = await world(2, 2);
		const [a, b] = w.jurors.map(sessionOf);
		const [e1, e2] = w.entries;
		expect(await savePreferences(db, a, w.slug, { [e1]: 'rather-not', [e2]: 'want' })).toEqual({
			ok: true,
			changed: 2
		});
		expect((await savePreferences(db, b, w.slug, { [e1]: 'want', [e2]: 'rather-not' })).ok).toBe(true);
		await run(w.slug, 'balanced', 1);
		expect(await stored(w.slug)).toEqual([pairKey(a._id, e2), pairKey(b._id, e1)].sort());
	});

	it('runAssignment_doubleSubmission_storesOneSet', async () => {
		const w = await world(4, 5);
		const v = await version(w.slug);
		const input = { mode: 'balanced' as const, jurorsPerEntry: 2, version: v };
		const [first, second] = await Promise.all([
			runAssignment(db, admin, w.slug, input),
			runAssignment(db, admin, w.slug, input)
		]);
		expect(first.ok && second.ok).toBe(true);
		const pairs = await stored(w.slug);
		expect(pairs.length).toBe(10);
		expect(new Set(pairs).size).toBe(10);
	});

	it('runAssignment_rerun_keepsScoredAndManualPairsAndReplacesTheRest', async () => {
		const w = await world(3, 3);
		await run(w.slug, 'balanced', 2);
		const first = await collections(db).assignments.find({ edition: w.slug }).toArray();
		const scoredPair = first[0];
		await createScore(db, {
			edition: w.slug,
			entry: scoredPair.entry,
			juror: scoredPair.juror,
			state: 'draft'
		});
		// A conflict found after the score does not take the scored pair away.
		await conflict(w.slug, scoredPair.juror, scoredPair.entry);
		const notAssigned = w.ids
			.flatMap((j) => w.entries.map((e) => [j, e] as const))
			.find(([j, e]) => !first.some((a) => a.juror === j && a.entry === e))!;
		await removeAssignment(db, admin, w.slug, { juror: notAssigned[0], entry: notAssigned[1] });
		expect(await addAssignment(db, admin, w.slug, { juror: notAssigned[0], entry: notAssigned[1] })).toEqual({
			ok: true,
			added: true
		});

		const rerun = await run(w.slug, 'balanced', 1);
		expect(rerun.ok).toBe(true);
		const after = await collections(db).assignments.find({ edition: w.slug }).toArray();
		const has = (j: string, e: string) => after.some((a) => a.juror === j && a.entry === e);
		expect(has(scoredPair.juror, scoredPair.entry)).toBe(true);
		expect(has(notAssigned[0], notAssigned[1])).toBe(true);
		const manual = after.find((a) => a.juror === notAssigned[0] && a.entry === notAssigned[1]);
		expect(manual?.source).toBe('organiser');
		// Every entry has its one juror (non-conflicted) at least; solver pairs beyond that went.
		const counted = after.filter((a) => a.juror !== scoredPair.juror || a.entry !== scoredPair.entry);
		for (const entry of w.entries)
			expect(counted.filter((a) => a.entry === entry).length).toBeGreaterThanOrEqual(1);
		expect(after.length).toBeLessThan(first.length + 1);
	});

	it('addAssignment_conflictedPair_refusedAndRemoveScored_refused', async () => {
		const w = await world(2, 2);
		const [j1, j2] = w.ids;
		const [e1, e2] = w.entries;
		await conflict(w.slug, j1, e1);
		expect(await addAssignment(db, admin, w.slug, { juror: j1, entry: e1 })).toEqual({
			ok: false,
			reason: 'conflicted'
		});
		expect(await addAssignment(db, admin, w.slug, { juror: j1, entry: e2 })).toEqual({
			ok: true,
			added: true
		});
		expect(await addAssignment(db, admin, w.slug, { juror: j1, entry: e2 })).toEqual({
			ok: true,
			added: false
		});
		expect(await addAssignment(db, admin, w.slug, { juror: 'nobody', entry: e2 })).toEqual({
			ok: false,
			reason: 'not-juror'
		});
		await addAssignment(db, admin, w.slug, { juror: j2, entry: e2 });
		await createScore(db, { edition: w.slug, entry: e2, juror: j2 });
		expect(await removeAssignment(db, admin, w.slug, { juror: j2, entry: e2 })).toEqual({
			ok: false,
			reason: 'scored'
		});
		expect(await removeAssignment(db, admin, w.slug, { juror: j1, entry: e2 })).toEqual({
			ok: true,
			removed: true
		});
		expect(await stored(w.slug)).toEqual([pairKey(j2, e2)]);
		const refusedJuror = { ...sessionOf(w.jurors[0]) };
		expect(await addAssignment(db, refusedJuror, w.slug, { juror: j1, entry: e2 })).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		const published = await world(1, 1, { phase: 'published' });
		expect(
			await addAssignment(db, admin, published.slug, { juror: published.ids[0], entry: published.entries[0] })
		).toEqual({
			ok: false,
			reason: 'closed'
		});
		expect(
			await collections(db).audit.countDocuments({ action: 'assignment.added', 'after.edition': w.slug })
		).toBe(2);
	});

	it('assignmentChange_resetsAcknowledgementOnlyOfJurorsWhoseSetChanged', async () => {
		const w = await world(2, 2);
		await run(w.slug, 'all');
		const jurors = collections(db).jurors;
		await jurors.updateMany({ edition: w.slug }, { $set: { acknowledgedAt: new Date() } });
		// The same inputs: nobody's set changes.
		await run(w.slug, 'all');
		expect(await jurors.countDocuments({ edition: w.slug, acknowledgedAt: null })).toBe(0);
		await removeAssignment(db, admin, w.slug, { juror: w.ids[0], entry: w.entries[0] });
		const [first, second] = await Promise.all(w.ids.map((user) => jurors.findOne({ edition: w.slug, user })));
		expect(first?.acknowledgedAt).toBeNull();
		expect(second?.acknowledgedAt).toBeInstanceOf(Date);
	});

	it('savePreferences_ignoresConflictedEntriesAndClosesOnceAssigned', async () => {
		const w = await world(1, 3);
		const juror = sessionOf(w.jurors[0]);
		const [e1, e2, e3] = w.entries;
		await conflict(w.slug, juror._id, e3);
		const saved = await savePreferences(db, juror, w.slug, {
			[e1]: 'want',
			[e2]: 'rather-not',
			[e3]: 'want'
		});
		expect(saved).toEqual({ ok: true, changed: 2 });
		expect(await savePreferences(db, juror, w.slug, { [e1]: 'want', [e2]: 'rather-not' })).toEqual({
			ok: true,
			changed: 0
		});
		expect(await savePreferences(db, juror, w.slug, { [e2]: 'can' })).toEqual({ ok: true, changed: 1 });
		const prefs = await collections(db).preferences.find({ edition: w.slug }).sort({ entry: 1 }).toArray();
		expect(prefs.map((p) => [p.entry, p.preference])).toEqual(
			[
				[e1, 'want'],
				[e2, 'can']
			].sort()
		);
		const stranger = sessionOf((await createUser(db)).user);
		expect(await savePreferences(db, stranger, w.slug, { [e1]: 'want' })).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		await addAssignment(db, admin, w.slug, { juror: juror._id, entry: e1 });
		expect(await savePreferences(db, juror, w.slug, { [e1]: 'rather-not' })).toEqual({
			ok: false,
			reason: 'closed'
		});
	});

	it('juryProgress_countsSubmittedOfAssignedAndNeverConflictedPairs', async () => {
		const w = await world(3, 2);
		const [j1, j2, j3] = w.ids;
		const [e1, e2] = w.entries;
		await run(w.slug, 'all');
		const edition = (await collections(db).editions.findOne({ slug: w.slug }))!;
		const ids = criteriaOf(edition).map((c) => c.id);
		const scored = (a: number, b: number) => [
			{ id: ids[0], score: a, comment: '' },
			{ id: ids[1], score: b, comment: '' }
		];
		await createScore(db, { edition: w.slug, entry: e1, juror: j1, criteria: scored(5, 2) });
		await createScore(db, { edition: w.slug, entry: e1, juror: j2, criteria: scored(2, 5), state: 'draft' });
		// A conflict found after j3 scored: the score stays but never counts.
		await createScore(db, { edition: w.slug, entry: e1, juror: j3, criteria: scored(1, 1) });
		await conflict(w.slug, j3, e1);

		const progress = (await juryProgress(db, admin, w.slug))!;
		const row = progress.rows.find((r) => r.slug === e1)!;
		const column = (j: string) => w.ids.indexOf(j);
		expect(row.cells[column(j1)]).toBe('submitted');
		expect(row.cells[column(j2)]).toBe('draft');
		expect(row.cells[column(j3)]).toBe('conflict');
		expect([row.submitted, row.assigned]).toEqual([1, 2]);
		// Weighted totals 0–100: 100 × (2 × 5/5 + 1 × 2/5) ÷ 3.
		expect(row.mean).toBeCloseTo(80, 10);
		expect(weightedTotal(criteriaOf(edition), scored(1, 1))).toBeCloseTo(20, 10);
		const other = progress.rows.find((r) => r.slug === e2)!;
		expect([other.submitted, other.assigned, other.mean]).toEqual([0, 3, null]);
		const juror3 = progress.jurors.find((j) => j.user === j3)!;
		expect([juror3.submitted, juror3.assigned]).toEqual([0, 1]);
		const juror1 = progress.jurors.find((j) => j.user === j1)!;
		expect([juror1.submitted, juror1.assigned]).toEqual([1, 2]);
	});

	it('sendReminders_onePerJurorWithMissingNonConflictedEntries_repeatGuarded', async () => {
		const deadline = new Date('2031-03-10T08:00:00Z');
		const w = await world(3, 2, { reviewDeadline: deadline });
		const [j1, j2, j3] = w.ids;
		const [e1, e2] = w.entries;
		await run(w.slug, 'all');
		await createScore(db, { edition: w.slug, entry: e1, juror: j1 });
		await createScore(db, { edition: w.slug, entry: e2, juror: j1 });
		await createScore(db, { edition: w.slug, entry: e1, juror: j2, state: 'draft' });
		await conflict(w.slug, j3, e2);
		const since = new Date();

		const sent = await sendReminders(db, admin, w.slug, ORIGIN);
		expect(sent).toEqual({ ok: true, sent: 2, alreadyAt: null });
		const mail = await collections(db)
			.outbox.find({ at: { $gte: since } })
			.toArray();
		const to = (j: string) => mail.filter((message) => message.to === w.jurors[w.ids.indexOf(j)].email);
		expect(to(j1)).toHaveLength(0);
		expect(to(j2)).toHaveLength(1);
		expect(to(j2)[0].text).toContain(`${ORIGIN}/jury/${w.slug}/${e1}`);
		expect(to(j2)[0].text).toContain(`${ORIGIN}/jury/${w.slug}/${e2}`);
		expect(to(j2)[0].text).toContain('10.03.2031, 09:00 (czas polski)');
		expect(to(j3)).toHaveLength(1);
		expect(to(j3)[0].text).toContain(e1);
		expect(to(j3)[0].text).not.toContain(e2);

		const again = await sendReminders(db, admin, w.slug, ORIGIN);
		expect(again.ok && again.sent).toBe(0);
		expect(again.ok && again.alreadyAt).toBeInstanceOf(Date);
		expect(await collections(db).outbox.countDocuments({ at: { $gte: since } })).toBe(2);

		const open = await world(1, 1, { phase: 'open' });
		expect(await sendReminders(db, admin, open.slug, ORIGIN)).toEqual({ ok: false, reason: 'closed' });
	});

	it('saveReviewSettings_storesWarsawDeadlineFromTheVersionRead', async () => {
		const w = await world(0, 0);
		const v = await version(w.slug);
		expect(
			await saveReviewSettings(db, admin, w.slug, {
				hideApplicantOrganisation: true,
				reviewDeadline: '2031-07-01T12:30',
				version: v
			})
		).toEqual({ ok: true });
		const edition = await collections(db).editions.findOne({ slug: w.slug });
		expect(edition?.hideApplicantOrganisation).toBe(true);
		expect(edition?.reviewDeadline?.toISOString()).toBe('2031-07-01T10:30:00.000Z');
		expect(
			await saveReviewSettings(db, admin, w.slug, {
				hideApplicantOrganisation: false,
				reviewDeadline: '',
				version: v
			})
		).toEqual({ ok: false, reason: 'conflict' });
	});

	it('removeJuror_withAScore_refusedWhateverThePhase', async () => {
		const w = await world(2, 1, { phase: 'open' });
		await createScore(db, { edition: w.slug, entry: w.entries[0], juror: w.ids[0], state: 'draft' });
		const records = await collections(db).jurors.find({ edition: w.slug }).toArray();
		const scored = records.find((r) => r.user === w.ids[0])!;
		const other = records.find((r) => r.user === w.ids[1])!;
		expect(await removeJuror(db, admin, w.slug, { id: String(scored._id), version: 1 })).toEqual({
			ok: false,
			reason: 'has-scores'
		});
		expect(await removeJuror(db, admin, w.slug, { id: String(other._id), version: 1 })).toEqual({ ok: true });
	});
});
