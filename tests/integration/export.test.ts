import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { buildCatalogueView } from '../../src/lib/server/catalogue';
import { exportCsv, exportJson } from '../../src/lib/server/export';
import { createPublicAndPrivateRecords } from '../support/catalogue-world';
import { useTestDatabase } from '../support/database';
import { schemaErrors } from '../support/openapi';

describe('open data export', () => {
	let db: Db;
	beforeAll(async () => {
		db = await useTestDatabase();
		await createPublicAndPrivateRecords(db);
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
		// Written in the app, without English or source documents: the fields are there, empty.
		for (const practice of exported.practices)
			expect(practice).toMatchObject({
				titleEn: null,
				summaryEn: null,
				sources: [],
				mentionedOrganisations: []
			});
		expect(exported.awards[0]).toMatchObject({ titleEn: null, summaryEn: null, sources: [] });
		expect(exported.editions[0].yearNote).toBeNull();
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
		// Columns added later come last, so the earlier ones keep their positions.
		expect(lines[0]).toMatch(/,updated_at,title_en,summary_en,sources,award_level$/);
		expect(lines).toHaveLength(1 + 3);
		expect(csv).not.toContain('secret-');
	});
});
