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

/** Sorts in place as `.sort(byTitle)` would, comparing each title's sorting form computed once. */
export function sortByTitle(practices: PublicPractice[]): PublicPractice[] {
	const keyed = practices.map((p) => ({ p, key: sortingTitle(p.title) }));
	keyed.sort((a, b) => collator.compare(a.key, b.key));
	keyed.forEach(({ p }, i) => (practices[i] = p));
	return practices;
}

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

/** Facet counts of a whole catalogue (by its facet index) or of a whole search (by its result). */
const unfilteredFacets = new WeakMap<object, Record<PracticeFilter, FacetCount[]>>();

/**
 * Search, filter, facet counts and one page of results: the whole catalogue query in one place.
 * `practices` must be in title order (`byTitle`), as the catalogue view keeps them. Filters and
 * facet counts use the facet index built once per practices array (bitsets per facet value,
 * counts by intersection); without a query, only the practices up to the requested page are
 * gathered. The answer is the one `queryPracticesByScan` gives (facet values may come in another
 * order).
 */
export function queryPractices(practices: PublicPractice[], index: PracticeIndex, query: PracticeQuery) {
	const fx = facetIndexOf(practices);
	const search = query.q ? index.search(query.q) : null;
	let candidates = fx.all;
	if (search) {
		// The search counts the practices it indexed: the same positions when it indexed these.
		if (index.practices !== practices) return queryPracticesByScan(practices, index, query);
		candidates = search.bits;
	}
	const active = filters.filter((name) => query[name]);
	const wantedBits = (name: PracticeFilter) => fx.bitsFor(name, query[name]!);
	const found = intersect(candidates, active.map(wantedBits), fx.words);

	const countFacets = () =>
		Object.fromEntries(
			filters.map((name) => {
				const base = active.includes(name)
					? intersect(candidates, active.filter((other) => other !== name).map(wantedBits), fx.words)
					: found;
				const counts: FacetCount[] = [];
				for (const [value, bits] of fx.bits[name]) {
					const count = countBoth(base, bits);
					if (count > 0) counts.push({ value, count });
				}
				return [name, counts];
			})
		) as Record<PracticeFilter, FacetCount[]>;
	// With no filter chosen, every page and order of the catalogue (or of one search) has the same.
	let facets = active.length === 0 ? unfilteredFacets.get(search ?? fx) : undefined;
	if (!facets) {
		facets = countFacets();
		if (active.length === 0) unfilteredFacets.set(search ?? fx, facets);
	}

	const start = (query.page - 1) * query.pageSize;
	const end = start + query.pageSize;
	const total = count(found);
	const items: PublicPractice[] = [];
	if (search) {
		// Only the practices up to the page are put in order: equal ranks keep relevance order.
		const order = query.sort === 'relevance' ? undefined : fx.rank[query.sort];
		for (const at of search.best(end, found, order).slice(start)) items.push(practices[at]);
	} else {
		const order =
			query.sort === 'title' ? null : fx.order[query.sort === 'relevance' ? 'awardedFirst' : query.sort];
		// Walks in the page's order and stops once the page is full.
		for (let k = 0, seen = 0; k < practices.length && seen < end; k++) {
			const at = order ? order[k] : k;
			if (!has(found, at)) continue;
			if (seen >= start) items.push(practices[at]);
			seen++;
		}
	}
	return {
		page: { items, total, page: query.page, pageSize: query.pageSize } satisfies PracticePage,
		facets,
		suggestion: search?.suggestion ?? null,
		highlights: Object.fromEntries(items.map((p) => [p.slug, search?.highlight(p) ?? {}])) as Record<
			string,
			Highlight
		>
	};
}

type Bits = Uint32Array;

const has = (bits: Bits, at: number) => (bits[at >>> 5] & (1 << (at & 31))) !== 0;

