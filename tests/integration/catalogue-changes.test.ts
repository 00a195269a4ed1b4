import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { buildCatalogueView, publicCatalogueOf, type CatalogueView } from '../../src/lib/server/catalogue';
import {
	bumpCatalogueVersion,
	changesAmong,
	readCatalogueChanges,
	readCatalogueVersion,
	type CatalogueChange
} from '../../src/lib/server/catalogue/version';
import { collections } from '../../src/lib/server/db/collections';
import { createPublicAndPrivateRecords } from '../support/catalogue-world';
import { createEntry } from '../support/factories';
import { useTestDatabase } from '../support/database';

/**
 * A rebuild reads again only the practices changed since the view it replaces (by the change
 * record stored with each catalogue version) and must then equal a rebuild reading everything.
 */
describe('catalogue rebuilt from what changed', () => {
	let db: Db;
	let before: CatalogueView;
	beforeEach(async () => {
		db = await useTestDatabase();
		await createPublicAndPrivateRecords(db);
		// As the seed does: a write that does not say what changed, seen when `before` is built.
		await bumpCatalogueVersion(db);
		await bumpCatalogueVersion(db, {});
		before = await buildCatalogueView(db);
		before.related(before.practices[0]); // builds its words for related practices
	});

	const idOf = async (slug: string) => (await collections(db).practices.findOne({ slug }))!._id;
	const setPractice = (slug: string, fields: Record<string, unknown>) =>
		collections(db).practices.updateOne({ slug }, { $set: fields });

	/** What changed since `before`, as a rebuild from it reads it. */
	const changesSinceBefore = async () =>
		changesAmong(
			(await readCatalogueChanges(db, before.changedAt!))!,
			before.changesSeen,
			before.version!,
			(await readCatalogueVersion(db))!
		);

	/** The catalogue rebuilt from `before` and what changed since, beside the catalogue read whole. */
	async function readBothWays(...writes: CatalogueChange[]) {
		for (const change of writes) await bumpCatalogueVersion(db, change);
		const [rebuilt, read] = [await buildCatalogueView(db, before), await buildCatalogueView(db)];
		return {
			changes: await changesSinceBefore(),
			partly: publicCatalogueOf(rebuilt),
			whole: publicCatalogueOf(read),
			/** Checks that the rebuilt view's indexes, made from those of `before`, equal new ones. */
			expectSameIndexes() {
				for (const part of ['words', 'starts', 'docs', 'weights'] as const)
					expect(rebuilt.search.postings[part]).toEqual(read.search.postings[part]);
				for (const practice of rebuilt.practices)
					expect(rebuilt.related(practice)).toEqual(read.related(read.practiceBySlug.get(practice.slug)!));
			}
		};
	}

	it('changedPractices_areReadAgainAndTheRestKept', async () => {
		await setPractice('curated-one', { title: 'Nowy tytuł' });
		await setPractice('mentioned-one', { status: 'withdrawn' });
		const { changes, partly, whole, expectSameIndexes } = await readBothWays(
			{ practices: [await idOf('curated-one')] },
			{ practices: [await idOf('mentioned-one')] }
		);
		expect(changes).not.toBeNull();
		expect(partly).toEqual(whole);
		expectSameIndexes();
		expect(partly.practices.map((p) => p.title)).toContain('Nowy tytuł');
		// The withdrawn practice is gone, and with it the similar action of the awarded one.
		expect(partly.practices.map((p) => p.slug).sort()).toEqual(['awarded-one', 'curated-one']);
		expect(partly.practices.find((p) => p.slug === 'awarded-one')!.similarActions).toEqual([]);
		// The view still serving is untouched.
		expect(before.practiceBySlug.get('mentioned-one')!.status).toBe('mentioned');
		expect(before.practiceBySlug.get('awarded-one')!.similarActions).toEqual(['mentioned-one']);
	});

	it('aPracticeTheChangesDoNotName_isNotReadAgain', async () => {
		// A write outside the app, which stores no change record: only a full read shows it.
		await setPractice('curated-one', { title: 'Poprawiony ręcznie' });
		await setPractice('awarded-one', { summary: 'Zmienione streszczenie.' });
		const { partly, whole } = await readBothWays({ practices: [await idOf('awarded-one')] });
		const titles = (c: typeof partly) => c.practices.find((p) => p.slug === 'curated-one')!.title;
		expect(titles(whole)).toBe('Poprawiony ręcznie');
		expect(titles(partly)).toBe(before.practiceBySlug.get('curated-one')!.title);
		expect(partly.practices.find((p) => p.slug === 'awarded-one')!.summary).toBe('Zmienione streszczenie.');
		expect(partly.practices.find((p) => p.slug === 'curated-one')).toBe(
			before.practiceBySlug.get('curated-one')
		);
	});

	it('anEditionPublishedSince_hasItsPracticesAndAwardsRead', async () => {
		await collections(db).editions.updateOne({ slug: 'review-edition' }, { $set: { phase: 'published' } });
		const { changes, partly, whole, expectSameIndexes } = await readBothWays({});
		expect(changes).not.toBeNull();
		expect(partly).toEqual(whole);
		expectSameIndexes();
		expect(partly.practices.find((p) => p.slug === 'secret-early-award')!.award?.slug).toBe('secret-award');
	});

	it('aPublishedEditionsPractices_areReadAgainWhenTheWriteNamesIt', async () => {
		await setPractice('awarded-one', { title: 'Po publikacji' });
		await createEntry(db, { slug: 'late-entry', status: 'mentioned', edition: 'published-edition' });
		const { partly, whole } = await readBothWays({ editions: ['published-edition'] });
		expect(partly).toEqual(whole);
		expect(partly.practices.map((p) => p.slug)).toContain('late-entry');
	});

	it('aRenamedPlaceOrJurorOfNoEdition_meansReadingEverything', async () => {
		await collections(db).people.updateOne({ slug: 'public-juror' }, { $set: { name: 'Jurorka Nowa' } });
		await collections(db).places.updateOne({ slug: 'warszawa' }, { $set: { name: 'Warszawa (m.st.)' } });
		const { partly, whole } = await readBothWays({});
		expect(partly).toEqual(whole);
		const awarded = partly.practices.find((p) => p.slug === 'awarded-one')!;
		expect(awarded.jurorQuotes[0].juror).toBe('Jurorka Nowa');
		expect(awarded.place.name).toBe('Warszawa (m.st.)');
	});

	it('changesAreUnknown_whenAWriteDidNotSayOrAVersionHasNoRecord', async () => {
		const between = changesSinceBefore;
		// Nothing since: the records up to `before`'s version were seen when it was built.
		expect(await between()).toEqual({ practices: new Map(), editions: new Set() });
		await bumpCatalogueVersion(db, { practices: [await idOf('curated-one')] });
		expect((await between())?.practices.size).toBe(1);
		await collections(db).meta.updateOne({ _id: 'catalogue' }, { $set: { version: 'set-by-hand' } });
		expect(await between()).toBeNull();
		await bumpCatalogueVersion(db, { editions: ['published-edition'] });
		expect((await between())?.editions).toEqual(new Set(['published-edition']));
		await bumpCatalogueVersion(db);
		expect(await between()).toBeNull();
	});

	it('changesAreUnknown_whenTheRecordsDoNotGoBackToThePreviousVersion', async () => {
		// As in a database restored from an archive taken before `before` was built.
		await bumpCatalogueVersion(db, { practices: [await idOf('curated-one')] });
		expect(await changesSinceBefore()).not.toBeNull();
		await collections(db).catalogueChanges.deleteOne({ _id: before.version! });
		expect(await changesSinceBefore()).toBeNull();
	});
});
