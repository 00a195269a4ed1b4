import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { Binary, BSON, Double, GridFSBucket, Int32, Long, ObjectId, type Db } from 'mongodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadCatalogue } from '../../seed/catalogue';
import { seedCatalogue } from '../../seed/seed';
import { storeAttachment } from '../../src/lib/server/attachments';
import { collections } from '../../src/lib/server/db/collections';
import {
	BackupError,
	backupDatabase,
	defaultArchivePath,
	restoreDatabase
} from '../../src/lib/server/db/backup';
import { createDraft } from '../../src/lib/server/submissions';
import { DEMO_EDITION, ensureDemoAccounts } from '../../startup/demo-accounts';
import { useTestDatabase } from '../support/database';
import { createEntry, createUser } from '../support/factories';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..');

/** Every collection's documents as raw BSON, in _id order: equal means equal byte for byte. */
async function rawContents(db: Db): Promise<Record<string, string[]>> {
	const names = (await db.listCollections({}, { nameOnly: true }).toArray())
		.map((c) => c.name)
		.filter((name) => !name.startsWith('system.'))
		.sort();
	const contents: Record<string, string[]> = {};
	for (const name of names) {
		const documents = await db.collection(name).find({}, { raw: true }).sort({ _id: 1 }).toArray();
		if (documents.length > 0) {
			contents[name] = documents.map((d) => Buffer.from(d as unknown as Uint8Array).toString('hex'));
		}
	}
	return contents;
}

async function files(db: Db): Promise<Record<string, string>> {
	const bucket = new GridFSBucket(db, { bucketName: 'attachments' });
	const found: Record<string, string> = {};
	for (const file of await bucket.find({}).toArray()) {
		const chunks: Buffer[] = [];
		for await (const chunk of bucket.openDownloadStream(file._id)) chunks.push(chunk as Buffer);
		found[file._id.toString()] = Buffer.concat(chunks).toString('hex');
	}
	return found;
}

/** The test server's URI naming `db`, as MONGODB_URI for the launcher. */
function uriFor(db: Db): string {
	const [address, query] = inject('databaseUri').split('?');
	const withDb = address.replace(/^(mongodb:\/\/[^/]+)(\/.*)?$/, `$1/${db.databaseName}`);
	return query ? `${withDb}?${query}` : withDb;
}

