/**
 * The public catalogue kept on disk between starts (`catalogue/snapshot.ts`) and in the database
 * (`catalogue/shared-snapshot.ts`): read back exactly as written, used by any build of the same
 * catalogue shape, ignored when damaged; and a restarted production build, or a new one without a
 * snapshot on disk, answers from it with the same bytes as when it read the database.
 */
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, truncate, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ObjectId, type Db } from 'mongodb';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../seed/catalogue';
import { seedCatalogue } from '../../seed/seed';
import { catalogueShape, catalogueShapeSources } from '../../startup/catalogue-shape';
import { loadPublicCatalogue, type PublicCatalogue } from '../../src/lib/server/catalogue/public';
import { readSnapshot, writeSnapshot } from '../../src/lib/server/catalogue/snapshot';
import { readSharedSnapshot, shareSnapshot } from '../../src/lib/server/catalogue/shared-snapshot';
import { bumpCatalogueVersion, readCatalogueVersion } from '../../src/lib/server/catalogue/version';
import { backupDatabase } from '../../src/lib/server/db/backup';
import { CATALOGUE_SNAPSHOT_BUCKET, collections } from '../../src/lib/server/db/collections';
import { describeBuilt } from '../support/built-app';
import { useTestDatabase } from '../support/database';
import { startInstance, type Instance } from '../support/instances';

const root = path.resolve(import.meta.dirname, '../..');
let db: Db;
let dir: string;
let catalogue: PublicCatalogue;

