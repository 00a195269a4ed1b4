import { describe, expect, it } from 'vitest';
import { createPracticeIndex, queryPractices } from '../../src/lib/server/catalogue/query';
import { practiceQuery } from '../../src/lib/schemas';
import { publicPractice } from '../support/factories';

const practices = [
	publicPractice({ slug: 'lodz-zatrudnienie', title: 'Zatrudnienie cudzoziemców w urzędzie', place: { slug: 'lodz', name: 'Łódź', kind: 'city', voivodeship: 'łódzkie' } }),
	publicPractice({ slug: 'warszawa-centrum', title: 'Centrum Wielokulturowe', status: 'awarded', categories: ['multicultural-centre'] }),
	publicPractice({ slug: 'warszawa-study', title: 'Study in Warsaw', status: 'mentioned' })
];
const index = createPracticeIndex(practices);
const search = (params: Record<string, string>) =>
	queryPractices(practices, index, practiceQuery.parse(params)).items.map((p) => p.slug);

describe('queryPractices', () => {
	it('asciiQuery_findsPolishPlaceName', () => {
		expect(search({ q: 'Lodz' })).toEqual(['lodz-zatrudnienie']);
	});

	it('partialWord_findsTitle', () => {
		expect(search({ q: 'wielokulturow' })).toEqual(['warszawa-centrum']);
	});

	it('filters_combineWithSearch', () => {
		expect(search({ status: 'mentioned' })).toEqual(['warszawa-study']);
		expect(search({ category: 'multicultural-centre' })).toEqual(['warszawa-centrum']);
		expect(search({ q: 'Lodz', status: 'awarded' })).toEqual([]);
	});

	it('pagination_returnsTheRequestedSlice', () => {
		const page = queryPractices(practices, index, practiceQuery.parse({ page: '2', pageSize: '2' }));
		expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
		expect(page.items).toHaveLength(1);
	});
});
