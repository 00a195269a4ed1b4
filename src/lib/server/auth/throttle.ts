import type { Db } from 'mongodb';
import { collections } from '../db/collections';

const WINDOW_MS = 15 * 60 * 1000;
export const LIMITS = { account: 5, address: 20 } as const;

type Kind = keyof typeof LIMITS;
const keyOf = (kind: Kind, value: string) => `${kind}:${value.toLowerCase()}`;

/** Whether sign-in attempts for this account or from this address are paused, and until when. */
export async function lockedUntil(db: Db, kind: Kind, value: string, now = new Date()): Promise<Date | null> {
	const entry = await collections(db).throttle.findOne({ _id: keyOf(kind, value) });
	return entry?.lockedUntil && entry.lockedUntil > now ? entry.lockedUntil : null;
}

/** Counts a failure; past the limit within the window, attempts are paused for one window. */
export async function recordFailure(db: Db, kind: Kind, value: string, now = new Date()): Promise<void> {
	const throttle = collections(db).throttle;
	const _id = keyOf(kind, value);
	const entry = await throttle.findOne({ _id });
	const fresh = !entry || now.getTime() - entry.windowStart.getTime() > WINDOW_MS;
	const failures = fresh ? 1 : entry.failures + 1;
	const lockedUntil = failures >= LIMITS[kind] ? new Date(now.getTime() + WINDOW_MS) : null;
	await throttle.updateOne(
		{ _id },
		{ $set: { failures, windowStart: fresh ? now : entry.windowStart, lockedUntil } },
		{ upsert: true }
	);
}

export async function clearFailures(db: Db, kind: Kind, value: string): Promise<void> {
	await collections(db).throttle.deleteOne({ _id: keyOf(kind, value) });
}
