import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { loadCatalogue, type Catalogue } from '../../seed/catalogue';
import { seedCatalogue } from '../../seed/seed';
import { buildCatalogueView } from '../../src/lib/server/catalogue';
import { collections } from '../../src/lib/server/db/collections';
import { exportCsv, exportJson } from '../../src/lib/server/export';
import { useTestDatabase } from '../support/database';
import { schemaErrors } from '../support/openapi';

describe('seed catalogue', () => {
	let db: Db;
	let catalogue: Catalogue;
	let firstRun: Awaited<ReturnType<typeof seedCatalogue>>;
	// Seeded once here, not by a test: every test reads the seeded catalogue, whatever runs first.
	beforeAll(async () => {
		db = await useTestDatabase();
		catalogue = loadCatalogue();
		firstRun = await seedCatalogue(db, catalogue);
	});

	it('firstRun_insertsEveryRecord', async () => {
		const report = firstRun;
		const total = Object.values(catalogue).reduce((sum, records) => sum + records.length, 0);
		expect(report).toEqual({ inserted: total, updated: 0, unchanged: 0 });
		const c = collections(db);
		expect(await c.practices.countDocuments()).toBe(catalogue.practices.length);
		expect(await c.awards.countDocuments()).toBe(catalogue.awards.length);
		expect(await c.recommendations.countDocuments()).toBe(catalogue.recommendations.length);
	});

	it('secondRun_changesNothing', async () => {
		const before = await collections(db).practices.find().sort({ slug: 1 }).toArray();
		const report = await seedCatalogue(db, catalogue);
		expect(report.inserted).toBe(0);
		expect(report.updated).toBe(0);
		expect(await collections(db).practices.find().sort({ slug: 1 }).toArray()).toEqual(before);
	});

	it('recordEditedInTheApp_isNotOverwritten', async () => {
		const practices = collections(db).practices;
		const slug = catalogue.practices[0].slug;
		await practices.updateOne(
			{ slug },
			{ $set: { summary: 'Poprawione przez miasto.' }, $inc: { version: 1 } }
		);
		await seedCatalogue(db, catalogue);
		expect((await practices.findOne({ slug }))?.summary).toBe('Poprawione przez miasto.');
	});

	it('recordSeededByAnEarlierVersion_receivesTheCorrections', async () => {
		const c = collections(db);
		const slug = 'lodz-zatrudnienie-cudzoziemcow-w-urzedzie-miasta';
		// As an earlier seed left it: the wrong number word, the old `source` string, no English.
		await c.practices.updateOne(
			{ slug },
			{
				$set: { summary: 'W Urzędzie Miasta Łodzi pracuje dwoje cudzoziemców.', source: '002.txt' },
				$unset: { titleEn: '', summaryEn: '', sources: '' }
			}
		);
		await c.organisations.updateOne(
			{ slug: 'centrum-komunikacji-spolecznej-warszawa' },
			{ $set: { name: 'Centrum Komunikacji Społecznej Urzędu m.st. Warszawy', shortName: 'CKS' } }
		);
		// Edited in the app meanwhile (its version moved on): stays as the city wrote it.
		await c.practices.updateOne(
			{ slug: 'lublin-study-in-lublin' },
			{ $set: { summary: 'Zwłaszcza z Ukrainy — poprawione przez miasto.' }, $inc: { version: 1 } }
		);

		const report = await seedCatalogue(db, catalogue);
		expect(report.updated).toBe(2);
		const lodz = (await c.practices.findOne({ slug }))!;
		expect(lodz.summary).toContain('dwóch cudzoziemców');
		expect(lodz).not.toHaveProperty('source');
		expect(lodz.titleEn).toBe('Employment of two foreigners at Łódź City Office');
		expect(lodz.sources?.[0].title).toBe('Opis wyróżnionych praktyk miejskich');
		expect(lodz.version).toBe(1);
		const cks = (await c.organisations.findOne({ slug: 'centrum-komunikacji-spolecznej-warszawa' }))!;
		expect(cks.name).toBe('Centrum Komunikacji Społecznej');
		expect(cks).not.toHaveProperty('shortName');
		expect((await c.practices.findOne({ slug: 'lublin-study-in-lublin' }))?.summary).toBe(
			'Zwłaszcza z Ukrainy — poprawione przez miasto.'
		);
		expect((await seedCatalogue(db, catalogue)).updated).toBe(0);
	});

	it('everyPublicRecord_hasEnglishAndSourcesThroughTheApiAndExport', async () => {
		const view = await buildCatalogueView(db);
		const exported = JSON.parse(JSON.stringify(exportJson(view)));
		expect(schemaErrors('Export', exported)).toEqual([]);
		const records = [...exported.practices, ...exported.awards, ...exported.recommendations];
		expect(records.length).toBe(
			catalogue.practices.length + catalogue.awards.length + catalogue.recommendations.length
		);
		for (const record of records) {
			expect(record.titleEn?.trim(), record.slug).toBeTruthy();
			expect(record.summaryEn?.trim(), record.slug).toBeTruthy();
			expect(record.sources.length, record.slug).toBeGreaterThan(0);
			expect(schemaErrors('Source', record.sources[0])).toEqual([]);
		}
		for (const practice of view.practices) {
			if (practice.award) expect(practice.award.summaryEn?.trim(), practice.slug).toBeTruthy();
			expect(schemaErrors('Practice', JSON.parse(JSON.stringify(practice)))).toEqual([]);
		}
		const pomorskie = view.practiceBySlug.get('pomorskie-trzy-kroki-do-integracji')!;
		expect(pomorskie.partners.map((o) => o.slug)).toEqual(['rops-gdansk']);
		expect(pomorskie.mentionedOrganisations.map((o) => o.slug)).toContain('fundacja-parasol');
		expect(exported.organisations.map((o: { slug: string }) => o.slug)).toContain('muzeum-emigracji-gdynia');
		expect(exported.editions[0].yearNote).toMatch(/wywnioskowano/);
		const header = exportCsv(view)
			.replace(/^\uFEFF/, '')
			.split('\n')[0];
		expect(header).toMatch(/^id,slug,title,summary,status,/);
		expect(header).toMatch(/,updated_at,title_en,summary_en,sources,award_level$/);
	});

	it('sourceContent_isComplete', () => {
		const statuses = (status: string) => catalogue.practices.filter((p) => p.status === status).length;
		expect(catalogue.awards).toHaveLength(11);
		expect(statuses('awarded')).toBe(11);
		expect(statuses('mentioned')).toBeGreaterThanOrEqual(14);
		expect(catalogue.recommendations.length).toBeGreaterThanOrEqual(11);
		expect(catalogue.people.map((p) => p.slug).sort()).toEqual(['ngo-hoang-minh', 'priscilla-rubia']);
		const text = JSON.stringify(catalogue);
		for (const fact of [
			'AMIGA',
			'Open Cities',
			'Migrant Info Point',
			'150 tys. zł',
			'Study in Lublin',
			'Infolink'
		]) {
			expect(text).toContain(fact);
		}
		expect(catalogue.places.find((p) => p.slug === 'pomorskie')?.kind).toBe('voivodeship');
	});

	it('everySimilarActionAndRecommendation_isLinkedInThePublicView', async () => {
		const view = await buildCatalogueView(db);
		for (const award of catalogue.awards) {
			const practice = view.practiceBySlug.get(award.practice)!;
			expect(practice.award?.slug).toBe(award.slug);
			expect(practice.similarActions).toEqual(expect.arrayContaining(award.similarActions));
			expect(practice.recommendations).toEqual(award.recommendations);
			for (const similar of award.similarActions) {
				expect(view.practiceBySlug.get(similar)!.similarActions).toContain(award.practice);
			}
		}
		const quoted = view.practices.flatMap((p) => p.jurorQuotes.map((q) => q.juror)).sort();
		expect(quoted).toEqual(['Ngo Hoang Minh', 'Priscilla Rubia']);
	});
});