beforeAll(async () => {
	db = await useTestDatabase();
	await seedCatalogue(db, loadCatalogue());
	catalogue = await loadPublicCatalogue(db);
	dir = await mkdtemp(path.join(os.tmpdir(), 'catalogue-snapshot-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('catalogue snapshot on disk', () => {
	it('readsBackWhatWasWritten_withTheVersionItWasReadAt', async () => {
		expect(catalogue.practices.length).toBeGreaterThan(20);
		const changedAt = new Date('2026-11-24T10:00:00Z');
		await writeSnapshot(dir, catalogue, { version: 'v1', changedAt, changesSeen: new Set(['v0', 'v1']) });
		expect(await readSnapshot(dir)).toEqual({
			catalogue,
			version: 'v1',
			changedAt,
			changesSeen: ['v0', 'v1']
		});
		expect(await readSnapshot(path.join(dir, 'none'))).toBeNull();
	});

	it('removesTheTemporaryFilesOfWritesCutShort_anHourAfter', async () => {
		const abandoned = path.join(dir, 'catalogue.jsonl.12345.tmp');
		const recent = path.join(dir, 'catalogue.jsonl.23456.tmp');
		await writeFile(abandoned, '{"format"');
		await writeFile(recent, '{"format"');
		const twoHoursAgo = new Date(Date.now() - 7_200_000);
		await utimes(abandoned, twoHoursAgo, twoHoursAgo);
		await writeSnapshot(dir, catalogue, { version: 'v1', changedAt: null, changesSeen: [] });
		expect(existsSync(abandoned)).toBe(false);
		expect(existsSync(recent)).toBe(true); // perhaps another server's write under way
		await rm(recent);
	});

	it('isUsedByEveryBuildOfTheSameCatalogueShape_andByNoOther', async () => {
		await writeSnapshot(dir, catalogue, { version: 'v1', changedAt: null, changesSeen: [] });
		const file = path.join(dir, 'catalogue.jsonl');
		const whole = await readFile(file, 'utf8');
		const { shape } = JSON.parse(whole.slice(0, whole.indexOf('\n')));
		// What the build sets is the digest of the sources, not anything of one build alone.
		expect(shape).toBe(catalogueShape(root));
		await writeFile(file, whole.replace(`"shape":"${shape}"`, '"shape":"0123456789abcdef"'));
		expect(await readSnapshot(dir)).toBeNull();
		await writeFile(file, whole);
		expect(await readSnapshot(dir)).not.toBeNull();
	});

	it('hasAShapeThatChangesWithEachSourceShapingTheCatalogue', async () => {
		const copy = path.join(dir, 'sources');
		for (const source of catalogueShapeSources) {
			await mkdir(path.dirname(path.join(copy, source)), { recursive: true });
			await copyFile(path.join(root, source), path.join(copy, source));
		}
		const shape = catalogueShape(copy);
		expect(shape).toBe(catalogueShape(root));
		for (const source of catalogueShapeSources) {
			const text = await readFile(path.join(copy, source), 'utf8');
			await writeFile(path.join(copy, source), `${text}\n// changed\n`);
			expect(catalogueShape(copy), source).not.toBe(shape);
			await writeFile(path.join(copy, source), text);
		}
		expect(catalogueShape(copy)).toBe(shape);
	});

	it('isIgnored_whenCutShortOrDamaged', async () => {
		await writeSnapshot(dir, catalogue, { version: 'v1', changedAt: null, changesSeen: [] });
		const file = path.join(dir, 'catalogue.jsonl');
		const whole = await readFile(file, 'utf8');
		await truncate(file, Math.floor(whole.length / 2));
		expect(await readSnapshot(dir)).toBeNull();
		await writeFile(file, whole.replace(/\n\{"id"/, '\n{"id'));
		expect(await readSnapshot(dir)).toBeNull();
		await writeFile(file, whole.split('\n').slice(0, -2).join('\n') + '\n');
		expect(await readSnapshot(dir)).toBeNull(); // a practice missing
		await writeFile(file, whole);
		expect(await readSnapshot(dir)).toEqual({ catalogue, version: 'v1', changedAt: null, changesSeen: [] });
	});
});

describe('catalogue snapshot in the database', () => {
	const files = () => db.collection(`${CATALOGUE_SNAPSHOT_BUCKET}.files`);
	const chunks = () => db.collection(`${CATALOGUE_SNAPSHOT_BUCKET}.chunks`);
	const minutes = (n: number) => new Date(Date.parse('2026-11-25T10:00:00Z') + n * 60_000);
	const at = (version: string, minute: number) => ({
		version,
		changedAt: minutes(minute),
		changesSeen: [version]
	});

	beforeAll(async () => {
		await files().deleteMany({});
		await chunks().deleteMany({});
	});

	it('isWrittenWhenNoneIsThere_andReadBackAsWritten', async () => {
		expect(await readSharedSnapshot(db)).toBeNull();
		expect(await shareSnapshot(db, catalogue, at('v1', 0))).toBe(true);
		expect(await readSharedSnapshot(db)).toEqual({
			catalogue,
			version: 'v1',
			changedAt: minutes(0),
			changesSeen: ['v1']
		});
		// Only one of a later catalogue than a snapshot already at hand is read.
		expect(await readSharedSnapshot(db, minutes(0))).toBeNull();
		expect(await readSharedSnapshot(db, minutes(-1))).not.toBeNull();
	});

	it('isWrittenAgainOnlyOnceTheCatalogueIsAnHourNewer_keepingTheTwoNewest', async () => {
		expect(await shareSnapshot(db, catalogue, at('v1', 0))).toBe(false);
		expect(await shareSnapshot(db, catalogue, at('v2', 59))).toBe(false);
		expect(await shareSnapshot(db, catalogue, at('v3', 61))).toBe(true);
		expect((await readSharedSnapshot(db))?.version).toBe('v3');
		expect(await shareSnapshot(db, catalogue, at('v4', 125))).toBe(true);
		const kept = await files().find({}).sort({ 'metadata.changedAt': -1 }).toArray();
		expect(kept.map((f) => f.metadata.version)).toEqual(['v4', 'v3']);
		const ids = new Set(kept.map((f) => String(f._id)));
		expect((await chunks().find({}).toArray()).every((c) => ids.has(String(c.files_id)))).toBe(true);
	});

	it('isTheSnapshotFileGzipped_underTheBuildsShape', async () => {
		const file = (await files().findOne({ 'metadata.version': 'v4' }))!;
		expect(file.filename).toBe(catalogueShape(root));
		const parts = await chunks().find({ files_id: file._id }).sort({ n: 1 }).toArray();
		const text = gunzipSync(Buffer.concat(parts.map((c) => c.data.buffer))).toString('utf8');
		const local = path.join(dir, 'shared');
		await writeSnapshot(local, catalogue, at('v4', 125));
		expect(text).toBe(await readFile(path.join(local, 'catalogue.jsonl'), 'utf8'));
	});

	it('isNotWritten_whileAnotherServerWritesOne', async () => {
		const claim = `${CATALOGUE_SNAPSHOT_BUCKET}:${catalogueShape(root)}`;
		await collections(db).writeClaims.insertOne({ _id: claim, at: new Date() });
		try {
			expect(await shareSnapshot(db, catalogue, at('v5', 200))).toBe(false);
		} finally {
			await collections(db).writeClaims.deleteOne({ _id: claim });
		}
		expect((await readSharedSnapshot(db))?.version).toBe('v4');
	});

	it('removesTheChunksOfWritesCutShort_anHourAfter', async () => {
		const abandoned = ObjectId.createFromTime(Math.floor(Date.now() / 1000) - 7200);
		const recent = new ObjectId(); // perhaps another server's write under way
		for (const files_id of [abandoned, recent])
			await chunks().insertOne({ files_id, n: 0, data: Buffer.from('x') });
		expect(await shareSnapshot(db, catalogue, at('v5', 200))).toBe(true);
		expect(await chunks().countDocuments({ files_id: abandoned })).toBe(0);
		expect(await chunks().countDocuments({ files_id: recent })).toBe(1);
		await chunks().deleteMany({ files_id: recent });
	});

	it('isIgnored_whenDamagedOrOfAnotherShape', async () => {
		const newest = (await files().findOne({ 'metadata.version': 'v5' }))!;
		const [first] = await chunks().find({ files_id: newest._id }).sort({ n: 1 }).toArray();
		await chunks().updateOne({ _id: first._id }, { $set: { data: Buffer.from('not gzip') } });
		expect(await readSharedSnapshot(db)).toBeNull();
		await chunks().updateOne({ _id: first._id }, { $set: { data: first.data } });
		expect((await readSharedSnapshot(db))?.version).toBe('v5');
		await files().updateMany({}, { $set: { filename: '0123456789abcdef' } });
		expect(await readSharedSnapshot(db)).toBeNull();
		await files().deleteMany({});
		await chunks().deleteMany({});
	});

	it('isLeftOutOfBackups', async () => {
		await shareSnapshot(db, catalogue, at('v1', 0));
		const archive = path.join(dir, 'backup.jsonl.gz');
		const header = await backupDatabase(db, archive);
		const names = header.collections.map((c) => c.name);
		expect(names).toContain('practices');
		expect(names.filter((name) => name.startsWith(CATALOGUE_SNAPSHOT_BUCKET))).toEqual([]);
		await files().deleteMany({});
		await chunks().deleteMany({});
	});
});

async function stop(instance: Instance) {
	if (instance.process.exitCode !== null) return;
	instance.process.kill('SIGTERM');
	await once(instance.process, 'exit');
}

describeBuilt('a production build restarted from its snapshot', () => {
	let snapshots: string;
	const pages = ['/praktyki', '/praktyki?q=punkt', '/api/v1/practices?q=integracja', '/miejsca', '/'];
	const bodies = (instance: Instance) =>
		Promise.all(pages.map((page) => fetch(instance.origin + page).then((r) => r.text())));

	beforeAll(async () => {
		snapshots = path.join(dir, 'app');
		if (!(await readCatalogueVersion(db))) await bumpCatalogueVersion(db);
	});

	it('answersTheSame_andReadsWhatChangedSinceOnceTheVersionChanges', async () => {
		const env = { CATALOGUE_SNAPSHOT_DIR: snapshots };
		const first = await startInstance(db, env);
		const fromDatabase = await bodies(first);
		const file = path.join(snapshots, 'catalogue.jsonl');
		for (let i = 0; i < 100 && !existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
		await stop(first);
		expect(existsSync(file)).toBe(true);

		// A change made outside the app stores no version: a restart still serves the snapshot
		// (the change shows at the next scheduled rebuild, as on a running server), which proves
		// the snapshot was read; its answers are those read from the database.
		const practice = (await collections(db).practices.findOne({ status: 'catalogue' }))!;
		await collections(db).practices.updateOne(
			{ _id: practice._id },
			{ $set: { title: 'Tytuł spoza aplikacji' } }
		);
		const second = await startInstance(db, env);
		try {
			expect(await bodies(second)).toEqual(fromDatabase);
			expect(await fetch(`${second.origin}/praktyki/${practice.slug}`).then((r) => r.text())).not.toContain(
				'Tytuł spoza aplikacji'
			);
		} finally {
			await stop(second);
		}

		// A new version recording what it changed (as every write through the app does): read on top
		// of the snapshot, so the recorded change shows and the unrecorded one still does not.
		const other = (await collections(db).practices.findOne({
			status: 'catalogue',
			_id: { $ne: practice._id }
		}))!;
		await collections(db).practices.updateOne({ _id: other._id }, { $set: { title: 'Tytuł zapisany' } });
		await bumpCatalogueVersion(db, { practices: [other._id] });
		const third = await startInstance(db, env);
		const pageOf = (instance: Instance, slug: string) =>
			fetch(`${instance.origin}/praktyki/${slug}`).then((r) => r.text());
		try {
			expect(await pageOf(third, other.slug)).toContain('Tytuł zapisany');
			expect(await pageOf(third, practice.slug)).not.toContain('Tytuł spoza aplikacji');
		} finally {
			await stop(third);
		}

		// A version that does not say what changed (the seed, a restore): everything read afresh.
		await bumpCatalogueVersion(db);
		const fourth = await startInstance(db, env);
		try {
			expect(await pageOf(fourth, practice.slug)).toContain('Tytuł spoza aplikacji');
			expect(await pageOf(fourth, other.slug)).toContain('Tytuł zapisany');
		} finally {
			await stop(fourth);
			for (const { _id, title } of [practice, other])
				await collections(db).practices.updateOne({ _id }, { $set: { title } });
		}
	}, 120_000);

	it('startsFromTheDatabasesSnapshot_whenItHasNoneOnDisk', async () => {
		const files = db.collection(`${CATALOGUE_SNAPSHOT_BUCKET}.files`);
		await files.deleteMany({});
		await db.collection(`${CATALOGUE_SNAPSHOT_BUCKET}.chunks`).deleteMany({});
		// Neither server has a snapshot folder, as on a machine without one.
		const first = await startInstance(db);
		const fromDatabase = await bodies(first);
		for (let i = 0; i < 100 && !(await files.countDocuments()); i++)
			await new Promise((r) => setTimeout(r, 100));
		await stop(first);
		expect(await files.countDocuments()).toBe(1);

		// A change made outside the app stores no version: a server that shows the old title read
		// the snapshot in the database, not the practices.
		const practice = (await collections(db).practices.findOne({ status: 'catalogue' }))!;
		await collections(db).practices.updateOne(
			{ _id: practice._id },
			{ $set: { title: 'Tytuł spoza aplikacji' } }
		);
		const second = await startInstance(db);
		try {
			expect(await bodies(second)).toEqual(fromDatabase);
			const page = await fetch(`${second.origin}/praktyki/${practice.slug}`).then((r) => r.text());
			expect(page).toContain(practice.title);
			expect(page).not.toContain('Tytuł spoza aplikacji');
		} finally {
			await stop(second);
			await collections(db).practices.updateOne({ _id: practice._id }, { $set: { title: practice.title } });
		}
	}, 120_000);
});
