import { MongoServerError, type Db } from 'mongodb';
import { recordAudit } from '../audit';
import type { SessionUser } from '../auth/session';
import { collections, type AssignmentDoc, type EditionDoc } from '../db/collections';
import { guardedUpdate, withClaim } from '../db/guarded';
import { fromWarsawLocal } from '../editions/time';
import { can, type Why } from '../policy/rules';
import { assignAll, assignBalanced, pairKey, type Preference, type Shortfall } from './assignment';
import { conflictsOf } from './conflicts';

/** The entries the jury scores: sent and not found ineligible (eligibility sets `ineligible`). */
export const ELIGIBLE_ENTRY = { origin: 'app', status: 'submitted' } as const;

export const DEFAULT_JURORS_PER_ENTRY = 3;

export type AssigningChange<T = object> =
	| ({ ok: true } & T)
	| { ok: false; reason: Why | 'conflict' | 'conflicted' | 'scored' | 'not-juror' | 'not-eligible' | 'busy' };

export const modeOf = (edition: Pick<EditionDoc, 'assignmentMode' | 'jurorsPerEntry'>) => ({
	mode: edition.assignmentMode ?? 'balanced',
	jurorsPerEntry: edition.jurorsPerEntry ?? DEFAULT_JURORS_PER_ENTRY
});

/** The edition's eligible entries, by title. */
export async function eligibleEntries(db: Db, edition: string) {
	return collections(db)
		.practices.find(
			{ edition, ...ELIGIBLE_ENTRY },
			{ projection: { slug: 1, title: 1, summary: 1, place: 1, organisations: 1 } }
		)
		.sort({ title: 1, slug: 1 })
		.toArray();
}

/** The jurors of the edition who have accounts (an invitation still waiting reads nothing). */
export async function jurorsWithAccounts(db: Db, edition: string) {
	return collections(db)
		.jurors.find({ edition, user: { $ne: null } })
		.sort({ user: 1 })
		.toArray();
}

/** Conflicted pairs of the edition as `pairKey`s. */
export async function conflictedPairs(db: Db, edition: string): Promise<Set<string>> {
	const found = new Set<string>();
	for (const pairs of (await conflictsOf(db, edition)).values())
		for (const pair of pairs.values()) if (pair.conflicted) found.add(pairKey(pair.juror, pair.entry));
	return found;
}

/** Pairs of the edition with a score (draft or submitted), as `pairKey`s: they are never taken away. */
async function scoredPairs(db: Db, edition: string): Promise<Set<string>> {
	const scores = await collections(db)
		.scores.find({ edition }, { projection: { juror: 1, entry: 1 } })
		.toArray();
	return new Set(scores.map((s) => pairKey(s.juror, s.entry)));
}

/**
 * Asks the juror to confirm their entries again: their set changed. Guarded, so it never undoes
 * a later write of the record; nothing to do when they have not confirmed.
 */
export async function resetAcknowledgement(db: Db, edition: string, juror: string): Promise<void> {
	const jurors = collections(db).jurors;
	for (let attempt = 0; attempt < 5; attempt++) {
		const record = await jurors.findOne({ edition, user: juror });
		if (!record || !record.acknowledgedAt) return;
		const after = await guardedUpdate(db, jurors, record, {
			$set: { acknowledgedAt: null, updatedAt: new Date() }
		});
		if (after) return;
	}
}

/** Saves the mode when it differs from the stored one, from the version the organiser read. */
async function saveMode(
	db: Db,
	actor: SessionUser,
	edition: EditionDoc,
	wanted: { mode: 'all' | 'balanced'; jurorsPerEntry: number; version: number }
): Promise<EditionDoc | null> {
	const stored = modeOf(edition);
	if (stored.mode === wanted.mode && stored.jurorsPerEntry === wanted.jurorsPerEntry) return edition;
	if (edition.version !== wanted.version) return null;
	const after = await guardedUpdate(db, collections(db).editions, edition, {
		$set: { assignmentMode: wanted.mode, jurorsPerEntry: wanted.jurorsPerEntry, updatedAt: new Date() }
	});
	if (!after) return null;
	await recordAudit(db, {
		actor: actor._id,
		action: 'edition.assignment-mode-changed',
		subject: { type: 'edition', id: edition.slug },
		before: stored,
		after: { mode: wanted.mode, jurorsPerEntry: wanted.jurorsPerEntry }
	});
	return after;
}

export interface RunResult {
	added: number;
	removed: number;
	kept: number;
	shortfalls: Shortfall[];
	/** Pairs made by hand that meet a conflict now, taken off by the run. */
	dropped: { juror: string; entry: string }[];
}

