import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { loadCatalogue, type Catalogue } from '../../seed/catalogue';
import { seedCatalogue } from '../../seed/seed';
import { buildCatalogueView } from '../../src/lib/server/catalogue';
import { collections } from '../../src/lib/server/db/collections';
import { useTestDatabase } from '../support/database';

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
