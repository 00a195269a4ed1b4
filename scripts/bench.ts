/**
 * `npm run bench`: a synthetic catalogue of 10 000 practices (`BENCH_PRACTICES`) in a separate
 * database, the production build in front of it, and for each public page its throughput and
 * p50/p95 latency beside a bare `node:http` server sending the same bytes in the same run (the
 * limit of this machine for that response), with the ratio; start-up (catalogue build) time and the
 * server's memory, for a start reading the database, for a start from the catalogue snapshot it
 * wrote and for one from the copy of that snapshot in the database; a write from outside the server (as from another instance) rebuilding its catalogue under
 * load, with its memory; then a second instance on the same database behind a round-robin proxy
 * ("scaling out"). `BENCH_SECONDS`, `BENCH_CONNECTIONS`, `BENCH_ONLY=<regexp of row names>`.
 * Loopback only. Prints figures; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, open, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { MongoClient } from 'mongodb';
import { bumpCatalogueVersion } from '../src/lib/server/catalogue/version.ts';
import { chooseDatabase, freePort, probeMachine, startDatabase } from '../startup/embedded-database.ts';
import { fillSyntheticCatalogue } from './bench-catalogue.ts';

const root = path.resolve(import.meta.dirname, '..');
const PRACTICES = Number(process.env.BENCH_PRACTICES ?? 10_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

function percentile(sorted: number[], p: number) {
	return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

interface Figures {
	rps: number;
	p50: number;
	p95: number;
	errors: number;
}

async function measure(
	url: string,
	connections: number,
	headers: Record<string, string> = {},
	everyTimeNew = false
): Promise<Figures> {
	const latencies: number[] = [];
	let n = 0;
	const { pathname, search } = new URL(url);
	const result = await autocannon({
		url,
		connections,
		duration: DURATION,
		headers,
		// A parameter the page ignores, new for every request: nothing is served from the cache.
		requests: everyTimeNew
			? [
					{
						setupRequest: (request) => ({
							...request,
							path: `${pathname}${search ? `${search}&` : '?'}bench=${++n}`
						})
					}
				]
			: undefined,
		setupClient: (client) => client.on('response', (_status, _bytes, time) => latencies.push(time))
	});
	latencies.sort((a, b) => a - b);
	return {
		p50: percentile(latencies, 50),
		p95: percentile(latencies, 95),
		rps: result.requests.average,
		errors: result.errors + result.timeouts + result.non2xx
	};
}

/**
 * A bare `node:http` server in its own process answering every request with the given bytes and
 * headers: the most this machine can serve of that response, measured in the same run.
 */
async function startStaticCopy(file: string, headers: Record<string, string>) {
	const port = await freePort();
	const code = `
		import { createServer } from 'node:http';
		import { readFileSync } from 'node:fs';
		const body = readFileSync(process.env.BODY_FILE);
		const headers = JSON.parse(process.env.BODY_HEADERS);
		createServer((req, res) => { res.writeHead(200, { ...headers, 'content-length': body.length }); res.end(body); })
			.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
	`;
	const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
		env: { ...process.env, PORT: String(port), BODY_FILE: file, BODY_HEADERS: JSON.stringify(headers) },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((resolve, reject) => {
		child.stdout!.once('data', () => resolve());
		child.once('exit', () => reject(new Error('static copy server exited')));
	});
	return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill('SIGTERM') };
}

/** The server process's resident memory now and at its peak (Linux), in MB. */
async function memoryOf(pid: number) {
	try {
		const status = await readFile(`/proc/${pid}/status`, 'utf8');
		const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
		return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
	} catch {
		return { rss: NaN, peak: NaN };
	}
}

/**
 * Starts a production server on the database; resolves once it answers (it builds its catalogue
 * before it listens). `env` is added to its environment.
 */
async function startInstance(
	uri: string,
	env: NodeJS.ProcessEnv = {},
	stdio: 'inherit' | 'ignore' = 'ignore'
) {
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [path.join(root, 'build', 'index.js')], {
		env: { ...process.env, MONGODB_URI: uri, PORT: String(port), HOST: '127.0.0.1', ORIGIN: base, ...env },
		stdio
	});
	const exited = new Promise((resolve) => child.once('exit', resolve));
	const launched = Date.now();
	const wait = Number(process.env.BENCH_STARTUP_SECONDS ?? 900) * 1000;
	while (
		!(await fetch(`${base}/healthz`).then(
			(r) => r.ok,
			() => false
		))
	) {
		if (child.exitCode !== null || Date.now() - launched > wait)
			throw new Error(`The server on ${base} did not answer within ${wait / 1000} s of starting`);
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	const startedIn = Date.now() - launched;
	return { base, port, pid: child.pid!, startedIn, stop: () => (child.kill('SIGTERM'), exited) };
}