/**
 * Runs the solver over the edition's eligible entries, its jurors with accounts, their
 * preferences and conflicts, and stores the outcome. What a re-run keeps: every pair with a score
 * (draft or submitted; never deleted, even when a conflict appeared since) and the pairs added by
 * hand that meet no conflict, both as fixed input to the solver; the solver's earlier pairs are
 * replaced by its new ones. The solver is deterministic (inputs sorted), so running twice with
 * the same inputs stores the same set; the claim makes a double submission run one after the
 * other. Jurors whose set changed are asked to confirm again.
 */
export async function runAssignment(
	db: Db,
	actor: SessionUser,
	editionSlug: string,
	wanted: { mode: 'all' | 'balanced'; jurorsPerEntry: number; version: number }
): Promise<AssigningChange<RunResult>> {
	const c = collections(db);
	const found = await c.editions.findOne({ slug: editionSlug });
	if (!found) return { ok: false, reason: 'missing' };
	const verdict = can(actor, 'assignment.manage', { edition: found });
	if (!verdict.ok) return { ok: false, reason: verdict.why };
	const run = await withClaim(
		db,
		`assignment-run:${editionSlug}`,
		async (): Promise<AssigningChange<RunResult>> => {
			const current = await c.editions.findOne({ slug: editionSlug });
			if (!current) return { ok: false, reason: 'missing' };
			const edition = await saveMode(db, actor, current, wanted);
			if (!edition) return { ok: false, reason: 'conflict' };
			const { mode, jurorsPerEntry } = modeOf(edition);
			const [entries, jurors, conflicted, scored, existing, preferences] = await Promise.all([
				eligibleEntries(db, editionSlug),
				jurorsWithAccounts(db, editionSlug),
				conflictedPairs(db, editionSlug),
				scoredPairs(db, editionSlug),
				c.assignments.find({ edition: editionSlug }).toArray(),
				c.preferences.find({ edition: editionSlug }).toArray()
			]);
			const entryIds = entries.map((e) => e.slug);
			const jurorIds = jurors.map((j) => j.user as string);
			const known = (juror: string, entry: string) => jurorIds.includes(juror) && entryIds.includes(entry);
			const fixed = existing
				.filter((a) => known(a.juror, a.entry))
				.filter(
					(a) =>
						scored.has(pairKey(a.juror, a.entry)) ||
						(a.source === 'organiser' && !conflicted.has(pairKey(a.juror, a.entry)))
				)
				.map((a) => [a.juror, a.entry] as const);
			const prefs = new Map<string, Map<string, Preference>>();
			for (const p of preferences) {
				const ofJuror = prefs.get(p.juror) ?? new Map<string, Preference>();
				ofJuror.set(p.entry, p.preference);
				prefs.set(p.juror, ofJuror);
			}
			// A scored pair that meets a conflict is dropped by the solver (it does not count towards
			// coverage: that juror no longer reads the entry) but stays stored with its score.
			const input = { entries: entryIds, jurors: jurorIds, conflicts: conflicted, fixed };
			const solved =
				mode === 'all'
					? assignAll(input)
					: assignBalanced({ ...input, perEntry: jurorsPerEntry, preferences: prefs });
			const target = new Set(solved.assignments.map(([j, e]) => pairKey(j, e)));
			for (const a of existing)
				if (scored.has(pairKey(a.juror, a.entry))) target.add(pairKey(a.juror, a.entry));

			const have = new Set(existing.map((a) => pairKey(a.juror, a.entry)));
			const toRemove = existing.filter((a) => !target.has(pairKey(a.juror, a.entry)));
			const toAdd = solved.assignments.filter(([j, e]) => !have.has(pairKey(j, e)));
			const changedJurors = new Set<string>();
			let removed = 0;
			for (const a of toRemove) {
				// A score written since this run read them keeps its pair.
				if (
					await c.scores.findOne(
						{ edition: editionSlug, juror: a.juror, entry: a.entry },
						{ projection: { _id: 1 } }
					)
				)
					continue;
				const gone = await c.assignments.deleteOne({ _id: a._id });
				if (gone.deletedCount === 1) {
					removed++;
					changedJurors.add(a.juror);
				}
			}
			const now = new Date();
			let added = 0;
			for (const [juror, entry] of toAdd) {
				const doc: AssignmentDoc = {
					edition: editionSlug,
					juror,
					entry,
					source: 'solver',
					by: actor._id,
					createdAt: now
				};
				if (await insertAssignment(db, doc)) {
					added++;
					changedJurors.add(juror);
				}
			}
			for (const juror of changedJurors) await resetAcknowledgement(db, editionSlug, juror);
			const dropped = existing
				.filter((a) => a.source === 'organiser' && known(a.juror, a.entry))
				.filter((a) => conflicted.has(pairKey(a.juror, a.entry)) && !scored.has(pairKey(a.juror, a.entry)))
				.map((a) => ({ juror: a.juror, entry: a.entry }));
			const result: RunResult = {
				added,
				removed,
				kept: existing.length - removed,
				shortfalls: solved.shortfalls,
				dropped
			};
			await recordAudit(db, {
				actor: actor._id,
				action: 'assignment.run',
				subject: { type: 'edition', id: editionSlug },
				before: { assignments: existing.length },
				after: {
					mode,
					jurorsPerEntry,
					assignments: existing.length - removed + added,
					added,
					removed,
					shortfalls: solved.shortfalls.length
				}
			});
			return { ok: true, ...result };
		}
	);
	return run ? run.value : { ok: false, reason: 'busy' };
}

