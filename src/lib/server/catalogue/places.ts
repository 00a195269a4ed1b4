import type { PublicPlace, PublicPractice } from './public';

/** Practices belonging to a place; a voivodeship holds its own and those of every place within it. */
export function practicesIn(place: PublicPlace, practices: PublicPractice[]): PublicPractice[] {
	return practices.filter(
		(p) =>
			p.place.slug === place.slug ||
			(place.kind === 'voivodeship' && p.place.voivodeship === place.voivodeship)
	);
}

/** Places with the number of practices directly in each, most first. */
export function placesWithCounts(places: PublicPlace[], practices: PublicPractice[]) {
	return places
		.map((place) => ({ ...place, count: practices.filter((p) => p.place.slug === place.slug).length }))
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
