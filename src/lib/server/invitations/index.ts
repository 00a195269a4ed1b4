/** Invitations: inviting someone by email to a role, and the account created from the link. */
import { randomUUID } from 'node:crypto';
import { MongoServerError, type Db } from 'mongodb';
import { recordAudit } from '../audit';
import { hashPassword } from '../auth/password';
import { consumeToken, findUsableToken, issueToken } from '../auth/tokens';
import { collections, type EditionRole } from '../db/collections';
import { linkInvitedJuror } from '../jury/invited';
import { sendMail } from '../mail';

const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export interface Invitation {
	email: string;
	role: EditionRole | 'admin';
	edition: string | null;
	organisation: string | null;
}

export async function inviteUser(
	db: Db,
	invitation: Invitation,
	actor: string,
	origin: string
): Promise<void> {
	const email = invitation.email.trim().toLowerCase();
	const token = await issueToken(
		db,
		{
			kind: 'invitation',
			email,
			isAdmin: invitation.role === 'admin',
			role:
				invitation.role !== 'admin' && invitation.edition
					? { edition: invitation.edition, role: invitation.role }
					: undefined,
			organisation: invitation.organisation,
			createdBy: actor
		},
		INVITATION_LIFETIME_MS
	);
	await sendMail(db, {
		to: email,
		subject: 'Zaproszenie do platformy Miasta Otwarte',
		text: `Dzień dobry,\n\nzapraszamy do platformy Miasta Otwarte (rola: ${invitation.role}${invitation.edition ? `, edycja: ${invitation.edition}` : ''}).\nAby założyć konto, otwórz link w ciągu 7 dni:\n${origin}/zaproszenie/${token}\n\nMiasta Otwarte`
	});
	await recordAudit(db, {
		actor,
		action: 'invitation.sent',
		subject: { type: 'account', id: email },
		after: { role: invitation.role, edition: invitation.edition, organisation: invitation.organisation }
	});
}

export function findInvitation(db: Db, token: string) {
	return findUsableToken(db, token, 'invitation');
}

export type AcceptResult = { ok: true; userId: string } | { ok: false; reason: 'invalid' | 'exists' };

/** Creates the account from a valid invitation; the link works once. */
export async function acceptInvitation(
	db: Db,
	token: string,
	name: string,
	password: string
): Promise<AcceptResult> {
	const invitation = await findInvitation(db, token);
	if (!invitation) return { ok: false, reason: 'invalid' };
	const users = collections(db).users;
	if (await users.findOne({ email: invitation.email })) return { ok: false, reason: 'exists' };
	const passwordHash = await hashPassword(password);
	if (!(await consumeToken(db, token))) return { ok: false, reason: 'invalid' };
	const now = new Date();
	const userId = randomUUID();
	try {
		await users.insertOne({
			_id: userId,
			email: invitation.email,
			name,
			passwordHash,
			isAdmin: invitation.isAdmin ?? false,
			roles: invitation.role ? [invitation.role] : [],
			organisations: invitation.organisation ? [invitation.organisation] : [],
			disabled: false,
			isDemo: false,
			createdAt: now,
			updatedAt: now,
			version: 1
		});
	} catch (cause) {
		// Two invitations for one address, accepted at once: the unique index lets one account through.
		if (cause instanceof MongoServerError && cause.code === 11000) return { ok: false, reason: 'exists' };
		throw cause;
	}
	await recordAudit(db, {
		actor: userId,
		action: 'invitation.accepted',
		subject: { type: 'account', id: invitation.email }
	});
	if (invitation.role?.role === 'juror')
		await linkInvitedJuror(db, invitation.email, userId, invitation.role.edition);
	return { ok: true, userId };
}
