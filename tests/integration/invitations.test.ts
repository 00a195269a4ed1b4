import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import {
	createSession,
	findPasswordReset,
	generateSessionToken,
	requestPasswordReset,
	resetPassword,
	signIn,
	validateSessionToken
} from '../../src/lib/server/auth';
import { consumeToken, issueToken } from '../../src/lib/server/auth/tokens';
import { collections } from '../../src/lib/server/db/collections';
import { acceptInvitation, inviteUser } from '../../src/lib/server/invitations';
import { useTestDatabase } from '../support/database';
import { createUser } from '../support/factories';

/** The link the message carries, as the recipient would click it. */
async function linkSentTo(db: Db, email: string, path: string) {
	const message = await collections(db).outbox.find({ to: email }).sort({ at: -1 }).limit(1).next();
	const match = new RegExp(`https://miasta\\.test${path}/([a-z2-7]+)`).exec(message?.text ?? '');
	if (!match) throw new Error(`no ${path} link in the message to ${email}`);
	return match[1];
}

describe('invitations', () => {
	let db: Db;
	beforeAll(async () => {
		db = await useTestDatabase();
	});

	it('invitee_setsNameAndPasswordOnceAndGetsTheRole', async () => {
		await inviteUser(
			db,
			{ email: 'Urzedniczka@Poznan.pl', role: 'applicant', edition: 'demo', organisation: 'um-poznan' },
			'admin-1',
			'https://miasta.test'
		);
		const token = await linkSentTo(db, 'urzedniczka@poznan.pl', '/zaproszenie');
		expect(await collections(db).tokens.findOne({ _id: token })).toBeNull();

		const accepted = await acceptInvitation(db, token, 'Anna Nowak', 'Bardzo dobre hasło 2026');
		expect(accepted.ok).toBe(true);
		const user = await collections(db).users.findOne({ email: 'urzedniczka@poznan.pl' });
		expect(user).toMatchObject({
			name: 'Anna Nowak',
			roles: [{ edition: 'demo', role: 'applicant' }],
			organisations: ['um-poznan'],
			isAdmin: false
		});
		expect(await acceptInvitation(db, token, 'Ktoś Inny', 'Inne dobre hasło 2026')).toEqual({
			ok: false,
			reason: 'invalid'
		});
	});

	it('expiredInvitation_isRefused', async () => {
		await inviteUser(
			db,
			{ email: 'spozniony@example.org', role: 'juror', edition: 'demo', organisation: null },
			'admin-1',
			'https://miasta.test'
		);
		const token = await linkSentTo(db, 'spozniony@example.org', '/zaproszenie');
		await collections(db).tokens.updateMany(
			{ email: 'spozniony@example.org' },
			{ $set: { expiresAt: new Date(Date.now() - 1000) } }
		);
		expect(await acceptInvitation(db, token, 'Jan', 'Bardzo dobre hasło 2026')).toEqual({
			ok: false,
			reason: 'invalid'
		});
	});
});

describe('password reset', () => {
	let db: Db;
	beforeAll(async () => {
		db = await useTestDatabase();
	});

	it('resetLink_worksOnceAndEndsOldSessions', async () => {
		const { user, password } = await createUser(db);
		const oldToken = generateSessionToken();
		await createSession(db, oldToken, user._id);
		await requestPasswordReset(db, user.email, 'https://miasta.test');
		const token = await linkSentTo(db, user.email, '/reset-hasla');

		expect(await resetPassword(db, token, 'Zupełnie nowe hasło 2026')).toBe(true);
		expect(await resetPassword(db, token, 'Jeszcze inne hasło 2026')).toBe(false);
		expect((await validateSessionToken(db, oldToken)).session).toBeNull();
		expect((await signIn(db, { email: user.email, password, address: '10.2.0.1' })).ok).toBe(false);
		expect(
			(await signIn(db, { email: user.email, password: 'Zupełnie nowe hasło 2026', address: '10.2.0.1' })).ok
		).toBe(true);
	});

	it('newRequest_endsTheOlderLinks', async () => {
		const { user } = await createUser(db);
		await requestPasswordReset(db, user.email, 'https://miasta.test');
		const first = await linkSentTo(db, user.email, '/reset-hasla');
		await requestPasswordReset(db, user.email, 'https://miasta.test');
		const second = await linkSentTo(db, user.email, '/reset-hasla');
		expect(second).not.toBe(first);
		expect(await findPasswordReset(db, first)).toBeNull();
		expect(await resetPassword(db, first, 'Zupełnie nowe hasło 2026')).toBe(false);
		expect(await resetPassword(db, second, 'Zupełnie nowe hasło 2026')).toBe(true);
	});

	it('racingUsesOfOneLink_onlyOneWins', async () => {
		const { user } = await createUser(db);
		for (let round = 0; round < 5; round++) {
			const token = await issueToken(
				db,
				{ kind: 'password-reset', email: user.email, createdBy: null },
				60 * 60 * 1000
			);
			const wins = await Promise.all(Array.from({ length: 8 }, () => consumeToken(db, token)));
			expect(wins.filter(Boolean), `round ${round}`).toHaveLength(1);
		}
	});

	it('completedReset_endsEveryOtherLink', async () => {
		const { user } = await createUser(db);
		// Two links out at once (say, requests that crossed): using one ends the other.
		const fields = { kind: 'password-reset' as const, email: user.email, createdBy: null };
		const one = await issueToken(db, fields, 60 * 60 * 1000);
		const other = await issueToken(db, fields, 60 * 60 * 1000);
		expect(await resetPassword(db, one, 'Zupełnie nowe hasło 2026')).toBe(true);
		expect(await findPasswordReset(db, other)).toBeNull();
		expect(await resetPassword(db, other, 'Hasło napastnika 2026 xyz')).toBe(false);
	});

	it('knownAndUnknownAddresses_getTheSameWorkAndOneMessageEach', async () => {
		const { user } = await createUser(db);
		const unknown = 'nikt@example.org';
		const c = collections(db);
		const writesFor = async (email: string) => {
			const before = {
				tokens: await c.tokens.countDocuments({ email }),
				outbox: await c.outbox.countDocuments({ to: email }),
				audit: await c.audit.countDocuments({ 'subject.id': email, action: 'password-reset.requested' })
			};
			await requestPasswordReset(db, email, 'https://miasta.test');
			return {
				tokens: (await c.tokens.countDocuments({ email })) - before.tokens,
				outbox: (await c.outbox.countDocuments({ to: email })) - before.outbox,
				audit:
					(await c.audit.countDocuments({ 'subject.id': email, action: 'password-reset.requested' })) -
					before.audit
			};
		};
		const known = await writesFor(user.email);
		expect(known).toEqual({ tokens: 1, outbox: 1, audit: 1 });
		expect(await writesFor(unknown)).toEqual(known);

		// The stranger's note carries no link, and the token written for it can never be used.
		const note = await c.outbox.findOne({ to: unknown });
		expect(note?.text).not.toMatch(/reset-hasla\//);
		const [token] = await c.tokens.find({ email: unknown }).toArray();
		expect(token.expiresAt.getTime()).toBeLessThanOrEqual(token.createdAt.getTime());
	});
});
