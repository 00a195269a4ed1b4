import type { Db } from 'mongodb';
import type { Criterion } from '../../schemas';
import { collections, type ScoreDoc } from '../db/collections';
import { criteriaOf } from '../editions/criteria';
import { conflictedPairs } from '../jury/assigning';
import { pairKey } from '../jury/assignment';

/** What the jury said about an entry, as the organiser needs it to decide. */
export interface JuryOpinion {
	/** Submitted scores of jurors not conflicted with the entry. */
	n: number;
	/** The mean of the jurors' weighted totals on a 0–100 scale; null without a submitted score. */
	mean: number | null;
	/** How many of them recommend it for an award, and the categories they suggest (with counts). */
	recommended: number;
	categories: { category: string; count: number }[];
}

/** An offered quote the organiser may publish: from a quotable juror not conflicted with the entry. */
export interface OfferedQuote {
	juror: string;
	name: string;
	text: string;
}

/**
 * A juror's weighted total of an entry, 0–100: `100 × Σ(weight × score ÷ scale) ÷ Σ weight` over the
 * criteria they scored. A simple local reading for the decision page; the deliberation table
 * computes the full statistics.
 */
export function weightedTotal(criteria: Criterion[], score: Pick<ScoreDoc, 'criteria'>): number | null {
	let sum = 0;
	let weights = 0;
	for (const criterion of criteria) {
		const given = score.criteria.find((c) => c.id === criterion.id);
		if (!given || given.score === null || criterion.scale.max <= 0) continue;
		sum += (criterion.weight * given.score) / criterion.scale.max;
		weights += criterion.weight;
	}
	return weights > 0 ? (100 * sum) / weights : null;
}

/** The submitted scores of an edition's entries, conflicted jurors' left out, per entry. */
async function countedScores(db: Db, edition: string, entry?: string) {
	const [scores, conflicted] = await Promise.all([
		collections(db)
			.scores.find({ edition, state: 'submitted', ...(entry ? { entry } : {}) })
			.toArray(),
		conflictedPairs(db, edition)
	]);
	const byEntry = new Map<string, ScoreDoc[]>();
	for (const score of scores) {
		if (conflicted.has(pairKey(score.juror, score.entry))) continue;
		const list = byEntry.get(score.entry) ?? [];
		list.push(score);
		byEntry.set(score.entry, list);
	}
	return byEntry;
}

function opinionOf(criteria: Criterion[], scores: ScoreDoc[]): JuryOpinion {
	const totals = scores.map((s) => weightedTotal(criteria, s)).filter((t): t is number => t !== null);
	const recommending = scores.filter((s) => s.recommend);
	const counts = new Map<string, number>();
	for (const s of recommending) if (s.category) counts.set(s.category, (counts.get(s.category) ?? 0) + 1);
	return {
		n: scores.length,
		mean: totals.length > 0 ? totals.reduce((a, b) => a + b, 0) / totals.length : null,
		recommended: recommending.length,
		categories: [...counts]
			.map(([category, count]) => ({ category, count }))
			.sort((a, b) => b.count - a.count || a.category.localeCompare(b.category, 'pl'))
	};
}

/** The jury's opinion of each entry of the edition, by entry slug. */
export async function juryOpinions(db: Db, editionSlug: string): Promise<Map<string, JuryOpinion>> {
	const edition = await collections(db).editions.findOne({ slug: editionSlug });
	if (!edition) return new Map();
	const criteria = criteriaOf(edition);
	const byEntry = await countedScores(db, editionSlug);
	return new Map([...byEntry].map(([entry, scores]) => [entry, opinionOf(criteria, scores)]));
}

/** The jury's opinion of one entry. */
export async function juryOpinion(db: Db, editionSlug: string, entry: string): Promise<JuryOpinion> {
	const edition = await collections(db).editions.findOne({ slug: editionSlug });
	const scores = (await countedScores(db, editionSlug, entry)).get(entry) ?? [];
	return opinionOf(edition ? criteriaOf(edition) : [], scores);
}

/**
 * The quotes jurors offered with their submitted score of the entry, from those who agreed to be
 * quoted and are not conflicted with it (a conflicted juror's view never reaches the public).
 */
export async function offeredQuotes(db: Db, editionSlug: string, entry: string): Promise<OfferedQuote[]> {
	const c = collections(db);
	const scores = (await countedScores(db, editionSlug, entry)).get(entry) ?? [];
	const withQuote = scores.filter((s) => s.quote.trim() !== '');
	if (withQuote.length === 0) return [];
	const jurorIds = withQuote.map((s) => s.juror);
	const [jurors, accounts] = await Promise.all([
		c.jurors.find({ edition: editionSlug, user: { $in: jurorIds }, quotable: true }).toArray(),
		c.users.find({ _id: { $in: jurorIds } }, { projection: { name: 1, email: 1 } }).toArray()
	]);
	const quotable = new Set(jurors.map((j) => j.user));
	const nameOf = new Map(accounts.map((a) => [a._id, a.name || a.email]));
	return withQuote
		.filter((s) => quotable.has(s.juror))
		.map((s) => ({ juror: s.juror, name: nameOf.get(s.juror) ?? s.juror, text: s.quote.trim() }))
		.sort((a, b) => a.name.localeCompare(b.name, 'pl'));
}
