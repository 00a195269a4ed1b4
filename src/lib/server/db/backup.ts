import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { BSON, type Db, type Document } from 'mongodb';
import { CATALOGUE_SNAPSHOT_BUCKET, ensureIndexes } from './collections';

const { EJSON } = BSON;

/**
 * A backup is a gzip'd JSON-lines file: a header line, then one line per document,
 * `{"c": collection, "d": document}`, in canonical Extended JSON so that every BSON type survives
 * (ObjectId, Date, Binary, Long, Int32 against Double…). GridFS files are the documents of their
 * `*.files` and `*.chunks` collections, so they need nothing of their own. The catalogue snapshots'
 * bucket is left out: the app writes it again from the rest.
 */
export const BACKUP_FORMAT = 'miasta-otwarte-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
	format: typeof BACKUP_FORMAT;
	version: number;
	createdAt: string;
	database: string;
	collections: { name: string; documents: number }[];
}

export class BackupError extends Error {}

async function userCollections(db: Db): Promise<string[]> {
	const found = await db.listCollections({}, { nameOnly: true }).toArray();
	return found
		.filter((c) => c.type !== 'view' && !c.name.startsWith('system.'))
		.map((c) => c.name)
		.sort();
}

/** What a backup holds: every collection but derived data, which the app writes again. */
async function backedUpCollections(db: Db): Promise<string[]> {
	const derived = `${CATALOGUE_SNAPSHOT_BUCKET}.`;
	return (await userCollections(db)).filter((name) => !name.startsWith(derived));
}

/** The default archive name, e.g. `backups/miasta-otwarte-2026-05-01T12-00-00Z.jsonl.gz`. */
export function defaultArchivePath(root: string, now = new Date()): string {
	const stamp = now
		.toISOString()
		.replace(/\.\d+Z$/, 'Z')
		.replace(/:/g, '-');
	return path.join(root, 'backups', `miasta-otwarte-${stamp}.jsonl.gz`);
}

/** Writes every collection of `db` to `file`; returns the header (with the counts written). */
export async function backupDatabase(db: Db, file: string): Promise<BackupHeader> {
	const names = await backedUpCollections(db);
	const header: BackupHeader = {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		createdAt: new Date().toISOString(),
		database: db.databaseName,
		collections: []
	};
	async function* lines() {
		// Counts are known only after reading, so the header lists the collections and a trailer the counts.
		yield JSON.stringify({ ...header, collections: names.map((name) => ({ name })) }) + '\n';
		for (const name of names) {
			let documents = 0;
			// promoteValues: false keeps Int32, Double and Long apart, so a 5.0 stays a double.
			const cursor = db
				.collection(name)
				.find({}, { promoteValues: false, promoteLongs: false, promoteBuffers: false })
				.sort({ _id: 1 });
			for await (const document of cursor) {
				documents++;
				yield EJSON.stringify({ c: name, d: document }, { relaxed: false }) + '\n';
			}
			header.collections.push({ name, documents });
		}
		yield JSON.stringify({ end: true, collections: header.collections }) + '\n';
	}
	await mkdir(path.dirname(file), { recursive: true });
	await pipeline(lines, createGzip(), createWriteStream(file, { flags: 'wx' }));
	return header;
}

/** Why `db` may not receive a restore, or null: only a database without documents may. */
export async function refuseNonEmpty(db: Db): Promise<string | null> {
	for (const name of await userCollections(db)) {
		if (await db.collection(name).findOne({}, { projection: { _id: 1 } })) {
			return (
				`The database "${db.databaseName}" is not empty (collection "${name}" has documents). ` +
				'Restore only into an empty database: a new DATA_DIR, or a new database name in MONGODB_URI.'
			);
		}
	}
	return null;
}

/** Loads an archive written by `backupDatabase` into the empty `db`, then creates the app's indexes. */
export async function restoreDatabase(
	db: Db,
	file: string
): Promise<{ collection: string; documents: number }[]> {
	const refusal = await refuseNonEmpty(db);
	if (refusal) throw new BackupError(refusal);
	const input = createReadStream(file).pipe(createGunzip());
	const lines = createInterface({ input, crlfDelay: Infinity });
	const counts = new Map<string, number>();
	let batch: { collection: string; documents: Document[]; bytes: number } | null = null;
	const flush = async () => {
		if (!batch) return;
		await db.collection(batch.collection).insertMany(batch.documents, { ordered: true });
		counts.set(batch.collection, (counts.get(batch.collection) ?? 0) + batch.documents.length);
		batch = null;
	};
	let header: BackupHeader | null = null;
	let trailer: { collections: { name: string; documents: number }[] } | null = null;
	try {
		for await (const line of lines) {
			if (!line) continue;
			if (!header) {
				header = JSON.parse(line) as BackupHeader;
				if (header.format !== BACKUP_FORMAT || header.version !== BACKUP_VERSION) {
					throw new BackupError(`${file} is not a Miasta Otwarte backup (format version ${BACKUP_VERSION}).`);
				}
				continue;
			}
			if (line.startsWith('{"end"')) {
				trailer = JSON.parse(line);
				continue;
			}
			const { c, d } = EJSON.parse(line, { relaxed: false }) as { c: string; d: Document };
			if (batch && (batch.collection !== c || batch.documents.length >= 500 || batch.bytes > 8_000_000)) {
				await flush();
			}
			batch ??= { collection: c, documents: [], bytes: 0 };
			batch.documents.push(d);
			batch.bytes += line.length;
		}
		await flush();
	} catch (error) {
		if (error instanceof BackupError) throw error;
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new BackupError(`No such archive: ${file}`);
		if (error instanceof SyntaxError || (error as NodeJS.ErrnoException).code === 'Z_DATA_ERROR') {
			throw new BackupError(`${file} is damaged or not a Miasta Otwarte backup: ${(error as Error).message}`);
		}
		throw error;
	}
	if (!header) throw new BackupError(`${file} is empty.`);
	if (!trailer) throw new BackupError(`${file} is cut short: restored what it held, but the end is missing.`);
	for (const { name, documents } of trailer.collections) {
		if ((counts.get(name) ?? 0) !== documents) {
			throw new BackupError(
				`${name}: the archive lists ${documents} documents, ${counts.get(name) ?? 0} were read.`
			);
		}
	}
	await ensureIndexes(db);
	return trailer.collections.map(({ name, documents }) => ({ collection: name, documents }));
}
