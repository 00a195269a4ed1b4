/**
 * The indexed catalogue query (bitsets per facet value, paging that stops at its page) answers
 * exactly what scanning every practice answers, on the seed catalogue as the public view holds it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../seed/catalogue';
import { seedCatalogue } from '../../seed/seed';
import { practiceQuery, practiceSorts, type PracticeFilter } from '../../src/lib/schemas';
import {
	buildCatalogueView,
	queryPractices,
	queryPracticesByScan,
	type CatalogueView
} from '../../src/lib/server/catalogue';
import { useTestDatabase } from '../support/database';

type Result = ReturnType<typeof queryPractices>;

/** Facet values in a fixed order: the two ways may list them in different orders. */
const comparable = (result: Result) => ({
	...result,
	page: { ...result.page, items: result.page.items.map((p) => p.slug) },
	facets: Object.fromEntries(
		Object.entries(result.facets).map(([name, counts]) => [
			name,
			[...counts].sort((a, b) => a.value.localeCompare(b.value))
		])
	)
});

describe('indexed catalogue query', () => {
	let view: CatalogueView;

	beforeAll(async () => {
		const db = await useTestDatabase();
		await seedCatalogue(db, loadCatalogue());
		view = await buildCatalogueView(db);
	});

	it('answersAsTheScanDoes_forEveryCombination', () => {
		const values = (name: PracticeFilter) => {
			const seen = new Set<string>();
			for (const p of view.practices) {
				if (name === 'place') seen.add(p.place.slug).add(p.place.voivodeship);
				if (name === 'category') p.categories.forEach((c) => seen.add(c));
				if (name === 'theme') p.themes.forEach((t) => seen.add(t));
				if (name === 'targetGroup') p.targetGroups.forEach((t) => seen.add(t));
				if (name === 'edition' && p.edition) seen.add(p.edition);
				if (name === 'status') seen.add(p.status);
			}
			return [...seen].slice(0, 6);
		};
		const filterSets: Record<string, string>[] = [{}];
		for (const name of ['edition', 'place', 'category', 'theme', 'targetGroup', 'status'] as const)
			for (const value of [...values(name), 'nie-ma-takiej-wartosci'])
				if (practiceQuery.safeParse({ [name]: value }).success) filterSets.push({ [name]: value });
		filterSets.push({ category: values('category')[0], status: 'awarded' });
		filterSets.push({ place: values('place')[1], theme: values('theme')[0] });
		const queries = [undefined, 'integracja', 'punkt informacyjny', 'Lubiln', 'study', 'miasto', 'xyzzyq'];
		let compared = 0;
		for (const q of queries)
			for (const filters of filterSets)
				for (const sort of practiceSorts)
					for (const [page, pageSize] of [
						[1, 24],
						[2, 5],
						[1, 100],
						[40, 3]
					]) {
						const query = practiceQuery.parse({
							...(q ? { q } : {}),
							...filters,
							sort,
							page: String(page),
							pageSize: String(pageSize)
						});
						const fast = queryPractices(view.practices, view.search, query);
						const scan = queryPracticesByScan(view.practices, view.search, query);
						expect(comparable(fast), JSON.stringify(query)).toEqual(comparable(scan));
						compared++;
					}
		expect(compared).toBeGreaterThan(1000);
	});
});
