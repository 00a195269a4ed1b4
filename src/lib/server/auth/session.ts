import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import type { Db } from 'mongodb';
import { collections, type SessionDoc, type UserDoc } from '../db/collections';

const DAY = 24 * 60 * 60 * 1000;
/** Idle lifetime, renewed while in use. */
export const SESSION_SLIDING_MS = 7 * DAY;
/** However active, a session ends this long after sign-in. */
export const SESSION_ABSOLUTE_MS = 30 * DAY;

/** 160 random bits, as the browser holds them. */
export function generateSessionToken(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(20));
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdOf(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(
	db: Db,
	token: string,
	userId: string,
	now = new Date()
): Promise<SessionDoc> {
	const session: SessionDoc = {
		_id: sessionIdOf(token),
		userId,
		createdAt: now,
		expiresAt: new Date(now.getTime() + SESSION_SLIDING_MS),
		absoluteExpiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS)
	};
	await collections(db).sessions.insertOne(session);
	return session;
}

export type SessionUser = Pick<
	UserDoc,
	'_id' | 'email' | 'name' | 'isAdmin' | 'roles' | 'organisations' | 'pendingApproval'
>;
export type SessionValidation = { session: SessionDoc; user: SessionUser } | { session: null; user: null };

/** Finds the session for a token, drops it when expired or its user is disabled, renews it past half-life. */
export async function validateSessionToken(
	db: Db,
	token: string,
	now = new Date()
): Promise<SessionValidation> {
	const c = collections(db);
	const session = await c.sessions.findOne({ _id: sessionIdOf(token) });
	if (!session) return { session: null, user: null };
	const user = await c.users.findOne({ _id: session.userId });
	const expired = now >= session.expiresAt || now >= session.absoluteExpiresAt;
	if (expired || !user || user.disabled) {
		await c.sessions.deleteOne({ _id: session._id });
		return { session: null, user: null };
	}
	if (session.expiresAt.getTime() - now.getTime() < SESSION_SLIDING_MS / 2) {
		const renewed = new Date(
			Math.min(now.getTime() + SESSION_SLIDING_MS, session.absoluteExpiresAt.getTime())
		);
		await c.sessions.updateOne({ _id: session._id }, { $set: { expiresAt: renewed } });
		session.expiresAt = renewed;
	}
	const { _id, email, name, isAdmin, roles, organisations } = user;
	const pending = user.pendingApproval ? { pendingApproval: true } : {};
	return { session, user: { _id, email, name, isAdmin, roles, organisations, ...pending } };
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await collections(db).sessions.deleteOne({ _id: sessionId });
}

export async function invalidateUserSessions(db: Db, userId: string): Promise<void> {
	await collections(db).sessions.deleteMany({ userId });
}

/** FerretDB has no TTL indexes, so expired sessions are swept by the app. */
export async function deleteExpiredSessions(db: Db, now = new Date()): Promise<number> {
	const result = await collections(db).sessions.deleteMany({
		$or: [{ expiresAt: { $lte: now } }, { absoluteExpiresAt: { $lte: now } }]
	});
	return result.deletedCount;
}
