import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { signIn } from '../../src/lib/server/auth';
import { collections } from '../../src/lib/server/db/collections';
import { DEMO_EDITION, ensureDemoAccounts } from '../../startup/demo-accounts';
import { useTestDatabase } from '../support/database';

const DEMO_EMAILS = [
	'admin@demo.miasta-otwarte.test',
	'juror@demo.miasta-otwarte.test',
	'miasto@demo.miasta-otwarte.test'
];

describe('demo accounts', () => {
	let db: Db;
	beforeAll(async () => {
		db = await useTestDatabase();
	});

	it('twoStartsAtOnce_createTheEditionAndEachAccountOnce_andShowOnlyPasswordsThatWork', async () => {
		const [first, second] = await Promise.all([ensureDemoAccounts(db), ensureDemoAccounts(db)]);
		const c = collections(db);
		expect(await c.editions.countDocuments({ slug: DEMO_EDITION })).toBe(1);
		expect((await c.users.find({ isDemo: true }).toArray()).map((u) => u.email).sort()).toEqual(DEMO_EMAILS);
		// Each account is shown once, by the start that created it, with the password it stored.
		const shown = [...first, ...second];
		expect(shown.map((account) => account.email).sort()).toEqual(DEMO_EMAILS);
		for (const account of shown) {
			expect(
				(await signIn(db, { email: account.email, password: account.password, address: '10.50.0.1' })).ok,
				account.email
			).toBe(true);
		}
		expect(await ensureDemoAccounts(db)).toEqual([]);
	});

	it('twoStartsAtOnceOnADatabaseWithoutIndexes_stillCreateEachAccountOnce', async () => {
		const bare = await useTestDatabase({ indexes: false });
		const [first, second] = await Promise.all([ensureDemoAccounts(bare), ensureDemoAccounts(bare)]);
		expect([...first, ...second].map((account) => account.email).sort()).toEqual(DEMO_EMAILS);
		const c = collections(bare);
		expect(await c.users.countDocuments({ isDemo: true })).toBe(3);
		expect(await c.editions.countDocuments({ slug: DEMO_EDITION })).toBe(1);
	});
});
