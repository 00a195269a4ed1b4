/**
 * `npm run bench:jury`: a jury scoring at once through the production build, with the embedded
 * database killed (SIGKILL) part-way and started again on the same data and port. In a fresh data
 * directory: an edition in review with the template's criteria, BENCH_ENTRIES submitted entries
 * (20), BENCH_JURORS jurors (50) each signed in (a session record, as a sign-in makes) and assigned
 * every entry; each juror autosaves every entry BENCH_SAVES times (3) and submits it
 * (see `jury-load.ts`). Prints requests, acknowledged saves and how many of them are found
 * afterwards, lost, duplicates, errors by kind, latency percentiles and duration.
 *
 * Exits non-zero only when the harness fails (no database, no app, nothing accepted at all), never
 * because of the figures.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { createSession, generateSessionToken } from '../src/lib/server/auth/session.ts';
import {
	collections,
	ensureIndexes,
	type PracticeDoc,
	type UserDoc
} from '../src/lib/server/db/collections.ts';
import { criteriaTemplate } from '../src/lib/server/editions/criteria-template.ts';
import { chooseDatabase, freePort, probeMachine } from '../startup/embedded-database.ts';
import { buildFerretdb, ferretdbArgs } from '../startup/ferretdb.ts';
import { percentile, runJuryLoad, verify, type StoredScore } from './jury-load.ts';

const root = path.resolve(import.meta.dirname, '..');
const JURORS = Number(process.env.BENCH_JURORS ?? 50);
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 20);
const SAVES = Math.max(1, Number(process.env.BENCH_SAVES ?? 3));
/**
 * Time for the load, after which clients start no new request: FerretDB on SQLite takes one write
 * at a time, so on a small machine the whole plan may not fit. What was done is still verified.
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 180);
/** Share of the requests settled (or of the time) before the database is killed. */
const KILL_AT = Number(process.env.BENCH_KILL_AT ?? 0.4);
const DOWN_MS = Number(process.env.BENCH_DOWN_MS ?? 1500);
const EDITION = 'bench-jury';
const DATABASE = 'miasta_bench_jury';

class HarnessError extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The database process, spawned here (not supervised) so that this script decides when it comes back. */
async function databaseCommand(dataDir: string, port: number): Promise<{ binary: string; args: string[] }> {
	const choice = chooseDatabase({ ...process.env, MONGODB_URI: '' }, await probeMachine());
	if (choice.kind === 'mongod') {
		const dbPath = path.join(dataDir, 'mongod');
		await mkdir(dbPath, { recursive: true });
		const args = ['--dbpath', dbPath, '--bind_ip', '127.0.0.1', '--port', String(port), '--quiet'];
		return { binary: choice.binary, args };
	}
	if (choice.kind !== 'ferretdb' && choice.kind !== 'ferretdb-build')
		throw new HarnessError(
			`This benchmark needs FerretDB or mongod on this machine (found: ${choice.kind}).`
		);
	const binary = choice.kind === 'ferretdb' ? choice.binary : await buildFerretdb();
	const ferretDir = path.join(dataDir, 'ferretdb');
	await mkdir(path.join(ferretDir, 'sqlite'), { recursive: true });
	await mkdir(path.join(ferretDir, 'state'), { recursive: true });
	return { binary, args: ferretdbArgs(ferretDir, port) };
}

async function reachable(uri: string, timeoutMs: number) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const client = new MongoClient(uri, { serverSelectionTimeoutMS: 500, connectTimeoutMS: 500 });
		try {
			await client.db('admin').command({ ping: 1 });
			return;
		} catch {
			await sleep(100);
		} finally {
			await client.close();
		}
	}
	throw new HarnessError(`The database did not answer at ${uri} within ${timeoutMs / 1000} s.`);
}

function stop(child: ChildProcess | null, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
	return new Promise((resolve) => {
		if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
		const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
		child.once('exit', () => {
			clearTimeout(killer);
			resolve();
		});
		child.kill(signal);
	});
}

