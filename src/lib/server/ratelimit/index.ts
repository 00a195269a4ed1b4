/** Rate limits: one table of limits per action and scope, their counters, and limitForm for forms. */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { randomUUID } from 'node:crypto';
import { MongoServerError, type Db } from 'mongodb';
import { collections } from '../db/collections';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

/** What a request is counted against: its client address, the signed-in account, the email it names. */
export type Scope = 'address' | 'account' | 'email' | 'pair';
export interface Limit {
	max: number;
	windowMs: number;
}

/**
 * Every limit in one table (the README states them). Actions that send mail, create an account or
 * store a file count every request; sign-in counts only failures (see `auth/index.ts`).
 */
export const RATE_LIMITS = {
	'password-reset': { address: { max: 20, windowMs: HOUR }, email: { max: 3, windowMs: HOUR } },
	// Per address generous enough for one office behind one public address.
	registration: { address: { max: 10, windowMs: HOUR }, email: { max: 3, windowMs: HOUR } },
	invitation: { account: { max: 50, windowMs: HOUR }, email: { max: 3, windowMs: HOUR } },
	upload: { account: { max: 30, windowMs: 10 * MINUTE }, address: { max: 60, windowMs: 10 * MINUTE } },
	'password-change': { account: { max: 5, windowMs: HOUR }, address: { max: 10, windowMs: HOUR } },
	/** pair = account + address; `account` does not apply from an address the account signed in from. */
	'sign-in-failure': {
		pair: { max: 5, windowMs: 15 * MINUTE },
		address: { max: 20, windowMs: 15 * MINUTE },
		account: { max: 50, windowMs: HOUR }
	}
} as const satisfies Record<string, Partial<Record<Scope, Limit>>>;

export type LimitedAction = keyof typeof RATE_LIMITS;
export type Keys = Partial<Record<Scope, string>>;
export type Verdict = { limited: false } | { limited: true; retryAfterMs: number };

const hashOf = (value: string) =>
	encodeHexLowerCase(sha256(new TextEncoder().encode(value.trim().toLowerCase()))).slice(0, 32);
const keyOf = (action: string, scope: Scope, value: string) => `${action}:${scope}:${hashOf(value)}`;

/*
 * A sliding window log with at most `max` entries per key: entry n of a key has the id "<key>:<n>",
 * and a request claims a free one by inserting it. A unique id is the one write every server makes
 * atomic (FerretDB v1 loses concurrent `$inc`s and lets two conditional updates both match), so
 * of racing requests exactly one gets each place. An entry older than the window is a free place.
 */

const scopesOf = (action: LimitedAction, keys: Keys) =>
	(Object.entries(RATE_LIMITS[action]) as [Scope, Limit][])
		.filter(([scope]) => keys[scope])
		.map(([scope, limit]) => ({ key: keyOf(action, scope, keys[scope]!), limit }));
type Counted = ReturnType<typeof scopesOf>[number];

const inWindow = ({ key, limit }: Counted, now: Date) => ({
	key,
	at: { $gt: new Date(now.getTime() - limit.windowMs) }
});

/** Limited when some scope holds its maximum within the window: one more request would pass it. */
async function full(db: Db, scopes: Counted[], now: Date): Promise<Verdict> {
	const throttle = collections(db).throttle;
	const waits = await Promise.all(
		scopes.map(async (scope) => {
			const entries = await throttle.find(inWindow(scope, now)).sort({ at: 1 }).toArray();
			if (entries.length < scope.limit.max) return null;
			// The oldest entry frees a place when it leaves the window.
			return entries[0].at.getTime() + scope.limit.windowMs - now.getTime();
		})
	);
	const found = waits.filter((wait): wait is number => wait !== null);
	return found.length ? { limited: true, retryAfterMs: Math.max(MINUTE, ...found) } : { limited: false };
}

const isDuplicate = (cause: unknown) => cause instanceof MongoServerError && cause.code === 11000;

/** Takes a free place in the key's log, or returns null when every place is taken within the window. */
async function claim(db: Db, scope: Counted, now: Date, claimId: string): Promise<string | null> {
	const throttle = collections(db).throttle;
	const entry = {
		key: scope.key,
		at: now,
		claim: claimId,
		expiresAt: new Date(now.getTime() + scope.limit.windowMs)
	};
	const since = now.getTime() - scope.limit.windowMs;
	const taken = new Map((await throttle.find({ key: scope.key }).toArray()).map((e) => [e._id, e]));
	// Free places first: never used, then aged out; a place taken meanwhile sends us to the next.
	const places = Array.from({ length: scope.limit.max }, (_, i) => `${scope.key}:${i + 1}`)
		.filter((id) => !taken.has(id) || taken.get(id)!.at.getTime() <= since)
		.sort((a, b) => Number(taken.has(a)) - Number(taken.has(b)));
	for (const _id of places) {
		const old = taken.get(_id);
		// Whoever races here, only one insert of the id succeeds.
		if (old) await throttle.deleteOne({ _id, claim: old.claim });
		try {
			await throttle.insertOne({ _id, ...entry });
			return _id;
		} catch (cause) {
			if (!isDuplicate(cause)) throw cause;
		}
	}
	return null;
}

let lastSweep = 0;
/** FerretDB has no TTL indexes: entries past every window are deleted now and then, by a counted request. */
function sweepNowAndThen(db: Db) {
	const now = new Date();
	if (now.getTime() - lastSweep < 10 * MINUTE) return;
	lastSweep = now.getTime();
	// Entries without `expiresAt` are sign-in counters of an older shape, never read again.
	void collections(db)
		.throttle.deleteMany({ $or: [{ expiresAt: { $lte: now } }, { expiresAt: { $exists: false } }] })
		.catch(() => {});
}

/** Whether the next request would be over a limit, without counting it (sign-in checks this first). */
export function peek(db: Db, action: LimitedAction, keys: Keys, now = new Date()): Promise<Verdict> {
	return full(db, scopesOf(action, keys), now);
}

/**
 * Counts one request against every limit of the action that has a key and says whether it may go
 * on. A request over a limit is not written, so hammering cannot grow the log.
 */
export async function hit(db: Db, action: LimitedAction, keys: Keys, now = new Date()): Promise<Verdict> {
	sweepNowAndThen(db);
	const scopes = scopesOf(action, keys);
	const already = await full(db, scopes, now);
	if (already.limited) return already;
	const claimId = randomUUID();
	const claimed = await Promise.all(scopes.map((scope) => claim(db, scope, now, claimId)));
	if (claimed.every((id) => id !== null)) return { limited: false };
	// Lost a race for a last place: give back the places taken in the other scopes.
	await collections(db).throttle.deleteMany({ claim: claimId });
	const after = await full(db, scopes, now);
	return after.limited ? after : { limited: true, retryAfterMs: MINUTE };
}

/** Forgets the counts of one key (a successful sign-in clears its pair's failures). */
export async function clear(db: Db, action: LimitedAction, scope: Scope, value: string) {
	await collections(db).throttle.deleteMany({ key: keyOf(action, scope, value) });
}

/** Whole minutes, for messages. */
export const minutesOf = (ms: number) => Math.max(1, Math.ceil(ms / MINUTE));