/**
 * A round-robin proxy in its own process, in front of the given ports, as a load balancer in front
 * of several app processes would be. It counts the answers of each instance.
 */
async function startProxy(ports: number[]) {
	const port = await freePort();
	const code = `
		import { createServer, request, Agent } from 'node:http';
		const ports = JSON.parse(process.env.TARGETS);
		const agent = new Agent({ keepAlive: true, maxSockets: 64 });
		const served = ports.map(() => 0);
		let next = 0;
		createServer((req, res) => {
			if (req.url === '/__served') return res.end(JSON.stringify(served));
			const i = next++ % ports.length;
			const upstream = request({ host: '127.0.0.1', port: ports[i], path: req.url, method: req.method, headers: req.headers, agent }, (answer) => {
				served[i]++;
				res.writeHead(answer.statusCode, answer.headers);
				answer.pipe(res);
			});
			upstream.on('error', () => { res.statusCode = 502; res.end(); });
			req.pipe(upstream);
		}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
	`;
	const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
		env: { ...process.env, PORT: String(port), TARGETS: JSON.stringify(ports) },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	await new Promise<void>((resolve, reject) => {
		child.stdout!.once('data', () => resolve());
		child.once('exit', () => reject(new Error('proxy exited')));
	});
	const url = `http://127.0.0.1:${port}`;
	return {
		url,
		served: () => fetch(`${url}/__served`).then((r) => r.json() as Promise<number[]>),
		stop: () => child.kill('SIGTERM')
	};
}

/**
 * Scaling out: a second app process on the same database, each with its own catalogue, behind one
 * proxy. Both answer the same bytes; on two cores the machine, not the app, sets the total.
 */
async function scaleOut(uri: string, first: string, env: NodeJS.ProcessEnv) {
	const second = await startInstance(uri, env);
	try {
		const a = await fetch(`${first}/praktyki`).then((r) => r.text());
		const b = await fetch(`${second.base}/praktyki`).then((r) => r.text());
		const firstPort = Number(new URL(first).port);
		const one = await startProxy([firstPort]);
		const alone = await measure(`${one.url}/praktyki`, CONNECTIONS);
		one.stop();
		const both = await startProxy([firstPort, second.port]);
		const shared = await measure(`${both.url}/praktyki`, CONNECTIONS);
		const served = await both.served();
		both.stop();
		console.log(
			`\nScaling out: a second instance on the same database (and the same snapshot folder) started in ${(second.startedIn / 1000).toFixed(1)} s and answers /praktyki with ${a === b ? 'the same bytes as' : 'OTHER BYTES THAN'} the first. Behind a round-robin proxy (its own process), /praktyki: one instance ${alone.rps.toFixed(0)} req/s (p95 ${alone.p95.toFixed(0)} ms), two instances ${shared.rps.toFixed(0)} req/s (p95 ${shared.p95.toFixed(0)} ms, answers ${served.join(' + ')}, errors ${shared.errors}).`
		);
	} finally {
		second.stop();
	}
}

/**
 * A practice changed in the database and the catalogue version bumped with the record of that
 * practice, as by a curation through another instance: the server reads that practice again and
 * rebuilds its catalogue in the background (both views alive until the new one is ready) while
 * 32 clients keep asking for /praktyki.
 */
async function rebuildUnderLoad(uri: string, base: string, pid: number, snapshotFile: string) {
	const before = await memoryOf(pid);
	const client = new MongoClient(uri);
	let version = '';
	const title = `Tytuł zmieniony ${Date.now()}`;
	const page = `${base}/praktyki/syntetyczna-praktyka-4242`;
	try {
		const db = client.db('miasta_bench');
		const changed = await db
			.collection('practices')
			.findOneAndUpdate({ slug: 'syntetyczna-praktyka-4242' }, { $set: { title, updatedAt: new Date() } });
		version = await bumpCatalogueVersion(db, { practices: [changed!._id] });
	} finally {
		await client.close();
	}
	const written = Date.now();
	// Asked for every 200 ms while the load runs: when the new catalogue is first served.
	const shownIn = (async () => {
		while (!(await fetch(page).then((r) => r.text())).includes(title) && Date.now() - written < 600_000)
			await new Promise((resolve) => setTimeout(resolve, 200));
		return Date.now() - written;
	})();
	const load = await measure(`${base}/praktyki`, CONNECTIONS);
	const shown = await shownIn;
	const after = await memoryOf(pid);
	// The new version's snapshot (its first line names the version), which the next instance reads.
	const snapshotVersion = async () => {
		const file = await open(snapshotFile).catch(() => null);
		if (!file) return false;
		try {
			const { buffer, bytesRead } = await file.read(Buffer.alloc(300), 0, 300, 0);
			return buffer.subarray(0, bytesRead).toString().includes(`"${version}"`);
		} finally {
			await file.close();
		}
	};
	while (!(await snapshotVersion()) && Date.now() - written < 600_000)
		await new Promise((resolve) => setTimeout(resolve, 500));
	console.log(
		`\nA write from outside the server: the changed practice was shown ${(shown / 1000).toFixed(1)} s later (poll every 2 s, then that practice read again and the catalogue rebuilt in the background). In the ${DURATION} s after the write, /praktyki: ${load.rps.toFixed(0)} req/s, p95 ${load.p95.toFixed(0)} ms, errors ${load.errors}. Server RSS ${before.rss} MB before, ${after.rss} MB after; peak ${after.peak} MB${after.peak > before.peak ? ' (set during the rebuild)' : ` (unchanged by the rebuild)`}.`
	);
}

