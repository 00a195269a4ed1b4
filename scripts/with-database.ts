/**
 * Starts Miasta Otwarte with its database: the server named by MONGODB_URI, or the embedded
 * one (mongod or FerretDB, data under DATA_DIR, default `.data/`), seeded when empty.
 *
 *   node --import tsx scripts/with-database.ts start           production build (built first when sources changed)
 *   node --import tsx scripts/with-database.ts dev             Vite's dev server
 *   node --import tsx scripts/with-database.ts seed            seed the catalogue and exit
 *   node --import tsx scripts/with-database.ts backup [FILE]   write the whole database to FILE
 *   node --import tsx scripts/with-database.ts restore FILE    load FILE into an empty database
 *
 * The embedded database is restarted (same port) when it dies. SIGTERM or SIGINT to any process of
 * the tree (npm, this launcher, the app, the database) stops them all and releases the lock.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { appendFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { databaseNameFrom, redactUri } from '../src/lib/server/db/index.ts';
import {
	chooseDatabase,
	probeMachine,
	startDatabase,
	type RunningDatabase
} from '../startup/embedded-database.ts';
import {
	BackupError,
	backupDatabase,
	defaultArchivePath,
	restoreDatabase
} from '../src/lib/server/db/backup.ts';
import { loadCatalogue } from '../seed/catalogue.ts';
import { isEmpty, seedCatalogue } from '../seed/seed.ts';
import { ensureDemoAccounts, type DemoAccount } from '../startup/demo-accounts.ts';
import { DEMO_JUROR_EMAIL, ensureDemoJury } from '../startup/demo-jury.ts';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.resolve(root, process.env.DATA_DIR ?? '.data');
const lockFile = path.join(dataDir, 'run.lock');
// The demo passwords, kept beside the data (readable by its owner only) so that every start can
// show them again, not only the one that created the accounts.
const demoAccountsFile = path.join(dataDir, 'demo-accounts.txt');

async function demoAccountLines(created: DemoAccount[]): Promise<string[]> {
	const lines = created.map((a) => `Demo account (${a.role}): ${a.email}  password: ${a.password}`);
	if (lines.length > 0)
		await appendFile(demoAccountsFile, lines.map((l) => `${l}\n`).join(''), { mode: 0o600 });
	if (!existsSync(demoAccountsFile)) return lines;
	const kept = (await readFile(demoAccountsFile, 'utf8')).split('\n').filter(Boolean);
	return [...kept, `(demo passwords as created, kept in ${demoAccountsFile})`];
}
const mode = process.argv[2];
const modes = ['start', 'dev', 'seed', 'backup', 'restore'];
const runsSite = mode === 'start' || mode === 'dev';

class UserFacingError extends Error {}

/** Set by the first SIGTERM/SIGINT, a vanished parent or a database stopped on purpose. */
let stopSignal: NodeJS.Signals | null = null;
const onStop = new Set<(signal: NodeJS.Signals) => void>();
function requestStop(signal: NodeJS.Signals) {
	if (stopSignal) return;
	stopSignal = signal;
	for (const listener of onStop) listener(signal);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => requestStop(signal));
// npm runs scripts under `sh -c`, which passes no signal on: package.json's `exec` makes this the
// shell's own process, so npm's forwarded SIGTERM/SIGINT arrive here. When the parent dies
// anyway (SIGKILL), this process is handed to another parent, and stops.
const parentAtStart = process.ppid;
setInterval(() => {
	if (process.ppid !== parentAtStart) requestStop('SIGTERM');
}, 500).unref();

