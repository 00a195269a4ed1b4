import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { buildCatalogueView, queryPractices } from '../../src/lib/server/catalogue';
import { collections } from '../../src/lib/server/db/collections';
import { curatePractice } from '../../src/lib/server/curation';
import { decideEligibility, listEntries } from '../../src/lib/server/eligibility';
import { practiceQuery } from '../../src/lib/schemas';
import { editionDoc } from '../support/access-world';
import { useTestDatabase } from '../support/database';
import { createUser, practiceContent } from '../support/factories';

const stored = { createdAt: new Date(), updatedAt: new Date(), version: 1 };

describe('organiser review', () => {
	let db: Db;
	beforeAll(async () => {
		db = await useTestDatabase();
		await collections(db).places.insertOne({
			slug: 'warszawa',
			name: 'Warszawa',
			kind: 'city',
			voivodeship: 'mazowieckie',
			lat: 52.2,
			lng: 21,
			...stored,
			origin: 'seed'
		});
		const practice = (overrides: Parameters<typeof practiceContent>[0], origin: 'app' | 'seed') => ({
			...practiceContent(overrides),
			descriptionHtml: '',
			...stored,
			origin
		});
		await collections(db).practices.insertMany([
			practice(
				{ slug: 'entry', status: 'submitted', edition: 'demo', organisations: ['um-warszawa'] },
				'app'
			),
			practice({ slug: 'someone-draft', status: 'draft', edition: 'demo' }, 'app'),
			practice(
				{
					slug: 'warszawa-mentioned',
					status: 'mentioned',
					title: 'Warszawa',
					summary: 'Miasto wskazane przez jury.',
					description: ''
				},
				'seed'
			)
		]);
		await createUser(db, { email: 'urzad@warszawa.pl', organisations: ['um-warszawa'] });
		// Self-registered and not approved, listed under the office as registration once recorded it.
		await createUser(db, {
			email: 'oczekujacy@example.org',
			organisations: ['um-warszawa'],
			pendingApproval: true
		});
		await collections(db).editions.insertOne(editionDoc('demo', 'review'));
	});

	it('entryList_leavesDraftsOut', async () => {
		expect((await listEntries(db, { edition: 'demo' })).map((p) => p.slug)).toEqual(['entry']);
	});

	it('ineligibleDecision_storesTheReasonAndTellsTheApplicant', async () => {
		expect(
			await decideEligibility(db, {
				slug: 'entry',
				eligible: false,
				reason: 'Działanie trwa krócej niż rok.',
				actor: 'admin'
			})
		).toEqual({ ok: true });
		const entry = await collections(db).practices.findOne({ slug: 'entry' });
		expect(entry).toMatchObject({
			status: 'ineligible',
			eligibilityReason: 'Działanie trwa krócej niż rok.'
		});
		const message = await collections(db).outbox.findOne({ to: 'urzad@warszawa.pl' });
		expect(message?.text).toContain('Działanie trwa krócej niż rok.');
		expect(await collections(db).outbox.findOne({ to: 'oczekujacy@example.org' })).toBeNull();
		expect(
			await decideEligibility(db, { slug: 'someone-draft', eligible: true, reason: '', actor: 'admin' })
		).toEqual({ ok: false, reason: 'not-reviewable' });
	});

	it('fromDeliberationOn_eligibilityIsNoLongerDecided', async () => {
		await collections(db).editions.updateOne({ slug: 'demo' }, { $set: { phase: 'deliberation' } });
		expect(
			await decideEligibility(db, { slug: 'entry', eligible: true, reason: '', actor: 'admin' })
		).toEqual({ ok: false, reason: 'closed' });
		expect(await collections(db).practices.findOne({ slug: 'entry' })).toMatchObject({
			status: 'ineligible'
		});
		await collections(db).editions.updateOne({ slug: 'demo' }, { $set: { phase: 'review' } });
	});

	it('curatedMentionedPractice_isFoundByTheNewTextAtOnce', async () => {
		const result = await curatePractice(
			db,
			'warszawa-mentioned',
			{
				title: 'Warszawski program dotacji wielokulturowych',
				summary: 'Uzupełnione przez organizatora.',
				description: '### Opis\n\nKonkursy dotacyjne.',
				status: 'mentioned',
				version: 1
			},
			'admin'
		);
		expect(result).toEqual({ ok: true });
		const view = await buildCatalogueView(db);
		const found = queryPractices(
			view.practices,
			view.search,
			practiceQuery.parse({ q: 'dotacji wielokulturowych' })
		);
		expect(found.page.items.map((p) => p.slug)).toEqual(['warszawa-mentioned']);
		expect(
			await curatePractice(
				db,
				'warszawa-mentioned',
				{ title: 'Stara wersja', summary: 'x', description: '', status: 'mentioned', version: 1 },
				'admin'
			)
		).toEqual({ ok: false, reason: 'conflict' });
	});
});
