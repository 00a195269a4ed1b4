import type { Db } from 'mongodb';
import { recordAudit } from '../audit';
import { collections } from '../db/collections';
import { sendMail } from '../mail';
import { hashPassword } from './password';
import { invalidateUserSessions } from './session';
import { consumeToken, findUsableToken, issueToken } from './tokens';

const RESET_LIFETIME_MS = 60 * 60 * 1000;

/** Sends a reset link when the account exists; the caller answers the same either way. */
export async function requestPasswordReset(db: Db, email: string, origin: string): Promise<void> {
	const normalised = email.trim().toLowerCase();
	const user = await collections(db).users.findOne({ email: normalised, disabled: false });
	if (!user) return;
	const token = await issueToken(
		db,
		{ kind: 'password-reset', email: normalised, createdBy: null },
		RESET_LIFETIME_MS
	);
	await sendMail(db, {
		to: normalised,
		subject: 'Nowe hasło — Miasta Otwarte',
		text: `Dzień dobry,\n\naby ustawić nowe hasło, otwórz w ciągu godziny link:\n${origin}/reset-hasla/${token}\n\nJeśli to nie Ty prosisz o zmianę, zignoruj tę wiadomość.\n\nMiasta Otwarte`
	});
	await recordAudit(db, {
		actor: user._id,
		action: 'password-reset.requested',
		subject: { type: 'account', id: normalised }
	});
}

export function findPasswordReset(db: Db, token: string) {
	return findUsableToken(db, token, 'password-reset');
}

/** Sets the new password once per link and signs the account out everywhere. */
export async function resetPassword(db: Db, token: string, password: string): Promise<boolean> {
	const reset = await findPasswordReset(db, token);
	if (!reset) return false;
	const passwordHash = await hashPassword(password);
	if (!(await consumeToken(db, token))) return false;
	const users = collections(db).users;
	const user = await users.findOneAndUpdate(
		{ email: reset.email },
		{ $set: { passwordHash, updatedAt: new Date() }, $inc: { version: 1 } },
		{ returnDocument: 'after' }
	);
	if (!user) return false;
	await invalidateUserSessions(db, user._id);
	await recordAudit(db, {
		actor: user._id,
		action: 'password-reset.completed',
		subject: { type: 'account', id: reset.email }
	});
	return true;
}
