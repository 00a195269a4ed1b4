import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { collections } from '../../src/lib/server/db/collections';
import { buildCatalogueView } from '../../src/lib/server/catalogue';
import { exportCsv, exportJson } from '../../src/lib/server/export';
import { useTestDatabase } from '../support/database';
import { practiceContent } from '../support/factories';
import { schemaErrors } from '../support/openapi';

const stored = { createdAt: new Date(), updatedAt: new Date(), origin: 'app' as const, version: 1 };

async function insertFixtures(db: Db) {
	const c = collections(db);
	await c.places.insertOne({
		slug: 'warszawa',
		name: 'Warszawa',
		kind: 'city',
		voivodeship: 'mazowieckie',
		lat: 52.23,
		lng: 21.01,
		...stored
	});
	await c.editions.insertMany([
		{
			slug: 'published-edition',
			name: 'Opublikowana',
			year: 2015,
			description: '',
			descriptionHtml: '',
			phase: 'published',
			isDemo: false,
			...stored
		},
		{
			slug: 'review-edition',
			name: 'W ocenie',
			year: 2026,
			description: '',
			descriptionHtml: '',
			phase: 'review',
			isDemo: false,
			...stored
		}
	]);
	const practice = (overrides: Parameters<typeof practiceContent>[0]) => {
		const content = practiceContent(overrides);
		return { ...content, descriptionHtml: '<p>x</p>', ...stored };
	};
	await c.practices.insertMany([
		practice({
			slug: 'awarded-one',
			status: 'awarded',
			edition: 'published-edition',
			jurorQuotes: [{ juror: 'public-juror', text: 'Świetne.' }]
		}),
		practice({ slug: 'mentioned-one', status: 'mentioned', edition: 'published-edition' }),
		practice({ slug: 'curated-one', status: 'catalogue', edition: null }),
		practice({ slug: 'secret-draft', status: 'draft', edition: 'review-edition' }),
		practice({ slug: 'secret-submitted', status: 'submitted', edition: 'review-edition' }),
		practice({ slug: 'secret-withdrawn', status: 'withdrawn', edition: 'published-edition' }),
		practice({ slug: 'secret-early-award', status: 'awarded', edition: 'review-edition' })
	]);
	await c.awards.insertMany([
		{
			slug: 'public-award',
			edition: 'published-edition',
			practice: 'awarded-one',
			title: 'Wyróżnienie',
			category: 'education',
			justification: 'Bo tak.',
			justificationHtml: '<p>Bo tak.</p>',
			similarActions: ['mentioned-one', 'secret-draft'],
			recommendations: ['rec-one'],
			order: 0,
			...stored
		},
		{
			slug: 'secret-award',
			edition: 'review-edition',
			practice: 'secret-early-award',
			title: 'Wyróżnienie',
			category: 'education',
			justification: 'Jeszcze tajne.',
			justificationHtml: '',
			similarActions: [],
			recommendations: [],
			order: 0,
			...stored
		}
	]);
	await c.recommendations.insertOne({
		slug: 'rec-one',
		edition: 'published-edition',
		title: 'Rekomendacja',
		text: 'Tekst',
		textHtml: '<p>Tekst</p>',
		themes: [],
		order: 0,
		...stored
	});
	await c.people.insertMany([
		{ slug: 'public-juror', name: 'Jurorka Publiczna', publicProfile: true, ...stored },
		{ slug: 'private-juror', name: 'Juror Prywatny', publicProfile: false, ...stored }
	]);
}

describe('public catalogue', () => {
	let db: Db;
	beforeAll(async () => {
		db = await useTestDatabase();
		await insertFixtures(db);
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

	it('export_containsNoPrivateRecordOrField', async () => {
		const exported = exportJson(await buildCatalogueView(db), new Date('2026-01-01T00:00:00Z'));
		const body = JSON.stringify(exported);
		for (const secret of ['secret-', 'Jeszcze tajne', 'review-edition', 'Juror Prywatny', 'private-juror']) {
			expect(body).not.toContain(secret);
		}
		for (const field of [
			'"_id"',
			'"origin"',
			'"version"',
			'"email"',
			'"passwordHash"',
			'"comment"',
			'"scores"'
		]) {
			expect(body).not.toContain(field);
		}
		expect(exported.generatedAt).toBe('2026-01-01T00:00:00.000Z');
		expect(schemaErrors('Export', JSON.parse(body))).toEqual([]);
		expect(exported.licence.name).toBe('CC BY 4.0');
		expect(Object.keys(exported)).toEqual(
			expect.arrayContaining([
				'generatedAt',
				'licence',
				'editions',
				'places',
				'organisations',
				'practices',
				'awards',
				'recommendations',
				'jurors'
			])
		);
	});

	it('csvExport_hasOneRowPerPublicPractice', async () => {
		const csv = exportCsv(await buildCatalogueView(db));
		const lines = csv
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\n');
		expect(lines[0]).toMatch(/^id,slug,title,summary,status,/);
		expect(lines).toHaveLength(1 + 3);
		expect(csv).not.toContain('secret-');
	});
});