function isAlive(pid: number | undefined): boolean {
	if (!pid) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

interface Lock {
	pid: number;
	databasePid?: number;
	uri?: string;
}

/**
 * One running instance per data directory; a database left behind by a killed one is stopped.
 * Returns the running instance's lock when one holds the directory (the caller decides).
 */
async function takeLock(): Promise<Lock | null> {
	await mkdir(dataDir, { recursive: true });
	if (existsSync(lockFile)) {
		const lock = JSON.parse(await readFile(lockFile, 'utf8')) as Lock;
		if (isAlive(lock.pid)) return lock;
		if (isAlive(lock.databasePid)) process.kill(lock.databasePid!, 'SIGTERM');
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	await writeFile(lockFile, JSON.stringify({ pid: process.pid }));
	return null;
}

let ownsLock = false;
async function writeLock(lock: Omit<Lock, 'pid'>) {
	await writeFile(lockFile, JSON.stringify({ pid: process.pid, ...lock }));
}

async function openDatabase(): Promise<RunningDatabase & { pid?: number }> {
	const choice = chooseDatabase(process.env, await probeMachine());
	if (choice.kind === 'none') throw new UserFacingError(choice.message);
	if (choice.kind !== 'uri') {
		const running = await takeLock();
		// A backup may read the database of the site that runs on this data directory.
		if (running?.uri && mode === 'backup') {
			return { uri: running.uri, description: "the running site's database", stop: async () => {} };
		}
		if (running) {
			throw new UserFacingError(
				`Miasta Otwarte is already running (process ${running.pid}) with the data in ${dataDir}.\n` +
					'Stop it first (Ctrl-C in its terminal), or give this one another DATA_DIR.'
			);
		}
		ownsLock = true;
	}
	const database = await startDatabase(choice, {
		dataDir: path.join(dataDir, 'db'),
		databaseName: process.env.MONGODB_DB ?? 'miasta_otwarte',
		supervision: runsSite
			? {
					restarted: (pid) => void writeLock({ databasePid: pid, uri: database.uri }),
					stoppedOnPurpose: () => {
						console.log('The database was stopped; stopping Miasta Otwarte.');
						requestStop('SIGTERM');
					},
					log: (line) => console.log(line)
				}
			: undefined
	});
	if (ownsLock) await writeLock({ databasePid: database.pid, uri: database.uri });
	let client: MongoClient | null = null;
	try {
		client = new MongoClient(database.uri, { serverSelectionTimeoutMS: 5000 });
		const db = client.db(databaseNameFrom(database.uri));
		await db.command({ ping: 1 });
		if (runsSite || mode === 'seed') {
			if (mode === 'seed' || (await isEmpty(db))) {
				const report = await seedCatalogue(db, loadCatalogue());
				console.log(
					`Catalogue seeded: ${report.inserted} inserted, ${report.updated} updated, ${report.unchanged} unchanged.`
				);
			}
			// Demo accounts never land on a real server unless asked for.
			if (choice.kind !== 'uri' || process.env.DEMO_ACCOUNTS === '1') {
				for (const line of await demoAccountLines(await ensureDemoAccounts(db))) console.log(line);
				const jury = await ensureDemoJury(db);
				if (jury) {
					console.log(
						`Demo jury: edition "${jury.edition}" in review (${jury.entries} entries, ${jury.jurors} jurors who have scored); ` +
							`${DEMO_JUROR_EMAIL} has ${jury.toScore} entries to score.`
					);
				}
			}
		}
	} catch (error) {
		await database.stop();
		throw new UserFacingError(
			`Cannot use the database at ${redactUri(database.uri)}: ${(error as Error).message}`
		);
	} finally {
		await client?.close();
	}
	console.log(`Database: ${database.description}`);
	return database;
}

/** `backup [FILE]` and `restore FILE`, on the open database. */
async function copyDatabase(uri: string): Promise<number> {
	const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000 });
	try {
		const db = client.db(databaseNameFrom(uri));
		if (mode === 'backup') {
			const file = path.resolve(process.argv[3] ?? defaultArchivePath(root));
			const header = await backupDatabase(db, file);
			const documents = header.collections.reduce((sum, c) => sum + c.documents, 0);
			console.log(
				`Backup written: ${file} (${header.collections.length} collections, ${documents} documents).`
			);
		} else {
			const file = path.resolve(process.argv[3]);
			const restored = await restoreDatabase(db, file);
			const documents = restored.reduce((sum, c) => sum + c.documents, 0);
			console.log(`Restored ${file}: ${restored.length} collections, ${documents} documents.`);
		}
		return 0;
	} catch (error) {
		if (error instanceof BackupError) throw new UserFacingError(error.message);
		throw error;
	} finally {
		await client.close();
	}
}

