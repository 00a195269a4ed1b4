/**
 * The catalogue snapshot kept in the database, for a server with none on disk: a new machine, a
 * container without a volume, a server stopped for longer than the change records reach back.
 * It is the snapshot file's text, gzipped, in the GridFS bucket `catalogueSnapshots` under the
 * catalogue shape of the build that wrote it (see `snapshot.ts`), with the version it was read at.
 *
 * One server writes it when there is none of its shape yet, and again once the catalogue's version
 * is more than `CATALOGUE_SHARED_SNAPSHOT_MINUTES` (60) newer than it: a server starting from it reads
 * what changed since on top, as from a snapshot on disk. It is derived data, left out of backups.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { GridFSBucket, ObjectId, type Db, type GridFSFile } from 'mongodb';
import { CATALOGUE_SNAPSHOT_BUCKET } from '../db/collections';
import { withClaim } from '../db/guarded';
import type { PublicCatalogue } from './public';
import {
	parseSnapshot,
	shapeOfThisBuild,
	snapshotText,
	type Snapshot,
	type SnapshotVersion
} from './snapshot';

/** How much newer the catalogue may get than the snapshot in the database before it is written again. */
const REFRESH_MS = Number(process.env.CATALOGUE_SHARED_SNAPSHOT_MINUTES ?? 60) * 60_000;
/** Of one shape, the newest are kept (a server may still be reading the one before); of others, a week. */
const KEEP_OF_SHAPE = 2;
const KEEP_OTHER_SHAPES_MS = 7 * 24 * 3600 * 1000;
/** A write cut short leaves chunks without a file; they go once surely no write is under way. */
const ABANDONED_AFTER_MS = 3600 * 1000;

interface SharedSnapshotFile extends GridFSFile {
	metadata: { version: string; changedAt: Date };
}

const bucket = (db: Db) =>
	new GridFSBucket(db, { bucketName: CATALOGUE_SNAPSHOT_BUCKET, chunkSizeBytes: 4 * 1024 * 1024 });

/** The snapshot in the database of `shape` with the latest catalogue. */
async function newestOf(db: Db, shape: string): Promise<SharedSnapshotFile | undefined> {
	const [newest] = await bucket(db)
		.find({ filename: shape })
		.sort({ 'metadata.changedAt': -1, _id: -1 })
		.limit(1)
		.toArray();
	return newest as SharedSnapshotFile | undefined;
}

/**
 * The newest snapshot in the database of this build's shape, unless it is not of a later catalogue
 * than `newerThan`; null when there is none, or it is damaged or removed while read.
 */
export async function readSharedSnapshot(db: Db, newerThan?: Date | null): Promise<Snapshot | null> {
	const shape = shapeOfThisBuild();
	if (shape === null) return null;
	const file = await newestOf(db, shape);
	if (!file || (newerThan && file.metadata.changedAt <= newerThan)) return null;
	const text = createGunzip();
	// A failed download ends the text with its error, which reads as a damaged snapshot.
	pipeline(bucket(db).openDownloadStream(file._id), text).catch(() => {});
	return parseSnapshot(text.setEncoding('utf8'));
}

/**
 * Writes `catalogue`, read at `at`, to the database when none there is of this build's shape or
 * the newest is more than the refresh period older; unless another server is writing one. True
 * when it wrote.
 */
export async function shareSnapshot(
	db: Db,
	catalogue: PublicCatalogue,
	at: SnapshotVersion
): Promise<boolean> {
	const shape = shapeOfThisBuild();
	if (shape === null || !at.changedAt || REFRESH_MS <= 0) return false;
	const changedAt = at.changedAt;
	const due = async () => {
		const newest = await newestOf(db, shape);
		return (
			!newest ||
			(newest.metadata.version !== at.version && +changedAt - +newest.metadata.changedAt > REFRESH_MS)
		);
	};
	if (!(await due())) return false;
	const written = await withClaim(
		db,
		`${CATALOGUE_SNAPSHOT_BUCKET}:${shape}`,
		async () => {
			if (!(await due())) return false; // written by another server meanwhile
			const upload = bucket(db).openUploadStream(shape, { metadata: { version: at.version, changedAt } });
			await pipeline(Readable.from(snapshotText(shape, catalogue, at)), createGzip(), upload);
			await removeOutgrown(db, shape);
			return true;
		},
		0
	);
	return written?.value ?? false;
}

/** All but the newest of `shape`, those of other shapes after a week, and chunks of abandoned writes. */
async function removeOutgrown(db: Db, shape: string) {
	const files = bucket(db);
	const kept: ObjectId[] = [];
	let ofShape = 0;
	for (const file of await files.find({}).sort({ 'metadata.changedAt': -1, _id: -1 }).toArray()) {
		const keep =
			file.filename === shape
				? ++ofShape <= KEEP_OF_SHAPE
				: Date.now() - +file.uploadDate < KEEP_OTHER_SHAPES_MS;
		if (keep) kept.push(file._id);
		else await files.delete(file._id).catch(() => {}); // perhaps removed by another server already
	}
	const old = ObjectId.createFromTime(Math.floor((Date.now() - ABANDONED_AFTER_MS) / 1000));
	await db
		.collection(`${CATALOGUE_SNAPSHOT_BUCKET}.chunks`)
		.deleteMany({ files_id: { $nin: kept, $lt: old } });
}
