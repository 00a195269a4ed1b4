import { describe, expect, it } from 'vitest';
import { byTitle, isStub, queryPractices, sortByTitle } from '../../src/lib/server/catalogue/query';
import { createPracticeIndex, firstInOrder, spellingPattern } from '../../src/lib/server/catalogue/search';
import { contentWordIndex, contentWords, relatedPractices } from '../../src/lib/server/catalogue/related';
import { catalogueQuery, parseSearchParams, practiceQuery } from '../../src/lib/schemas';
import { loadCatalogue } from '../../seed/catalogue';
import { publicPractice } from '../support/factories';

const lodz = { slug: 'lodz', name: 'Łódź', kind: 'city' as const, voivodeship: 'łódzkie' };
const gdansk = { slug: 'gdansk', name: 'Gdańsk', kind: 'city' as const, voivodeship: 'pomorskie' };
const practices = [
	publicPractice({
		slug: 'lodz-zatrudnienie',
		title: 'Zatrudnienie cudzoziemców w urzędzie',
		place: lodz,
		categories: ['employing-immigrants'],
		period: { from: '2014', to: null }
	}),
	publicPractice({
		slug: 'warszawa-centrum',
		title: 'Centrum Wielokulturowe',
		status: 'awarded',
		categories: ['multicultural-centre'],
		themes: ['culture', 'participation'],
		period: { from: '2015', to: null }
	}),
	publicPractice({
		slug: 'warszawa-study',
		title: 'Study In Warsaw',
		status: 'mentioned',
		categories: ['study-in'],
		themes: ['higher-education']
	}),
	publicPractice({
		slug: 'gdansk-study',
		title: 'Study in Pomorskie',
		place: gdansk,
		status: 'mentioned',
		categories: ['study-in'],
		themes: ['higher-education']
	}),
	publicPractice({
		slug: 'pomorskie-program',
		title: 'Trzy kroki do integracji na Pomorzu',
		place: { slug: 'pomorskie', name: 'Pomorskie', kind: 'voivodeship', voivodeship: 'pomorskie' }
	})
].sort(byTitle);
const index = createPracticeIndex(practices);
const run = (params: Record<string, string>) => queryPractices(practices, index, practiceQuery.parse(params));
const slugs = (params: Record<string, string>) => run(params).page.items.map((p) => p.slug);

