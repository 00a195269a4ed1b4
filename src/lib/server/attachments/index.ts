/** Attachments: files of entries in GridFS, checked by their content and kept within per-entry caps. */
import { Readable } from 'node:stream';
import { GridFSBucket, ObjectId, type Db } from 'mongodb';
import { recordAudit } from '../audit';
import type { SessionUser } from '../auth/session';
import { collections } from '../db/collections';
import { can } from '../policy/rules';
import { withClaim } from '../db/guarded';
import { standingOf } from '../jury/assignments';
import { checkPdf } from './pdf';

export { checkPdf } from './pdf';

const MB = 1024 * 1024;
export const MAX_ATTACHMENT_BYTES = 10 * MB;
/** Per entry: how many files, and how many bytes in all. */
export const MAX_ATTACHMENTS = 10;
export const MAX_ATTACHMENTS_BYTES = 30 * MB;

/** What an upload must start with to be what it claims; the file name and browser type are not trusted. */
const SIGNATURES: { type: string; extension: string; magic: number[] }[] = [
	{ type: 'application/pdf', extension: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
	{ type: 'image/png', extension: 'png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
	{ type: 'image/jpeg', extension: 'jpg', magic: [0xff, 0xd8, 0xff] }
];

export function detectType(bytes: Uint8Array) {
	return SIGNATURES.find((s) => s.magic.every((byte, i) => bytes[i] === byte)) ?? null;
}

/** A name safe to show and to send back: no path, no control or quote characters, bounded length. */
export function safeFileName(name: string, extension: string): string {
	const base = name
		.split(/[\\/]/)
		.pop()!
		.replace(/\.[^.]*$/, '')
		.replace(/[^\p{L}\p{N} ._-]+/gu, '_')
		.trim()
		.slice(0, 80);
	return `${base || 'zalacznik'}.${extension}`;
}

const bucket = (db: Db) => new GridFSBucket(db, { bucketName: 'attachments' });

export type UploadResult =
	| { ok: true; id: string }
	| {
			ok: false;
			reason: 'empty' | 'too-large' | 'type' | 'too-many' | 'total-too-large' | 'pdf-unreadable' | 'busy';
	  }
	| { ok: false; reason: 'pdf-active'; feature: string };

/** How many files an entry holds and their bytes, oldest first. */
async function filesOf(db: Db, practice: string) {
	return bucket(db)
		.find({ 'metadata.practice': practice }, { projection: { _id: 1, length: 1 } })
		.sort({ uploadDate: 1, _id: 1 })
		.toArray();
}

/** Which cap, if any, one more file of `size` bytes would break. */
function capBrokenBy(usage: { count: number; bytes: number }, size: number) {
	if (usage.count + 1 > MAX_ATTACHMENTS) return 'too-many' as const;
	if (usage.bytes + size > MAX_ATTACHMENTS_BYTES) return 'total-too-large' as const;
	return null;
}

export async function attachmentUsage(db: Db, practice: string) {
	const files = await filesOf(db, practice);
	return { count: files.length, bytes: files.reduce((sum, f) => sum + f.length, 0) };
}

/**
 * Stores a file checked by its content, within the entry's caps. Uploads to one entry run one at
 * a time (a claim per entry): a cap counted over several files cannot be kept by one guarded
 * update, and FerretDB v1 gives no atomic read-then-write.
 */
export async function storeAttachment(
	db: Db,
	file: File,
	owner: { practice: string; uploadedBy: string }
): Promise<UploadResult> {
	if (file.size === 0) return { ok: false, reason: 'empty' };
	if (file.size > MAX_ATTACHMENT_BYTES) return { ok: false, reason: 'too-large' };
	const bytes = new Uint8Array(await file.arrayBuffer());
	const detected = detectType(bytes);
	if (!detected) return { ok: false, reason: 'type' };
	if (detected.extension === 'pdf') {
		const pdf = checkPdf(bytes);
		if (!pdf.ok) return pdf;
	}
	const filename = safeFileName(file.name, detected.extension);
	const stored = await withClaim(db, `attachments:${owner.practice}`, async () => {
		const over = capBrokenBy(await attachmentUsage(db, owner.practice), file.size);
		if (over) return { ok: false, reason: over } as const;
		const upload = bucket(db).openUploadStream(filename, {
			metadata: { practice: owner.practice, uploadedBy: owner.uploadedBy, contentType: detected.type }
		});
		await new Promise<void>((resolve, reject) => {
			Readable.from([Buffer.from(bytes)])
				.pipe(upload)
				.on('finish', () => resolve())
				.on('error', reject);
		});
		return { ok: true, id: (upload.id as ObjectId).toString() } as const;
	});
	if (!stored) return { ok: false, reason: 'busy' };
	if (!stored.value.ok) return stored.value;
	await recordAudit(db, {
		actor: owner.uploadedBy,
		action: 'attachment.uploaded',
		subject: { type: 'practice', id: owner.practice },
		after: { filename, size: file.size }
	});
	return stored.value;
}

export async function listAttachments(db: Db, practice: string) {
	const files = await bucket(db).find({ 'metadata.practice': practice }).sort({ uploadDate: 1 }).toArray();
	return files.map((f) => ({
		id: f._id.toString(),
		filename: f.filename,
		size: f.length,
		uploadedAt: f.uploadDate
	}));
}

export async function findAttachment(db: Db, id: string) {
	if (!ObjectId.isValid(id) || !/^[0-9a-f]{24}$/.test(id)) return null;
	const [file] = await bucket(db)
		.find({ _id: new ObjectId(id) })
		.toArray();
	return file ?? null;
}

/** A file the user may download (`attachment.download`), with its content; anything else is null. */
export async function attachmentFor(db: Db, user: SessionUser, id: string) {
	const file = await findAttachment(db, id);
	const slug = file?.metadata?.practice;
	const entry = typeof slug === 'string' ? await collections(db).practices.findOne({ slug }) : null;
	if (!file || !entry) return null;
	// A juror of the entry's edition may read it when assigned, not conflicted, in a reading phase.
	const edition =
		entry.edition && user.roles.some((r) => r.edition === entry.edition && r.role === 'juror')
			? await collections(db).editions.findOne({ slug: entry.edition })
			: null;
	const jury = edition
		? { edition, ...(await standingOf(db, edition.slug, user._id, entry.slug)) }
		: undefined;
	if (!can(user, 'attachment.download', { entry, jury }).ok) return null;
	return {
		filename: file.filename,
		length: file.length,
		contentType: String(file.metadata?.contentType ?? 'application/octet-stream'),
		content: () => readAttachment(db, id)
	};
}

export function readAttachment(db: Db, id: string): ReadableStream<Uint8Array> {
	return Readable.toWeb(bucket(db).openDownloadStream(new ObjectId(id))) as ReadableStream<Uint8Array>;
}

export async function deleteAttachment(db: Db, id: string, actor: string, practice: string) {
	await bucket(db).delete(new ObjectId(id));
	await recordAudit(db, {
		actor,
		action: 'attachment.deleted',
		subject: { type: 'practice', id: practice },
		before: { id }
	});
}
