/**
 * Starts Miasta Otwarte with its database: the server named by MONGODB_URI, or the embedded
 * one (mongod or FerretDB, data under DATA_DIR, default `.data/`), seeded when empty.
 *
 *   tsx scripts/with-database.ts start   production build (built first when sources changed)
 *   tsx scripts/with-database.ts dev     Vite's dev server
 *   tsx scripts/with-database.ts seed    seed the catalogue and exit
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { databaseNameFrom, redactUri } from '../src/lib/server/db/index.ts';
import {
	chooseDatabase,
	probeMachine,
	startDatabase,
	type RunningDatabase
} from '../src/lib/server/db/embedded.ts';
import { loadCatalogue } from '../seed/catalogue.ts';
import { isEmpty, seedCatalogue } from '../seed/seed.ts';
import { ensureDemoAccounts } from '../src/lib/server/users/demo.ts';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.resolve(root, process.env.DATA_DIR ?? '.data');
const lockFile = path.join(dataDir, 'run.lock');
const mode = process.argv[2];

class UserFacingError extends Error {}

function isAlive(pid: number | undefined): boolean {
	if (!pid) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** One running instance per data directory; a database left behind by a killed one is stopped. */
async function takeLock(): Promise<void> {
	await mkdir(dataDir, { recursive: true });
	if (existsSync(lockFile)) {
		const lock = JSON.parse(await readFile(lockFile, 'utf8')) as { pid: number; databasePid?: number };
		if (isAlive(lock.pid)) {
			throw new UserFacingError(
				`Miasta Otwarte is already running (process ${lock.pid}) with the data in ${dataDir}.\n` +
					'Stop it first (Ctrl-C in its terminal), or give this one another DATA_DIR.'
			);
		}
		if (isAlive(lock.databasePid)) process.kill(lock.databasePid!, 'SIGTERM');
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	await writeFile(lockFile, JSON.stringify({ pid: process.pid }));
}

async function recordDatabasePid(pid: number | undefined) {
	await writeFile(lockFile, JSON.stringify({ pid: process.pid, databasePid: pid }));
}

async function openDatabase(): Promise<RunningDatabase & { pid?: number }> {
	const choice = chooseDatabase(process.env, await probeMachine());
	if (choice.kind === 'none') throw new UserFacingError(choice.message);
	if (choice.kind !== 'uri') await takeLock();
	const database = await startDatabase(choice, {
		dataDir: path.join(dataDir, 'db'),
		databaseName: process.env.MONGODB_DB ?? 'miasta_otwarte'
	});
	if (choice.kind !== 'uri') await recordDatabasePid(database.pid);
	let client: MongoClient | null = null;
	try {
		client = new MongoClient(database.uri, { serverSelectionTimeoutMS: 5000 });
		const db = client.db(databaseNameFrom(database.uri));
		await db.command({ ping: 1 });
		if (mode === 'seed' || (await isEmpty(db))) {
			const report = await seedCatalogue(db, loadCatalogue());
			console.log(
				`Catalogue seeded: ${report.inserted} inserted, ${report.updated} updated, ${report.unchanged} unchanged.`
			);
		}
		// Demo accounts never land on a real server unless asked for.
		if (choice.kind !== 'uri' || process.env.DEMO_ACCOUNTS === '1') {
			for (const account of await ensureDemoAccounts(db)) {
				console.log(`Demo account (${account.role}): ${account.email}  password: ${account.password}`);
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

function newestChange(paths: string[]): number {
	let newest = 0;
	const visit = (file: string) => {
		if (!existsSync(file)) return;
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
	const sources = ['src', 'static', 'seed', 'svelte.config.js', 'vite.config.ts', 'package.json'];
	return newestChange(sources) > statSync(built).mtimeMs;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
	return new Promise((resolve) => {
		const child = spawn(command, args, { stdio: 'inherit', env, cwd: root });
		let killer: NodeJS.Timeout | undefined;
		const forward = (signal: NodeJS.Signals) => {
			child.kill(signal);
			killer ??= setTimeout(() => child.kill('SIGKILL'), 20_000);
		};
		process.on('SIGINT', forward);
		process.on('SIGTERM', forward);
		child.on('exit', (code, signal) => {
			clearTimeout(killer);
			process.off('SIGINT', forward);
			process.off('SIGTERM', forward);
			resolve(code ?? (signal ? 0 : 1));
		});
	});
}

async function main(): Promise<number> {
	if (!['start', 'dev', 'seed'].includes(mode)) {
		throw new UserFacingError('Usage: tsx scripts/with-database.ts start|dev|seed');
	}
	const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);
	if (mode === 'start' && buildIsStale()) {
		console.log('Building the production site…');
		const code = await run(bin('vite'), ['build'], process.env);
		if (code !== 0) return code;
	}
	const database = await openDatabase();
	try {
		if (mode === 'seed') return 0;
		const env: NodeJS.ProcessEnv = {
			...process.env,
			MONGODB_URI: database.uri,
			PORT: process.env.PORT ?? '3000'
		};
		// Attachments may be up to 10 MB; adapter-node's default body limit is 512 kB.
		env.BODY_SIZE_LIMIT ??= '12M';
		env.ORIGIN ??= `http://${env.HOST && env.HOST !== '0.0.0.0' ? env.HOST : 'localhost'}:${env.PORT}`;
		if (mode === 'dev') return await run(bin('vite'), ['dev', '--port', env.PORT!, '--strictPort'], env);
		console.log(`Miasta Otwarte: ${env.ORIGIN}`);
		return await run(process.execPath, [path.join(root, 'build', 'index.js')], env);
	} finally {
		await database.stop();
		if (existsSync(lockFile)) await rm(lockFile, { force: true });
	}
}

// Ctrl-C reaches the child too; this process waits for it and then stops the database.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => {});

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error(error instanceof UserFacingError ? error.message : error);
		process.exit(1);
	}
);
