import { createServer, type Server } from 'node:net';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBuilt } from '../support/built-app';
import { isAlive, signIn, startSite, waitFor, type RunningSite } from '../support/launcher';

/**
 * The real launcher with its embedded database: the database process is killed (SIGKILL) while the
 * site runs. Signed-in pages and /healthz must answer 503 with Retry-After within a second, the
 * public catalogue keep serving from memory, and the site recover by itself with every
 * acknowledged write still there.
 */
describeBuilt('database outage', () => {
	let site: RunningSite;
	let cookie: string;
	let draftPath: string;
	const title = `Outage draft ${Date.now()}`;

	beforeAll(async () => {
		site = await startSite('outage', 'launcher');
		cookie = await signIn(site, 'miasto@demo.miasta-otwarte.test');
		const created = await site.fetch('/zgloszenia?/create', {
			method: 'POST',
			headers: {
				Origin: site.origin,
				Cookie: cookie,
				Accept: 'text/html',
				'Content-Type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams({ edition: 'demo', title })
		});
		expect(created.status, await created.text()).toBe(303);
		draftPath = created.headers.get('location')!;
		expect(draftPath).toMatch(/^\/zgloszenia\/.+/);
	}, 180_000);

	let blocker: Server | null = null;
	afterAll(async () => {
		blocker?.close();
		await site?.dispose();
	});

	const timed = async (path: string, init: RequestInit = {}) => {
		const started = performance.now();
		const response = await site.fetch(path, init);
		const body = await response.text();
		return { response, body, ms: performance.now() - started };
	};

	it('answersFast_servesCatalogue_andRecovers_whenTheDatabaseIsKilled', async () => {
		const withCookie = { headers: { Cookie: cookie } };
		expect((await timed(draftPath, withCookie)).response.status).toBe(200);
		const databasePid = site.lock()!.databasePid!;
		expect(isAlive(databasePid)).toBe(true);

		// FerretDB restarts in a fraction of a second, so the test holds its port for a while (closing
		// every connection at once): the restarts fail, as with a database that stays down.
		const port = Number(new URL(site.lock()!.uri!).port);
		// Writes acknowledged up to the moment of the kill must all survive it.
		const writer = new MongoClient(site.lock()!.uri!, { serverSelectionTimeoutMS: 300 });
		const acknowledged: number[] = [];
		let writing = true;
		const writes = (async () => {
			const journal = writer.db().collection('outage_journal');
			for (let n = 0; writing; n++) {
				try {
					await journal.insertOne({ n, at: new Date() });
					acknowledged.push(n);
				} catch {
					break;
				}
			}
		})();
		await waitFor('writes to be acknowledged', () => acknowledged.length >= 20, 10_000, 5);
		process.kill(databasePid, 'SIGKILL');
		await writes;
		writing = false;
		await writer.close(true);
		await waitFor('the database process to die', () => !isAlive(databasePid), 5_000, 20);
		blocker = await holdPort(port);

		// The first answers after the kill: bounded too, even before the driver has noticed.
		const health = await timed('/healthz');
		const page = await timed(draftPath, withCookie);
		for (const { response, ms } of [health, page]) {
			expect(response.status).toBe(503);
			expect(ms).toBeLessThan(1000);
		}

		// While down (the launcher waits 0.5 s before the first restart): every answer fast.
		const down = [
			await timed('/healthz'),
			await timed(draftPath, withCookie),
			await timed('/konto', withCookie),
			await timed('/en/konto', withCookie),
			await timed(`${draftPath}/__data.json`, withCookie)
		];
		for (const { response, ms } of down) {
			if (response.status === 200) continue; // the database came back already
			expect(response.status).toBe(503);
			expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
			expect(ms).toBeLessThan(1000);
		}
		const pagePl = down[2];
		if (pagePl.response.status === 503) {
			expect(pagePl.body).toContain('Miasta Otwarte');
			expect(pagePl.body).toContain('Chwilowa przerwa');
			expect(pagePl.body).toContain('href="/praktyki"');
		}
		const pageEn = down[3];
		if (pageEn.response.status === 503) {
			expect(pageEn.body).toContain('Temporarily unavailable');
			expect(pageEn.body).toContain('href="/en/praktyki"');
		}

		// The public catalogue is served from memory, with or without a session cookie, which is kept.
		for (const path of ['/', '/praktyki', '/api/v1/practices']) {
			for (const init of [{}, withCookie]) {
				const { response, ms } = await timed(path, init);
				expect(response.status, path).toBe(200);
				expect(ms).toBeLessThan(1000);
				expect(response.headers.getSetCookie().filter((c) => c.startsWith('session='))).toEqual([]);
			}
		}
		const practices = (await (await site.fetch('/api/v1/practices')).json()) as {
			items: { slug: string }[];
		};
		const slug = practices.items[0].slug;
		expect((await timed(`/praktyki/${slug}`, withCookie)).response.status).toBe(200);

		await waitFor('a failed restart', () => /did not start again/.test(site.output()), 10_000);
		await new Promise<void>((resolve) => blocker!.close(() => resolve()));
		blocker = null;

		// Recovery without intervention: a new database process on the same port, the same data.
		await waitFor(
			'/healthz to answer 200 again',
			async () => (await timed('/healthz')).response.status === 200,
			30_000
		);
		const restartedPid = await waitFor(
			'the lock file to name the new database process',
			() => site.lock()?.databasePid !== databasePid && site.lock()?.databasePid,
			5_000
		);
		expect(isAlive(restartedPid)).toBe(true);
		const after = await timed(draftPath, withCookie);
		expect(after.response.status).toBe(200);
		expect(after.body).toContain(title);
		expect(site.output()).toMatch(/restarting it in 0\.5 s/);
		const reader = new MongoClient(site.lock()!.uri!);
		try {
			const journal = reader.db().collection('outage_journal');
			const stored = (await journal.find().toArray()).map((d) => d.n as number);
			expect(stored).toEqual(expect.arrayContaining(acknowledged));
		} finally {
			await reader.close();
		}
	}, 90_000);

	it('answersWithinSeconds_andRecovers_whenTheDatabaseHangs', async () => {
		// A frozen process keeps its port open and never answers: only timeouts can tell.
		const withCookie = { headers: { Cookie: cookie } };
		await waitFor(
			'the site to be up',
			async () => (await timed('/konto', withCookie)).response.status === 200,
			30_000
		);
		const databasePid = site.lock()!.databasePid!;
		process.kill(databasePid, 'SIGSTOP');
		try {
			const frozen = await timed('/konto', withCookie);
			expect(frozen.response.status).toBe(503);
			expect(frozen.response.headers.get('retry-after')).toBe('10');
			// The monitor's wait (MONGODB_CONNECT_TIMEOUT_MS, 2 s) plus one heartbeat, with room for a busy machine.
			expect(frozen.ms).toBeLessThan(4_000);
			const known = await timed('/konto', withCookie);
			expect(known.response.status).toBe(503);
			expect(known.ms).toBeLessThan(1_000);
			expect((await timed('/praktyki', withCookie)).response.status).toBe(200);
		} finally {
			process.kill(databasePid, 'SIGCONT');
		}
		await waitFor(
			'/konto to answer 200 again',
			async () => (await timed('/konto', withCookie)).response.status === 200,
			30_000
		);
		expect(site.lock()!.databasePid).toBe(databasePid);
	}, 90_000);
});

async function holdPort(port: number): Promise<Server> {
	const server = createServer((socket) => socket.destroy());
	await waitFor(
		`port ${port} to be free`,
		() =>
			new Promise<boolean>((resolve) => {
				server.once('error', () => resolve(false));
				server.listen(port, '127.0.0.1', () => resolve(true));
			}),
		2_000,
		10
	);
	return server;
}
