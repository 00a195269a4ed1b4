import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import {
	findAttachment,
	listAttachments,
	readAttachment,
	safeFileName,
	storeAttachment
} from '../../src/lib/server/attachments';
import { useTestDatabase } from '../support/database';

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const owner = { practice: 'migrant-info-point', uploadedBy: 'user-1' };

async function readAll(stream: ReadableStream<Uint8Array>) {
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('attachments', () => {
	let db: Db;
	beforeAll(async () => {
		db = await useTestDatabase();
	});

	it('pdf_isStoredInGridFsAndReadBackUnchanged', async () => {
		const result = await storeAttachment(
			db,
			new File([PDF], '../../Sprawozdanie 2014.pdf', { type: 'application/pdf' }),
			owner
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const file = await findAttachment(db, result.id);
		expect(file?.filename).toBe('Sprawozdanie 2014.pdf');
		expect(file?.metadata).toMatchObject({ contentType: 'application/pdf', practice: 'migrant-info-point' });
		expect(await readAll(readAttachment(db, result.id))).toEqual(PDF);
		expect((await listAttachments(db, 'migrant-info-point')).map((a) => a.filename)).toEqual([
			'Sprawozdanie 2014.pdf'
		]);
	});

	it('htmlNamedAsAnImage_isRefusedByItsContent', async () => {
		const spoofed = new File(['<script>alert(1)</script>'], 'zdjecie.png', { type: 'image/png' });
		expect(await storeAttachment(db, spoofed, owner)).toEqual({ ok: false, reason: 'type' });
	});

	it('emptyAndOversizedFiles_areRefused', async () => {
		expect(await storeAttachment(db, new File([], 'pusty.pdf'), owner)).toEqual({
			ok: false,
			reason: 'empty'
		});
		const big = new File([PDF, new Uint8Array(10 * 1024 * 1024)], 'duzy.pdf');
		expect(await storeAttachment(db, big, owner)).toEqual({ ok: false, reason: 'too-large' });
	});

	it('malformedId_findsNothing', async () => {
		expect(await findAttachment(db, '{"$ne":null}')).toBeNull();
	});

	it.each([
		['../../etc/passwd.pdf', 'pdf', 'passwd.pdf'],
		['raport "końcowy".pdf', 'pdf', 'raport _końcowy_.pdf'],
		['', 'png', 'zalacznik.png']
	])('safeFileName_%s', (name, extension, expected) => {
		expect(safeFileName(name, extension)).toBe(expected);
	});
});
