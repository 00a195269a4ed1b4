/**
 * The public catalogue's version in the database. Every write that changes what is public stores
 * a new one; every instance reads it every few seconds (one findOne by `_id`) and rebuilds its
 * in-memory catalogue when it differs from the one it was built from. A random value rather than
 * a counter: FerretDB's `$inc` is not atomic under concurrency, so two writers could both store
 * the same "next" number and an instance would miss the second write; two random values differ.
 *
 * Beside it, each version's change record says which practices the write changed, so that an
 * instance reads only those again instead of the whole catalogue.
 */
import { randomBytes } from 'node:crypto';
import type { Db, ObjectId } from 'mongodb';
import { collections, type CatalogueChangeDoc } from '../db/collections';

const ID = 'catalogue';

export interface CatalogueVersion {
	version: string;
	/** When it was stored, by the writer's clock. */
	changedAt: Date;
}

/**
 * What a write changed in the stored practices: these (by `_id`, the one key FerretDB finds
 * without reading every document), and every practice of these editions. Omitted where the
 * writer cannot tell: every practice is read again.
 */
export interface CatalogueChange {
	practices?: ObjectId[];
	editions?: string[];
}

/** The practices to read again since a version, by id; everything else is as it was. */
export interface CatalogueChanges {
	practices: Map<string, ObjectId>;
	editions: Set<string>;
}

/** Change records are kept this long; a view older than half of it reads everything again. */
const KEEP_MS = 24 * 3600 * 1000;
/** Records stored this long before a view's version are read too: writers' clocks may differ. */
const CLOCK_MARGIN_MS = 60 * 1000;

/** The stored version, or null when nothing was ever written through the app. */
export async function readCatalogueVersion(db: Db): Promise<CatalogueVersion | null> {
	const doc = await collections(db).meta.findOne({ _id: ID }, { projection: { version: 1, changedAt: 1 } });
	return doc ? { version: doc.version, changedAt: doc.changedAt } : null;
}

/** Stores a new version, after the record of what changed; returns it. */
export async function bumpCatalogueVersion(db: Db, change?: CatalogueChange): Promise<string> {
	const c = collections(db);
	const changedAt = new Date();
	const version = `${changedAt.getTime().toString(36)}-${randomBytes(6).toString('base64url')}`;
	await c.catalogueChanges.insertOne({
		_id: version,
		at: changedAt,
		practices: change ? (change.practices ?? []) : null,
		editions: change?.editions ?? []
	});
	const update = { $set: { version, changedAt }, $inc: { changes: 1 } };
	try {
		await c.meta.updateOne({ _id: ID }, update, { upsert: true });
	} catch (error) {
		// Two first bumps at once both insert; the loser's update now finds the record.
		if ((error as { code?: number }).code !== 11000) throw error;
		await c.meta.updateOne({ _id: ID }, update);
	}
	await c.catalogueChanges.deleteMany({ at: { $lt: new Date(changedAt.getTime() - KEEP_MS) } });
	return version;
}

/**
 * The change records stored from shortly before `since` on (writers' clocks may differ), read
 * before the practices so that what they record is in what is read after; null when `since` is
 * too old for the records kept.
 */
export async function readCatalogueChanges(db: Db, since: Date): Promise<CatalogueChangeDoc[] | null> {
	if (Date.now() - since.getTime() > KEEP_MS / 2) return null;
	return collections(db)
		.catalogueChanges.find({ at: { $gte: new Date(since.getTime() - CLOCK_MARGIN_MS) } })
		.toArray();
}

/**
 * The practices changed by the records not `seen` (those read when the previous catalogue, at
 * version `from`, was), up to the version now stored; null when that is not known and everything
 * must be read: a write that did not say, a version stored without a record (by an older release
 * or by hand), or a database whose records do not go back to `from` (restored from an archive).
 */
export function changesAmong(
	records: CatalogueChangeDoc[],
	seen: ReadonlySet<string>,
	from: string,
	now: CatalogueVersion
): CatalogueChanges | null {
	// The record of the version now stored is written before it: without it, some are missing.
	if (!records.some((r) => r._id === now.version) || !records.some((r) => r._id === from)) return null;
	const changes: CatalogueChanges = { practices: new Map(), editions: new Set() };
	for (const record of records) {
		if (seen.has(record._id)) continue;
		if (record.practices === null) return null;
		for (const id of record.practices) changes.practices.set(String(id), id);
		for (const slug of record.editions) changes.editions.add(slug);
	}
	return changes;
}
