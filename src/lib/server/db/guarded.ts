import {
	MongoServerError,
	type Collection,
	type Db,
	type Filter,
	type UpdateFilter,
	type WithId
} from 'mongodb';
import { collections } from './collections';

/** A claim older than this belongs to a writer that stopped between its claim and its update. */
const STALE_CLAIM_MS = 30 * 1000;
/** How long a refused writer waits for the one holding the claim to finish. */
const WAIT_FOR_WRITER_MS = 2 * 1000;

const isDuplicateKey = (cause: unknown) => cause instanceof MongoServerError && cause.code === 11000;

/**
 * Updates one document only if it is still at `expected.version` (and matches `filter`), and
 * increments its version; returns the updated document, or null when another write got there first.
 *
 * Why not a plain `findOneAndUpdate({ version })`: FerretDB v1 (SQLite) does not apply conditional
 * updates atomically, so racing writers that read the same version may all "win". The one write
 * atomic there and on MongoDB alike is an insert against a unique index, so each transition is
 * first claimed with `writeClaims` insert of "<collection>:<id>:<version>"; of racing writers only
 * one gets it. The claim is only needed while the update runs: afterwards the version filter itself
 * refuses anyone who read the old version, so the claim is deleted whatever happened. A claim left
 * behind by a process that died mid-write is taken over once it is older than STALE_CLAIM_MS.
 * A writer refused by a claim waits for its holder, so that what the caller reads next is the
 * state the winner left.
 *
 * `raiseVersion: false` is for a part of a document edited in a form of its own, with a counter of
 * its own in `filter` and `update` (an edition's criteria): the document's version stays, so the
 * document's other form is not made to look out of date, yet the write still takes its turn
 * through the version's claim. It must: FerretDB v1 writes back the whole document, so two writes
 * of one document running at once, even of different fields, can undo each other.
 */
export async function guardedUpdate<T extends { version: number }>(
	db: Db,
	collection: Collection<T>,
	expected: { _id?: unknown; version: number },
	update: UpdateFilter<T>,
	filter: Filter<T> = {},
	{ raiseVersion = true }: { raiseVersion?: boolean } = {}
): Promise<WithId<T> | null> {
	if (expected._id === undefined) throw new Error('guardedUpdate needs a stored document');
	const claims = collections(db).writeClaims;
	const claim = `${collection.collectionName}:${String(expected._id)}:${expected.version}`;
	const atExpected = { ...filter, _id: expected._id, version: expected.version } as Filter<T>;
	const waitUntil = Date.now() + WAIT_FOR_WRITER_MS;
	while (!(await takeClaim(db, claim))) {
		// Another writer is moving the document from this version. Its outcome decides, so a
		// refusal is only reported once the document shows it (and a failed write leaves the way open).
		if (!(await released(db, claim, waitUntil))) return null;
		if (!(await collection.findOne(atExpected, { projection: { _id: 1 } }))) return null;
	}
	try {
		return await collection.findOneAndUpdate(
			atExpected,
			(raiseVersion
				? { ...update, $inc: { ...update.$inc, version: 1 } }
				: update) as unknown as UpdateFilter<T>,
			{ returnDocument: 'after' }
		);
	} finally {
		await claims.deleteOne({ _id: claim });
	}
}

/**
 * Runs `work` while holding the claim `key`, so that racing callers with the same key run one
 * after another (for what no single guarded update can express, such as a cap over several
 * documents). Waits up to `waitMs` for the holder; null if it is still held then.
 */
export async function withClaim<T>(db: Db, key: string, work: () => Promise<T>, waitMs = 15_000) {
	const deadline = Date.now() + waitMs;
	while (!(await takeClaim(db, key))) {
		if (!(await released(db, key, deadline))) return null;
	}
	try {
		return { value: await work() };
	} finally {
		await collections(db).writeClaims.deleteOne({ _id: key });
	}
}

/** Waits for a claim to go; false if it is still there at the deadline. */
async function released(db: Db, claim: string, deadline: number): Promise<boolean> {
	const claims = collections(db).writeClaims;
	while (await claims.findOne({ _id: claim }, { projection: { _id: 1 } })) {
		if (Date.now() > deadline) return false;
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
	return true;
}

async function takeClaim(db: Db, claim: string): Promise<boolean> {
	const claims = collections(db).writeClaims;
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			await claims.insertOne({ _id: claim, at: new Date() });
			return true;
		} catch (cause) {
			if (!isDuplicateKey(cause)) throw cause;
		}
		// Held by a live writer: that one decides. Abandoned: remove it and try once more.
		const stale = await claims.deleteOne({ _id: claim, at: { $lt: new Date(Date.now() - STALE_CLAIM_MS) } });
		if (stale.deletedCount === 0) return false;
	}
	return false;
}