const isDuplicateKey = (cause: unknown) => cause instanceof MongoServerError && cause.code === 11000;

/** A unique insert: false when the pair is already assigned. */
async function insertAssignment(db: Db, doc: AssignmentDoc): Promise<boolean> {
	try {
		await collections(db).assignments.insertOne(doc);
		return true;
	} catch (cause) {
		if (isDuplicateKey(cause)) return false;
		throw cause;
	}
}

/** What single changes need to know: the edition, allowed, with the juror on its jury. */
async function pairContext(db: Db, actor: SessionUser, editionSlug: string, juror: string, entry: string) {
	const c = collections(db);
	const edition = await c.editions.findOne({ slug: editionSlug });
	if (!edition) return { ok: false as const, reason: 'missing' as const };
	const verdict = can(actor, 'assignment.manage', { edition });
	if (!verdict.ok) return { ok: false as const, reason: verdict.why };
	if (!(await c.jurors.findOne({ edition: editionSlug, user: juror }, { projection: { _id: 1 } })))
		return { ok: false as const, reason: 'not-juror' as const };
	const practice = await c.practices.findOne({ slug: entry, edition: editionSlug, origin: 'app' });
	if (!practice) return { ok: false as const, reason: 'not-eligible' as const };
	return { ok: true as const, edition, practice };
}

/** The organiser assigns one entry to one juror by hand; a conflicted pair is refused. */
export async function addAssignment(
	db: Db,
	actor: SessionUser,
	editionSlug: string,
	{ juror, entry }: { juror: string; entry: string }
): Promise<AssigningChange<{ added: boolean }>> {
	const context = await pairContext(db, actor, editionSlug, juror, entry);
	if (!context.ok) return context;
	if (context.practice.status !== ELIGIBLE_ENTRY.status) return { ok: false, reason: 'not-eligible' };
	if ((await conflictedPairs(db, editionSlug)).has(pairKey(juror, entry)))
		return { ok: false, reason: 'conflicted' };
	const added = await insertAssignment(db, {
		edition: editionSlug,
		juror,
		entry,
		source: 'organiser',
		by: actor._id,
		createdAt: new Date()
	});
	if (added) {
		await resetAcknowledgement(db, editionSlug, juror);
		await recordAudit(db, {
			actor: actor._id,
			action: 'assignment.added',
			subject: { type: 'entry', id: entry },
			after: { edition: editionSlug, juror }
		});
	}
	return { ok: true, added };
}

/** The organiser takes one entry off a juror; refused once the juror has scored it. */
export async function removeAssignment(
	db: Db,
	actor: SessionUser,
	editionSlug: string,
	{ juror, entry }: { juror: string; entry: string }
): Promise<AssigningChange<{ removed: boolean }>> {
	const context = await pairContext(db, actor, editionSlug, juror, entry);
	if (!context.ok && context.reason !== 'not-juror') return context;
	const c = collections(db);
	if (await c.scores.findOne({ edition: editionSlug, juror, entry }, { projection: { _id: 1 } }))
		return { ok: false, reason: 'scored' };
	const before = await c.assignments.findOne({ edition: editionSlug, juror, entry });
	if (!before) return { ok: true, removed: false };
	const gone = await c.assignments.deleteOne({ _id: before._id });
	if (gone.deletedCount === 0) return { ok: true, removed: false };
	await resetAcknowledgement(db, editionSlug, juror);
	await recordAudit(db, {
		actor: actor._id,
		action: 'assignment.removed',
		subject: { type: 'entry', id: entry },
		before: { edition: editionSlug, juror, source: before.source }
	});
	return { ok: true, removed: true };
}

