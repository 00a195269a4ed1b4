import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import {
	attachmentUsage,
	findAttachment,
	listAttachments,
	MAX_ATTACHMENTS,
	MAX_ATTACHMENTS_BYTES,
	readAttachment,
	safeFileName,
	storeAttachment
} from '../../src/lib/server/attachments';
import { useTestDatabase } from '../support/database';
import { createEntry } from '../support/factories';

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

async function readAll(stream: ReadableStream<Uint8Array>) {
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe('attachments', () => {
	let db: Db;
	beforeAll(async () => {
		db = await useTestDatabase();
	});
	/** A fresh entry for each test, so no test sees another's files. */
	const newOwner = async () => ({ practice: (await createEntry(db)).slug, uploadedBy: 'user-1' });

	it('pdf_isStoredInGridFsAndReadBackUnchanged', async () => {
		const owner = await newOwner();
		const result = await storeAttachment(
			db,
			new File([PDF], '../../Sprawozdanie 2014.pdf', { type: 'application/pdf' }),
			owner
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const file = await findAttachment(db, result.id);
		expect(file?.filename).toBe('Sprawozdanie 2014.pdf');
		expect(file?.metadata).toMatchObject({ contentType: 'application/pdf', practice: owner.practice });
		expect(await readAll(readAttachment(db, result.id))).toEqual(PDF);
		expect((await listAttachments(db, owner.practice)).map((a) => a.filename)).toEqual([
			'Sprawozdanie 2014.pdf'
		]);
	});

	it('htmlNamedAsAnImage_isRefusedByItsContent', async () => {
		const spoofed = new File(['<script>alert(1)</script>'], 'zdjecie.png', { type: 'image/png' });
		const owner = await newOwner();
		expect(await storeAttachment(db, spoofed, owner)).toEqual({ ok: false, reason: 'type' });
		expect(await listAttachments(db, owner.practice)).toEqual([]);
	});

	it('emptyAndOversizedFiles_areRefused', async () => {
		const owner = await newOwner();
		expect(await storeAttachment(db, new File([], 'pusty.pdf'), owner)).toEqual({
			ok: false,
			reason: 'empty'
		});
		const big = new File([PDF, new Uint8Array(10 * 1024 * 1024)], 'duzy.pdf');
		expect(await storeAttachment(db, big, owner)).toEqual({ ok: false, reason: 'too-large' });
		expect(await listAttachments(db, owner.practice)).toEqual([]);
	});

	it('pdfWithActiveContent_isRefusedAndNotStored', async () => {
		const owner = await newOwner();
		const active = new TextEncoder().encode(
			'%PDF-1.4\n1 0 obj << /Type /Catalog /Open#41ction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF\n'
		);
		expect(await storeAttachment(db, new File([active], 'raport.pdf'), owner)).toEqual({
			ok: false,
			reason: 'pdf-active',
			feature: '/OpenAction'
		});
		expect(await listAttachments(db, owner.practice)).toEqual([]);
	});

	it('anEntry_holdsAtMostTheCappedNumberOfFiles', async () => {
		const owner = await newOwner();
		for (let i = 0; i < MAX_ATTACHMENTS; i++) {
			expect((await storeAttachment(db, new File([PDF], `plik-${i}.pdf`), owner)).ok).toBe(true);
		}
		expect(await storeAttachment(db, new File([PDF], 'jeden-za-duzo.pdf'), owner)).toEqual({
			ok: false,
			reason: 'too-many'
		});
		expect((await attachmentUsage(db, owner.practice)).count).toBe(MAX_ATTACHMENTS);
	});

	it('racingUploads_doNotPassTheCap', async () => {
		const owner = await newOwner();
		for (let i = 0; i < MAX_ATTACHMENTS - 2; i++)
			await storeAttachment(db, new File([PDF], `p${i}.pdf`), owner);
		const results = await Promise.all(
			Array.from({ length: 6 }, (_, i) => storeAttachment(db, new File([PDF], `r${i}.pdf`), owner))
		);
		expect(results.filter((r) => r.ok)).toHaveLength(2);
		expect((await attachmentUsage(db, owner.practice)).count).toBe(MAX_ATTACHMENTS);
	});

	it('anEntry_holdsAtMostTheCappedTotalSize', async () => {
		const owner = await newOwner();
		const nineMb = new Uint8Array(9 * 1024 * 1024);
		for (let i = 0; i < 3; i++) {
			expect((await storeAttachment(db, new File([PDF, nineMb], `duzy-${i}.pdf`), owner)).ok).toBe(true);
		}
		const rest = MAX_ATTACHMENTS_BYTES - (await attachmentUsage(db, owner.practice)).bytes;
		expect(
			await storeAttachment(db, new File([PDF, new Uint8Array(rest)], 'przepelnienie.pdf'), owner)
		).toEqual({ ok: false, reason: 'total-too-large' });
		expect((await attachmentUsage(db, owner.practice)).count).toBe(3);
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
