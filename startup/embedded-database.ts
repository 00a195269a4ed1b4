import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import {
	buildFerretdb,
	cachedFerretdbPath,
	ferretdbArgs,
	ferretdbEnvironment,
	isExecutable
} from './ferretdb.ts';

/** Where the database comes from, in the order design.md gives. */
export type DatabaseChoice =
	| { kind: 'uri'; uri: string }
	| { kind: 'mongod'; binary: string }
	| { kind: 'ferretdb'; binary: string }
	| { kind: 'ferretdb-build' }
	| { kind: 'memory-server' }
	| { kind: 'none'; message: string };

/** What the machine offers; gathered by `probeMachine`, passed in so the choice is testable. */
export interface MachineProbe {
	mongodOnPath: string | null;
	ferretdbBinary: string | null;
	goAvailable: boolean;
	memoryServerInstalled: boolean;
}

export const NO_DATABASE_MESSAGE = [
	'No database available. Give Miasta Otwarte one of these:',
	'  - set MONGODB_URI to a MongoDB 6+ (or FerretDB) server, e.g. mongodb://127.0.0.1:27017/miasta_otwarte',
	'  - put `mongod` on the PATH',
	'  - put a FerretDB v1 binary on the PATH (`ferretdb`) or in FERRETDB_BIN',
	'  - install Go (https://go.dev) so that FerretDB can be built once from its module',
	'  - `npm install mongodb-memory-server-core` on a machine that can download MongoDB'
].join('\n');

export function chooseDatabase(env: NodeJS.ProcessEnv, machine: MachineProbe): DatabaseChoice {
	const uri = env.MONGODB_URI?.trim();
	if (uri) return { kind: 'uri', uri };
	if (machine.mongodOnPath) return { kind: 'mongod', binary: machine.mongodOnPath };
	if (machine.ferretdbBinary) return { kind: 'ferretdb', binary: machine.ferretdbBinary };
	if (machine.goAvailable) return { kind: 'ferretdb-build' };
	if (machine.memoryServerInstalled) return { kind: 'memory-server' };
	return { kind: 'none', message: NO_DATABASE_MESSAGE };
}

function findOnPath(command: string, env: NodeJS.ProcessEnv): string | null {
	for (const dir of (env.PATH ?? '').split(path.delimiter)) {
		if (dir && existsSync(path.join(dir, command))) return path.join(dir, command);
	}
	return null;
}

export async function probeMachine(env: NodeJS.ProcessEnv = process.env): Promise<MachineProbe> {
	const candidates = [env.FERRETDB_BIN, findOnPath('ferretdb', env), cachedFerretdbPath(env)];
	let ferretdbBinary: string | null = null;
	for (const candidate of candidates) {
		if (candidate && (await isExecutable(candidate))) {
			ferretdbBinary = candidate;
			break;
		}
	}
	let memoryServerInstalled = false;
	try {
		await import(/* @vite-ignore */ 'mongodb-memory-server-core'.toString());
		memoryServerInstalled = true;
	} catch {
		memoryServerInstalled = false;
	}
	return {
		mongodOnPath: findOnPath('mongod', env),
		ferretdbBinary,
		goAvailable: findOnPath('go', env) !== null,
		memoryServerInstalled
	};
}

export interface RunningDatabase {
	uri: string;
	/** Human description for start-up logs, without credentials. */
	description: string;
	stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
		});
	});
}