const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(a / b < 0.1 ? 1 : 0)} %`;

async function main() {
	const dataDir = path.join(root, '.data', 'bench');
	await rm(dataDir, { recursive: true, force: true });
	await mkdir(dataDir, { recursive: true });
	const database = await startDatabase(chooseDatabase(process.env, await probeMachine()), {
		dataDir,
		databaseName: 'miasta_bench'
	});
	const uri = database.uri;
	console.log(`Database: ${database.description}`);
	console.log(
		`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 1e9)} GB, Node ${process.version}, load average ${os
			.loadavg()
			.map((l) => l.toFixed(1))
			.join(' ')}`
	);
	let server: Awaited<ReturnType<typeof startInstance>> | null = null;
	try {
		const started = Date.now();
		const total = await fillSyntheticCatalogue(uri, 'miasta_bench', PRACTICES);
		console.log(`Synthetic catalogue: ${total} practices in ${((Date.now() - started) / 1000).toFixed(1)} s`);
		// The first start reads the practices from the database; it then writes the catalogue's
		// snapshot, from which the second start builds it (src/lib/server/catalogue/snapshot.ts).
		// The scheduled rebuild (for writes made outside the app) is put off past the run, so that
		// the one rebuild measured is the one the run causes.
		const snapshots = {
			CATALOGUE_SNAPSHOT_DIR: path.join(dataDir, 'catalogue'),
			CATALOGUE_REFRESH_SECONDS: '86400'
		};
		const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
		const first = await startInstance(uri, snapshots, 'inherit');
		console.log(`Start-up with the catalogue read from the database and built: ${seconds(first.startedIn)}`);
		console.log(`Server RSS after start-up: ${(await memoryOf(first.pid)).rss} MB`);
		const snapshotFile = path.join(snapshots.CATALOGUE_SNAPSHOT_DIR, 'catalogue.jsonl');
		const written = Date.now();
		while (!existsSync(snapshotFile) && Date.now() - written < 600_000)
			await new Promise((resolve) => setTimeout(resolve, 100));
		console.log(
			`Catalogue snapshot written ${seconds(Date.now() - written)} after start-up: ${(statSync(snapshotFile).size / 1e6).toFixed(0)} MB`
		);
		// Then the copy in the database, for servers without one on disk (catalogue/shared-snapshot.ts).
		const client = new MongoClient(uri);
		const sharedFiles = client.db('miasta_bench').collection('catalogueSnapshots.files');
		while (!(await sharedFiles.countDocuments()) && Date.now() - written < 600_000)
			await new Promise((resolve) => setTimeout(resolve, 100));
		const shared = await sharedFiles.findOne({});
		await client.close();
		console.log(
			`Catalogue snapshot in the database written ${seconds(Date.now() - written)} after start-up: ${((shared?.length ?? NaN) / 1e6).toFixed(1)} MB gzipped`
		);
		await first.stop();
		const { CATALOGUE_SNAPSHOT_DIR: _, ...withoutFolder } = snapshots;
		const newMachine = await startInstance(uri, withoutFolder, 'inherit');
		console.log(
			`Start-up without a snapshot on disk, the catalogue built from the database's snapshot: ${seconds(newMachine.startedIn)}`
		);
		await newMachine.stop();
		server = await startInstance(uri, snapshots, 'inherit');
		const base = server.base;
		console.log(`Start-up with the catalogue built from the snapshot: ${seconds(server.startedIn)}`);
		const warm = Date.now();
		await fetch(`${base}/praktyki`);
		console.log(`First catalogue page: ${Date.now() - warm} ms`);
		const startMemory = await memoryOf(server.pid);
		console.log(`Server RSS after start-up: ${startMemory.rss} MB`);

		const rows: [string, string, Record<string, string>?][] = [
			['/praktyki', '/praktyki'],
			['/praktyki?category=study-in', '/praktyki?category=study-in'],
			['/praktyki?theme=…&sort=year&page=3', '/praktyki?theme=labour-market&sort=year&page=3'],
			['/praktyki?q=punkt informacyjny', '/praktyki?q=punkt%20informacyjny'],
			['/api/v1/practices?q=integracja', '/api/v1/practices?q=integracja'],
			['practice page', '/praktyki/syntetyczna-praktyka-4242'],
			['place page', '/miejsca/lublin'],
			['edition page', '/edycje/miasta-otwarte-2015'],
			['home', '/'],
			['/praktyki, brotli', '/praktyki', { 'accept-encoding': 'br' }],
			['export.json, gzip', '/api/v1/export.json', { 'accept-encoding': 'gzip' }],
			['export.csv, gzip', '/api/v1/export.csv', { 'accept-encoding': 'gzip' }],
			// One client at a time: the time to serve one export, without 31 others sharing the line.
			[
				'export.json, gzip, 1 connection',
				'/api/v1/export.json',
				{ 'accept-encoding': 'gzip', connections: '1' }
			],
			[
				'export.csv, gzip, 1 connection',
				'/api/v1/export.csv',
				{ 'accept-encoding': 'gzip', connections: '1' }
			],
			// Rendered for every request (a new URL each time): the cost of a page not yet kept.
			['/praktyki, uncached', '/praktyki', { uncached: 'yes' }],
			['/praktyki?category=study-in, uncached', '/praktyki?category=study-in', { uncached: 'yes' }],
			['/praktyki?q=punkt informacyjny, uncached', '/praktyki?q=punkt%20informacyjny', { uncached: 'yes' }],
			['practice page, uncached', '/praktyki/syntetyczna-praktyka-4242', { uncached: 'yes' }]
		];
		const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
		console.log(
			`\n${CONNECTIONS} connections, ${DURATION} s each; the static copy is a bare node:http server sending the same bytes, measured in the same run.\n`
		);
		console.log(
			'| page | bytes | req/s | p50 ms | p95 ms | errors | static copy req/s | static p95 ms | ratio |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- |'
		);
		for (const [name, target, { uncached, connections: rowConnections, ...headers } = {}] of rows) {
			const connections = Number(rowConnections ?? CONNECTIONS);
			if (only && !only.test(name)) continue;
			const sample = await fetch(`${base}${target}`, {
				headers: { 'accept-encoding': 'identity', ...headers }
			});
			const body = Buffer.from(await sample.arrayBuffer());
			if (!sample.ok) console.log(`(${name}: status ${sample.status})`);
			// The same bytes autocannon receives: compressed ones when it asks for them.
			let bytes = body;
			const copyHeaders: Record<string, string> = {
				'content-type': sample.headers.get('content-type') ?? 'text/html'
			};
			if (headers['accept-encoding'] && headers['accept-encoding'] !== 'identity') {
				const encoded = await fetch(`${base}${target}`, { headers: { ...headers } }).then(async (r) => ({
					encoding: r.headers.get('content-encoding'),
					raw: r
				}));
				await encoded.raw.body?.cancel();
				const zlib = await import('node:zlib');
				bytes =
					encoded.encoding === 'br'
						? zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6 } })
						: encoded.encoding === 'gzip'
							? zlib.gzipSync(body)
							: body;
				if (encoded.encoding) copyHeaders['content-encoding'] = encoded.encoding;
			}
			const file = path.join(dataDir, 'static-copy');
			await writeFile(file, bytes);
			const app = await measure(`${base}${target}`, connections, headers, uncached === 'yes');
			const copy = await startStaticCopy(file, copyHeaders);
			const bare = await measure(copy.url, connections);
			copy.stop();
			console.log(
				`| ${name} | ${bytes.length} | ${app.rps.toFixed(0)} | ${app.p50.toFixed(0)} | ${app.p95.toFixed(0)} | ${app.errors} | ${bare.rps.toFixed(0)} | ${bare.p95.toFixed(0)} | ${pct(app.rps, bare.rps)} |`
			);
		}
		const endMemory = await memoryOf(server.pid);
		console.log(`\nServer RSS at the end: ${endMemory.rss} MB (peak ${endMemory.peak} MB)`);
		if (!only || only.test('rebuild')) await rebuildUnderLoad(uri, base, server.pid, snapshotFile);
		if (!only || only.test('scaling out')) await scaleOut(uri, base, snapshots);
	} finally {
		await server?.stop();
		await database.stop();
		await rm(dataDir, { recursive: true, force: true });
	}
}

main().then(
	() => process.exit(0),
	(error) => {
		console.error(error);
		process.exit(1);
	}
);
