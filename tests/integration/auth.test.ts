import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import {
	SESSION_ABSOLUTE_MS,
	SESSION_SLIDING_MS,
	changePassword,
	createSession,
	findPasswordReset,
	requestPasswordReset,
	resetPassword,
	deleteExpiredSessions,
	generateSessionToken,
	invalidateSession,
	newPassword,
	sessionIdOf,
	signIn,
	validateSessionToken
} from '../../src/lib/server/auth';
import { isKnownAddress } from '../../src/lib/server/auth/throttle';
import { consumeToken, endOutstandingTokens, issueToken } from '../../src/lib/server/auth/tokens';
import { RATE_LIMITS } from '../../src/lib/server/ratelimit';
import { collections } from '../../src/lib/server/db/collections';
import { setUserDisabled } from '../../src/lib/server/users';
import { useTestDatabase } from '../support/database';
import { createUser, organiser } from '../support/factories';
import { linkSentTo } from '../support/mail';

const HOUR = 60 * 60 * 1000;

describe('sessions', () => {
	let db: Db;
	beforeAll(async () => {
		db = await useTestDatabase();
	});

	it('token_isStoredOnlyAsItsHash', async () => {
		const { user } = await createUser(db);
		const token = generateSessionToken();
		await createSession(db, token, user._id);
		expect(token).toMatch(/^[a-z2-7]{32}$/);
		expect(await collections(db).sessions.findOne({ _id: token })).toBeNull();
		expect(await collections(db).sessions.findOne({ _id: sessionIdOf(token) })).not.toBeNull();
	});

	it('validToken_givesTheUserWithoutThePasswordHash', async () => {
		const { user } = await createUser(db);
		const token = generateSessionToken();
		await createSession(db, token, user._id);
		const result = await validateSessionToken(db, token);
		expect(result.user).toEqual({
			_id: user._id,
			email: user.email,
			name: user.name,
			isAdmin: false,
			roles: [],
			organisations: []
		});
	});

	it('loggedOutSession_isRejected', async () => {
		const { user } = await createUser(db);
		const token = generateSessionToken();
		const session = await createSession(db, token, user._id);
		await invalidateSession(db, session._id);
		expect((await validateSessionToken(db, token)).session).toBeNull();
	});

	it('slidingExpiry_renewsAnActiveSessionButNeverPastTheAbsoluteCap', async () => {
		const { user } = await createUser(db);
		const token = generateSessionToken();
		const start = new Date('2026-01-01T00:00:00Z');
		await createSession(db, token, user._id, start);
		let now = start;
		// Used every few days, the session keeps renewing...
		for (let day = 5; now.getTime() - start.getTime() < SESSION_ABSOLUTE_MS - 5 * 24 * HOUR; day += 5) {
			now = new Date(start.getTime() + day * 24 * HOUR);
			expect((await validateSessionToken(db, token, now)).session, `day ${day}`).not.toBeNull();
		}
		// ...until the absolute cap, whatever the activity.
		const pastCap = new Date(start.getTime() + SESSION_ABSOLUTE_MS + HOUR);
		expect((await validateSessionToken(db, token, pastCap)).session).toBeNull();
	});

	it('idleSession_expires', async () => {
		const { user } = await createUser(db);
		const token = generateSessionToken();
		const start = new Date();
		await createSession(db, token, user._id, start);
		const later = new Date(start.getTime() + SESSION_SLIDING_MS + HOUR);
		expect((await validateSessionToken(db, token, later)).session).toBeNull();
	});

	it('disablingAnAccount_endsItsSessions', async () => {
		const { user } = await createUser(db);
		const token = generateSessionToken();
		await createSession(db, token, user._id);
		await setUserDisabled(db, { userId: user._id, disabled: true, actor: organiser('admin') });
		expect((await validateSessionToken(db, token)).session).toBeNull();
		const audit = await collections(db).audit.findOne({
			action: 'account.disabled',
			'subject.id': user.email
		});
		expect(audit?.after).toEqual({ disabled: true });
	});

	it('expiredSessions_areSwept', async () => {
		const { user } = await createUser(db);
		await createSession(db, generateSessionToken(), user._id, new Date('2020-01-01T00:00:00Z'));
		expect(await deleteExpiredSessions(db)).toBeGreaterThanOrEqual(1);
	});
});

