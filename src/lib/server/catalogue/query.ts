import type { PracticeFilter, PracticeQuery } from '../../schemas';
import type { PublicPractice } from './public';
import type { Highlight, PracticeIndex } from './search';

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

const filterValues: Record<PracticeFilter, (p: PublicPractice) => string[]> = {
	edition: (p) => (p.edition ? [p.edition] : []),
	voivodeship: (p) => (p.place.voivodeship ? [p.place.voivodeship] : []),
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

const collator = new Intl.Collator('pl');

/** A title as it sorts: opening quotation marks („Study in Pomorskie”) do not count. */
const sortingTitle = (title: string) => title.replace(/^[\s„"“”«»'‚‘’]+/u, '');

/** Practices in Polish alphabetical order of their titles, quotation marks aside. */
export const byTitle = (a: PublicPractice, b: PublicPractice) =>
	collator.compare(sortingTitle(a.title), sortingTitle(b.title));

/** A practice the sources only name (a city and a title), with no description of its own. */
export const isStub = (p: Pick<PublicPractice, 'description'>) => p.description.trim() === '';

/**
 * With no query: awarded practices first, then those with a description, then those known only by
 * name (stubs), each group in title order.
 */
const awardedFirst = (a: PublicPractice, b: PublicPractice) =>
	Number(b.status === 'awarded') - Number(a.status === 'awarded') ||
	Number(isStub(a)) - Number(isStub(b)) ||
	byTitle(a, b);

const sorters: Record<
	Exclude<PracticeQuery['sort'], 'relevance'>,
	(a: PublicPractice, b: PublicPractice) => number
> = {
	title: byTitle,
	place: (a, b) => collator.compare(a.place.name, b.place.name) || byTitle(a, b),
	year: (a, b) => (b.period.from ?? '').localeCompare(a.period.from ?? '') || byTitle(a, b)
};

/**
 * Search, filter, facet counts and one page of results: the whole catalogue query in one place.
 * `practices` must be in title order (`byTitle`), as the catalogue view keeps them.
 */
export function queryPractices(practices: PublicPractice[], index: PracticeIndex, query: PracticeQuery) {
	const search = query.q ? index.search(query.q) : null;
	const candidates = search ? search.hits.map((hit) => hit.item) : practices;
	const found = candidates.filter((p) => matches(p, query));
	const ordered =
		query.sort === 'relevance'
			? search
				? found // search hits come by relevance
				: [...found].sort(awardedFirst)
			: query.sort === 'title' && !query.q
				? found // the catalogue itself is kept in title order
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
		/** A query that finds something when this one found nothing ("Czy chodziło Ci o: …?"). */
		suggestion: search?.suggestion ?? null,
		highlights: Object.fromEntries(items.map((p) => [p.slug, search?.highlight(p) ?? {}])) as Record<
			string,
			Highlight
		>
	};
}
