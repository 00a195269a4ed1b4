/**
 * Several app instances on one database converge: a write through one is served by the other
 * within seconds, because every write that changes what is public stores a new catalogue version
 * and every instance polls it. Two production builds run as separate processes on two ports.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { loadCatalogue } from '../../seed/catalogue';
import { seedCatalogue } from '../../seed/seed';
import { collections } from '../../src/lib/server/db/collections';
import { createSession, generateSessionToken } from '../../src/lib/server/auth/session';
import { describeBuilt } from '../support/built-app';
import { createUser } from '../support/factories';
import { useTestDatabase } from '../support/database';
import { payloads } from '../support/form-payloads';
import { startInstance, type Instance } from '../support/instances';

describeBuilt('two instances on one database', () => {
	let db: Db;
	let one: Instance;
	let two: Instance;
	let cookie: string;

	beforeAll(async () => {
		db = await useTestDatabase();
		await seedCatalogue(db, loadCatalogue());
		const { user } = await createUser(db, { isAdmin: true });
		const token = generateSessionToken();
		await createSession(db, token, user._id);
		cookie = `session=${token}`;
		[one, two] = await Promise.all([startInstance(db), startInstance(db)]);
	}, 120_000);
	afterAll(() => {
		one?.process.kill('SIGTERM');
		two?.process.kill('SIGTERM');
	});

	it('writeThroughOne_isServedByTheOther', async () => {
		const practice = (await collections(db).practices.findOne({ status: 'catalogue' }))!;
		const page = (instance: Instance) =>
			fetch(`${instance.origin}/praktyki/${practice.slug}`).then((r) => r.text());
		// Both have the page in their cache before the write.
		for (const instance of [one, two]) {
			await page(instance);
			expect(await page(instance)).toContain(practice.title);
			expect(await page(instance)).not.toContain('Praktyka po redakcji');
		}
		const saved = await fetch(`${one.origin}/admin/katalog/${practice.slug}`, {
			method: 'POST',
			headers: { cookie, origin: one.origin, 'content-type': 'application/x-www-form-urlencoded' },
			body: payloads.curate(practice.version),
			redirect: 'manual'
		});
		expect(saved.status).toBe(200);
		const written = Date.now();
		expect(await page(one)).toContain('Praktyka po redakcji');
		// The other instance learns it from the stored version on its next poll (every 2 s) and rebuilds.
		let seen = false;
		while (!seen && Date.now() - written < 30_000) {
			seen = (await page(two)).includes('Praktyka po redakcji');
			if (!seen) await new Promise((resolve) => setTimeout(resolve, 100));
		}
		console.log(`The second instance served the write after ${Date.now() - written} ms`);
		expect(seen).toBe(true);
		const search = await fetch(`${two.origin}/api/v1/practices?q=redakcji&pageSize=100`).then((r) =>
			r.json()
		);
		expect(search.items.map((p: { slug: string }) => p.slug)).toContain(practice.slug);
	}, 60_000);
});