describe('queryPractices', () => {
	it('asciiQuery_findsPolishPlaceName', () => {
		expect(slugs({ q: 'Lodz' })).toEqual(['lodz-zatrudnienie']);
	});

	it('partialWord_findsTitle', () => {
		expect(slugs({ q: 'wielokulturow' })).toEqual(['warszawa-centrum']);
	});

	it('severalWords_mustAllMatch_typosForgiven', () => {
		expect(slugs({ q: 'study warsaw' })).toEqual(['warszawa-study']);
		expect(slugs({ q: 'studdy warsaw' })).toEqual(['warszawa-study']);
	});

	it('matches_areHighlightedInTheTitle', () => {
		const { highlights } = run({ q: 'Wielokulturowe' });
		expect(highlights['warszawa-centrum'].title).toEqual([[8, 21]]);
	});

	it('filters_combineWithSearch', () => {
		expect(slugs({ status: 'mentioned' })).toEqual(['gdansk-study', 'warszawa-study']);
		expect(slugs({ category: 'multicultural-centre' })).toEqual(['warszawa-centrum']);
		expect(slugs({ q: 'Lodz', status: 'awarded' })).toEqual([]);
	});

	it('voivodeshipAsPlace_includesItsCities', () => {
		expect(slugs({ place: 'pomorskie' })).toEqual(['gdansk-study', 'pomorskie-program']);
	});

	it('voivodeshipFilter_takesEveryPlaceInIt_andItsCountsEqualTheResults', () => {
		const page = (params: Record<string, string>) =>
			queryPractices(practices, index, catalogueQuery.parse(params));
		expect(page({ voivodeship: 'pomorskie' }).page.items.map((p) => p.slug)).toEqual([
			'gdansk-study',
			'pomorskie-program'
		]);
		const starts: Record<string, string>[] = [
			{},
			{ status: 'mentioned' },
			{ place: 'gdansk' },
			{ voivodeship: 'łódzkie' }
		];
		for (const params of starts) {
			const { facets } = page(params);
			for (const name of ['voivodeship', 'place', 'status', 'category'] as const) {
				for (const { value, count } of facets[name]) {
					// The page offers places only (a voivodeship has its own filter).
					if (name === 'place' && value === 'pomorskie') continue;
					expect(page({ ...params, [name]: value }).page.total, `${name}=${value}`).toBe(count);
				}
			}
		}
		expect(page({}).facets.voivodeship).toEqual(
			expect.arrayContaining([
				{ value: 'pomorskie', count: 2 },
				{ value: 'łódzkie', count: 1 }
			])
		);
	});

	it('noQuery_putsDistinctionsFirst_thenDescribedPractices_thenThoseKnownOnlyByName', () => {
		const described = practices.map((p) =>
			p.slug === 'warszawa-study' ? { ...p, description: 'Opis.', descriptionHtml: '<p>Opis.</p>' } : p
		);
		const order = queryPractices(described, createPracticeIndex(described), practiceQuery.parse({}));
		expect(order.page.items.map((p) => p.slug).slice(0, 2)).toEqual(['warszawa-centrum', 'warszawa-study']);
	});

	it('facetCounts_ignoreTheirOwnFilterButApplyTheOthers', () => {
		const { facets } = run({ status: 'mentioned', category: 'study-in' });
		expect(facets.status).toEqual(expect.arrayContaining([{ value: 'mentioned', count: 2 }]));
		expect(facets.status).toHaveLength(1);
		expect(facets.category).toEqual([{ value: 'study-in', count: 2 }]);
		expect(facets.place).toEqual(
			expect.arrayContaining([
				{ value: 'warszawa', count: 1 },
				{ value: 'gdansk', count: 1 }
			])
		);
	});

	it('sortByYear_putsTheNewestFirst', () => {
		expect(slugs({ sort: 'year' }).slice(0, 2)).toEqual(['warszawa-centrum', 'lodz-zatrudnienie']);
	});

	it('pagination_returnsTheRequestedSliceAndAnEmptyPageBeyondTheEnd', () => {
		expect(run({ page: '2', pageSize: '2' }).page).toMatchObject({ total: 5, page: 2, pageSize: 2 });
		expect(run({ page: '2', pageSize: '2' }).page.items).toHaveLength(2);
		expect(run({ page: '9', pageSize: '2' }).page.items).toEqual([]);
	});
});

describe('parseSearchParams', () => {
	const parse = (search: string, strict = true) =>
		parseSearchParams(practiceQuery, new URLSearchParams(search), { strict });

	it.each([
		['pageSize=1000', 'pageSize'],
		['page=0', 'page'],
		['page=abc', 'page'],
		['status=draft', 'status'],
		['category=$ne', 'category'],
		['sort=random', 'sort']
	])('%s_isRefusedNamingTheParameter', (search, name) => {
		const result = parse(search);
		expect(result.ok).toBe(false);
		expect(result.ok ? '' : result.message).toContain(`"${name}"`);
	});

	it('unknownParameter_isRefusedByTheApiButIgnoredByPages', () => {
		expect(parse('utm_source=x')).toEqual({ ok: false, message: 'Unknown parameter "utm_source"' });
		expect(parse('utm_source=x', false).ok).toBe(true);
	});

	it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'])(
		'anObjectPropertyName_%s_isAnUnknownParameterLikeAnyOther',
		(name) => {
			expect(parse(`${name}=1`)).toEqual({ ok: false, message: `Unknown parameter "${name}"` });
			expect(parse(`${name}=1&${name}=2&q=lodz`, false)).toMatchObject({ ok: true, value: { q: 'lodz' } });
		}
	);

	it.each(['page=100001', 'page=1e3', 'page=0x10', 'page=+1', 'page=%201', 'page=1.5', 'pageSize=101'])(
		'%s_isNotAWholeNumberWithinTheDocumentedBounds',
		(search) => expect(parse(search).ok).toBe(false)
	);

	it('theLargestDocumentedPage_isAccepted', () => {
		expect(parse('page=100000')).toMatchObject({ ok: true, value: { page: 100_000 } });
	});

	it('emptyValues_areRefusedByTheApiSinceItsDocumentForbidsThem', () => {
		for (const name of ['theme', 'place', 'edition', 'category', 'targetGroup', 'status', 'page', 'pageSize'])
			expect(parse(`${name}=`).ok, name).toBe(false);
		expect(parse('q=')).toMatchObject({ ok: true });
	});

	it('repeatedParameter_isRefused', () => {
		expect(parse('q=a&q=b')).toEqual({ ok: false, message: 'Parameter "q" is given more than once' });
	});

	it('emptyValues_countAsAbsentOnPages', () => {
		expect(parse('q=&place=&page=', false)).toEqual({
			ok: true,
			value: { sort: 'relevance', page: 1, pageSize: 24 }
		});
	});
});

