import type { Db } from 'mongodb';
import { recordAudit } from '../audit';
import { collections, type UserDoc } from '../db/collections';
import { guardedUpdate } from '../db/guarded';
import { sendMail } from '../mail';
import { burnVerificationTime, hashPassword, verifyPassword } from './password';
import { recordSignInFailure, signInThrottled } from './throttle';
import { endOutstandingTokens } from './tokens';

export type PasswordChangeResult = { ok: true } | { ok: false; reason: 'wrong' | 'throttled' };

/**
 * Changes the password of a signed-in account that proves it knows the current one. A wrong
 * current password counts as a failed sign-in (the same throttle guards both). On success every
 * other session of the account ends (this one stays), as do outstanding reset links, and the
 * owner gets a notice by mail.
 */
export async function changePassword(
	db: Db,
	{
		userId,
		sessionId,
		current,
		next,
		address
	}: { userId: string; sessionId: string; current: string; next: string; address: string }
): Promise<PasswordChangeResult> {
	const users = collections(db).users;
	const user = await users.findOne({ _id: userId, disabled: false });
	if (!user?.passwordHash) return { ok: false, reason: 'wrong' };
	const audit = (action: string) =>
		recordAudit(db, { actor: userId, action, subject: { type: 'account', id: user.email }, from: address });

	if ((await signInThrottled(db, user.email, address, user)).limited) {
		await burnVerificationTime(current);
		await audit('password-change.throttled');
		return { ok: false, reason: 'throttled' };
	}
	if (!(await verifyPassword(user.passwordHash, current))) {
		await recordSignInFailure(db, user.email, address);
		await audit('password-change.failed');
		return { ok: false, reason: 'wrong' };
	}
	const passwordHash = await hashPassword(next);
	// Guarded by the hash just checked: of two racing changes, the second finds it gone. Another
	// change to the account meanwhile (a role, an approval) only means reading its version again.
	let seen: UserDoc | null = user;
	let changed: UserDoc | null = null;
	for (let attempt = 0; attempt < 3 && !changed && seen?.passwordHash === user.passwordHash; attempt++) {
		changed = await guardedUpdate(
			db,
			users,
			seen,
			{ $set: { passwordHash, updatedAt: new Date() } },
			{ passwordHash: user.passwordHash, disabled: false }
		);
		if (!changed) seen = await users.findOne({ _id: userId, disabled: false });
	}
	if (!changed) return { ok: false, reason: 'wrong' };
	await collections(db).sessions.deleteMany({ userId, _id: { $ne: sessionId } });
	await endOutstandingTokens(db, user.email, 'password-reset');
	await audit('password.changed');
	await sendMail(db, {
		to: user.email,
		subject: 'Zmiana hasła — Miasta Otwarte',
		text: `Dzień dobry,\n\nhasło do Twojego konta na platformie Miasta Otwarte zostało właśnie zmienione, a inne sesje zakończone.\nJeśli to nie Ty, od razu ustaw nowe hasło na stronie „Nie pamiętasz hasła?” i powiadom organizatora.\n\nMiasta Otwarte`
	});
	return { ok: true };
}
