import { cataloguePath } from '../../catalogue';
import type { PracticeQuery } from '../../schemas';
import type { PublicPlace, PublicPractice } from './public';
import { queryPractices } from './query';
import type { PracticeIndex } from './search';

/** How many practices a place's page shows; the rest are in the catalogue, filtered by the place. */
export const PLACE_PAGE_SIZE = 24;

/**
 * Practices belonging to a place; a voivodeship holds its own and those of every place within it.
 * The simple definition `firstPracticesOf` answers through the facet index (the tests compare them).
 */
export function practicesIn(place: PublicPlace, practices: PublicPractice[]): PublicPractice[] {
	return practices.filter(
		(p) =>
			p.place.slug === place.slug ||
			(place.kind === 'voivodeship' && p.place.voivodeship === place.voivodeship)
	);
}

/**
 * The catalogue filter that selects a place's practices, as `practicesIn` does. A voivodeship
 * filters by its name: the catalogue page sends a voivodeship given as `place` there anyway.
 */
export function placeFilter(place: PublicPlace): Pick<PracticeQuery, 'place' | 'voivodeship'> {
	return place.kind === 'voivodeship' ? { voivodeship: place.voivodeship } : { place: place.slug };
}

/**
 * The first practices of a place in the catalogue's default order (awarded first), their total
 * and the catalogue address listing all of them (not yet localised). Goes through the facet
 * index, so a place with 100 000 practices costs no more than the catalogue's first page.
 */
export function firstPracticesOf(
	view: { practices: PublicPractice[]; search: PracticeIndex },
	place: PublicPlace,
	limit = PLACE_PAGE_SIZE
): { items: PublicPractice[]; total: number; catalogueHref: string } {
	const filter = placeFilter(place);
	const { page } = queryPractices(view.practices, view.search, {
		...filter,
		sort: 'relevance',
		page: 1,
		pageSize: limit
	});
	return { items: page.items, total: page.total, catalogueHref: cataloguePath(filter) };
}

/** Places with the number of practices directly in each, most first; one pass over the practices. */
export function placesWithCounts(places: PublicPlace[], practices: PublicPractice[]) {
	const counts = new Map<string, number>();
	for (const p of practices) counts.set(p.place.slug, (counts.get(p.place.slug) ?? 0) + 1);
	return places
		.map((place) => ({ ...place, count: counts.get(place.slug) ?? 0 }))
		.filter((place) => place.count > 0)
		.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'pl'));
}

/** How many practices carry each value; used by the edition charts. */
export function countBy(practices: PublicPractice[], valuesOf: (p: PublicPractice) => string[]) {
	const counts = new Map<string, number>();
	for (const practice of practices) {
		for (const value of new Set(valuesOf(practice))) counts.set(value, (counts.get(value) ?? 0) + 1);
	}
	return [...counts].map(([key, value]) => ({ key, value })).sort((a, b) => b.value - a.value);
}
