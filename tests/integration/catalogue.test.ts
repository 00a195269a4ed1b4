import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { buildCatalogueView } from '../../src/lib/server/catalogue';
import { createPublicAndPrivateRecords } from '../support/catalogue-world';
import { useTestDatabase } from '../support/database';

describe('public catalogue', () => {
	let db: Db;
	beforeAll(async () => {
		db = await useTestDatabase();
		await createPublicAndPrivateRecords(db);
	});

	it('onlyPublicStatusesInPublishedEditions_areListed', async () => {
		const view = await buildCatalogueView(db);
		expect(view.practices.map((p) => p.slug).sort()).toEqual(['awarded-one', 'curated-one', 'mentioned-one']);
	});

	it('awardsOfUnpublishedEditions_stayPrivate', async () => {
		const view = await buildCatalogueView(db);
		expect(view.awards.map((a) => a.slug)).toEqual(['public-award']);
		expect(view.editions.map((e) => e.slug)).toEqual(['published-edition']);
	});

	it('similarActions_readBothWaysAndSkipPrivatePractices', async () => {
		const view = await buildCatalogueView(db);
		expect(view.practiceBySlug.get('awarded-one')!.similarActions).toEqual(['mentioned-one']);
		expect(view.practiceBySlug.get('mentioned-one')!.similarActions).toEqual(['awarded-one']);
		expect(view.practiceBySlug.get('awarded-one')!.recommendations).toEqual(['rec-one']);
		expect(view.recommendations[0].awards).toEqual(['public-award']);
	});

	it('jurorQuotes_carryTheJurorsName', async () => {
		const view = await buildCatalogueView(db);
		expect(view.practiceBySlug.get('awarded-one')!.jurorQuotes).toEqual([
			{ juror: 'Jurorka Publiczna', jurorSlug: 'public-juror', text: 'Świetne.' }
		]);
	});

	it('aRebuildGivenThePreviousView_hasTheChangedTextsAndKeepsTheRest', async () => {
		const before = await buildCatalogueView(db);
		await db
			.collection('practices')
			.updateOne({ slug: 'curated-one' }, { $set: { title: 'Nowy tytuł', description: 'Nowy opis.' } });
		const after = await buildCatalogueView(db, before);
		const changed = after.practiceBySlug.get('curated-one')!;
		expect([changed.title, changed.description]).toEqual(['Nowy tytuł', 'Nowy opis.']);
		expect(changed.summary).toBe(before.practiceBySlug.get('curated-one')!.summary);
		expect(before.practiceBySlug.get('curated-one')!.title).not.toBe('Nowy tytuł');
		// Read again unchanged: the very objects of the view replaced, held once by both views.
		for (const slug of ['awarded-one', 'mentioned-one'])
			expect(after.practiceBySlug.get(slug)).toBe(before.practiceBySlug.get(slug));
	});
});
