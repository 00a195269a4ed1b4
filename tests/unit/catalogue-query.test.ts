/**
 * The indexed catalogue query against the scan on a generated catalogue full of ties (equal
 * titles, places and years, quotation marks that do not count), where a different tie-break
 * would show: the same page, total, facet counts and order.
 */
import { describe, expect, it } from 'vitest';
import { practiceQuery, practiceSorts } from '../../src/lib/schemas';
import {
	queryPractices,
	queryPracticesByScan,
	sortByTitle,
	byTitle
} from '../../src/lib/server/catalogue/query';
import { createPracticeIndex } from '../../src/lib/server/catalogue/search';
import { publicPractice } from '../support/factories';

const places = [
	{ slug: 'lodz', name: 'Łódź', kind: 'city' as const, voivodeship: 'lodzkie' },
	{ slug: 'gdansk', name: 'Gdańsk', kind: 'city' as const, voivodeship: 'pomorskie' },
	{ slug: 'gdynia', name: 'Gdynia', kind: 'city' as const, voivodeship: 'pomorskie' }
];
const titles = [
	'„Punkt informacyjny”',
	'Punkt informacyjny',
	'Ławka integracji',
	'Lawka',
	'Żak',
	'zak',
	'Study in'
];
const statuses = ['awarded', 'mentioned', 'catalogue'] as const;

const practices = sortByTitle(
	Array.from({ length: 300 }, (_, i) =>
		publicPractice({
			slug: `p-${i}`,
			title: titles[(i * 7) % titles.length],
			summary: i % 3 ? 'integracja i punkt' : 'szkolenia',
			place: places[i % places.length],
			status: statuses[(i * 5) % 3],
			categories: [['study-in', 'info-point', 'social-aid'][i % 3]],
			themes: i % 2 ? ['culture', 'participation'] : ['culture'],
			targetGroups: i % 4 ? ['students'] : [],
			edition: i % 5 ? null : 'miasta-otwarte-2015',
			period: { from: i % 6 ? String(2010 + (i % 4)) : null, to: null }
		})
	)
);
const index = createPracticeIndex(practices);

describe('indexed catalogue query with ties', () => {
	it('sortByTitle_ordersAsByTitle', () => {
		expect(sortByTitle([...practices].reverse()).map((p) => p.slug)).toEqual(
			[...practices]
				.reverse()
				.sort(byTitle)
				.map((p) => p.slug)
		);
	});

	it.each([undefined, 'punkt', 'integracja punkt', 'szkolenia', 'ławka'])(
		'query %s: same as the scan',
		(q) => {
			for (const filters of [
				{},
				{ place: 'pomorskie' },
				{ category: 'study-in', status: 'awarded' as const },
				{ theme: 'participation' },
				{ edition: 'miasta-otwarte-2015' }
			])
				for (const sort of practiceSorts)
					for (const [page, pageSize] of [
						[1, 24],
						[3, 7],
						[1, 100]
					]) {
						const query = practiceQuery.parse({
							...(q ? { q } : {}),
							...filters,
							sort,
							page: String(page),
							pageSize: String(pageSize)
						});
						const fast = queryPractices(practices, index, query);
						const scan = queryPracticesByScan(practices, index, query);
						const label = JSON.stringify(query);
						expect(
							fast.page.items.map((p) => p.slug),
							label
						).toEqual(scan.page.items.map((p) => p.slug));
						expect(fast.page.total, label).toBe(scan.page.total);
						for (const name of Object.keys(scan.facets) as (keyof typeof scan.facets)[])
							expect(new Map(fast.facets[name].map((f) => [f.value, f.count])), `${label} ${name}`).toEqual(
								new Map(scan.facets[name].map((f) => [f.value, f.count]))
							);
						expect(fast.highlights, label).toEqual(scan.highlights);
					}
		}
	);
});
