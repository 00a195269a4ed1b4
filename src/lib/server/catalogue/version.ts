/**
 * The public catalogue's version in the database. Every write that changes what is public stores
 * a new one; every instance reads it every few seconds (one findOne by `_id`) and rebuilds its
 * in-memory catalogue when it differs from the one it was built from. A random value rather than
 * a counter: FerretDB's `$inc` is not atomic under concurrency, so two writers could both store
 * the same "next" number and an instance would miss the second write; two random values differ.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from 'mongodb';
import { collections } from '../db/collections';

const ID = 'catalogue';

/** The stored version, or null when nothing was ever written through the app. */
export async function readCatalogueVersion(db: Db): Promise<string | null> {
	const doc = await collections(db).meta.findOne({ _id: ID }, { projection: { version: 1 } });
	return doc?.version ?? null;
}

/** Stores a new version; returns it. */
export async function bumpCatalogueVersion(db: Db): Promise<string> {
	const version = `${Date.now().toString(36)}-${randomBytes(6).toString('base64url')}`;
	const update = { $set: { version, changedAt: new Date() }, $inc: { changes: 1 } };
	try {
		await collections(db).meta.updateOne({ _id: ID }, update, { upsert: true });
	} catch (error) {
		// Two first bumps at once both insert; the loser's update now finds the record.
		if ((error as { code?: number }).code !== 11000) throw error;
		await collections(db).meta.updateOne({ _id: ID }, update);
	}
	return version;
}
