/**
 * Feedback to entrants: after publication an applicant reads the result of each of their entries,
 * the jury's per-criterion averages and the jurors' feedback, never a juror's own scores or name.
 */
import type { Db } from 'mongodb';
import type { SessionUser } from '../auth/session';
import { collections, type EditionDoc, type PracticeDoc } from '../db/collections';
import { criteriaOf } from '../editions/criteria';
import { conflictedPairs } from '../jury/assigning';
import { pairKey } from '../jury/assignment';
import { can, RESULTS_PHASES } from '../policy/rules';

export type EntryOutcome = 'award' | 'mention' | 'none';

export interface EntryResult {
	outcome: EntryOutcome;
	/** The award's category as the edition names it, when it has one. */
	category: string | null;
	/** One per criterion of the edition: the mean of the submitted scores of non-conflicted jurors. */
	averages: { label: string; mean: number | null; min: number; max: number }[];
	/** Fewer than two jurors' scores count: no averages are shown (they would be one juror's scores). */
	tooFew: boolean;
	/** The jurors' texts to the applicant, non-empty ones, in an order that says nothing of who wrote them. */
	feedback: string[];
}

export const MIN_JURORS_FOR_AVERAGES = 2;

const isPublished = (edition: Pick<EditionDoc, 'phase'> | null) =>
	edition !== null && RESULTS_PHASES.includes(edition.phase);

/**
 * The status an applicant is shown: until the results are out, a distinguished entry still reads as
 * submitted (publication writes statuses before it moves the phase, last).
 */
export function statusShown(
	practice: Pick<PracticeDoc, 'status'>,
	edition: Pick<EditionDoc, 'phase'> | null
): PracticeDoc['status'] {
	const distinguished = practice.status === 'awarded' || practice.status === 'mentioned';
	return distinguished && !isPublished(edition) ? 'submitted' : practice.status;
}

/** The outcome of each published entry among `practices` (by slug); entries of unpublished editions are absent. */
export async function outcomesOf(db: Db, user: SessionUser, practices: PracticeDoc[]) {
	const c = collections(db);
	const editionSlugs = [...new Set(practices.map((p) => p.edition).filter((e) => e !== null))];
	const editions = new Map(
		(await c.editions.find({ slug: { $in: editionSlugs } }).toArray()).map((e) => [e.slug, e])
	);
	const visible = practices.filter(
		(p) => can(user, 'entry.results', { entry: p, edition: editions.get(p.edition ?? '') ?? null }).ok
	);
	const awards = await c.awards.find({ practice: { $in: visible.map((p) => p.slug) } }).toArray();
	const outcomes = new Map<string, { outcome: EntryOutcome; category: string | null }>();
	for (const practice of visible) {
		const award = awards.find((a) => a.practice === practice.slug && a.edition === practice.edition);
		outcomes.set(practice.slug, {
			outcome: outcomeOf(practice),
			category: award?.categoryName ?? null
		});
	}
	return { outcomes, editions };
}

const outcomeOf = (practice: Pick<PracticeDoc, 'status'>): EntryOutcome =>
	practice.status === 'awarded' ? 'award' : practice.status === 'mentioned' ? 'mention' : 'none';

/** The entry's results for its applicant, or null when they may not read them (yet). */
export async function entryResults(
	db: Db,
	user: SessionUser,
	practice: PracticeDoc,
	edition: EditionDoc | null
): Promise<EntryResult | null> {
	if (!edition || !can(user, 'entry.results', { entry: practice, edition }).ok) return null;
	const c = collections(db);
	const [award, scores, conflicted] = await Promise.all([
		c.awards.findOne({ edition: edition.slug, practice: practice.slug }),
		c.scores.find({ edition: edition.slug, entry: practice.slug, state: 'submitted' }).toArray(),
		conflictedPairs(db, edition.slug)
	]);
	const counted = scores.filter((s) => !conflicted.has(pairKey(s.juror, s.entry)));
	// One juror's "average" would be that juror's own scores: averages need two jurors at least.
	const tooFew = counted.length < MIN_JURORS_FOR_AVERAGES;
	const averages = criteriaOf(edition).map((criterion) => {
		const values = (tooFew ? [] : counted)
			.map((s) => s.criteria.find((c) => c.id === criterion.id)?.score)
			.filter((v): v is number => typeof v === 'number');
		const mean = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
		return {
			label: criterion.label,
			mean: mean === null ? null : Math.round(mean * 10) / 10,
			min: criterion.scale.min,
			max: criterion.scale.max
		};
	});
	const feedback = counted
		.map((s) => s.feedback.trim())
		.filter((text) => text.length > 0)
		.sort((a, b) => a.localeCompare(b, 'pl'));
	return { outcome: outcomeOf(practice), category: award?.categoryName ?? null, averages, tooFew, feedback };
}
