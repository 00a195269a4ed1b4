import { execFile } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** FerretDB v1 is the last line with the SQLite handler; pinned so every machine runs the same server. */
export const FERRETDB_VERSION = 'v1.24.2';
const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB';

export function ferretdbCacheDir(env: NodeJS.ProcessEnv = process.env): string {
	const cacheRoot = env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
	return path.join(cacheRoot, 'miasta-otwarte', `ferretdb-${FERRETDB_VERSION}`);
}

export function cachedFerretdbPath(env: NodeJS.ProcessEnv = process.env): string {
	return path.join(ferretdbCacheDir(env), 'ferretdb');
}

export async function isExecutable(file: string): Promise<boolean> {
	try {
		const info = await stat(file);
		return info.isFile() && (info.mode & 0o111) !== 0;
	} catch {
		return false;
	}
}

/**
 * Builds FerretDB from its Go module into the cache. A plain `go install` makes a binary that
 * panics at start, because `build/version/version.txt` is written only at release time, so the
 * module source is copied, that file written, and the binary built from the copy.
 */
export async function buildFerretdb(log: (line: string) => void = console.log): Promise<string> {
	const target = cachedFerretdbPath();
	const cacheDir = ferretdbCacheDir();
	await mkdir(cacheDir, { recursive: true });
	const work = await mkdtemp(path.join(tmpdir(), 'ferretdb-build-'));
	const goEnv = { ...process.env, GOFLAGS: '-mod=mod', GOTOOLCHAIN: process.env.GOTOOLCHAIN ?? 'auto' };
	try {
		log(`Building FerretDB ${FERRETDB_VERSION} from its Go module (once, takes a few minutes)…`);
		await writeFile(path.join(work, 'go.mod'), 'module ferretdb-download\n\ngo 1.21\n');
		const { stdout } = await run(
			'go',
			['mod', 'download', '-json', `${FERRETDB_MODULE}@${FERRETDB_VERSION}`],
			{
				cwd: work,
				env: goEnv,
				maxBuffer: 16 * 1024 * 1024
			}
		);
		const moduleDir = (JSON.parse(stdout) as { Dir?: string }).Dir;
		if (!moduleDir) throw new Error('go mod download did not report the module directory');
		const source = path.join(cacheDir, 'src');
		await rm(source, { recursive: true, force: true });
		await cp(moduleDir, source, { recursive: true });
		await run('chmod', ['-R', 'u+w', source]);
		await writeFile(path.join(source, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`);
		await run('go', ['build', '-buildvcs=false', '-trimpath', '-o', target, './cmd/ferretdb'], {
			cwd: source,
			env: goEnv,
			maxBuffer: 16 * 1024 * 1024
		});
		await chmod(target, 0o755);
		await rm(source, { recursive: true, force: true });
		const { stdout: version } = await run(target, ['--version']);
		if (!version.includes(FERRETDB_VERSION)) throw new Error(`unexpected version output: ${version}`);
		log(`FerretDB ${FERRETDB_VERSION} built at ${target}`);
		return target;
	} finally {
		await rm(work, { recursive: true, force: true });
	}
}

/** Command-line flags for a private, loopback-only FerretDB on SQLite with telemetry off. */
export function ferretdbArgs(dataDir: string, port: number): string[] {
	return [
		'--handler=sqlite',
		`--sqlite-url=file:${path.join(dataDir, 'sqlite')}/`,
		`--state-dir=${path.join(dataDir, 'state')}`,
		`--listen-addr=127.0.0.1:${port}`,
		'--debug-addr=-',
		'--telemetry=disable',
		'--log-level=warn'
	];
}

/**
 * FerretDB's environment: Go's collector given room. Reading every practice at start-up makes
 * FerretDB decode each stored document into short-lived objects; with Go's default (collect when the
 * heap doubles) a third of its time went to collecting. Collecting at eleven times the live heap cut
 * the read of 100 000 practices from 34 s to 23 s (README, Performance). Writing them holds far more
 * alive, so the heap is capped at 768 MiB, where Go collects harder: the bench's 100 000 inserts took
 * 43 s instead of 39 s, with FerretDB at 0.9 GB instead of 1.5 GB. Values set in the environment win.
 */
export function ferretdbEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
	return { ...env, GOGC: env.GOGC ?? '1000', GOMEMLIMIT: env.GOMEMLIMIT ?? '768MiB' };
}