async function prepare(uri: string) {
	const client = new MongoClient(uri);
	try {
		const db = client.db(DATABASE);
		await ensureIndexes(db);
		const c = collections(db);
		const now = new Date();
		const stored = { createdAt: now, updatedAt: now, origin: 'app' as const, version: 1 };
		const criteria = criteriaTemplate();
		const categories = ['Polityka miejska', 'Usługi i informacja', 'Praca i edukacja'];
		await c.places.insertOne({
			slug: 'bench-miasto',
			name: 'Miasto testowe',
			kind: 'city',
			voivodeship: 'mazowieckie',
			lat: 52.2,
			lng: 21,
			...stored
		});
		await c.editions.insertOne({
			slug: EDITION,
			name: 'Edycja do pomiaru',
			year: now.getFullYear(),
			description: 'Pomiar pracy jury.',
			descriptionHtml: '<p>Pomiar pracy jury.</p>',
			phase: 'review',
			isDemo: false,
			submissionsOpen: new Date(now.getTime() - 60 * 86_400_000),
			submissionsClose: new Date(now.getTime() - 10 * 86_400_000),
			reviewDeadline: new Date(now.getTime() + 21 * 86_400_000),
			criteria,
			criteriaVersion: 1,
			awardCategories: categories,
			assignmentMode: 'all',
			...stored
		});
		const entries: PracticeDoc[] = Array.from({ length: ENTRIES }, (_, i) => ({
			slug: `zgloszenie-pomiarowe-${i + 1}`,
			title: `Zgłoszenie pomiarowe ${i + 1}`,
			summary: 'Zgłoszenie przygotowane do pomiaru pracy jury.',
			description: 'Opis zgłoszenia pomiarowego. '.repeat(8),
			descriptionHtml: `<p>${'Opis zgłoszenia pomiarowego. '.repeat(8)}</p>`,
			place: 'bench-miasto',
			organisations: [],
			partners: [],
			categories: ['info-point'],
			themes: ['information'],
			targetGroups: ['immigrants'],
			period: { from: '2020', to: null },
			funding: null,
			keyFigures: [],
			links: [],
			language: 'pl',
			status: 'submitted',
			edition: EDITION,
			jurorQuotes: [],
			...stored
		}));
		await c.practices.insertMany(entries);
		const users: UserDoc[] = Array.from({ length: JURORS }, (_, i) => ({
			_id: `bench-juror-${i + 1}`,
			email: `juror${i + 1}@bench.miasta-otwarte.test`,
			name: `Juror pomiarowy ${i + 1}`,
			passwordHash: null,
			isAdmin: false,
			roles: [{ edition: EDITION, role: 'juror' }],
			organisations: [],
			disabled: false,
			isDemo: false,
			createdAt: now,
			updatedAt: now,
			version: 1
		}));
		await c.users.insertMany(users);
		await c.jurors.insertMany(
			users.map((u) => ({
				edition: EDITION,
				user: u._id,
				invitedEmail: null,
				affiliations: { organisations: [], places: [] },
				publicProfile: false,
				bio: '',
				quotable: true,
				acknowledgedAt: now,
				addedBy: 'bench',
				createdAt: now,
				updatedAt: now,
				version: 1
			}))
		);
		await c.assignments.insertMany(
			users.flatMap((u) =>
				entries.map((e) => ({
					edition: EDITION,
					juror: u._id,
					entry: e.slug,
					source: 'solver' as const,
					by: 'bench',
					createdAt: now
				}))
			)
		);
		const jurors = [];
		for (const u of users) {
			const token = generateSessionToken();
			await createSession(db, token, u._id, now);
			jurors.push({ id: u._id, token });
		}
		return {
			jurors,
			entries: entries.map((e) => e.slug),
			criteria: criteria.map((c) => ({ id: c.id, min: c.scale.min, max: c.scale.max })),
			categories
		};
	} finally {
		await client.close();
	}
}

async function storedScores(uri: string): Promise<StoredScore[]> {
	const client = new MongoClient(uri);
	try {
		return await collections(client.db(DATABASE)).scores.find({ edition: EDITION }).toArray();
	} finally {
		await client.close();
	}
}

