/**
 * Saving an edition's criteria on the real database: the criteria's own version guard, its
 * independence from the other settings, and the freeze from the first score on.
 */
import type { Db } from 'mongodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { collections } from '../../src/lib/server/db/collections';
import {
	createEdition,
	criteriaFrozen,
	criteriaOf,
	getEdition,
	saveCriteria,
	updateEdition
} from '../../src/lib/server/editions';
import { criteriaTemplate } from '../../src/lib/server/editions/criteria-template';
import { rowOf, type CriterionRow, type EditionForm } from '../../src/lib/schemas';
import { editionDoc } from '../support/access-world';
import { useTestDatabase } from '../support/database';
import { createScore, organiser } from '../support/factories';

const admin = organiser();
const juror: SessionUser = {
	...organiser('juror'),
	isAdmin: false,
	roles: [{ edition: 'x', role: 'juror' }]
};

const rows = (label: string): CriterionRow[] => [
	{
		id: 'innowacyjnosc',
		label,
		description: 'Czy praktyka wprowadza nowe rozwiązania.',
		weight: 3,
		min: 0,
		max: 2,
		levels: [
			{ score: 0, meaning: 'Nic nowego.' },
			{ score: 1, meaning: 'Coś nowego.' },
			// Kept while the scale was narrowed in the editor; not stored.
			{ score: 2, meaning: 'Zupełnie nowe podejście.' },
			{ score: 5, meaning: 'Spoza skali.' }
		]
	},
	rowOf(criteriaTemplate()[0])
];

const settings = (slug: string, name: string, version: number): EditionForm => ({
	slug,
	name,
	year: 2027,
	description: '',
	submissionsOpen: '',
	submissionsClose: '',
	resultsDate: '',
	awardCategories: '',
	eligibility: '',
	eligibilityChecklist: '',
	selfRegistration: false,
	languages: ['pl'],
	version
});

