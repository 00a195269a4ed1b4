import type { Db } from 'mongodb';
import { recordAudit } from '../audit';
import { collections } from '../db/collections';
import { burnVerificationTime, verifyPassword } from './password';
import { clearFailures, lockedUntil, recordFailure } from './throttle';

export * from './session';
export * from './password';
export * from './password-policy';

export type SignInResult = { ok: true; userId: string } | { ok: false; reason: 'invalid' | 'throttled' };

/**
 * Checks the credentials, throttled per account and per client address. Unknown email, wrong
 * password and disabled account look the same from outside.
 */
export async function signIn(
	db: Db,
	{ email, password, address }: { email: string; password: string; address: string }
): Promise<SignInResult> {
	const normalised = email.trim().toLowerCase();
	const audit = (action: string, actor: string | null) =>
		recordAudit(db, { actor, action, subject: { type: 'account', id: normalised }, from: address });

	if ((await lockedUntil(db, 'account', normalised)) || (await lockedUntil(db, 'address', address))) {
		await burnVerificationTime(password);
		await audit('sign-in.throttled', null);
		return { ok: false, reason: 'throttled' };
	}
	const user = await collections(db).users.findOne({ email: normalised });
	const valid = user?.passwordHash
		? await verifyPassword(user.passwordHash, password)
		: (await burnVerificationTime(password), false);
	if (!user || !valid || user.disabled) {
		await recordFailure(db, 'account', normalised);
		await recordFailure(db, 'address', address);
		await audit('sign-in.failed', null);
		return { ok: false, reason: 'invalid' };
	}
	await clearFailures(db, 'account', normalised);
	await audit('sign-in.succeeded', user._id);
	return { ok: true, userId: user._id };
}
export * from './reset';