async function main(): Promise<number> {
	const dataDir = path.join(root, '.data', 'bench-jury');
	await rm(dataDir, { recursive: true, force: true });
	const port = await freePort();
	const uri = `mongodb://127.0.0.1:${port}/${DATABASE}`;
	const command = await databaseCommand(dataDir, port);
	let database: ChildProcess | null = null;
	let app: ChildProcess | null = null;
	const launch = () => {
		database = spawn(command.binary, command.args, { stdio: 'ignore' });
		return database;
	};
	try {
		launch();
		await reachable(uri, 60_000);
		console.log(`Database: ${path.basename(command.binary)} on 127.0.0.1:${port} (data in ${dataDir})`);
		const setup = performance.now();
		const world = await prepare(uri);
		console.log(
			`Edition in review: ${ENTRIES} entries, ${JURORS} jurors with sessions, every juror on every entry ` +
				`(${((performance.now() - setup) / 1000).toFixed(1)} s)`
		);

		const appLog = openSync(path.join(dataDir, 'app.log'), 'w');
		const appPort = await freePort();
		const base = `http://127.0.0.1:${appPort}`;
		app = spawn(process.execPath, [path.join(root, 'build', 'index.js')], {
			env: {
				...process.env,
				MONGODB_URI: uri,
				PORT: String(appPort),
				HOST: '127.0.0.1',
				ORIGIN: base,
				BODY_SIZE_LIMIT: '12M'
			},
			// The app's own log (errors while the database is down) would drown the figures.
			stdio: ['ignore', appLog, appLog]
		});
		let up = false;
		for (let i = 0; i < 120 && !up; i++) {
			up = await fetch(`${base}/healthz`).then(
				(r) => r.ok,
				() => false
			);
			if (!up) await sleep(500);
		}
		if (!up)
			throw new HarnessError(
				'The production build did not answer /healthz within a minute (run `vite build`?).'
			);

		const total = JURORS * ENTRIES * (SAVES + 1);
		const outage = { at: null as number | null, done: null as Promise<void> | null, ms: 0 };
		const kill = async (settled: number) => {
			outage.at = settled;
			const killed = database!;
			const down = performance.now();
			await stop(killed, 'SIGKILL');
			await sleep(DOWN_MS);
			launch();
			await reachable(uri, 60_000);
			outage.ms = performance.now() - down;
		};
		console.log(
			`Load: ${JURORS} clients, each ${ENTRIES} entries × (${SAVES} autosaves + submit) = ${total} requests ` +
				`within ${SECONDS} s; the database is killed after ${Math.round(KILL_AT * 100)}% of them (or of the time).`
		);
		const started = performance.now();
		const maybeKill = (settled: number) => {
			if (outage.at !== null) return;
			if (settled >= total * KILL_AT || performance.now() - started >= SECONDS * 1000 * KILL_AT)
				outage.done = kill(settled);
		};
		let settledSoFar = 0;
		const ticker = setInterval(() => {
			maybeKill(settledSoFar);
			const seconds = (performance.now() - started) / 1000;
			console.log(
				`  ${seconds.toFixed(0)} s: ${settledSoFar}/${total} requests settled (${(settledSoFar / seconds).toFixed(1)}/s)`
			);
		}, 15_000);
		const result = await runJuryLoad({
			base,
			edition: EDITION,
			entries: world.entries,
			criteria: world.criteria,
			categories: world.categories,
			jurors: world.jurors,
			saves: SAVES,
			deadline: started + SECONDS * 1000,
			onSettled: (settled) => {
				settledSoFar = settled;
				maybeKill(settled);
			}
		});
		clearInterval(ticker);
		await outage.done;
		const verdict = verify(result.latest, await storedScores(uri));

		const ms = (values: number[], p: number) =>
			`${percentile(
				[...values].sort((a, b) => a - b),
				p
			).toFixed(0)} ms`;
		const lines: [string, string | number][] = [
			['requests (planned)', `${result.made} (${result.requests})`],
			['HTTP attempts (retries)', `${result.attempts} (${result.retries})`],
			['acknowledged saves and submits', result.acknowledged],
			['juror × entry pairs acknowledged', verdict.pairs],
			['  latest acknowledged found afterwards', verdict.found],
			['  lost', verdict.lost],
			['  stored newer than acknowledged', verdict.newer],
			['duplicates (score records beyond one per pair)', verdict.duplicates],
			['refused as stale (409)', result.stale],
			['given up', result.givenUp],
			[
				'errors by kind',
				Object.entries(result.errors)
					.sort((a, b) => b[1] - a[1])
					.map(([kind, n]) => `${kind} ${n}`)
					.join(', ') || 'none'
			],
			[
				'latency per attempt p50 / p95 / p99',
				`${ms(result.attemptLatencies, 50)} / ${ms(result.attemptLatencies, 95)} / ${ms(result.attemptLatencies, 99)}`
			],
			[
				'latency per acknowledged request (with retries) p50 / p95 / p99',
				`${ms(result.ackLatencies, 50)} / ${ms(result.ackLatencies, 95)} / ${ms(result.ackLatencies, 99)}`
			],
			[
				'database killed',
				outage.at === null
					? 'no (the load ended first)'
					: `after ${outage.at} settled requests; answering again ${(outage.ms / 1000).toFixed(1)} s later`
			],
			['duration', `${(result.durationMs / 1000).toFixed(1)} s`]
		];
		console.log('');
		for (const [label, value] of lines) console.log(`${label.padEnd(64)} ${value}`);
		for (const example of verdict.examples) console.log(`  lost: ${example}`);
		console.log(`The app's log: ${path.join(dataDir, 'app.log')}`);
		if (result.acknowledged === 0) {
			throw new HarnessError(
				`No request was accepted: is the scoring page (/jury/${EDITION}/<entry>, actions save and submit) in this build?`
			);
		}
		return 0;
	} finally {
		await stop(app);
		await stop(database);
	}
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error(error instanceof HarnessError ? error.message : error);
		process.exit(1);
	}
);