describe('edition criteria (real database)', () => {
	let db: Db;
	let counter = 0;
	/** An edition as stored before criteria had a version of their own, with the old shape of criteria. */
	const oldEdition = async () => {
		const slug = `edycja-${++counter}`;
		await collections(db).editions.insertOne({
			...editionDoc(slug, 'review'),
			criteria: [{ label: 'Innowacyjność', weight: 2, scale: 10 }]
		});
		return slug;
	};

	beforeAll(async () => {
		db = await useTestDatabase();
	});

	it('newEdition_startsFromTheTemplateAtVersionOne', async () => {
		expect(await createEdition(db, settings('nowa', 'Nowa edycja', 0), admin._id)).toEqual({ ok: true });
		const edition = await getEdition(db, 'nowa');
		expect(edition?.criteria).toEqual(criteriaTemplate());
		expect(edition?.criteriaVersion).toBe(1);
	});

	it('save_storesTheNewShapeOnlyTheScalesMeaningsAndMovesOnlyTheCriteriasVersion', async () => {
		const slug = await oldEdition();
		expect(criteriaOf((await getEdition(db, slug))!)[0].id).toBe('k1');

		const result = await saveCriteria(db, admin, slug, rows('Innowacyjność'), 1);
		expect(result).toEqual({ ok: true, version: 2 });
		const edition = (await getEdition(db, slug))!;
		expect(edition.criteria?.[0]).toEqual({
			id: 'innowacyjnosc',
			label: 'Innowacyjność',
			description: 'Czy praktyka wprowadza nowe rozwiązania.',
			weight: 3,
			scale: { min: 0, max: 2 },
			levels: [
				{ score: 0, meaning: 'Nic nowego.' },
				{ score: 1, meaning: 'Coś nowego.' },
				{ score: 2, meaning: 'Zupełnie nowe podejście.' }
			]
		});
		expect(edition.criteria?.[1]).toEqual(criteriaTemplate()[0]);
		expect(edition.criteriaVersion).toBe(2);
		expect(edition.version).toBe(1);
		const audit = await collections(db).audit.findOne({
			action: 'edition.criteria-changed',
			'subject.id': slug
		});
		expect(audit?.actor).toBe(admin._id);
	});

	it('staleVersion_isAConflictAndTheSavedCriteriaStay', async () => {
		const slug = await oldEdition();
		expect((await saveCriteria(db, admin, slug, rows('Pierwsza'), 1)).ok).toBe(true);
		expect(await saveCriteria(db, admin, slug, rows('Druga'), 1)).toEqual({ ok: false, reason: 'conflict' });
		const edition = (await getEdition(db, slug))!;
		expect(criteriaOf(edition)[0].label).toBe('Pierwsza');
		expect(edition.criteriaVersion).toBe(2);
	});

	it('settingsAndCriteria_savedFromOnePage_doNotRefuseEachOther', async () => {
		const slug = await oldEdition();
		// Both forms were read at once: the settings at version 1, the criteria at 1.
		expect((await saveCriteria(db, admin, slug, rows('Kryterium'), 1)).ok).toBe(true);
		expect(await updateEdition(db, slug, settings(slug, 'Nowa nazwa', 1), 1, admin._id)).toEqual({
			ok: true
		});
		const edition = (await getEdition(db, slug))!;
		expect(edition.name).toBe('Nowa nazwa');
		// Saving the settings leaves the criteria as they were.
		expect(criteriaOf(edition)[0].label).toBe('Kryterium');
		expect((await saveCriteria(db, admin, slug, rows('Jeszcze raz'), 2)).ok).toBe(true);
	});

	it('settingsAndCriteria_savedAtTheSameMoment_bothStay', async () => {
		// FerretDB v1 writes whole documents: without taking turns, one save would undo the other.
		for (let round = 0; round < 5; round++) {
			const slug = await oldEdition();
			const [criteria, other] = await Promise.all([
				saveCriteria(db, admin, slug, rows(`Runda ${round}`), 1),
				updateEdition(db, slug, settings(slug, `Nazwa ${round}`, 1), 1, admin._id)
			]);
			expect([criteria.ok, other.ok]).toEqual([true, true]);
			const edition = (await getEdition(db, slug))!;
			expect(edition.name).toBe(`Nazwa ${round}`);
			expect(criteriaOf(edition)[0].label).toBe(`Runda ${round}`);
			expect([edition.version, edition.criteriaVersion]).toEqual([2, 2]);
		}
	});

	it('racingSaves_fromTheSameVersion_oneWins', async () => {
		const slug = await oldEdition();
		const results = await Promise.all(
			['A', 'B', 'C', 'D'].map((label) => saveCriteria(db, admin, slug, rows(label), 1))
		);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok && r.reason === 'conflict')).toHaveLength(3);
		const edition = (await getEdition(db, slug))!;
		expect(edition.criteriaVersion).toBe(2);
	});

	it('firstScore_freezesTheCriteria_andASaveIsRefusedAsClosed', async () => {
		const slug = await oldEdition();
		expect(await criteriaFrozen(db, slug)).toBe(false);
		await createScore(db, {
			edition: slug,
			entry: 'praktyka',
			juror: 'juror',
			criteria: [{ id: 'k1', score: 7, comment: '' }]
		});
		expect(await criteriaFrozen(db, slug)).toBe(true);
		expect(await saveCriteria(db, admin, slug, rows('Po ocenie'), 1)).toEqual({
			ok: false,
			reason: 'closed'
		});
		const edition = (await getEdition(db, slug))!;
		expect(edition.criteria).toEqual([{ label: 'Innowacyjność', weight: 2, scale: 10 }]);
		// Another edition's scores do not freeze this one.
		expect(await criteriaFrozen(db, await oldEdition())).toBe(false);
	});

	it('onlyTheOrganiser_mayChangeCriteria', async () => {
		const slug = await oldEdition();
		expect(await saveCriteria(db, juror, slug, rows('Juror'), 1)).toEqual({ ok: false, reason: 'forbidden' });
		expect(await saveCriteria(db, admin, 'nie-ma', rows('Nic'), 1)).toEqual({ ok: false, reason: 'missing' });
		expect(criteriaOf((await getEdition(db, slug))!)[0].label).toBe('Innowacyjność');
	});
});
