/**
 * `npm run bench:pages`: what each public page costs a visitor's browser. Serves the production
 * build (`build/`, not built here: run `npx vite build` first) on a free loopback port against its
 * own embedded database seeded with the catalogue (under `.data/bench-pages`), and prints for each
 * public page, in Polish and under /en, the JavaScript it loads: the scripts and modulepreload
 * chunks the page names plus every chunk they import statically (what the browser fetches before
 * the page is interactive), each gzip-compressed with node:zlib at level 9, summed.
 *
 * When Chromium is installed (CHROMIUM_PATH, else /usr/bin/chromium) and BENCH_LIGHTHOUSE is not
 * `0`, it also runs Lighthouse's mobile profile on each page and prints its four scores, the total
 * blocking time and Lighthouse's benchmark index of the machine. Lighthouse is not a dependency of
 * the project (it is large): it is run with `npx --yes lighthouse@12.8.2`, which fetches it into
 * npm's cache on first use. Its performance score moves with the machine's load (printed beside
 * each row): `BENCH_RUNS=n` runs it n times per page and prints the median run.
 * `BENCH_REPORTS=<folder>` keeps each Lighthouse report (JSON); `BENCH_ONLY=<regexp of row names>`.
 * Only 127.0.0.1 is ever audited. Prints figures; asserts nothing.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import { loadCatalogue } from '../seed/catalogue.ts';
import { seedCatalogue } from '../seed/seed.ts';
import { ensureIndexes } from '../src/lib/server/db/collections.ts';
import { chooseDatabase, freePort, probeMachine, startDatabase } from '../startup/embedded-database.ts';
import { javascriptOf } from '../tests/support/page-weight.ts';

const root = path.resolve(import.meta.dirname, '..');
const LIGHTHOUSE = 'lighthouse@12.8.2';
const chromium =
	process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
const wantLighthouse = process.env.BENCH_LIGHTHOUSE !== '0' && Boolean(chromium);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** A fetch that retries once: a kept-alive socket may have been closed while Lighthouse ran. */
const get = (url: string) => fetch(url).catch(() => fetch(url));
const load = () =>
	os
		.loadavg()
		.map((l) => l.toFixed(1))
		.join(' ');

interface Scores {
	performance: number;
	accessibility: number;
	'best-practices': number;
	seo: number;
	tbt: number;
	/** Lighthouse's measure of this machine's speed at the time (a busy machine scores low). */
	benchmarkIndex: number;
	failing: string[];
}

/** Lighthouse's mobile profile (its default) on one URL, in a fresh headless Chromium. */
function lighthouse(url: string): Scores | string {
	const run = spawnSync(
		'npx',
		[
			'--yes',
			LIGHTHOUSE,
			url,
			'--quiet',
			'--output=json',
			'--output-path=stdout',
			'--only-categories=performance,accessibility,best-practices,seo',
			'--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync'
		],
		{ env: { ...process.env, CHROME_PATH: chromium }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }
	);
	if (process.env.BENCH_REPORTS) {
		mkdirSync(process.env.BENCH_REPORTS, { recursive: true });
		const name =
			new URL(url).pathname.replace(/[^a-z0-9]+/gi, '-') + new URL(url).search.replace(/[^a-z0-9]+/gi, '-');
		writeFileSync(path.join(process.env.BENCH_REPORTS, `${name}.json`), run.stdout);
	}
	if (run.status !== 0) return `lighthouse failed: ${(run.stderr || run.stdout).trim().split('\n').at(-1)}`;
	const report = JSON.parse(run.stdout) as {
		categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
		audits: Record<string, { score: number | null; scoreDisplayMode: string; numericValue?: number }>;
		environment: { benchmarkIndex: number };
	};
	const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
	const failing = Object.entries(report.categories).flatMap(([category, { auditRefs }]) =>
		auditRefs
			.filter(({ id }) => {
				const audit = report.audits[id];
				return (
					audit &&
					audit.score !== null &&
					audit.score < (category === 'performance' ? 0.9 : 1) &&
					['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)
				);
			})
			.map(({ id }) => `${category}:${id}`)
	);
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		'best-practices': score('best-practices'),
		seo: score('seo'),
		tbt: Math.round(report.audits['total-blocking-time']?.numericValue ?? NaN),
		benchmarkIndex: Math.round(report.environment?.benchmarkIndex ?? NaN),
		failing
	};
}

/**
 * Lighthouse `RUNS` times on one URL; the run with the median performance score (as Lighthouse's
 * own advice for noisy machines), or the first failure.
 */
function medianLighthouse(url: string): Scores | string {
	const runs: Scores[] = [];
	for (let i = 0; i < RUNS; i++) {
		const result = lighthouse(url);
		if (typeof result === 'string') return result;
		runs.push(result);
	}
	runs.sort((a, b) => a.performance - b.performance || a.tbt - b.tbt);
	return runs[Math.floor((runs.length - 1) / 2)];
}

