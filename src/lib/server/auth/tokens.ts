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
	const found = await collections(db).tokens.findOne({ _id: sessionIdOf(token), kind });
	return found && !found.usedAt && found.expiresAt > now ? found : null;
}

/**
 * Marks it used exactly once: of two racing requests, only one gets `true`. FerretDB v1 lets two
 * racing conditional updates both match, so the claim is an insert under a unique id.
 */
export async function consumeToken(db: Db, token: string, now = new Date()): Promise<boolean> {
	const _id = sessionIdOf(token);
	const c = collections(db);
	if (!(await c.tokens.findOne({ _id, usedAt: null, expiresAt: { $gt: now } }))) return false;
	try {
		await c.tokenUses.insertOne({ _id, at: now });
	} catch (cause) {
		if (cause instanceof MongoServerError && cause.code === 11000) return false;
		throw cause;
	}
	await c.tokens.updateOne({ _id }, { $set: { usedAt: now } });
	return true;
}

/** Ends every outstanding link of this kind for this address (a newer one, or a completed change, replaces them). */
export async function endOutstandingTokens(
	db: Db,
	email: string,
	kind: TokenDoc['kind'],
	now = new Date()
): Promise<number> {
	const result = await collections(db).tokens.updateMany(
		{ email, kind, usedAt: null },
		{ $set: { usedAt: now } }
	);
	return result.modifiedCount;
}