/**
 * What jurors see while scoring and when their scores are due, saved only from the version the
 * organiser read. The deadline is typed in Warsaw time ("2027-01-10T09:00", or empty for none).
 */
export async function saveReviewSettings(
	db: Db,
	actor: SessionUser,
	editionSlug: string,
	change: { hideApplicantOrganisation: boolean; reviewDeadline: string; version: number }
): Promise<AssigningChange> {
	const editions = collections(db).editions;
	const edition = await editions.findOne({ slug: editionSlug });
	if (!edition) return { ok: false, reason: 'missing' };
	const verdict = can(actor, 'jury.manage', { edition });
	if (!verdict.ok) return { ok: false, reason: verdict.why };
	const deadline = fromWarsawLocal(change.reviewDeadline || null);
	const before = {
		hideApplicantOrganisation: edition.hideApplicantOrganisation ?? false,
		reviewDeadline: edition.reviewDeadline ?? null
	};
	const after = { hideApplicantOrganisation: change.hideApplicantOrganisation, reviewDeadline: deadline };
	if (
		before.hideApplicantOrganisation === after.hideApplicantOrganisation &&
		before.reviewDeadline?.getTime() === after.reviewDeadline?.getTime()
	)
		return { ok: true };
	if (edition.version !== change.version) return { ok: false, reason: 'conflict' };
	const saved = await guardedUpdate(db, editions, edition, { $set: { ...after, updatedAt: new Date() } });
	if (!saved) return { ok: false, reason: 'conflict' };
	await recordAudit(db, {
		actor: actor._id,
		action: 'edition.review-settings-changed',
		subject: { type: 'edition', id: editionSlug },
		before,
		after
	});
	return { ok: true };
}

/**
 * Everything the assignment page shows: the mode, each juror's load and whether they confirmed,
 * each entry's coverage, shortfalls against the wanted number, and stored pairs that now meet a
 * conflict. Counts leave conflicted pairs out: such a juror does not read the entry.
 */
export async function assignmentOverview(db: Db, actor: SessionUser, editionSlug: string) {
	const c = collections(db);
	const edition = await c.editions.findOne({ slug: editionSlug });
	if (!edition) return null;
	const [entries, jurors, conflicted, scored, assignments] = await Promise.all([
		eligibleEntries(db, editionSlug),
		jurorsWithAccounts(db, editionSlug),
		conflictedPairs(db, editionSlug),
		scoredPairs(db, editionSlug),
		c.assignments.find({ edition: editionSlug }).toArray()
	]);
	const accounts = await c.users
		.find({ _id: { $in: jurors.map((j) => j.user as string) } }, { projection: { name: 1, email: 1 } })
		.toArray();
	const nameOf = new Map(accounts.map((a) => [a._id, a.name || a.email]));
	const { mode, jurorsPerEntry } = modeOf(edition);
	const wanted = mode === 'all' ? jurors.length : jurorsPerEntry;
	const counts = (pairs: typeof assignments) =>
		pairs.filter((a) => !conflicted.has(pairKey(a.juror, a.entry)));
	const pairs = assignments.map((a) => ({
		juror: a.juror,
		entry: a.entry,
		source: a.source,
		conflicted: conflicted.has(pairKey(a.juror, a.entry)),
		scored: scored.has(pairKey(a.juror, a.entry))
	}));
	return {
		edition,
		mode,
		jurorsPerEntry,
		manage: can(actor, 'assignment.manage', { edition }),
		settings: can(actor, 'jury.manage', { edition }),
		jurors: jurors.map((j) => {
			const user = j.user as string;
			return {
				user,
				name: nameOf.get(user) ?? user,
				load: counts(assignments.filter((a) => a.juror === user)).length,
				acknowledgedAt: j.acknowledgedAt ?? null
			};
		}),
		entries: entries.map((e) => {
			const nonConflicted = jurors.filter((j) => !conflicted.has(pairKey(j.user as string, e.slug))).length;
			const coverage = counts(assignments.filter((a) => a.entry === e.slug)).length;
			return {
				slug: e.slug,
				title: e.title,
				coverage,
				wanted,
				nonConflicted,
				/** Fewer jurors than wanted: only because too few have no conflict, or not run yet. */
				short:
					coverage < Math.min(wanted, nonConflicted)
						? ('unassigned' as const)
						: coverage < wanted
							? ('conflicts' as const)
							: null
			};
		}),
		pairs,
		conflicted
	};
}