function popcount(word: number): number {
	word -= (word >>> 1) & 0x55555555;
	word = (word & 0x33333333) + ((word >>> 2) & 0x33333333);
	return (((word + (word >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function count(bits: Bits): number {
	let total = 0;
	for (let i = 0; i < bits.length; i++) if (bits[i]) total += popcount(bits[i]);
	return total;
}

function countBoth(a: Bits, b: Bits): number {
	let total = 0;
	for (let i = 0; i < a.length; i++) {
		const both = a[i] & b[i];
		if (both) total += popcount(both);
	}
	return total;
}

function intersect(first: Bits, others: Bits[], words: number): Bits {
	if (others.length === 0) return first;
	const result = new Uint32Array(words);
	for (let i = 0; i < words; i++) {
		let word = first[i];
		for (const other of others) word &= other[i];
		result[i] = word;
	}
	return result;
}

type Order = 'awardedFirst' | 'title' | 'place' | 'year';

interface FacetIndex {
	words: number;
	all: Bits;
	/** filter → value → the practices carrying it. */
	bits: Record<PracticeFilter, Map<string, Bits>>;
	/** The practices a filter's wanted value selects (a voivodeship as place: every place in it). */
	bitsFor(name: PracticeFilter, wanted: string): Bits;
	/** Practice positions in each order (stable: equal ones keep the catalogue's order). */
	order: Record<Order, Int32Array>;
	/** Each practice's rank in an order; equal under the order's comparison means equal rank. */
	rank: Record<Order, Float64Array>;
}

const facetIndexes = new WeakMap<PublicPractice[], FacetIndex>();

/** The facet index of a practices array, built on first use (the catalogue view builds it with itself). */
export function facetIndexOf(practices: PublicPractice[]): FacetIndex {
	let found = facetIndexes.get(practices);
	if (!found) facetIndexes.set(practices, (found = buildFacetIndex(practices)));
	return found;
}

function buildFacetIndex(practices: PublicPractice[]): FacetIndex {
	const n = practices.length;
	const words = Math.ceil(n / 32);
	const all = new Uint32Array(words);
	for (let at = 0; at < n; at++) all[at >>> 5] |= 1 << (at & 31);
	const bits = Object.fromEntries(
		filters.map((name) => [name, new Map<string, Bits>()])
	) as FacetIndex['bits'];
	const voivodeships = new Map<string, Bits>();
	const add = (map: Map<string, Bits>, value: string, at: number) => {
		let set = map.get(value);
		if (!set) map.set(value, (set = new Uint32Array(words)));
		set[at >>> 5] |= 1 << (at & 31);
	};
	practices.forEach((p, at) => {
		for (const name of filters) for (const value of filterValues[name](p)) add(bits[name], value, at);
		add(voivodeships, p.place.voivodeship, at);
	});
	const empty = new Uint32Array(words);
	const placeOrVoivodeship = new Map<string, Bits>();
	const bitsFor = (name: PracticeFilter, wanted: string): Bits => {
		if (name !== 'place') return bits[name].get(wanted) ?? empty;
		let set = placeOrVoivodeship.get(wanted);
		if (!set) {
			const place = bits.place.get(wanted) ?? empty;
			const voivodeship = voivodeships.get(wanted) ?? empty;
			set = new Uint32Array(words);
			for (let i = 0; i < words; i++) set[i] = place[i] | voivodeship[i];
			placeOrVoivodeship.set(wanted, set);
		}
		return set;
	};

	// Ranks from the comparators above, each comparison done once per distinct value.
	const titleKeys = practices.map((p) => sortingTitle(p.title));
	const denseRank = (values: string[], compare: (a: string, b: string) => number) => {
		const distinct = [...new Set(values)].sort(compare);
		const rankOf = new Map<string, number>();
		let rank = 0;
		distinct.forEach((value, i) => {
			if (i > 0 && compare(distinct[i - 1], value) !== 0) rank++;
			rankOf.set(value, rank);
		});
		return values.map((value) => rankOf.get(value)!);
	};
	const title = denseRank(titleKeys, (a, b) => collator.compare(a, b));
	const placeName = denseRank(
		practices.map((p) => p.place.name),
		(a, b) => collator.compare(a, b)
	);
	const year = denseRank(
		practices.map((p) => p.period.from ?? ''),
		(a, b) => b.localeCompare(a)
	);
	const scale = n + 1;
	const rank: FacetIndex['rank'] = {
		title: Float64Array.from(title),
		place: Float64Array.from(practices, (_, i) => placeName[i] * scale + title[i]),
		year: Float64Array.from(practices, (_, i) => year[i] * scale + title[i]),
		// Awarded, then described, then stubs (as `awardedFirst`), each group in title order.
		awardedFirst: Float64Array.from(
			practices,
			(p, i) => ((p.status === 'awarded' ? 0 : 2) + (isStub(p) ? 1 : 0)) * scale + title[i]
		)
	};
	const orderBy = (r: Float64Array) =>
		Int32Array.from(Array.from({ length: n }, (_, i) => i).sort((a, b) => r[a] - r[b] || a - b));
	return {
		words,
		all,
		bits,
		bitsFor,
		order: {
			title: orderBy(rank.title),
			place: orderBy(rank.place),
			year: orderBy(rank.year),
			awardedFirst: orderBy(rank.awardedFirst)
		},
		rank
	};
}

/**
 * The catalogue query by scanning every candidate: what `queryPractices` answers, computed the
 * simple way. Kept as its reference (the tests compare the two) and for practices the facet index
 * does not know.
 */
export function queryPracticesByScan(
	practices: PublicPractice[],
	index: PracticeIndex,
	query: PracticeQuery
) {
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