describe('signIn', () => {
	let db: Db;
	beforeAll(async () => {
		db = await useTestDatabase();
	});

	it('rightPassword_succeedsAndIsAudited', async () => {
		const { user, password } = await createUser(db);
		expect(await signIn(db, { email: user.email.toUpperCase(), password, address: '10.0.0.1' })).toEqual({
			ok: true,
			userId: user._id
		});
		const event = await collections(db).audit.findOne({ action: 'sign-in.succeeded', actor: user._id });
		expect(event?.from).toBe('10.0.0.1');
		expect(JSON.stringify(event)).not.toContain(password);
	});

	it('unknownEmailAndWrongPassword_lookTheSame', async () => {
		const { user } = await createUser(db);
		const unknown = await signIn(db, {
			email: 'nobody@example.org',
			password: 'whatever',
			address: '10.0.0.2'
		});
		const wrong = await signIn(db, { email: user.email, password: 'wrong password', address: '10.0.0.2' });
		expect(unknown).toEqual({ ok: false, reason: 'invalid' });
		expect(wrong).toEqual(unknown);
	});

	it('disabledAccount_cannotSignIn', async () => {
		const { user, password } = await createUser(db, { disabled: true });
		expect(await signIn(db, { email: user.email, password, address: '10.0.0.3' })).toEqual({
			ok: false,
			reason: 'invalid'
		});
	});

	const LIMITS = RATE_LIMITS['sign-in-failure'];
	const MINUTE = 60 * 1000;

	it('repeatedFailuresFromOneAddress_throttleThatPairEvenWithTheRightPassword', async () => {
		const { user, password } = await createUser(db);
		for (let i = 0; i < LIMITS.pair.max; i++) {
			await signIn(db, { email: user.email, password: 'nope', address: '10.1.0.1' });
		}
		expect(await signIn(db, { email: user.email, password, address: '10.1.0.1' })).toEqual({
			ok: false,
			reason: 'throttled'
		});
		// The owner elsewhere is not locked out by someone else's guesses.
		expect((await signIn(db, { email: user.email, password, address: '10.1.0.2' })).ok).toBe(true);
	});

	it('attackerFromManyAddresses_cannotLockTheOwnerOutFromAnAddressTheyUse', async () => {
		const { user, password } = await createUser(db);
		const now = new Date();
		expect((await signIn(db, { email: user.email, password, address: '10.3.0.1', now })).ok).toBe(true);
		// More failures than the account-wide limit, spread so that no pair or address limit is hit.
		for (let i = 0; i <= LIMITS.account.max; i++) {
			await signIn(db, { email: user.email, password: 'nope', address: `10.4.${i >> 2}.${i}`, now });
		}
		// The account-wide limit holds for addresses the account has not signed in from...
		expect(await signIn(db, { email: user.email, password, address: '10.5.0.1', now })).toEqual({
			ok: false,
			reason: 'throttled'
		});
		expect(await signIn(db, { email: user.email, password, address: '10.4.0.0', now })).toEqual({
			ok: false,
			reason: 'throttled'
		});
		// ...but the owner, from an address they signed in from before, still gets in.
		expect(await signIn(db, { email: user.email, password, address: '10.3.0.1', now })).toEqual({
			ok: true,
			userId: user._id
		});
	});

	it('fromAnAddressTheAccountKnows_thePairLimitStillHolds', async () => {
		const { user, password } = await createUser(db);
		const known = '10.12.0.1';
		expect((await signIn(db, { email: user.email, password, address: known })).ok).toBe(true);
		for (let i = 0; i <= LIMITS.account.max; i++) {
			await signIn(db, { email: user.email, password: 'nope', address: `10.13.${i >> 2}.${i}` });
		}
		// Someone sharing the owner's address cannot guess on while the account-wide count is full.
		for (let i = 0; i < LIMITS.pair.max; i++) {
			await signIn(db, { email: user.email, password: 'nope', address: known });
		}
		expect(await signIn(db, { email: user.email, password, address: known })).toEqual({
			ok: false,
			reason: 'throttled'
		});
	});

	it('knownAddresses_areHashedBoundedAndForgottenAfterThirtyDays', async () => {
		const { user, password } = await createUser(db);
		const start = new Date();
		for (let i = 0; i < 12; i++) {
			await signIn(db, { email: user.email, password, address: `10.6.0.${i}`, now: start });
		}
		const stored = await collections(db).signInAddresses.find({ userId: user._id }).toArray();
		expect(stored).toHaveLength(10);
		expect(JSON.stringify(stored)).not.toContain('10.6.0.');
		// The latest is among those kept.
		expect(await isKnownAddress(db, user, '10.6.0.11', start)).toBe(true);

		const later = new Date(start.getTime() + 31 * 24 * 60 * MINUTE);
		for (let i = 0; i <= LIMITS.account.max; i++) {
			await signIn(db, { email: user.email, password: 'nope', address: `10.7.${i >> 2}.${i}`, now: later });
		}
		expect(await signIn(db, { email: user.email, password, address: '10.6.0.11', now: later })).toEqual({
			ok: false,
			reason: 'throttled'
		});
	});

	it('pairThrottle_endsWithinTwoWindows', async () => {
		const { user, password } = await createUser(db);
		const start = new Date();
		for (let i = 0; i < LIMITS.pair.max; i++) {
			await signIn(db, { email: user.email, password: 'nope', address: '10.8.0.1', now: start });
		}
		const soon = new Date(start.getTime() + MINUTE);
		expect((await signIn(db, { email: user.email, password, address: '10.8.0.1', now: soon })).ok).toBe(
			false
		);
		const later = new Date(start.getTime() + 2 * LIMITS.pair.windowMs);
		expect((await signIn(db, { email: user.email, password, address: '10.8.0.1', now: later })).ok).toBe(
			true
		);
	});

	it('repeatedFailuresFromOneAddress_throttleThatAddress', async () => {
		const { user, password } = await createUser(db);
		for (let i = 0; i < LIMITS.address.max; i++) {
			await signIn(db, { email: `stranger${i}@example.org`, password: 'nope', address: '10.9.9.9' });
		}
		expect(await signIn(db, { email: user.email, password, address: '10.9.9.9' })).toEqual({
			ok: false,
			reason: 'throttled'
		});
		expect((await signIn(db, { email: user.email, password, address: '10.9.9.10' })).ok).toBe(true);
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

	it('linkUsedWhileItsLinksAreEnded_isEitherUsedOrEnded_neverBoth', async () => {
		const { user } = await createUser(db);
		const fields = { kind: 'password-reset' as const, email: user.email, createdBy: null };
		for (let round = 0; round < 10; round++) {
			const token = await issueToken(db, fields, HOUR);
			// Someone uses the link while a password change (or a newer request) ends the old ones.
			const [used, ended] = await Promise.all([
				consumeToken(db, token),
				endOutstandingTokens(db, user.email, 'password-reset')
			]);
			expect({ used, ended }, `round ${round}`).toEqual(used ? { used, ended: 0 } : { used, ended: 1 });
		}
	});

	it('linkWhoseUseWasClaimedButNotMarked_isNotOfferedAgain', async () => {
		const { user } = await createUser(db);
		const token = await issueToken(db, { kind: 'password-reset', email: user.email, createdBy: null }, HOUR);
		// As a use that stopped between its claim and marking the link used leaves it.
		await collections(db).tokenUses.insertOne({ _id: sessionIdOf(token), at: new Date() });
		expect(await findPasswordReset(db, token)).toBeNull();
		expect(await resetPassword(db, token, 'Zupełnie nowe hasło 2026')).toBe(false);
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

describe('password change', () => {
	let db: Db;
	beforeAll(async () => {
		db = await useTestDatabase();
	});
	const NEW = 'Zupełnie nowe hasło 2026';

	it('rightCurrentPassword_changesItEndsOtherSessionsAndLinksKeepsThisOneAndTellsTheOwner', async () => {
		const { user, password } = await createUser(db);
		const [here, elsewhere] = [generateSessionToken(), generateSessionToken()];
		const session = await createSession(db, here, user._id);
		await createSession(db, elsewhere, user._id);
		await requestPasswordReset(db, user.email, 'https://miasta.test');
		const resetLink = (await collections(db).outbox.findOne({ to: user.email }))!.text.match(
			/reset-hasla\/([a-z2-7]+)/
		)![1];

		expect(
			await changePassword(db, {
				userId: user._id,
				sessionId: session._id,
				current: password,
				next: NEW,
				address: '10.20.0.1'
			})
		).toEqual({ ok: true });

		expect((await validateSessionToken(db, here)).session).not.toBeNull();
		expect((await validateSessionToken(db, elsewhere)).session).toBeNull();
		expect(await findPasswordReset(db, resetLink)).toBeNull();
		expect((await signIn(db, { email: user.email, password, address: '10.20.0.2' })).ok).toBe(false);
		expect((await signIn(db, { email: user.email, password: NEW, address: '10.20.0.2' })).ok).toBe(true);
		const audit = await collections(db).audit.findOne({ action: 'password.changed', actor: user._id });
		expect(JSON.stringify(audit)).not.toContain(NEW);
		expect(await collections(db).outbox.countDocuments({ to: user.email, subject: /Zmiana hasła/ })).toBe(1);
	});

	it('wrongCurrentPassword_isRefusedAndCountsAsAFailedSignIn', async () => {
		const { user, password } = await createUser(db);
		const session = await createSession(db, generateSessionToken(), user._id);
		const attempt = (current: string) =>
			changePassword(db, {
				userId: user._id,
				sessionId: session._id,
				current,
				next: NEW,
				address: '10.21.0.1'
			});
		const limit = RATE_LIMITS['sign-in-failure'].pair.max;
		for (let i = 0; i < limit; i++)
			expect(await attempt('zgadywane hasło')).toEqual({ ok: false, reason: 'wrong' });
		// Guessing through the form is throttled like signing in, and the other way round.
		expect(await attempt(password)).toEqual({ ok: false, reason: 'throttled' });
		expect(await signIn(db, { email: user.email, password, address: '10.21.0.1' })).toEqual({
			ok: false,
			reason: 'throttled'
		});
		expect((await signIn(db, { email: user.email, password, address: '10.21.0.2' })).ok).toBe(true);
		expect(
			await collections(db).audit.countDocuments({ action: 'password-change.failed', actor: user._id })
		).toBe(limit);
	});
});

describe('password policy', () => {
	it.each([
		['short', 'krotkie', false],
		['common', 'password1234', false],
		['long enough and uncommon', 'Poznań-Lublin-Gdańsk 2015', true],
		['too long', 'x'.repeat(300), false]
	])('%s', (_name, password, accepted) => {
		expect(newPassword.safeParse(password).success).toBe(accepted);
	});
});
