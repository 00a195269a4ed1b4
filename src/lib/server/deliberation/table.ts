import type { Db, Filter } from 'mongodb';
import type { SessionUser } from '../auth/session';
import { collections, type EditionDoc, type PracticeDoc, type ScoreDoc } from '../db/collections';
import { criteriaOf } from '../editions/criteria';
import { ELIGIBLE_ENTRY, jurorsWithAccounts } from '../jury/assigning';
import { affiliationConflicts } from '../jury/conflicts';
import { placeConflictsOf } from '../jury/members';
import { pairKey } from '../jury/assignment';
import { can, type Why } from '../policy/rules';
import { DEFAULT_THRESHOLDS, deliberate, ranks, weightedTotal, type Sheet, type Thresholds } from './stats';

/** The edition's disagreement thresholds, 15 and 30 unless set. */
export const thresholdsOf = (
	edition: Pick<EditionDoc, 'disagreementStdev' | 'disagreementRange'>
): Thresholds => ({
	stdev: edition.disagreementStdev ?? DEFAULT_THRESHOLDS.stdev,
	range: edition.disagreementRange ?? DEFAULT_THRESHOLDS.range
});

type SubmittedScore = Pick<
	ScoreDoc,
	'entry' | 'juror' | 'criteria' | 'recommend' | 'category' | 'submittedAt'
>;

/** Phases after the review: no score is given or changed any more (see `SCORING_PHASES`). */
const FROZEN_PHASES: readonly EditionDoc['phase'][] = ['deliberation', 'published', 'archived'];
/** Submitted scores of editions past their review, by edition record: they can no longer change. */
const frozenScores = new Map<string, Promise<SubmittedScore[]>>();

/**
 * The edition's submitted scores. Reading thousands of them is the slow part of the table (the
 * embedded FerretDB decodes every document), and from the deliberation on they are final, so they
 * are read once per edition and kept; during the review they are read every time.
 */
function submittedScores(db: Db, edition: EditionDoc): Promise<SubmittedScore[]> {
	const read = () =>
		collections(db)
			.scores.find(
				{ edition: edition.slug, state: 'submitted' },
				{ projection: { _id: 0, entry: 1, juror: 1, criteria: 1, recommend: 1, category: 1, submittedAt: 1 } }
			)
			.toArray();
	return kept(frozenScores, db, edition, read);
}

/** Published results turn eligible entries awarded or mentioned (the rest stay submitted): all still count. */
const PUBLISHED_PHASES: readonly EditionDoc['phase'][] = ['published', 'archived'];
const eligibleIn = (phase: EditionDoc['phase']): Filter<PracticeDoc> =>
	PUBLISHED_PHASES.includes(phase)
		? {
				origin: ELIGIBLE_ENTRY.origin,
				status: { $in: [ELIGIBLE_ENTRY.status, 'awarded', 'mentioned'] as PracticeDoc['status'][] }
			}
		: ELIGIBLE_ENTRY;

type EntryFacts = Pick<PracticeDoc, 'slug' | 'title' | 'organisations' | 'partners' | 'place'>;
/** Eligible entries of editions past their review: eligibility is decided in open and review only. */
const frozenEntries = new Map<string, Promise<EntryFacts[]>>();

/** The eligible entries (`ELIGIBLE_ENTRY`) by title, with what conflicts are decided on; kept as the scores are. */
function entriesOf(db: Db, edition: EditionDoc): Promise<EntryFacts[]> {
	const read = () =>
		collections(db)
			.practices.find(
				{ edition: edition.slug, ...eligibleIn(edition.phase) },
				{ projection: { _id: 0, slug: 1, title: 1, organisations: 1, partners: 1, place: 1 } }
			)
			.sort({ title: 1, slug: 1 })
			.toArray();
	return kept(frozenEntries, db, edition, read);
}

/** A read kept per edition record once the edition is past its review; a failed read is not kept. */
function kept<T>(
	cache: Map<string, Promise<T>>,
	db: Db,
	edition: EditionDoc,
	read: () => Promise<T>
): Promise<T> {
	if (!FROZEN_PHASES.includes(edition.phase)) return read();
	const key = `${db.databaseName}|${edition.slug}|${String(edition._id)}|${edition.phase}`;
	let found = cache.get(key);
	if (!found) {
		found = read();
		cache.set(key, found);
		found.catch(() => cache.delete(key));
	}
	return found;
}

/**
 * Reads the final scores and entries of every edition in deliberation ahead of the first visit (at
 * start-up), so the organiser's first table is not the one that waits for thousands of documents.
 */
export async function prepareDeliberations(db: Db): Promise<void> {
	const editions = await collections(db).editions.find({ phase: 'deliberation' }).toArray();
	await Promise.all(
		editions.map((edition) => Promise.all([submittedScores(db, edition), entriesOf(db, edition)]))
	);
}

/** Forgets the kept scores (for measurements of a cold read). */
export const forgetFrozenScores = () => {
	frozenScores.clear();
	frozenEntries.clear();
};

/** One counted score as read: a submitted score of an eligible entry by a non-conflicted juror. */
export interface CountedScore extends Sheet {
	criteria: { id: string; score: number | null }[];
	submittedAt: Date | null;
}

/**
 * Everything the deliberation is computed from, read in one pass: the edition's eligible entries
 * (`ELIGIBLE_ENTRY`), its jurors with accounts, its criteria, the submitted scores of eligible
 * entries by jurors without a conflict with them (conflicted pairs, from affiliations or
 * statements, never count, even when scored before the conflict was known), and the shortlist.
 * No policy here: callers check it.
 */