describe('backup and restore', () => {
	let source: Db;
	let targets: Db[];
	let work: string;
	let archive: string;
	let header: Awaited<ReturnType<typeof backupDatabase>>;
	const bigFile = randomBytes(700_000); // spans several GridFS chunks

	beforeAll(async () => {
		source = await useTestDatabase();
		targets = [await useTestDatabase(), await useTestDatabase(), await useTestDatabase()]; // empty
		work = await mkdtemp(path.join(tmpdir(), 'backup-test-'));
		archive = path.join(work, 'backup.jsonl.gz');

		await seedCatalogue(source, loadCatalogue());
		await ensureDemoAccounts(source);
		const applicant = (await collections(source).users.findOne({
			email: 'miasto@demo.miasta-otwarte.test'
		}))!;
		const draft = await createDraft(source, applicant, DEMO_EDITION, 'Punkt informacyjny dla cudzoziemców');
		expect(draft.ok).toBe(true);
		await createUser(source, { email: 'organizatorka@example.org', isAdmin: true });
		await createEntry(source, {
			slug: 'szkic-z-fabryki',
			title: 'Szkic z fabryki',
			edition: DEMO_EDITION,
			place: 'poznan',
			version: 3
		});
		const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
		const stored = await storeAttachment(source, new File([pdf], 'Sprawozdanie.pdf'), {
			practice: 'szkic-z-fabryki',
			uploadedBy: applicant._id
		});
		expect(stored.ok).toBe(true);
		const upload = new GridFSBucket(source, { bucketName: 'attachments' }).openUploadStream('duzy.bin', {
			metadata: { practice: 'szkic-z-fabryki', contentType: 'application/octet-stream' }
		});
		await new Promise((resolve, reject) => upload.on('finish', resolve).on('error', reject).end(bigFile));
		// Types that plain JSON would lose or merge.
		await source.collection('types').insertOne({
			_id: new ObjectId(),
			int: new Int32(5),
			double: new Double(5),
			long: Long.fromString('9007199254740993'),
			binary: new Binary(randomBytes(32)),
			date: new Date('2026-05-01T12:34:56.789Z'),
			nothing: null,
			nested: { list: [1, 'dwa', { trzy: [new Double(3.5)] }], flag: false }
		});
		// Written here rather than by the round-trip test: other tests restore it too.
		header = await backupDatabase(source, archive);
	});

	afterAll(async () => {
		await rm(work, { recursive: true, force: true });
	});

	it('roundTrip_restoresEveryDocumentAndFile_byteForByte', async () => {
		expect(header.collections.map((c) => c.name)).toEqual(
			expect.arrayContaining(['attachments.chunks', 'attachments.files', 'practices', 'users', 'types'])
		);

		const target = targets[0];
		await restoreDatabase(target, archive);

		expect(await rawContents(target)).toEqual(await rawContents(source));
		const sourceFiles = await files(source);
		expect(Object.keys(sourceFiles)).toHaveLength(2);
		expect(await files(target)).toEqual(sourceFiles);
		expect(Object.values(sourceFiles)).toContain(bigFile.toString('hex'));
		const types = (await target.collection('types').findOne({}, { promoteValues: false }))!;
		expect(types.double).toBeInstanceOf(Double);
		expect(types.int).toBeInstanceOf(Int32);
		expect(types.long).toEqual(Long.fromString('9007199254740993'));
		// The app's indexes are there too (ensureIndexes ran after the restore).
		const userIndexes = await collections(target).users.indexes();
		expect(userIndexes.some((index) => index.unique && 'email' in index.key)).toBe(true);
	});

	it('restore_intoANonEmptyDatabase_isRefused', async () => {
		await expect(restoreDatabase(source, archive)).rejects.toThrow(BackupError);
		await expect(restoreDatabase(source, archive)).rejects.toThrow(/not empty/);
	});

	it('restore_ofADamagedArchive_saysSo', async () => {
		const target = targets[1];
		const damaged = path.join(work, 'damaged.jsonl.gz');
		await writeFile(damaged, 'not gzip at all');
		await expect(restoreDatabase(target, damaged)).rejects.toThrow(/damaged/);
		const cut = path.join(work, 'cut.jsonl.gz');
		const header = {
			format: 'miasta-otwarte-backup',
			version: 1,
			createdAt: '',
			database: 'x',
			collections: []
		};
		const line = BSON.EJSON.stringify({ c: 'users', d: { _id: 'u1' } }, { relaxed: false });
		await writeFile(cut, gzipSync(`${JSON.stringify(header)}\n${line}\n`));
		await expect(restoreDatabase(target, cut)).rejects.toThrow(/cut short/);
	});

	it('defaultArchivePath_isUnderBackups_withATimestamp', () => {
		expect(defaultArchivePath('/srv/app', new Date('2026-05-01T12:00:00.123Z'))).toBe(
			'/srv/app/backups/miasta-otwarte-2026-05-01T12-00-00Z.jsonl.gz'
		);
	});

	it('npmRunBackupAndRestore_onMongodbUri_roundTrip_andRefuseANonEmptyDatabase', async () => {
		const file = path.join(work, 'cli.jsonl.gz');
		const target = targets[2];
		const launcher = (mode: string, db: Db, ...args: string[]) =>
			run(process.execPath, ['--import', 'tsx', 'scripts/with-database.ts', mode, ...args], {
				cwd: root,
				env: { ...process.env, MONGODB_URI: uriFor(db) },
				timeout: 60_000
			});
		expect((await launcher('backup', source, file)).stdout).toMatch(/Backup written: .*cli\.jsonl\.gz/);
		expect((await launcher('restore', target, file)).stdout).toMatch(/Restored .*cli\.jsonl\.gz/);
		expect(await rawContents(target)).toEqual(await rawContents(source));
		const refused = await launcher('restore', source, file).catch((error) => error);
		expect(refused.code).toBe(1);
		expect(refused.stderr).toMatch(/is not empty/);
	}, 120_000);
});
