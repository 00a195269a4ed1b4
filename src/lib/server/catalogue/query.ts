import Fuse from 'fuse.js';
import type { PracticeQuery } from '../../schemas';
import type { PublicPractice } from './public';

export interface PracticePage {
	items: PublicPractice[];
	total: number;
	page: number;
	pageSize: number;
}

/** "ł" has no Unicode decomposition, so diacritic folding misses it; fold it by hand (length kept). */
export const foldPolish = (value: string) => value.replace(/ł/g, 'l').replace(/Ł/g, 'L');

/** Fuzzy, diacritic-insensitive search over what a visitor would recognise a practice by. */
export function createPracticeIndex(practices: PublicPractice[]) {
	return new Fuse(practices, {
		ignoreDiacritics: true,
		getFn: (item, path) => {
			const value = Fuse.config.getFn(item, path);
			return Array.isArray(value) ? value.map(foldPolish) : typeof value === 'string' ? foldPolish(value) : value;
		},
		ignoreLocation: true,
		includeScore: true,
		threshold: 0.35,
		minMatchCharLength: 2,
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

export function queryPractices(
	practices: PublicPractice[],
	index: ReturnType<typeof createPracticeIndex>,
	query: PracticeQuery
): PracticePage {
	const candidates = query.q ? index.search(foldPolish(query.q)).map((result) => result.item) : practices;
	const items = candidates.filter(
		(p) =>
			(!query.edition || p.edition === query.edition) &&
			(!query.place || p.place.slug === query.place || p.place.voivodeship === query.place) &&
			(!query.category || p.categories.includes(query.category)) &&
			(!query.theme || p.themes.includes(query.theme)) &&
			(!query.targetGroup || p.targetGroups.includes(query.targetGroup)) &&
			(!query.status || p.status === query.status)
	);
	const start = (query.page - 1) * query.pageSize;
	return {
		items: items.slice(start, start + query.pageSize),
		total: items.length,
		page: query.page,
		pageSize: query.pageSize
	};
}
