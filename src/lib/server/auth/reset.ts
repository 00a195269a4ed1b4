import type { Db } from 'mongodb';
import { recordAudit } from '../audit';
import { collections, type UserDoc } from '../db/collections';
import { guardedUpdate } from '../db/guarded';
import { sendMail } from '../mail';
import { hashPassword } from './password';
import { invalidateUserSessions } from './session';
import { clearAccountFailures } from './throttle';
import { consumeToken, endOutstandingTokens, findUsableToken, issueToken } from './tokens';

const RESET_LIFETIME_MS = 60 * 60 * 1000;

/**
 * Mails a reset link to an active account, or a short note that no account uses the address, and
 * does the same work either way (ends older links, writes a token, one message, one audit event),
 * so neither the answer nor its timing tells whether the account exists. For an unknown address
 * the token is born expired and can never be used.
 */
export async function requestPasswordReset(db: Db, email: string, origin: string): Promise<void> {
	const normalised = email.trim().toLowerCase();
	const user = await collections(db).users.findOne({ email: normalised, disabled: false });
	await endOutstandingTokens(db, normalised, 'password-reset');
	const token = await issueToken(
		db,
		{ kind: 'password-reset', email: normalised, createdBy: null },
		user ? RESET_LIFETIME_MS : 0
	);
	await sendMail(
		db,
		user
			? {
					to: normalised,
					subject: 'Nowe hasło — Miasta Otwarte',
					text: `Dzień dobry,\n\naby ustawić nowe hasło, otwórz w ciągu godziny link:\n${origin}/reset-hasla/${token}\n\nWcześniej wysłane linki już nie działają. Jeśli to nie Ty prosisz o zmianę, zignoruj tę wiadomość.\n\nMiasta Otwarte`
				}
			: {
					to: normalised,
					subject: 'Nowe hasło — Miasta Otwarte',
					text: `Dzień dobry,\n\nktoś poprosił o nowe hasło do platformy Miasta Otwarte dla tego adresu, ale nie ma aktywnego konta, które go używa.\nJeśli to nie Ty, zignoruj tę wiadomość.\n\nMiasta Otwarte`
				}
	);
	await recordAudit(db, {
		actor: user?._id ?? null,
		action: 'password-reset.requested',
		subject: { type: 'account', id: normalised }
	});
}

export function findPasswordReset(db: Db, token: string) {
	return findUsableToken(db, token, 'password-reset');
}

/** Sets the new password once per link, ends the account's other links and signs it out everywhere. */
export async function resetPassword(db: Db, token: string, password: string): Promise<boolean> {
	const reset = await findPasswordReset(db, token);
	if (!reset) return false;
	const passwordHash = await hashPassword(password);
	if (!(await consumeToken(db, token))) return false;
	await endOutstandingTokens(db, reset.email, 'password-reset');
	// Guarded by the account's version: on FerretDB v1 a plain update racing with another change to
	// the account (a role, an approval) could undo it, or be undone by it. Another change
	// meanwhile only means reading the account again.
	const users = collections(db).users;
	let seen = await users.findOne({ email: reset.email, disabled: false });
	let user: UserDoc | null = null;
	for (let attempt = 0; attempt < 10 && seen && !user; attempt++) {
		user = await guardedUpdate(
			db,
			users,
			seen,
			{ $set: { passwordHash, updatedAt: new Date() } },
			{ disabled: false }
		);
		if (!user) seen = await users.findOne({ email: reset.email, disabled: false });
	}
	if (!user) return false;
	await invalidateUserSessions(db, user._id);
	await clearAccountFailures(db, reset.email);
	await recordAudit(db, {
		actor: user._id,
		action: 'password-reset.completed',
		subject: { type: 'account', id: reset.email }
	});
	return true;
}
