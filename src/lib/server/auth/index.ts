/** Auth: passwords, sign-in and its throttling, sessions and their cookie, one-time tokens, resets. */
import type { Db } from 'mongodb';
import { recordAudit } from '../audit';
import { collections } from '../db/collections';
import { burnVerificationTime, verifyPassword } from './password';
import { invalidateSession } from './session';
import { recordSignInFailure, recordSignInSuccess, signInThrottled } from './throttle';

export * from './session';
export * from './password';
// The rule for new passwords is a form schema; the account code applies the same one.
export * from '../../schemas/password';

export type SignInResult = { ok: true; userId: string } | { ok: false; reason: 'invalid' | 'throttled' };

/**
 * Checks the credentials, throttled as `throttle.ts` describes. Unknown email, wrong password and
 * disabled account look the same from outside.
 */
export async function signIn(
	db: Db,
	{
		email,
		password,
		address,
		now = new Date()
	}: { email: string; password: string; address: string; now?: Date }
): Promise<SignInResult> {
	const normalised = email.trim().toLowerCase();
	const audit = (action: string, actor: string | null) =>
		recordAudit(db, { actor, action, subject: { type: 'account', id: normalised }, from: address });

	const user = await collections(db).users.findOne({ email: normalised });
	if ((await signInThrottled(db, normalised, address, user, now)).limited) {
		await burnVerificationTime(password);
		await audit('sign-in.throttled', null);
		return { ok: false, reason: 'throttled' };
	}
	const valid = user?.passwordHash
		? await verifyPassword(user.passwordHash, password)
		: (await burnVerificationTime(password), false);
	if (!user || !valid || user.disabled) {
		await recordSignInFailure(db, normalised, address, now);
		await audit('sign-in.failed', null);
		return { ok: false, reason: 'invalid' };
	}
	await recordSignInSuccess(db, user, address, now);
	await audit('sign-in.succeeded', user._id);
	return { ok: true, userId: user._id };
}

/** Ends the session the request came with and notes in the audit log who signed out. */
export async function signOut(
	db: Db,
	{
		sessionId,
		account,
		address
	}: { sessionId: string | undefined; account: { _id: string; email: string } | null; address: string }
): Promise<void> {
	if (sessionId) await invalidateSession(db, sessionId);
	if (account) {
		await recordAudit(db, {
			actor: account._id,
			action: 'sign-out',
			subject: { type: 'account', id: account.email },
			from: address
		});
	}
}

export * from './reset';
export * from './password-change';
