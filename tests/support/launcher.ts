import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { freePort } from '../../startup/embedded-database';

const root = path.resolve(import.meta.dirname, '..', '..');
export const DEMO_PASSWORD = 'demo-password-for-launcher-tests';

export interface RunningSite {
	origin: string;
	dataDir: string;
	lockFile: string;
	/** The process started here: `npm` or the launcher itself. */
	child: ChildProcess;
	/** Everything the tree printed so far, for failure messages. */
	output(): string;
	lock(): { pid: number; databasePid?: number; uri?: string } | null;
	fetch(pathAndQuery: string, init?: RequestInit): Promise<Response>;
	/** Every process of the tree still alive (the started one and its descendants). */
	tree(): number[];
	/** Kills whatever is left of the tree, then removes the data directory. */
	dispose(): Promise<void>;
}

export function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

function descendants(pid: number): number[] {
	const table = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' })
		.trim()
		.split('\n')
		.map((line) => line.trim().split(/\s+/).map(Number));
	const found: number[] = [];
	const visit = (parent: number) => {
		for (const [child, ppid] of table) {
			if (ppid === parent && !found.includes(child)) {
				found.push(child);
				visit(child);
			}
		}
	};
	visit(pid);
	return found;
}

export async function waitFor<T>(
	what: string,
	check: () => Promise<T | undefined | false> | T | undefined | false,
	timeoutMs: number,
	everyMs = 200
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, everyMs));
	}
}

/**
 * Starts the site as an operator does (`npm start`, or the launcher directly), on a data directory
 * and port of its own, and waits until /healthz answers 200. Needs a production build.
 */
export async function startSite(
	name: string,
	via: 'npm' | 'launcher',
	{ keepData = false } = {}
): Promise<RunningSite> {
	const dataDir = path.join(root, '.data', `test-${name}`);
	if (!keepData) await rm(dataDir, { recursive: true, force: true });
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const env = {
		...process.env,
		DATA_DIR: dataDir,
		PORT: String(port),
		HOST: '127.0.0.1',
		DEMO_PASSWORD,
		MONGODB_URI: '',
		ORIGIN: origin
	};
	const [command, args] =
		via === 'npm'
			? ['npm', ['start', '--silent']]
			: [process.execPath, ['--import', 'tsx', 'scripts/with-database.ts', 'start']];
	const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	const lockFile = path.join(dataDir, 'run.lock');
	const started = new Set<number>();
	const site: RunningSite = {
		origin,
		dataDir,
		lockFile,
		child,
		output: () => output,
		lock: () => {
			try {
				return JSON.parse(readFileSync(lockFile, 'utf8'));
			} catch {
				return null;
			}
		},
		fetch: (pathAndQuery, init) =>
			fetch(origin + pathAndQuery, { redirect: 'manual', signal: AbortSignal.timeout(10_000), ...init }),
		tree: () => {
			// Remembered pids too: a process handed to another parent is still part of what was started.
			for (const pid of [child.pid!, ...descendants(child.pid!)]) started.add(pid);
			const databasePid = site.lock()?.databasePid;
			if (databasePid) started.add(databasePid);
			return [...started].filter(isAlive);
		},
		dispose: async () => {
			for (const pid of site.tree()) {
				try {
					process.kill(pid, 'SIGKILL');
				} catch {
					// already gone
				}
			}
			await rm(dataDir, { recursive: true, force: true });
		}
	};
	try {
		await waitFor(
			'the site to answer /healthz',
			async () => {
				site.tree();
				if (child.exitCode !== null) throw new Error(`The site exited early:\n${output}`);
				return (await site.fetch('/healthz').catch(() => null))?.status === 200;
			},
			120_000,
			300
		);
	} catch (error) {
		await site.dispose();
		throw error;
	}
	site.tree();
	return site;
}

/** Signs in with a demo account and returns the session cookie (`session=…`). */
export async function signIn(site: RunningSite, email: string): Promise<string> {
	const response = await site.fetch('/logowanie', {
		method: 'POST',
		headers: {
			Origin: site.origin,
			Accept: 'text/html',
			'Content-Type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ email, password: DEMO_PASSWORD })
	});
	const cookie = response.headers.getSetCookie().find((c) => c.startsWith('session='));
	if (response.status !== 303 || !cookie) {
		throw new Error(`Sign-in as ${email} answered ${response.status}: ${await response.text()}`);
	}
	return cookie.split(';')[0];
}

export const hasLock = (site: RunningSite) => existsSync(site.lockFile);
