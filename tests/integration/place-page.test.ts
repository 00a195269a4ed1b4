/**
 * A place's page shows the first practices of the place in the catalogue's default order (awarded
 * first) with their total, and links to the catalogue filtered by the place when there are more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import {
	buildCatalogueView,
	firstPracticesOf,
	PLACE_PAGE_SIZE,
	placesWithCounts,
	practicesIn,
	queryPractices,
	type CatalogueView,
	type PublicPlace
} from '../../src/lib/server/catalogue';
import { describeBuilt, startBuiltApp, type BuiltApp } from '../support/built-app';
import { useTestDatabase } from '../support/database';
import { createEntry, createPlace } from '../support/factories';

/** A city with 30 practices (5 awarded), one with 3, and a voivodeship with practices of its own and within. */
async function createPlaces(db: Db) {
	const big = await createPlace(db, { voivodeship: 'lubelskie' });
	const small = await createPlace(db, { voivodeship: 'lubelskie' });
	// The slug differs from the voivodeship's name on purpose: the voivodeship is what selects.
	const voivodeship = await createPlace(db, {
		slug: 'wojewodztwo-podlaskie',
		name: 'Województwo podlaskie',
		kind: 'voivodeship',
		voivodeship: 'podlaskie'
	});
	const within = await createPlace(db, { voivodeship: 'podlaskie' });
	const practice = (place: string, status: 'awarded' | 'catalogue', n: number) =>
		createEntry(db, {
			place,
			edition: null,
			status,
			// Titles that sort the awarded ones last, so that only the order puts them first.
			title: `${status === 'awarded' ? 'Ż' : 'A'} praktyka ${String(n).padStart(2, '0')}`
		});
	for (let n = 0; n < 30; n++) await practice(big.slug, n % 6 === 5 ? 'awarded' : 'catalogue', n);
	for (let n = 0; n < 3; n++) await practice(small.slug, 'catalogue', n);
	await practice(voivodeship.slug, 'catalogue', 0);
	await practice(within.slug, 'awarded', 1);
	await practice(within.slug, 'catalogue', 2);
	return { big: big.slug, small: small.slug, voivodeship: voivodeship.slug };
}

describe('first practices of a place', () => {
	let view: CatalogueView;
	let slugs: Awaited<ReturnType<typeof createPlaces>>;
	const place = (slug: string): PublicPlace => view.places.find((p) => p.slug === slug)!;

	beforeAll(async () => {
		const db = await useTestDatabase();
		slugs = await createPlaces(db);
		view = await buildCatalogueView(db);
	});

	it('aPlaceWithMoreThanAPage_showsTheFirst24AwardedFirst_andCountsThemAll', () => {
		const { items, total, catalogueHref } = firstPracticesOf(view, place(slugs.big));
		expect(items).toHaveLength(PLACE_PAGE_SIZE);
		expect(total).toBe(30);
		const statuses = items.map((p) => p.status);
		expect(statuses.slice(0, 5)).toEqual(Array(5).fill('awarded'));
		expect(statuses.slice(5)).not.toContain('awarded');
		expect(catalogueHref).toBe(`/praktyki?place=${slugs.big}`);
		// Every one shown belongs to the place, and they are the catalogue filter's first page.
		const all = new Set(practicesIn(place(slugs.big), view.practices).map((p) => p.slug));
		for (const p of items) expect(all.has(p.slug)).toBe(true);
		const catalogue = queryPractices(view.practices, view.search, {
			place: slugs.big,
			sort: 'relevance',
			page: 1,
			pageSize: 24
		});
		expect(items.map((p) => p.slug)).toEqual(catalogue.page.items.map((p) => p.slug));
		expect(catalogue.page.total).toBe(30);
	});

	it('aVoivodeship_countsItsOwnPracticesAndThoseOfPlacesWithin', () => {
		const voivodeship = place(slugs.voivodeship);
		const { items, total, catalogueHref } = firstPracticesOf(view, voivodeship);
		expect(total).toBe(3);
		expect(items.map((p) => p.slug).sort()).toEqual(
			practicesIn(voivodeship, view.practices)
				.map((p) => p.slug)
				.sort()
		);
		expect(items[0].status).toBe('awarded');
		expect(catalogueHref).toBe('/praktyki?voivodeship=podlaskie');
	});

	it('aPlaceWithFewPractices_showsThemAll', () => {
		const { items, total } = firstPracticesOf(view, place(slugs.small));
		expect(items).toHaveLength(3);
		expect(total).toBe(3);
	});

	it('placesWithCounts_countsWhatEachPlaceHoldsDirectly', () => {
		const counted = placesWithCounts(view.places, view.practices);
		// As the count was defined before: a filter over every practice for each place.
		const expected = view.places
			.map((p) => ({ ...p, count: view.practices.filter((x) => x.place.slug === p.slug).length }))
			.filter((p) => p.count > 0)
			.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'pl'));
		expect(counted).toEqual(expected);
		expect(counted.find((p) => p.slug === slugs.big)?.count).toBe(30);
		expect(counted.find((p) => p.slug === slugs.voivodeship)?.count).toBe(1);
	});
});

describeBuilt('place page in the built app', () => {
	let app: BuiltApp;
	let slugs: Awaited<ReturnType<typeof createPlaces>>;

	beforeAll(async () => {
		const db = await useTestDatabase();
		slugs = await createPlaces(db);
		app = await startBuiltApp(db);
	});
	afterAll(() => app?.close());

	const cards = (html: string) => html.match(/<article\b/g)?.length ?? 0;

	it('aPlaceWithMoreThanAPage_linksToTheCatalogue_whichShowsTheSameTotal', async () => {
		const response = await app.fetch(`/miejsca/${slugs.big}`);
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toContain('praktyk: 30');
		expect(cards(html)).toBe(24);
		const link = `<a href="/praktyki?place=${slugs.big}">Wszystkie praktyki: `;
		expect(html).toContain(link);
		expect(html).toMatch(/Wszystkie praktyki: Miasto [\w-]+ \(30\) w katalogu →/);
		const catalogue = await app.fetch(`/praktyki?place=${slugs.big}`);
		expect(catalogue.status).toBe(200);
		expect(await catalogue.text()).toMatch(/Znaleziono praktyk:\s*<strong>30<\/strong>/);
		const english = await (await app.fetch(`/en/miejsca/${slugs.big}`)).text();
		expect(english).toContain(`<a href="/en/praktyki?place=${slugs.big}">All practices: `);
	});

	it('aVoivodeshipLinksToItsFilter_whichShowsTheSameTotal', async () => {
		const html = await (await app.fetch(`/miejsca/${slugs.voivodeship}`)).text();
		expect(html).toContain('praktyk: 3');
		// Three fit on the page: no link.
		expect(html).not.toContain('Wszystkie praktyki:');
		const catalogue = await (await app.fetch('/praktyki?voivodeship=podlaskie')).text();
		expect(catalogue).toMatch(/Znaleziono praktyk:\s*<strong>3<\/strong>/);
	});

	it('aPlaceWithFewPractices_showsThemAllAndNoLink', async () => {
		const html = await (await app.fetch(`/miejsca/${slugs.small}`)).text();
		expect(html).toContain('praktyk: 3');
		expect(html).not.toContain('Wszystkie praktyki:');
		expect(html).not.toContain('/praktyki?place=');
		expect(cards(html)).toBe(3);
	});
});
