import Fuse, { type FuseResultMatch } from 'fuse.js';
import type { PracticeFilter, PracticeQuery } from '../../schemas';
import type { PublicPractice } from './public';

export type Highlight = Partial<Record<'title' | 'summary', [number, number][]>>;

export interface PracticePage {
	items: PublicPractice[];
	total: number;
	page: number;
	pageSize: number;
}

export interface FacetCount {
	value: string;
	count: number;
}

/** "ł" has no Unicode decomposition, so diacritic folding misses it; fold it by hand (length kept). */
export const foldPolish = (value: string) => value.replace(/ł/g, 'l').replace(/Ł/g, 'L');

type FuseValue = ReturnType<typeof Fuse.config.getFn>;
/** Fuse reads nested arrays as `{ v, i }` entries; fold the text wherever it sits. */
function foldValue(value: FuseValue): FuseValue {
	if (typeof value === 'string') return foldPolish(value);
	if (!Array.isArray(value)) return value;
	return value.map((entry: unknown) => {
		if (typeof entry === 'string') return foldPolish(entry);
		const nested = entry as { v?: unknown };
		return typeof nested?.v === 'string' ? { ...nested, v: foldPolish(nested.v) } : entry;
	}) as FuseValue;
}

/** Fuzzy, diacritic-insensitive search over what a visitor would recognise a practice by. */
export function createPracticeIndex(practices: PublicPractice[]) {
	return new Fuse(practices, {
		ignoreDiacritics: true,
		ignoreLocation: true,
		includeScore: true,
		includeMatches: true,
		useExtendedSearch: true,
		threshold: 0.34,
		minMatchCharLength: 2,
		getFn: (item, path) => foldValue(Fuse.config.getFn(item, path)),
		keys: [
			{ name: 'title', weight: 3 },
			{ name: 'place.name', weight: 2 },
			{ name: 'summary', weight: 1.5 },
			{ name: 'organisations.name', weight: 1 },
			{ name: 'description', weight: 0.5 },
			{ name: 'keyFigures.label', weight: 0.5 },
			{ name: 'keyFigures.value', weight: 0.5 }
		]
	});
}
export type PracticeIndex = ReturnType<typeof createPracticeIndex>;

const filterValues: Record<PracticeFilter, (p: PublicPractice) => string[]> = {
	edition: (p) => (p.edition ? [p.edition] : []),
	place: (p) => [p.place.slug],
	category: (p) => p.categories,
	theme: (p) => p.themes,
	targetGroup: (p) => p.targetGroups,
	status: (p) => [p.status]
};
const filters = Object.keys(filterValues) as PracticeFilter[];

function matches(p: PublicPractice, query: PracticeQuery, except?: PracticeFilter): boolean {
	return filters.every((name) => {
		const wanted = query[name];
		if (!wanted || name === except) return true;
		// A voivodeship as the place filter takes in every place within it.
		if (name === 'place' && p.place.voivodeship === wanted) return true;
		return filterValues[name](p).includes(wanted);
	});
}

/** Each word must match somewhere (fuzzily): "study warsaw" finds "Study in Warsaw". */
function searchTerms(q: string): string {
	return foldPolish(q)
		.split(/\s+/)
		.filter((word) => word.length > 0)
		.map((word) => word.replace(/[|!^=$'"]/g, ''))
		.filter((word) => word.length > 0)
		.join(' ');
}

const sorters: Record<
	Exclude<PracticeQuery['sort'], 'relevance'>,
	(a: PublicPractice, b: PublicPractice) => number
> = {
	title: (a, b) => a.title.localeCompare(b.title, 'pl'),
	place: (a, b) => a.place.name.localeCompare(b.place.name, 'pl') || a.title.localeCompare(b.title, 'pl'),
	year: (a, b) =>
		(b.period.from ?? '').localeCompare(a.period.from ?? '') || a.title.localeCompare(b.title, 'pl')
};

function highlightsOf(resultMatches: readonly FuseResultMatch[] | undefined): Highlight {
	const highlight: Highlight = {};
	for (const match of resultMatches ?? []) {
		if (match.key === 'title' || match.key === 'summary') {
			highlight[match.key] = match.indices.filter(([start, end]) => end - start >= 1).map(([s, e]) => [s, e]);
		}
	}
	return highlight;
}

/** Search, filter, facet counts and one page of results: the whole catalogue query in one place. */
export function queryPractices(practices: PublicPractice[], index: PracticeIndex, query: PracticeQuery) {
	const terms = query.q ? searchTerms(query.q) : '';
	const highlights = new Map<string, Highlight>();
	let candidates = practices;
	if (terms) {
		const results = index.search(terms);
		candidates = results.map((result) => result.item);
		for (const result of results) highlights.set(result.item.slug, highlightsOf(result.matches));
	}
	const found = candidates.filter((p) => matches(p, query));
	const ordered =
		query.sort === 'relevance'
			? terms
				? found
				: [...found].sort(sorters.title)
			: [...found].sort(sorters[query.sort]);

	const facets = Object.fromEntries(
		filters.map((name) => {
			const counts = new Map<string, number>();
			for (const p of candidates) {
				if (!matches(p, query, name)) continue;
				for (const value of filterValues[name](p)) counts.set(value, (counts.get(value) ?? 0) + 1);
			}
			return [name, [...counts].map(([value, count]) => ({ value, count }))];
		})
	) as Record<PracticeFilter, FacetCount[]>;

	const start = (query.page - 1) * query.pageSize;
	const items = ordered.slice(start, start + query.pageSize);
	return {
		page: { items, total: ordered.length, page: query.page, pageSize: query.pageSize } satisfies PracticePage,
		facets,
		highlights: Object.fromEntries(items.map((p) => [p.slug, highlights.get(p.slug) ?? {}]))
	};
}
