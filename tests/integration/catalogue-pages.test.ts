/**
 * The seed catalogue as the built app serves it: English titles and summaries through the API and
 * under /en, the source documents on a practice's page, and a similar action shown with the
 * distinction that names it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { loadCatalogue } from '../../seed/catalogue';
import { seedCatalogue } from '../../seed/seed';
import { describeBuilt, startBuiltApp, type BuiltApp } from '../support/built-app';
import { useTestDatabase } from '../support/database';
import { schemaErrors } from '../support/openapi';

describeBuilt('seed catalogue in the built app', () => {
	let db: Db;
	let app: BuiltApp;
	const catalogue = loadCatalogue();

	beforeAll(async () => {
		db = await useTestDatabase();
		await seedCatalogue(db, catalogue);
		app = await startBuiltApp(db);
	});
	afterAll(() => app?.close());

	it('everyPracticeAndRecommendation_hasEnglishThroughTheApi', async () => {
		const page = await (await app.fetch('/api/v1/practices?pageSize=100')).json();
		expect(page.total).toBe(catalogue.practices.length);
		for (const practice of page.items) {
			expect(schemaErrors('Practice', practice)).toEqual([]);
			expect(practice.titleEn?.trim(), practice.slug).toBeTruthy();
			expect(practice.summaryEn?.trim(), practice.slug).toBeTruthy();
			expect(practice.sources.length, practice.slug).toBeGreaterThan(0);
			if (practice.award) expect(practice.award.summaryEn?.trim(), practice.slug).toBeTruthy();
		}
		const { items: recommendations } = await (await app.fetch('/api/v1/recommendations')).json();
		expect(recommendations).toHaveLength(catalogue.recommendations.length);
		for (const recommendation of recommendations) {
			expect(recommendation.titleEn?.trim(), recommendation.slug).toBeTruthy();
			expect(recommendation.summaryEn?.trim(), recommendation.slug).toBeTruthy();
		}
		const exported = await (await app.fetch('/api/v1/export.json')).json();
		for (const award of exported.awards) expect(award.summaryEn?.trim(), award.slug).toBeTruthy();
	});

	it('practicePage_inEnglish_showsTheEnglishTitleAndSummaryAndKeepsThePolish', async () => {
		const response = await app.fetch('/en/praktyki/lodz-zatrudnienie-cudzoziemcow-w-urzedzie-miasta');
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toContain('<h1 lang="en">Employment of two foreigners at Łódź City Office</h1>');
		expect(html).toContain('Łódź City Office employed two foreigners.');
		expect(html).toContain('Zatrudnienie dwóch cudzoziemców w Urzędzie Miasta Łódź');
		// A similar action: the distinction that names it, with a link to the awarded practice.
		expect(html).toContain('A similar action the jury named in the distinction for:');
		expect(html).toContain(
			'href="/en/praktyki/lublin-zatrudnianie-imigrantow-w-urzedzie-miasta#award-heading"'
		);
		expect(html).toContain('Opis wyróżnionych praktyk miejskich');
		const awarded = await (await app.fetch('/en/praktyki/lublin-study-in-lublin')).text();
		expect(awarded).toContain('<span class="badge award">Distinction</span>');
		expect(awarded).toContain('question mark');
	});

	it('practicePage_inPolish_showsItsSourcesAndTheOrganisationsTheyName', async () => {
		const html = await (await app.fetch('/praktyki/pomorskie-trzy-kroki-do-integracji')).text();
		expect(html).toContain('Trzy kroki do integracji na Pomorzu');
		expect(html).toContain('Marta Siciarek, Centrum Wsparcia Imigrantów i Imigrantek');
		expect(html).toContain('Jak zatrzymać potencjał imigrantów na Pomorzu?');
		expect(html).toContain('Wymienione też w źródłach');
		expect(html).toContain('Muzeum Emigracji w Gdyni');
		const study = await (await app.fetch('/praktyki/lublin-study-in-lublin')).text();
		expect(study).toContain('znak zapytania');
		const mentioned = await (await app.fetch('/praktyki/wroclaw-dzielnica-czterech-wyznan')).text();
		expect(mentioned).toContain('Działanie podobne, które jury wymieniło przy wyróżnieniu:');
	});

	it('recommendationAndEditionPages_showEnglishAndTheInferredYear', async () => {
		const html = await (
			await app.fetch('/en/rekomendacje/pracownicy-z-doswiadczeniem-migracyjnym-w-szkolach')
		).text();
		expect(html).toContain('<h1 lang="en">Staff with a migration background in schools</h1>');
		expect(html).toContain('dzieci imigranci');
		const edition = await (await app.fetch('/edycje/miasta-otwarte-2015')).text();
		expect(edition).toContain('Skąd rok edycji');
		expect(edition).toContain('Przy siedmiu wyróżnieniach');
	});
});