function newestChange(paths: string[], skipped: string[] = []): number {
	let newest = 0;
	const skip = new Set(skipped.map((p) => path.join(root, p)));
	const visit = (file: string) => {
		if (!existsSync(file) || skip.has(file)) return;
		const info = statSync(file);
		if (info.isDirectory()) for (const entry of readdirSync(file)) visit(path.join(file, entry));
		else newest = Math.max(newest, info.mtimeMs);
	};
	paths.forEach((p) => visit(path.join(root, p)));
	return newest;
}

function buildIsStale(): boolean {
	const built = path.join(root, 'build', 'index.js');
	if (!existsSync(built)) return true;
	const sources = ['src', 'static', 'seed', 'messages', 'svelte.config.js', 'vite.config.ts', 'package.json'];
	// The compiled messages are rewritten by every compile (vitest's too); their source is `messages/`.
	return newestChange(sources, ['src/lib/paraglide']) > statSync(built).mtimeMs;
}

/** Runs a child until it exits; a stop request is passed on to it (SIGKILL after 20 s). */
/** Runs a child process; `quiet` keeps its output and prints it only if it fails. */
function run(
	command: string,
	args: string[],
	env: NodeJS.ProcessEnv,
	{ quiet = false } = {}
): Promise<number> {
	if (stopSignal) return Promise.resolve(0);
	return new Promise((resolve) => {
		const child = spawn(command, args, {
			stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
			env,
			cwd: root
		});
		let output = '';
		const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-200_000));
		child.stdout?.on('data', keep);
		child.stderr?.on('data', keep);
		let killer: NodeJS.Timeout | undefined;
		const forward = (signal: NodeJS.Signals) => {
			child.kill(signal);
			killer ??= setTimeout(() => child.kill('SIGKILL'), 20_000);
		};
		onStop.add(forward);
		child.on('exit', (code) => {
			clearTimeout(killer);
			onStop.delete(forward);
			if (quiet && code !== 0 && !stopSignal) process.stderr.write(output);
			resolve(code ?? (stopSignal ? 0 : 1));
		});
	});
}

async function main(): Promise<number> {
	if (!modes.includes(mode) || (mode === 'restore' && !process.argv[3])) {
		throw new UserFacingError(
			'Usage: node --import tsx scripts/with-database.ts start|dev|seed|backup [FILE]|restore FILE'
		);
	}
	const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
	if (mode === 'start' && buildIsStale()) {
		// The bundler's progress and its warnings about dependencies are noise here; a failure prints them.
		console.log('Building the production site (about a minute)…');
		const started = Date.now();
		// A production build even when started from a test run (vitest sets NODE_ENV to "test").
		const code = await run(
			bin('vite'),
			['build'],
			{ ...process.env, NODE_ENV: 'production' },
			{ quiet: true }
		);
		if (code !== 0) return code;
		console.log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
	}
	if (stopSignal) return 0;
	const database = await openDatabase();
	try {
		if (mode === 'seed' || stopSignal) return 0;
		if (mode === 'backup' || mode === 'restore') return await copyDatabase(database.uri);
		const env: NodeJS.ProcessEnv = {
			...process.env,
			MONGODB_URI: database.uri,
			PORT: process.env.PORT ?? '3000',
			// The app stops by itself when this process is gone (see src/lib/server/lifecycle.ts).
			MIASTA_OTWARTE_LAUNCHER_PID: String(process.pid)
		};
		// Attachments may be up to 10 MB; adapter-node's default body limit is 512 kB.
		env.BODY_SIZE_LIMIT ??= '12M';
		env.ORIGIN ??= `http://${env.HOST && env.HOST !== '0.0.0.0' ? env.HOST : 'localhost'}:${env.PORT}`;
		if (mode === 'dev') return await run(bin('vite'), ['dev', '--port', env.PORT!, '--strictPort'], env);
		// The public catalogue as last read, for a quick next start (src/lib/server/catalogue/snapshot.ts).
		env.CATALOGUE_SNAPSHOT_DIR ??= path.join(dataDir, 'catalogue');
		console.log(`Miasta Otwarte: ${env.ORIGIN}`);
		return await run(process.execPath, [path.join(root, 'build', 'index.js')], env);
	} finally {
		await database.stop();
		if (ownsLock) await rm(lockFile, { force: true });
	}
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error(error instanceof UserFacingError ? error.message : error);
		if (ownsLock) rmSync(lockFile, { force: true });
		process.exit(1);
	}
);
