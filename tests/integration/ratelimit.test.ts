import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { collections } from '../../src/lib/server/db/collections';
import { clear, hit, peek, RATE_LIMITS } from '../../src/lib/server/ratelimit';
import { useTestDatabase } from '../support/database';

describe('rate limits', () => {
	let db: Db;
	beforeAll(async () => {
		db = await useTestDatabase();
	});
	const { email: perEmail, address: perAddress } = RATE_LIMITS['password-reset'];
	// Times ahead of the clock, so that sweeping past entries never touches a test's entries.
	const DAY = 24 * 60 * 60 * 1000;
	const day = (n: number) => new Date(Date.now() + n * DAY);

	it('requestsPastTheLimit_areRefusedWithAWait', async () => {
		const now = day(1);
		const keys = { email: 'ofiara@example.org', address: '10.30.0.1' };
		for (let i = 0; i < perEmail.max; i++)
			expect((await hit(db, 'password-reset', keys, now)).limited).toBe(false);
		const refused = await hit(db, 'password-reset', keys, now);
		expect(refused.limited).toBe(true);
		if (refused.limited) expect(refused.retryAfterMs).toBeGreaterThan(0);
		expect(refused.limited && refused.retryAfterMs).toBeLessThanOrEqual(2 * perEmail.windowMs);
		// Another address asking for the same email is refused too: the email has had its messages.
		expect((await hit(db, 'password-reset', { ...keys, address: '10.30.0.2' }, now)).limited).toBe(true);
		// The same address asking for someone else is not (its own limit is higher).
		expect((await hit(db, 'password-reset', { ...keys, email: 'inny@example.org' }, now)).limited).toBe(
			false
		);
	});

	it('oneAddress_isLimitedAcrossEmails', async () => {
		const now = day(1);
		const address = '10.31.0.1';
		for (let i = 0; i < perAddress.max; i++)
			expect((await hit(db, 'password-reset', { address, email: `a${i}@example.org` }, now)).limited).toBe(
				false
			);
		expect((await hit(db, 'password-reset', { address, email: 'b@example.org' }, now)).limited).toBe(true);
	});

	it('theWindowSlides_noBurstAtItsEdge', async () => {
		const start = day(2).getTime();
		const keys = { email: 'krawedz@example.org' };
		const at = (fraction: number) => new Date(start + fraction * perEmail.windowMs);
		for (let i = 0; i < perEmail.max; i++) await hit(db, 'password-reset', keys, at(0.9));
		// A moment later (wherever a fixed window would have turned) they all still count...
		const refused = await hit(db, 'password-reset', keys, at(1.05));
		expect(refused).toEqual({ limited: true, retryAfterMs: Math.round(0.85 * perEmail.windowMs) });
		// ...and once a whole window has passed since, none does.
		expect((await hit(db, 'password-reset', keys, at(1.95))).limited).toBe(false);
	});

	it('concurrentRequests_areEachCountedOnce', async () => {
		const now = day(3);
		const keys = { email: 'naraz@example.org' };
		const verdicts = await Promise.all(
			Array.from({ length: 12 }, () => hit(db, 'password-reset', keys, now))
		);
		expect(verdicts.filter((v) => !v.limited)).toHaveLength(perEmail.max);
		expect((await hit(db, 'password-reset', keys, now)).limited).toBe(true);
	});

	it('peek_doesNotCount_andClearForgets', async () => {
		const now = day(4);
		const keys = { pair: 'konto@example.org 10.32.0.1' };
		const limit = RATE_LIMITS['sign-in-failure'].pair.max;
		for (let i = 0; i < 10; i++) expect((await peek(db, 'sign-in-failure', keys, now)).limited).toBe(false);
		for (let i = 0; i < limit; i++) await hit(db, 'sign-in-failure', keys, now);
		expect((await peek(db, 'sign-in-failure', keys, now)).limited).toBe(true);
		await clear(db, 'sign-in-failure', 'pair', keys.pair);
		expect((await peek(db, 'sign-in-failure', keys, now)).limited).toBe(false);
	});

	it('keys_areStoredHashed', async () => {
		await hit(db, 'registration', { email: 'prywatny@example.org', address: '10.33.0.1' });
		const stored = JSON.stringify(await collections(db).throttle.find().toArray());
		expect(stored).not.toContain('prywatny');
		expect(stored).not.toContain('10.33.0.1');
	});
});
