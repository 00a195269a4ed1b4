import { z } from 'zod';

/** How the deliberation table may be sorted (query parameter `sort`). */
export const DELIBERATION_SORTS = [
	'rank',
	'z',
	'median',
	'stdev',
	'range',
	'n',
	'recommended',
	'title'
] as const;
export type DeliberationSort = (typeof DELIBERATION_SORTS)[number];
/** Which entries the table shows (query parameter `filter`). */
export const DELIBERATION_FILTERS = ['all', 'disagreement', 'shortlist', 'recommended', 'unscored'] as const;
export type DeliberationFilter = (typeof DELIBERATION_FILTERS)[number];

/** The table's query: anything unknown falls back to the default, so a typed URL never fails. */
export const deliberationQuery = z.object({
	sort: z.enum(DELIBERATION_SORTS).catch('rank'),
	dir: z.enum(['asc', 'desc']).catch('asc'),
	filter: z.enum(DELIBERATION_FILTERS).catch('all'),
	q: z.string().trim().max(200).catch(''),
	/** Pages of `DELIBERATION_PAGE_SIZE` rows: a jury of fifteen makes each row wide. */
	page: z.coerce.number().int().min(1).max(10_000).catch(1)
});
export const DELIBERATION_PAGE_SIZE = 50;
export type DeliberationQuery = z.infer<typeof deliberationQuery>;

/** Disagreement thresholds as posted; whole or decimal numbers of points on the 0–100 scale. */
export const thresholdsForm = z.object({
	stdev: z.coerce.number().min(0).max(100),
	range: z.coerce.number().min(0).max(100),
	version: z.coerce.number().int().min(0)
});

/** A shortlist change: the wanted state, so a repeat changes nothing. */
export const shortlistForm = z.object({
	entry: z.string().trim().min(1).max(200),
	on: z.enum(['1', '0'])
});
