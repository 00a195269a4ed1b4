/**
 * A published edition as the built app serves it: the API, the exports, the sitemap and the public
 * pages show the awards, similar actions both ways, recommendations, quotes and the public jury,
 * and nothing of the jury's private records (strings planted in them must not appear anywhere).
 */
import type { Db } from 'mongodb';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { publishEdition } from '../../src/lib/server/publication';
import { describeBuilt, startBuiltApp, type BuiltApp } from '../support/built-app';
import { useTestDatabase } from '../support/database';
import { schemaErrors } from '../support/openapi';
import { publicationWorld, SECRETS, type PublicationWorld } from '../support/publication-world';

describeBuilt('a published edition in the built app', () => {
	let db: Db;
	let app: BuiltApp;
	let world: PublicationWorld;

	beforeAll(async () => {
		db = await useTestDatabase();
		world = await publicationWorld(db);
		expect((await publishEdition(db, 'admin', world.edition)).ok).toBe(true);
		app = await startBuiltApp(db);
	});
	afterAll(() => app?.close());

	const read = async (path: string) => {
		const response = await app.fetch(path);
		expect(response.status, path).toBe(200);
		return response.text();
	};
	const publicPaths = () => [
		'/api/v1/export.json',
		'/api/v1/export.csv',
		'/api/v1/practices?pageSize=100',
		`/api/v1/practices/${world.entries.awarded}`,
		`/api/v1/practices/${world.entries.mentioned}`,
		`/api/v1/practices/${world.similar}`,
		'/api/v1/recommendations',
		'/api/v1/editions',
		'/sitemap.xml',
		`/praktyki/${world.entries.awarded}`,
		`/praktyki/${world.entries.mentioned}`,
		`/praktyki/${world.similar}`,
		`/edycje/${world.edition}`,
		`/en/edycje/${world.edition}`,
		`/en/praktyki/${world.entries.awarded}`,
		`/rekomendacje/${world.recommendation}`,
		'/praktyki?q=punkt'
	];

	it('nothingPrivate_inTheApiExportsOrPages', async () => {
		for (const path of publicPaths()) {
			const body = await read(path);
			for (const secret of Object.values(SECRETS))
				expect(body, `${path} shows ${secret}`).not.toContain(secret);
			expect(body, path).not.toContain('Bio bez zgody');
			expect(body, path).not.toContain(world.jurors.hidden._id);
			expect(body, path).not.toContain('Kurs za krótki');
		}
		// The entry without a distinction stays private.
		expect((await app.fetch(`/praktyki/${world.entries.passed}`)).status).toBe(404);
		expect((await app.fetch(`/api/v1/practices/${world.entries.passed}`)).status).toBe(404);
	});

	it('theApiAndExports_carryTheNewRecords_inTheirPublishedShape', async () => {
		const awarded = JSON.parse(await read(`/api/v1/practices/${world.entries.awarded}`));
		expect(schemaErrors('Practice', awarded)).toEqual([]);
		expect(awarded.status).toBe('awarded');
		expect(awarded.award).toMatchObject({ level: 'award', categoryName: 'Informacja i usługi publiczne' });
		expect(awarded.similarActions).toEqual([world.similar]);
		expect(awarded.recommendations).toEqual([world.recommendation]);
		expect(awarded.jurorQuotes).toEqual([
			expect.objectContaining({ juror: world.jurors.public.name, text: 'Wzorowy punkt informacyjny.' })
		]);
		const mentioned = JSON.parse(await read(`/api/v1/practices/${world.entries.mentioned}`));
		expect(schemaErrors('Practice', mentioned)).toEqual([]);
		expect(mentioned.award.level).toBe('mention');
		const similar = JSON.parse(await read(`/api/v1/practices/${world.similar}`));
		expect(similar.similarActions).toContain(world.entries.awarded);

		const exported = JSON.parse(await read('/api/v1/export.json'));
		expect(schemaErrors('Export', exported)).toEqual([]);
		expect(exported.awards.filter((a: { edition: string }) => a.edition === world.edition)).toHaveLength(2);
		const jury = exported.jurors.filter((j: { editions: string[] }) => j.editions.includes(world.edition));
		expect(jury.map((j: { name: string }) => j.name).sort()).toEqual(
			[world.jurors.conflicted.name, world.jurors.public.name].sort()
		);
		const csv = await read('/api/v1/export.csv');
		expect(csv.split('\n')[0].trim().endsWith(',sources,award_level')).toBe(true);
		expect(csv).toContain(world.entries.awarded);
		expect(await read('/sitemap.xml')).toContain(`/praktyki/${world.entries.awarded}</loc>`);
		expect(await read('/sitemap.xml')).toContain(`/edycje/${world.edition}</loc>`);
	});

	it('practicePage_showsAwardJustificationSimilarActionsBothWaysRecommendationAndQuoteWithBio', async () => {
		const page = await read(`/praktyki/${world.entries.awarded}`);
		expect(page).toContain('Nagroda jury');
		expect(page).toContain('kategoria: Informacja i usługi publiczne');
		expect(page).toContain('<strong>dostępność</strong>');
		expect(page).toContain('Podobne działanie w innym mieście');
		expect(page).toContain('Informacja w wielu językach');
		expect(page).toContain('Wzorowy punkt informacyjny.');
		expect(page).toContain(world.jurors.public.name);
		expect(page).toContain('Badaczka migracji');
		const similar = await read(`/praktyki/${world.similar}`);
		expect(similar).toContain('Punkt informacyjny dla cudzoziemców');
	});

	it('editionPage_listsDistinctionsByCategoryMentionsJuryAndRecommendations', async () => {
		const page = await read(`/edycje/${world.edition}`);
		expect(page).toContain('Informacja i usługi publiczne');
		expect(page).toContain('Jury doceniło dostępność punktu');
		expect(page).toContain('Wyróżnienie za stały dialog');
		expect(page).toContain(world.jurors.public.name);
		expect(page).toContain(world.jurors.conflicted.name);
		expect(page).not.toContain(SECRETS.hiddenJurorName);
		expect(page).toContain('Informacja w wielu językach');
		const english = await read(`/en/edycje/${world.edition}`);
		expect(english).toContain('Distinctions by category');
		expect(english).toContain('Mentions');
	});
});
