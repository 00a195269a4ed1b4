import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { buildCatalogueView, queryPractices } from '../../src/lib/server/catalogue';
import { collections } from '../../src/lib/server/db/collections';
import {
	curatePractice,
	getCuratable,
	listCuratable,
	type CuratedContent
} from '../../src/lib/server/curation';
import { practiceQuery } from '../../src/lib/schemas';
import { useTestDatabase } from '../support/database';
import { createEntry, organiser } from '../support/factories';

describe('curation', () => {
	let db: Db;
	beforeAll(async () => {
		db = await useTestDatabase();
	});

	/** A practice the jury only mentioned, known by little more than its name (as the seed has them). */
	const mentioned = () =>
		createEntry(db, {
			title: 'Warszawa',
			summary: 'Miasto wskazane przez jury.',
			description: '',
			status: 'mentioned',
			edition: null,
			origin: 'seed'
		});
	const content = (overrides: Partial<CuratedContent> = {}): CuratedContent => ({
		title: 'Uzupełniona praktyka',
		summary: 'Uzupełnione przez organizatora.',
		description: '### Opis\n\nKonkursy dotacyjne.',
		status: 'mentioned',
		version: 1,
		...overrides
	});

	it('curatedMentionedPractice_isFoundByTheNewTextAtOnce', async () => {
		const practice = await mentioned();
		const title = 'Warszawski program dotacji wielokulturowych';
		expect(await curatePractice(db, practice.slug, content({ title }), organiser())).toEqual({ ok: true });
		const view = await buildCatalogueView(db);
		const found = queryPractices(
			view.practices,
			view.search,
			practiceQuery.parse({ q: 'dotacji wielokulturowych' })
		);
		expect(found.page.items.map((p) => p.slug)).toEqual([practice.slug]);
		expect(await collections(db).practices.findOne({ slug: practice.slug })).toMatchObject({
			descriptionHtml: '<h3>Opis</h3>\n<p>Konkursy dotacyjne.</p>\n',
			version: 2
		});
	});

	it('aStaleVersion_isAConflictAndChangesNothing', async () => {
		const practice = await mentioned();
		expect(await curatePractice(db, practice.slug, content(), organiser())).toEqual({ ok: true });
		expect(
			await curatePractice(
				db,
				practice.slug,
				content({ title: 'Stara wersja', summary: 'x', description: '' }),
				organiser()
			)
		).toEqual({ ok: false, reason: 'conflict' });
		expect((await collections(db).practices.findOne({ slug: practice.slug }))?.title).toBe(
			'Uzupełniona praktyka'
		);
	});

	it('anEntryOfACompetition_isNotCuratedHere', async () => {
		const entry = await createEntry(db, { status: 'submitted' });
		expect(await curatePractice(db, entry.slug, content({ status: 'catalogue' }), organiser())).toEqual({
			ok: false,
			reason: 'not-editable'
		});
	});

	it('listAndOpen_holdOnlyPracticesFromOutsideACompetition', async () => {
		const practice = await mentioned();
		const entry = await createEntry(db, { status: 'submitted' });
		const draft = await createEntry(db);
		const listed = (await listCuratable(db)).map((p) => p.slug);
		expect(listed).toContain(practice.slug);
		expect(listed).not.toContain(entry.slug);
		expect(await getCuratable(db, practice.slug)).toMatchObject({ status: 'mentioned' });
		expect(await getCuratable(db, entry.slug)).toBeNull();
		expect(await getCuratable(db, draft.slug)).toBeNull();
	});

	it('someoneWhoIsNotTheOrganiser_cannotCurate', async () => {
		const practice = await mentioned();
		const applicant = { ...organiser('applicant'), isAdmin: false };
		expect(await curatePractice(db, practice.slug, content(), applicant)).toEqual({
			ok: false,
			reason: 'forbidden'
		});
	});
});
