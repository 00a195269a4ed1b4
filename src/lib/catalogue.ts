/**
 * Shapes the catalogue's server code hands to components. They live outside `$lib/server` so a
 * component can name them without importing server code.
 */
import type { PracticeStatus } from './schemas';

/** What a practice card shows; pages send only this for lists, never whole descriptions. */
export interface PracticeCardData {
	slug: string;
	title: string;
	summary: string;
	/** English title and summary, shown under /en when the practice has them. */
	titleEn?: string | null;
	summaryEn?: string | null;
	status: PracticeStatus;
	place: { name: string };
	award: { title: string; titleEn?: string | null } | null;
	/** Known only by name: the sources give no description (shown as such). */
	stub?: boolean;
}

/**
 * The catalogue's orders. Here, not in `$lib/schemas`, so the catalogue page can list them without
 * bringing zod to the browser.
 */
export const practiceSorts = ['relevance', 'title', 'place', 'year'] as const;

/** Where a search query matched in a practice's title and summary: [start, end] offsets. */
export type Highlight = Partial<Record<'title' | 'summary', [number, number][]>>;

/** The catalogue's filter and search parameters, in the order its address shows them. */
export const catalogueParams = [
	'q',
	'voivodeship',
	'place',
	'category',
	'theme',
	'targetGroup',
	'status',
	'edition',
	'sort',
	'pageSize',
	'page'
] as const;

/**
 * The query string of a catalogue address (without `?`), leaving out defaults: the first page,
 * 24 per page, relevance order. Unknown keys and empty values are dropped.
 */
export function catalogueSearch(query: Partial<Record<string, string | number | undefined | null>>): string {
	const params = new URLSearchParams();
	for (const key of catalogueParams) {
		const value = query[key];
		if (value === undefined || value === null || value === '') continue;
		if ((key === 'page' && Number(value) === 1) || (key === 'pageSize' && Number(value) === 24)) continue;
		if (key === 'sort' && value === 'relevance') continue;
		params.set(key, String(value));
	}
	return params.toString();
}

/** The catalogue filtered by one value, e.g. `/praktyki?theme=culture` (not yet localised). */
export const cataloguePath = (query: Partial<Record<string, string | number | undefined | null>>) => {
	const search = catalogueSearch(query);
	return search ? `/praktyki?${search}` : '/praktyki';
};