async function main() {
	if (!existsSync(path.join(root, 'build', 'index.js'))) {
		console.error('No production build in build/: run `npx vite build` first (this script builds nothing).');
		process.exit(2);
	}
	const dataDir = path.join(root, '.data', 'bench-pages');
	await rm(dataDir, { recursive: true, force: true });
	await mkdir(dataDir, { recursive: true });
	const database = await startDatabase(
		chooseDatabase({ ...process.env, MONGODB_URI: '' }, await probeMachine()),
		{
			dataDir,
			databaseName: 'miasta_bench_pages',
			log: () => {}
		}
	);
	const client = new MongoClient(database.uri);
	let server: ChildProcess | null = null;
	try {
		await client.connect();
		const db = client.db('miasta_bench_pages');
		await ensureIndexes(db);
		const report = await seedCatalogue(db, loadCatalogue());
		console.log(`Database: ${database.description}; catalogue seeded (${report.inserted} records).`);
		const port = await freePort();
		const base = `http://127.0.0.1:${port}`;
		server = spawn(process.execPath, [path.join(root, 'build', 'index.js')], {
			env: { ...process.env, MONGODB_URI: database.uri, PORT: String(port), HOST: '127.0.0.1', ORIGIN: base },
			stdio: 'ignore'
		});
		let up = false;
		for (let i = 0; i < 600 && !up; i++) {
			up = await fetch(`${base}/healthz`).then(
				(r) => r.ok,
				() => false
			);
			if (!up) await sleep(250);
		}
		if (!up) throw new Error('The production build did not answer /healthz within 150 s.');

		// One page of each kind, found by following the site's own links.
		const firstLink = async (page: string, prefix: string) => {
			const html = await (await fetch(base + page)).text();
			const match = new RegExp(`href="(${prefix}/[^"?#/]+)"`).exec(html);
			if (!match) throw new Error(`No link to ${prefix}/… on ${page}`);
			return match[1];
		};
		const practice = await firstLink('/praktyki', '/praktyki');
		const place = await firstLink('/miejsca', '/miejsca');
		const edition = await firstLink('/edycje', '/edycje');
		const pages: [string, string][] = [
			['home', '/'],
			['catalogue', '/praktyki'],
			['search', '/praktyki?q=punkt'],
			['practice', practice],
			['place', place],
			['edition', edition]
		];
		const all = [
			...pages,
			...pages.map(([name, url]): [string, string] => [`${name} (en)`, `/en${url === '/' ? '' : url}`])
		];

		console.log(
			`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load average ${load()}`
		);
		console.log(`Pages: practice ${practice}, place ${place}, edition ${edition}.`);
		if (!wantLighthouse)
			console.log(
				chromium
					? 'Lighthouse not run (BENCH_LIGHTHOUSE=0).'
					: 'Lighthouse not run: no Chromium (CHROMIUM_PATH).'
			);
		else console.log(`Lighthouse: npx ${LIGHTHOUSE}, mobile profile, Chromium ${chromium}.`);
		console.log(
			`\n| page | URL | JS files | JS gzip KB | perf | a11y | best pr. | SEO | TBT ms | LH bench. index | load |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`
		);
		const failures = new Map<string, string[]>();
		for (const [name, url] of all) {
			if (only && !only.test(name)) continue;
			const js = await javascriptOf((p) => get(base + p), url);
			const figures = wantLighthouse ? medianLighthouse(base + url) : null;
			const cells =
				figures === null
					? ['–', '–', '–', '–', '–', '–']
					: typeof figures === 'string'
						? [figures, '', '', '', '', '']
						: [
								figures.performance,
								figures.accessibility,
								figures['best-practices'],
								figures.seo,
								figures.tbt,
								figures.benchmarkIndex
							];
			if (figures && typeof figures !== 'string' && figures.failing.length)
				failures.set(name, figures.failing);
			console.log(
				`| ${name} | ${url} | ${js.files.length} | ${(js.gzipBytes / 1024).toFixed(1)} | ${cells.join(' | ')} | ${load()} |`
			);
		}
		if (failures.size) {
			console.log('\nAudits below full marks (performance: below 0.9):');
			for (const [name, ids] of failures) console.log(`  ${name}: ${ids.join(', ')}`);
		}
		if (process.env.BENCH_VERBOSE) {
			const js = await javascriptOf(
				(p) => get(base + p),
				only ? (all.find(([n]) => only.test(n))?.[1] ?? '/') : '/'
			);
			for (const file of js.files) console.log(`  ${(file.gzipBytes / 1024).toFixed(1)} KB  ${file.path}`);
		}
	} finally {
		server?.kill('SIGTERM');
		await client.close();
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
