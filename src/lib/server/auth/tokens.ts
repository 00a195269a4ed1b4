import { MongoServerError, type Db } from 'mongodb';
import { collections, type TokenDoc } from '../db/collections';
import { generateSessionToken, sessionIdOf } from './session';

/** Issues a one-time token; the link carries the token, the database only its hash. */
export async function issueToken(
	db: Db,
	fields: Omit<TokenDoc, '_id' | 'createdAt' | 'expiresAt' | 'usedAt'>,
	lifetimeMs: number
) {
	const token = generateSessionToken();
	const now = new Date();
	await collections(db).tokens.insertOne({
		...fields,
		_id: sessionIdOf(token),
		createdAt: now,
		expiresAt: new Date(now.getTime() + lifetimeMs),
		usedAt: null
	});
	return token;
}

/** The token's record if it is of this kind, unused and unexpired. */
export async function findUsableToken(db: Db, token: string, kind: TokenDoc['kind'], now = new Date()) {
	const _id = sessionIdOf(token);
	const c = collections(db);
	const found = await c.tokens.findOne({ _id, kind });
	if (!found || found.usedAt || found.expiresAt <= now) return null;
	// Claimed by a use that has not marked it used yet (or stopped before it could).
	if (await c.tokenUses.findOne({ _id }, { projection: { _id: 1 } })) return null;
	return found;
}

/**
 * Takes the token's one use: an insert under its id, so that of racing claims (uses of the link,
 * or ends of it) exactly one gets it. FerretDB v1 lets racing conditional updates all match, so
 * `usedAt` cannot decide this; it only records what the claim decided.
 */
async function claimUse(db: Db, _id: string, now: Date): Promise<boolean> {
	try {
		await collections(db).tokenUses.insertOne({ _id, at: now });
		return true;
	} catch (cause) {
		if (cause instanceof MongoServerError && cause.code === 11000) return false;
		throw cause;
	}
}

/**
 * Uses the token once: of racing requests only one gets `true`, and a link ended meanwhile by
 * `endOutstandingTokens` is not used. `false` means it was unknown, expired, used or ended: the
 * caller says the link no longer works.
 */
export async function consumeToken(db: Db, token: string, now = new Date()): Promise<boolean> {
	const _id = sessionIdOf(token);
	const c = collections(db);
	if (!(await c.tokens.findOne({ _id, usedAt: null, expiresAt: { $gt: now } }))) return false;
	if (!(await claimUse(db, _id, now))) return false;
	await c.tokens.updateOne({ _id }, { $set: { usedAt: now } });
	return true;
}

/**
 * Ends every outstanding link of this kind for this address (a newer one, or a completed change,
 * replaces them). Each is claimed like a use, so a link cannot be both ended and used; returns how
 * many this call ended.
 */
export async function endOutstandingTokens(
	db: Db,
	email: string,
	kind: TokenDoc['kind'],
	now = new Date()
): Promise<number> {
	const tokens = collections(db).tokens;
	const outstanding = (
		await tokens.find({ email, kind, usedAt: null }, { projection: { _id: 1 } }).toArray()
	).map((found) => found._id);
	let ended = 0;
	for (const _id of outstanding) if (await claimUse(db, _id, now)) ended++;
	if (outstanding.length > 0)
		await tokens.updateMany({ _id: { $in: outstanding }, usedAt: null }, { $set: { usedAt: now } });
	return ended;
}