describe('relatedPractices', () => {
	it('sharedCategoryAndThemes_comeFirstWithTheirReasons', () => {
		const [first] = relatedPractices(practices[2], practices, contentWords);
		expect(first.slug).toBe('gdansk-study');
		expect(first.reasons).toEqual(
			expect.arrayContaining([
				{ kind: 'category', codes: ['study-in'] },
				{ kind: 'theme', codes: ['higher-education'] }
			])
		);
	});

	it('curatedSimilarActions_areNotRepeated', () => {
		const withCurated = { ...practices[2], similarActions: ['gdansk-study'] };
		expect(relatedPractices(withCurated, practices, contentWords).map((r) => r.slug)).not.toContain(
			'gdansk-study'
		);
	});

	it('numberedWords_giveTheSameRelatedPracticesAsSetsOfWords', () => {
		const numbered = contentWordIndex(practices).of;
		const outside = { ...practices[1], slug: 'not-in-the-index' };
		for (const practice of [...practices, outside]) {
			expect(relatedPractices(practice, practices, numbered)).toEqual(
				relatedPractices(practice, practices, contentWords)
			);
			expect(numbered(practice)).toHaveLength(contentWords(practice).size);
		}
	});
});

describe('firstInOrder', () => {
	it('givesTheFirstOfAFullSort_tiesIncluded', () => {
		const values = Array.from({ length: 500 }, (_, i) => (i * 7919) % 37); // many equal values
		const compare = (a: number, b: number) => values[a] - values[b] || b - a;
		const sorted = [...values.keys()].sort(compare);
		for (const count of [0, 1, 2, 20, 37, 499, 500, 800])
			expect(firstInOrder([...values.keys()], count, compare), String(count)).toEqual(sorted.slice(0, count));
	});
});

describe('spellingPattern', () => {
	const unicodeRuns = (text: string) => [...text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)].map((m) => m[0]);
	const runs = (text: string) => [...text.matchAll(spellingPattern(text))].map((m) => m[0]);

	it('cutsEveryCharacterAsUnicodesLettersNumbersAndMarksDo', () => {
		const cutOtherwise: string[] = [];
		for (let code = 0; code <= 0x10ffff; code++) {
			if (code >= 0xd800 && code <= 0xdfff) continue;
			const text = `a${String.fromCodePoint(code)}b`;
			if (runs(text).join('|') !== unicodeRuns(text).join('|')) cutOtherwise.push(code.toString(16));
		}
		expect(cutOtherwise).toEqual([]);
	});

	it('cutsPolishUkrainianAndDecomposedTextsAlike', () => {
		for (const text of [
			'„Akademicki Poznań” – 1½ roku, ²/₃ i 2015–2020 r.',
			'Пункт для мігрантів w Łodzi',
			'Zaz\u0307o\u0301łc\u0301 gęślą jaźń',
			'Kraków 😀 café'
		])
			expect(runs(text)).toEqual(unicodeRuns(text));
		expect(runs('„Akademicki Poznań” – 2015')).toEqual(['Akademicki', 'Poznań', '2015']);
	});
});

describe('search over nested fields', () => {
	it('organisationNames_areSearchableWithoutDiacritics', () => {
		const withOrganisation = [
			publicPractice({
				slug: 'with-org',
				organisations: [{ slug: 'cwii', name: 'Centrum Wsparcia Imigrantów i Imigrantek' }]
			})
		];
		const found = queryPractices(
			withOrganisation,
			createPracticeIndex(withOrganisation),
			practiceQuery.parse({ q: 'imigrantow wsparcia' })
		);
		expect(found.page.items.map((p) => p.slug)).toEqual(['with-org']);
	});
});

