import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { buildCatalogueView } from '../../src/lib/server/catalogue';
import { stringify } from 'csv-stringify/sync';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
	csvRow,
	exportCsv,
	exportCsvText,
	exportJson,
	exportResponse,
	prepareExport
} from '../../src/lib/server/export';
import { etagOf } from '../../src/lib/server/http';
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

	it('preparedExports_decompressToTheWholeText_identityStreamedWithItsLengthAndValidator', async () => {
		const view = await buildCatalogueView(db);
		// The texts as written whole: the JSON in one stringify, the CSV in one stringify of every row.
		const rows = view.practices.map(csvRow);
		const whole = {
			json: Buffer.from(JSON.stringify(exportJson(view, view.builtAt))),
			csv: Buffer.from(stringify(rows, { header: true, columns: Object.keys(rows[0]), bom: true }))
		};
		// Pieces of one row each join into the same text.
		expect([...exportCsvText(view, 1)].join('')).toBe(whole.csv.toString());
		expect(exportCsv(view)).toBe(whole.csv.toString());
		for (const format of ['json', 'csv'] as const) {
			const prepared = await prepareExport(view, format);
			expect(await prepareExport(view, format)).toBe(prepared);
			expect(prepared.length).toBe(whole[format].length);
			expect(prepared.etag).toBe(etagOf(whole[format]));
			expect(gunzipSync(prepared.gzip).equals(whole[format])).toBe(true);
			expect(brotliDecompressSync(prepared.br).equals(whole[format])).toBe(true);

			const url = `http://localhost/api/v1/export.${format}`;
			const plain = await exportResponse(new Request(url), view, format);
			expect(plain.headers.get('content-encoding')).toBeNull();
			expect(plain.headers.get('content-length')).toBe(String(whole[format].length));
			expect(plain.headers.get('etag')).toBe(etagOf(whole[format]));
			expect(plain.headers.get('vary')).toBe('Accept-Encoding');
			expect(Buffer.from(await plain.arrayBuffer()).equals(whole[format])).toBe(true);
			for (const encoding of ['gzip', 'br'] as const) {
				const request = new Request(url, { headers: { 'accept-encoding': encoding } });
				const compressed = await exportResponse(request, view, format);
				expect(compressed.headers.get('content-encoding')).toBe(encoding);
				expect(compressed.headers.get('etag')).toBe(etagOf(whole[format]).replace(/"$/, `-${encoding}"`));
				expect(Buffer.from(await compressed.arrayBuffer()).equals(prepared[encoding])).toBe(true);
			}
			const head = await exportResponse(new Request(url, { method: 'HEAD' }), view, format);
			expect(head.headers.get('content-length')).toBe(String(whole[format].length));
			expect(head.body).toBeNull();
			const again = new Request(url, { headers: { 'if-none-match': prepared.etag } });
			expect((await exportResponse(again, view, format)).status).toBe(304);
		}
	});
});
