import { stringify } from 'csv-stringify/sync';
import type { Db } from 'mongodb';
import type { SessionUser } from '../auth/session';
import { collections } from '../db/collections';
import { can, type Why } from '../policy/rules';
import { readDeliberation, type DeliberationData } from './table';
import { round2 } from './stats';

export const SCORES_HEADER = [
	'entry',
	'entry_title',
	'juror',
	'juror_name',
	'criterion',
	'weight',
	'scale',
	'score',
	'submitted_at'
] as const;
export const RANKING_HEADER = [
	'rank_mean',
	'rank_z',
	'entry',
	'entry_title',
	'n',
	'mean',
	'median',
	'stdev',
	'min',
	'max',
	'z_mean',
	'disagreement',
	'recommended'
] as const;

/** A number as the CSVs write it: rounded to two places, `.` as the decimal point; empty for none. */
const num = (value: number | null) => (value === null ? '' : String(round2(value)));

const csv = (header: readonly string[], rows: (string | number)[][]) =>
	stringify(rows, { header: true, columns: [...header], delimiter: ',', record_delimiter: 'unix' });

/** One row per counted submitted score per criterion, by entry title, juror name and criterion order. */
export function scoresCsvOf(data: DeliberationData): string {
	const titleOf = new Map(data.entries.map((e) => [e.slug, e.title]));
	const nameOf = new Map(data.jurors.map((j) => [j.id, j.name]));
	const order = new Map(data.entries.map((e, i) => [e.slug, i]));
	const sorted = [...data.counted].sort(
		(a, b) =>
			order.get(a.entry)! - order.get(b.entry)! ||
			(nameOf.get(a.juror) ?? '').localeCompare(nameOf.get(b.juror) ?? '') ||
			a.juror.localeCompare(b.juror)
	);
	const rows: (string | number)[][] = [];
	for (const s of sorted)
		for (const criterion of data.criteria) {
			const score = s.criteria.find((g) => g.id === criterion.id)?.score;
			if (score === null || score === undefined) continue;
			rows.push([
				s.entry,
				titleOf.get(s.entry) ?? s.entry,
				s.juror,
				nameOf.get(s.juror) ?? s.juror,
				criterion.id,
				num(criterion.weight),
				num(criterion.scale.max),
				num(score),
				s.submittedAt ? s.submittedAt.toISOString() : ''
			]);
		}
	return csv(SCORES_HEADER, rows);
}

/** One row per eligible entry, best mean first (ties by title). */
export function rankingCsvOf(data: DeliberationData): string {
	const titleOf = new Map(data.entries.map((e) => [e.slug, e.title]));
	const rows = [...data.result.entries]
		.sort(
			(a, b) =>
				a.rankMean - b.rankMean ||
				a.rankZ - b.rankZ ||
				(titleOf.get(a.entry) ?? '').localeCompare(titleOf.get(b.entry) ?? '')
		)
		.map((e) => [
			e.rankMean,
			e.rankZ,
			e.entry,
			titleOf.get(e.entry) ?? e.entry,
			e.n,
			num(e.mean),
			num(e.median),
			num(e.stdev),
			num(e.min),
			num(e.max),
			num(e.zMean),
			e.disagreement ? 'true' : 'false',
			e.recommended
		]);
	return csv(RANKING_HEADER, rows);
}

/** A CSV download for an organiser, or why not (`missing` when there is no such edition). */
export async function deliberationCsv(
	db: Db,
	actor: SessionUser,
	editionSlug: string,
	which: 'scores' | 'ranking'
): Promise<{ ok: true; body: string; filename: string } | { ok: false; reason: Why }> {
	const edition = await collections(db).editions.findOne({ slug: editionSlug });
	if (!edition) return { ok: false, reason: 'missing' };
	const verdict = can(actor, 'deliberation.export', { edition });
	if (!verdict.ok) return { ok: false, reason: verdict.why };
	const data = await readDeliberation(db, edition);
	return which === 'scores'
		? { ok: true, body: scoresCsvOf(data), filename: `${editionSlug}-oceny.csv` }
		: { ok: true, body: rankingCsvOf(data), filename: `${editionSlug}-ranking.csv` };
}