/** The seed catalogue as the public view holds it, as far as search and ordering read it. */
function seedPractices() {
	const catalogue = loadCatalogue();
	const places = new Map(catalogue.places.map((p) => [p.slug, p]));
	const organisations = new Map(catalogue.organisations.map((o) => [o.slug, o.name]));
	return catalogue.practices
		.map((p) => {
			const place = places.get(p.place)!;
			return publicPractice({
				slug: p.slug,
				title: p.title,
				summary: p.summary,
				description: p.description,
				status: p.status,
				place: { slug: place.slug, name: place.name, kind: place.kind, voivodeship: place.voivodeship },
				organisations: p.organisations.map((slug) => ({ slug, name: organisations.get(slug) ?? slug })),
				keyFigures: p.keyFigures
			});
		})
		.sort(byTitle);
}

describe('search over the seed catalogue', () => {
	const seed = seedPractices();
	const seedIndex = createPracticeIndex(seed);
	const bySlug = (prefix: string) => seed.filter((p) => p.slug.startsWith(prefix)).map((p) => p.slug);
	const search = (q: string) => queryPractices(seed, seedIndex, practiceQuery.parse({ q }));
	const found = (q: string) => search(q).page.items.map((p) => p.slug);
	const studyIn = ['gdansk-study-in-pomorskie', 'warszawa-study-in-warsaw', 'lublin-study-in-lublin'];

	// query → practices that must come first (in any order) → whether nothing else may be found
	it.each([
		['Lodz', bySlug('lodz-'), 'only'],
		['Łódź', bySlug('lodz-'), 'only'],
		['Lubiln', bySlug('lublin-'), 'only'],
		['lublin', bySlug('lublin-'), 'first'],
		['Wroclaw', bySlug('wroclaw-'), 'only'],
		['Krakow', bySlug('krakow-'), 'only'],
		['Poznan', bySlug('poznan-'), 'first'],
		['study', studyIn, 'first'],
		['studdy', studyIn, 'only'],
		['study in lublin', ['lublin-study-in-lublin'], 'first'],
		[
			'integracja',
			['pomorskie-trzy-kroki-do-integracji', 'gdansk-zespol-ds-modelu-integracji-imigrantow'],
			'first'
		],
		[
			'strategia',
			['lublin-strategia-rozwoju-2013-2020', 'krakow-strategia-przeciwdzialania-rasizmowi-i-ksenofobii'],
			'only'
		],
		['wielokulturowe', ['warszawa-centrum-wielokulturowe'], 'first'],
		['cudzoziemcow', bySlug('').filter((slug) => /cudzoziemc/.test(slug)), 'first'],
		['Bialystk', ['bialystok-program-bialystok-dla-tolerancji'], 'only'],
		['mops lublin', ['lublin-mops-pomoc-cudzoziemcom'], 'only']
	] as const)('%s', (q, expected, how) => {
		const slugs = found(q);
		expect(expected.length).toBeGreaterThan(0);
		expect(new Set(slugs.slice(0, expected.length))).toEqual(new Set(expected));
		if (how === 'only') expect(slugs).toHaveLength(expected.length);
	});

	it('highlightsOnlyTheWordsThatMatched_notLookalikes', () => {
		const { page, highlights } = search('Lodz');
		for (const practice of page.items) {
			const marked = highlights[practice.slug].title!.map(([from, to]) => practice.title.slice(from, to + 1));
			expect(marked.length).toBeGreaterThan(0);
			for (const word of marked) expect(word).toMatch(/^Łod|^Łód/);
		}
	});

	it('nothingFound_suggestsTheCataloguesOwnWordsThatFindSomething', () => {
		expect(search('Krkw')).toMatchObject({ page: { total: 0 }, suggestion: 'Kraków' });
		expect(search('Lbulni Wrocłw')).toMatchObject({ page: { total: 0 } });
		expect(search('Lodz').suggestion).toBeNull();
		expect(search('xqzvtyw').suggestion).toBeNull();
	});

	it('theSameWordsAskedAgain_areAnsweredFromTheKeptSearch_whichEqualsANewOne', () => {
		const index = createPracticeIndex(seed);
		const first = index.search('Study in Lublin');
		expect(index.search('study  IN lublin, lublin')).toBe(first);
		expect(index.search('lublin study in')).not.toBe(first);
		const fresh = createPracticeIndex(seed).search('Study in Lublin');
		expect([...first.found]).toEqual([...fresh.found]);
		expect(first.ranked).toEqual(fresh.ranked);
		expect(first.ranked.length).toBeGreaterThan(0);
	});

	it('indexesBuiltFromThoseOfThePreviousCatalogue_equalNewOnes', () => {
		// The next catalogue keeps most practices (the same objects), changes one, loses one and gains
		// one; two kept ones titled alike come in the other order (equal titles keep the order read).
		const [changed, left, twin] = [seed[3], seed[10], seed[20]];
		const copy = { ...twin, slug: 'blizniacza' };
		const before = sortByTitle([...seed, copy]);
		const next = sortByTitle([
			copy,
			...before.filter((p) => p !== changed && p !== left && p !== copy),
			{ ...changed, title: 'Punkt konsultacyjny dla obcokrajowców', summary: 'Porady prawne w Ełku.' },
			publicPractice({ slug: 'nowa', title: 'Nowa praktyka Wrocławia', summary: 'Słowa nieznane: zyxwabc.' })
		]);
		expect(next.indexOf(copy)).toBeLessThan(next.indexOf(twin));
		expect(before.indexOf(copy)).toBeGreaterThan(before.indexOf(twin));
		const previous = createPracticeIndex(before);
		const rebuilt = createPracticeIndex(next, previous);
		const fresh = createPracticeIndex(next);
		for (const part of ['words', 'starts', 'docs', 'weights'] as const)
			expect(rebuilt.postings[part]).toEqual(fresh.postings[part]);
		expect(rebuilt.postings.has('elku') && !previous.postings.has('zyxwabc')).toBe(true);
		for (const q of ['Ełk', 'konsultacyjny', 'Wroclaw', 'study', 'Krkw', 'zyxwabd', 'integracja lublin']) {
			const [a, b] = [rebuilt.search(q), fresh.search(q)];
			expect([a.ranked, a.suggestion]).toEqual([b.ranked, b.suggestion]);
		}
		expect(rebuilt.search('Elk').ranked.map((k) => next[k].slug)).toEqual([changed.slug]);
		expect(rebuilt.search('Krkw').suggestion).toBe('Kraków');

		const previousWords = contentWordIndex(before);
		const [words, freshWords] = [contentWordIndex(next, previousWords), contentWordIndex(next)];
		for (const practice of next)
			expect(relatedPractices(practice, next, words.of)).toEqual(
				relatedPractices(practice, next, freshWords.of)
			);
		expect(words.of(seed[0])).toEqual(previousWords.of(seed[0])); // kept with its numbers
	});

	it('aRebuiltIndex_readsTheTextsOfChangedPracticesOnly', () => {
		let reads = 0;
		const watched = { ...seed[5] };
		Object.defineProperty(watched, 'description', { get: () => (reads++, seed[5].description) });
		const before = [...seed.slice(0, 5), watched, ...seed.slice(6)];
		const previous = createPracticeIndex(before);
		expect(reads).toBe(1);
		const next = before.map((p, k) => (k === 8 ? { ...p, description: 'Opis qwertyuiop.' } : p));
		expect(createPracticeIndex(next, previous).search('qwertyuiop').ranked).toEqual([8]);
		expect(reads).toBe(1);
	});

	it('noQuery_putsAwardedPracticesFirst_thenDescribedOnes_thenStubs_inTitleOrderIgnoringQuotationMarks', () => {
		const all = queryPractices(seed, seedIndex, practiceQuery.parse({ pageSize: '100' })).page.items;
		const awarded = all.filter((p) => p.status === 'awarded').length;
		expect(awarded).toBeGreaterThan(0);
		expect(all.slice(0, awarded).every((p) => p.status === 'awarded')).toBe(true);
		const rest = all.slice(awarded);
		const firstStub = rest.findIndex(isStub);
		expect(firstStub).toBeGreaterThan(0);
		expect(rest.slice(firstStub).every(isStub)).toBe(true);
		const stubs = rest.slice(firstStub).map((p) => p.title);
		const described = rest.slice(0, firstStub).map((p) => p.title);
		// „Akademicki Poznań” sorts under A, „Trzy kroki…” under T, not before every unquoted title.
		expect(stubs[0]).toBe('„Akademicki Poznań”');
		expect(
			described.indexOf(
				'„Trzy kroki do integracji na Pomorzu” — podnoszenie kompetencji samorządów w integracji imigrantów'
			)
		).toBeGreaterThan(described.findIndex((title) => title.startsWith('S')));
	});
});
