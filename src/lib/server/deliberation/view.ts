import type { DeliberationQuery } from '../../schemas/deliberation';
import type { EntryStats } from './stats';

/** A row of the organiser's table, with what sorting and filtering need. */
export type TableRow = EntryStats & { title: string; shortlisted: boolean };

const range = (r: TableRow) => (r.min === null || r.max === null ? null : r.max - r.min);

/** The value a sort compares; null (unscored) always sorts last. */
const keyOf: Record<DeliberationQuery['sort'], (r: TableRow) => number | string | null> = {
	rank: (r) => (r.n === 0 ? null : r.rankMean),
	z: (r) => (r.n === 0 ? null : r.rankZ),
	median: (r) => r.median,
	stdev: (r) => r.stdev,
	range,
	n: (r) => r.n,
	recommended: (r) => r.recommended,
	title: (r) => r.title
};

/**
 * Filters and sorts the table's rows. Ranks sort best first when ascending; the other numbers
 * sort highest first when descending. Ties keep the order by rank, then title.
 */
export function shapeRows(rows: TableRow[], query: DeliberationQuery): TableRow[] {
	const needle = query.q.toLocaleLowerCase('pl');
	const kept = rows.filter((r) => {
		if (needle && !r.title.toLocaleLowerCase('pl').includes(needle) && !r.entry.includes(needle))
			return false;
		switch (query.filter) {
			case 'disagreement':
				return r.disagreement;
			case 'shortlist':
				return r.shortlisted;
			case 'recommended':
				return r.recommended > 0;
			case 'unscored':
				return r.n === 0;
			default:
				return true;
		}
	});
	const key = keyOf[query.sort];
	const sign = query.dir === 'desc' ? -1 : 1;
	return kept.sort((a, b) => {
		const x = key(a);
		const y = key(b);
		if (x !== y) {
			if (x === null) return 1;
			if (y === null) return -1;
			const order = typeof x === 'string' ? x.localeCompare(y as string, 'pl') : x - (y as number);
			if (order !== 0) return sign * order;
		}
		return a.rankMean - b.rankMean || a.title.localeCompare(b.title, 'pl');
	});
}