export async function readDeliberation(db: Db, edition: EditionDoc) {
	const c = collections(db);
	const slug = edition.slug;
	const [entries, jurors, statements, scores, shortlist] = await Promise.all([
		entriesOf(db, edition),
		jurorsWithAccounts(db, slug),
		c.conflicts
			.find({ edition: slug }, { projection: { _id: 0, juror: 1, entry: 1, conflicted: 1 } })
			.toArray(),
		submittedScores(db, edition),
		c.shortlist.find({ edition: slug }, { projection: { _id: 0, entry: 1 } }).toArray()
	]);
	// Conflicts as `conflictsOf` decides them (affiliations, then statements override), over the
	// eligible entries already read rather than reading the entries again.
	const placeConflicts = placeConflictsOf(edition);
	const conflicted = new Set<string>();
	for (const juror of jurors)
		for (const entry of entries)
			if (affiliationConflicts(juror.affiliations, entry, placeConflicts).length > 0)
				conflicted.add(pairKey(juror.user as string, entry.slug));
	for (const s of statements) {
		if (s.conflicted) conflicted.add(pairKey(s.juror, s.entry));
		else conflicted.delete(pairKey(s.juror, s.entry));
	}
	const jurorIds = jurors.map((j) => j.user as string);
	const accounts = await c.users
		.find({ _id: { $in: jurorIds } }, { projection: { name: 1, email: 1 } })
		.toArray();
	const nameOf = new Map(accounts.map((a) => [a._id, a.name || a.email]));
	const criteria = criteriaOf(edition);
	const eligible = new Set(entries.map((e) => e.slug));
	const onJury = new Set(jurorIds);
	const counted: CountedScore[] = [];
	for (const s of scores) {
		if (!eligible.has(s.entry) || !onJury.has(s.juror) || conflicted.has(pairKey(s.juror, s.entry))) continue;
		const total = weightedTotal(
			criteria.map((k) => ({ id: k.id, weight: k.weight, scale: { max: k.scale.max } })),
			s.criteria
		);
		if (total === null) continue;
		counted.push({
			entry: s.entry,
			juror: s.juror,
			total,
			recommend: s.recommend,
			category: s.category,
			criteria: s.criteria,
			submittedAt: s.submittedAt
		});
	}
	const thresholds = thresholdsOf(edition);
	const result = deliberate(
		entries.map((e) => e.slug),
		counted,
		thresholds,
		jurorIds
	);
	return {
		edition,
		criteria,
		thresholds,
		entries: entries.map((e) => ({ slug: e.slug, title: e.title })),
		jurors: jurorIds.map((id) => ({ id, name: nameOf.get(id) ?? id })),
		conflicted,
		counted,
		result,
		shortlist: new Set(shortlist.map((s) => s.entry))
	};
}

export type DeliberationData = Awaited<ReturnType<typeof readDeliberation>>;

export type Refusal = { ok: false; reason: Why };

/** The organiser's table; null when there is no such edition. */
export async function organiserDeliberation(
	db: Db,
	actor: SessionUser,
	editionSlug: string
): Promise<({ ok: true; manage: ReturnType<typeof can> } & DeliberationData) | Refusal | null> {
	const edition = await collections(db).editions.findOne({ slug: editionSlug });
	if (!edition) return null;
	const verdict = can(actor, 'deliberation.read', { edition });
	if (!verdict.ok || !actor.isAdmin) return { ok: false, reason: verdict.ok ? 'forbidden' : verdict.why };
	const data = await readDeliberation(db, edition);
	return { ok: true, manage: can(actor, 'deliberation.manage', { edition }), ...data };
}

/**
 * What a juror sees while the edition deliberates: the entries assigned to them that they are not
 * conflicted with (the same entries they may open; organisers see every entry), each
 * with the jury's statistics and their own total, but no other juror's total by name. Ranks are
 * among the entries shown, so a gap in them never hints at an entry they may not see. The
 * statistics themselves are the jury's (the normalisation uses every counted score).
 */
export async function jurorDeliberation(db: Db, actor: SessionUser, editionSlug: string) {
	const edition = await collections(db).editions.findOne({ slug: editionSlug });
	if (!edition) return null;
	const verdict = can(actor, 'deliberation.read', { edition });
	if (!verdict.ok) return { ok: false as const, reason: verdict.why, edition };
	const [data, assigned] = await Promise.all([
		readDeliberation(db, edition),
		collections(db)
			.assignments.find({ edition: editionSlug, juror: actor._id }, { projection: { _id: 0, entry: 1 } })
			.toArray()
	]);
	const theirs = new Set(assigned.map((a) => a.entry));
	// A juror reads only the entries assigned to them (as `jury.read`); organisers see all.
	const visible = data.result.entries.filter(
		(e) => actor.isAdmin || (theirs.has(e.entry) && !data.conflicted.has(pairKey(actor._id, e.entry)))
	);
	const byMean = ranks(visible.map((e) => e.mean));
	const byZ = ranks(visible.map((e) => e.zMean));
	const titleOf = new Map(data.entries.map((e) => [e.slug, e.title]));
	return {
		ok: true as const,
		edition,
		thresholds: data.thresholds,
		rows: visible.map((e, i) => ({
			slug: e.entry,
			title: titleOf.get(e.entry) ?? e.entry,
			own: e.totals.find((t) => t.juror === actor._id)?.total ?? null,
			n: e.n,
			mean: e.mean,
			median: e.median,
			stdev: e.stdev,
			min: e.min,
			max: e.max,
			zMean: e.zMean,
			rankMean: byMean[i],
			rankZ: byZ[i],
			disagreement: e.disagreement,
			recommended: e.recommended,
			categories: e.categories,
			shortlisted: data.shortlist.has(e.entry)
		}))
	};
}