async function waitUntilReachable(
	uri: string,
	child: ChildProcess,
	output: () => string,
	timeoutMs = 60_000
) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) {
			throw new Error(`The database process exited with code ${child.exitCode}:\n${output()}`);
		}
		const client = new MongoClient(uri, { serverSelectionTimeoutMS: 500, connectTimeoutMS: 500 });
		try {
			await client.db('admin').command({ ping: 1 });
			return;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 200));
		} finally {
			await client.close();
		}
	}
	throw new Error(`The database did not answer within ${timeoutMs / 1000} s:\n${output()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) return resolve();
		const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
		child.once('exit', () => {
			clearTimeout(killer);
			resolve();
		});
		child.kill('SIGTERM');
	});
}

/** What a supervised database reports to whoever runs it. */
export interface Supervision {
	/** The process died and a new one answers on the same port. */
	restarted(pid: number): void;
	/** The process was stopped on purpose (SIGTERM or SIGINT sent to it): not restarted. */
	stoppedOnPurpose(): void;
	log(line: string): void;
}

/** Restart delays after a crash: 0.5 s, doubling, at most 10 s; back to 0.5 s after a minute up. */
export function restartDelay(attempt: number): number {
	return Math.min(500 * 2 ** attempt, 10_000);
}
const STABLE_AFTER_MS = 60_000;

interface ChildCommand {
	binary: string;
	args: string[];
	env?: NodeJS.ProcessEnv;
}

async function startChild(
	{ binary, args, env }: ChildCommand,
	uri: string,
	description: string,
	supervision?: Supervision
) {
	let output = '';
	const launch = () => {
		const child = spawn(binary, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
		const keep = (chunk: Buffer) => {
			output = (output + chunk.toString()).slice(-8000);
		};
		child.stdout?.on('data', keep);
		child.stderr?.on('data', keep);
		return child;
	};
	let child = launch();
	try {
		await waitUntilReachable(uri, child, () => output);
	} catch (error) {
		await stopChild(child);
		throw error;
	}

	let stopping = false;
	let attempt = 0;
	let retry: NodeJS.Timeout | undefined;
	const watch = (current: ChildProcess) => {
		const startedAt = Date.now();
		current.once('exit', (code, signal) => {
			if (stopping || !supervision) return;
			// FerretDB and mongod exit with 0 when sent SIGTERM or SIGINT; a crash or SIGKILL does not.
			if (code === 0 || signal === 'SIGTERM' || signal === 'SIGINT') return supervision.stoppedOnPurpose();
			if (Date.now() - startedAt > STABLE_AFTER_MS) attempt = 0;
			scheduleRestart(`exited (${signal ?? `code ${code}`})`);
		});
	};
	const scheduleRestart = (why: string) => {
		const delay = restartDelay(attempt++);
		supervision!.log(`The database ${why}; restarting it in ${delay / 1000} s.`);
		retry = setTimeout(async () => {
			if (stopping) return;
			const next = launch();
			child = next;
			try {
				await waitUntilReachable(uri, next, () => output, 30_000);
			} catch {
				await stopChild(next);
				if (!stopping) scheduleRestart('did not start again');
				return;
			}
			if (stopping) return;
			supervision!.log(`The database is back (process ${next.pid}).`);
			watch(next);
			supervision!.restarted(next.pid!);
		}, delay);
	};
	watch(child);

	return {
		uri,
		description,
		get pid() {
			return child.pid;
		},
		stop: async () => {
			stopping = true;
			clearTimeout(retry);
			await stopChild(child);
		}
	};
}

export interface StartOptions {
	/** Directory for the database files, e.g. `.data/db`. */
	dataDir: string;
	databaseName: string;
	log?: (line: string) => void;
	/** Restart the database process when it dies (mongod and FerretDB only). */
	supervision?: Supervision;
}

/** Starts (or connects to) the database chosen for this machine; the caller must `stop()` it. */
export async function startDatabase(
	choice: DatabaseChoice,
	options: StartOptions
): Promise<RunningDatabase & { pid?: number }> {
	const { dataDir, databaseName, log = console.log, supervision } = options;
	switch (choice.kind) {
		case 'uri':
			return { uri: choice.uri, description: 'MONGODB_URI', stop: async () => {} };
		case 'mongod': {
			const dbPath = path.join(dataDir, 'mongod');
			await mkdir(dbPath, { recursive: true });
			const port = await freePort();
			return startChild(
				{
					binary: choice.binary,
					args: ['--dbpath', dbPath, '--bind_ip', '127.0.0.1', '--port', String(port), '--quiet']
				},
				`mongodb://127.0.0.1:${port}/${databaseName}`,
				`mongod (${choice.binary}) on 127.0.0.1:${port}`,
				supervision
			);
		}
		case 'ferretdb-build':
			return startDatabase({ kind: 'ferretdb', binary: await buildFerretdb(log) }, options);
		case 'ferretdb': {
			const ferretDir = path.join(dataDir, 'ferretdb');
			await mkdir(path.join(ferretDir, 'sqlite'), { recursive: true });
			await mkdir(path.join(ferretDir, 'state'), { recursive: true });
			const port = await freePort();
			return startChild(
				{ binary: choice.binary, args: ferretdbArgs(ferretDir, port), env: ferretdbEnvironment() },
				`mongodb://127.0.0.1:${port}/${databaseName}`,
				`FerretDB (SQLite in ${ferretDir}) on 127.0.0.1:${port}`,
				supervision
			);
		}
		case 'memory-server': {
			const { MongoMemoryServer } = await import(/* @vite-ignore */ 'mongodb-memory-server-core'.toString());
			const dbPath = path.join(dataDir, 'memory-server');
			await mkdir(dbPath, { recursive: true });
			const server = await MongoMemoryServer.create({
				instance: { dbPath, ip: '127.0.0.1', storageEngine: 'wiredTiger' }
			});
			return {
				uri: server.getUri(databaseName),
				description: 'MongoDB from mongodb-memory-server',
				stop: async () => void (await server.stop({ doCleanup: false }))
			};
		}
		case 'none':
			throw new Error(choice.message);
	}
}
