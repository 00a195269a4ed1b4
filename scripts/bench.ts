/**
 * `npm run bench`: a synthetic catalogue of 10 000 practices in a separate database, the production
 * build in front of it, and p50/p95 latency and throughput for the main public pages at a few
 * concurrency levels. Loopback only. Prints figures; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import autocannon from 'autocannon';
import { MongoClient } from 'mongodb';
import { loadCatalogue } from '../seed/catalogue.ts';
import { seedCatalogue } from '../seed/seed.ts';
import { collections } from '../src/lib/server/db/collections.ts';
import { chooseDatabase, freePort, probeMachine, startDatabase } from '../startup/embedded-database.ts';
import { renderMarkdown } from '../src/lib/server/markdown/index.ts';

const root = path.resolve(import.meta.dirname, '..');
const PRACTICES = Number(process.env.BENCH_PRACTICES ?? 10_000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONCURRENCY = (process.env.BENCH_CONCURRENCY ?? '1,10,50').split(',').map(Number);

const WORDS = [
	'integracja',
	'imigranci',
	'punkt',
	'informacyjny',
	'strategia',
	'dialog',
	'studenci',
	'praca',
	'szkolenia',
	'edukacja',
	'kultura',
	'mieszkańcy',
	'urząd',
	'doradztwo',
	'język',
	'polski',
	'rodziny',
	'dzieci',
	'pomoc',
	'społeczna'
];
const pick = <T>(items: T[], n: number, seed: number) =>
	Array.from({ length: n }, (_, i) => items[(seed * 7 + i * 13) % items.length]);

async function fillSyntheticCatalogue(uri: string) {
	const client = new MongoClient(uri);
	const db = client.db('miasta_bench');
	await db.dropDatabase();
	const catalogue = loadCatalogue();
	await seedCatalogue(db, catalogue);
	const categories = catalogue.vocabulary.filter((t) => t.kind === 'category').map((t) => t.code);
	const themes = catalogue.vocabulary.filter((t) => t.kind === 'theme').map((t) => t.code);
	const groups = catalogue.vocabulary.filter((t) => t.kind === 'targetGroup').map((t) => t.code);
	const places = catalogue.places.map((p) => p.slug);
	const now = new Date();
	const batch = [];
	for (let i = 0; i < PRACTICES; i++) {
		const description = `### Cele\n\n${pick(WORDS, 60, i).join(' ')}.\n\n- ${pick(WORDS, 8, i + 1).join(' ')}\n- ${pick(WORDS, 8, i + 2).join(' ')}`;
		batch.push({
			slug: `syntetyczna-praktyka-${i}`,
			title: `${pick(WORDS, 4, i).join(' ')} ${i}`,
			summary: pick(WORDS, 25, i + 3).join(' '),
			description,
			descriptionHtml: renderMarkdown(description),
			place: places[i % places.length],
			organisations: [],
			partners: [],
			categories: pick(categories, 2, i),
			themes: pick(themes, 3, i),
			targetGroups: pick(groups, 2, i),
			period: { from: String(2005 + (i % 20)), to: null },
			funding: null,
			keyFigures: [{ label: 'Uczestnicy', value: `${i % 300} osób` }],
			links: [],
			language: 'pl' as const,
			status: 'catalogue' as const,
			edition: null,
			jurorQuotes: [],
			createdAt: now,
			updatedAt: now,
			origin: 'app' as const,
			version: 1
		});
		if (batch.length === 1000) await collections(db).practices.insertMany(batch.splice(0));
	}
	if (batch.length) await collections(db).practices.insertMany(batch);
	const total = await collections(db).practices.countDocuments();
	await client.close();
	return total;
}

function percentile(sorted: number[], p: number) {
	return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

async function measure(url: string, connections: number) {
	const latencies: number[] = [];
	const result = await autocannon({
		url,
		connections,
		duration: DURATION,
		setupClient: (client) => client.on('response', (_status, _bytes, time) => latencies.push(time))
	});
	latencies.sort((a, b) => a - b);
	return {
		p50: percentile(latencies, 50),
		p95: percentile(latencies, 95),
		rps: result.requests.average,
		errors: result.errors + result.non2xx
	};
}

async function main() {
	const dataDir = path.join(root, '.data', 'bench');
	await rm(dataDir, { recursive: true, force: true });
	const database = await startDatabase(chooseDatabase(process.env, await probeMachine()), {
		dataDir,
		databaseName: 'miasta_bench'
	});
	const uri = database.uri;
	console.log(`Database: ${database.description}`);
	let server: ReturnType<typeof spawn> | null = null;
	try {
		const started = Date.now();
		const total = await fillSyntheticCatalogue(uri);
		console.log(`Synthetic catalogue: ${total} practices in ${((Date.now() - started) / 1000).toFixed(1)} s`);
		const port = await freePort();
		server = spawn(process.execPath, [path.join(root, 'build', 'index.js')], {
			env: {
				...process.env,
				MONGODB_URI: uri,
				PORT: String(port),
				HOST: '127.0.0.1',
				ORIGIN: `http://127.0.0.1:${port}`
			},
			stdio: 'inherit'
		});
		const base = `http://127.0.0.1:${port}`;
		for (let i = 0; i < 120; i++) {
			const ok = await fetch(`${base}/healthz`).then(
				(r) => r.ok,
				() => false
			);
			if (ok) break;
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		const warm = Date.now();
		await fetch(`${base}/praktyki`);
		console.log(`First request (builds the in-memory catalogue): ${Date.now() - warm} ms`);

		const targets = {
			'catalogue page': '/praktyki',
			'search page': '/praktyki?q=punkt%20informacyjny',
			'practice page': '/praktyki/syntetyczna-praktyka-4242',
			'export.json': '/api/v1/export.json'
		};
		console.log(
			`\n| endpoint | connections | p50 ms | p95 ms | req/s | errors |\n| --- | --- | --- | --- | --- | --- |`
		);
		for (const [name, target] of Object.entries(targets)) {
			for (const connections of name === 'export.json' ? [1, 4] : CONCURRENCY) {
				const r = await measure(`${base}${target}`, connections);
				console.log(
					`| ${name} | ${connections} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.rps.toFixed(1)} | ${r.errors} |`
				);
			}
		}
		console.log(`\nMemory of the benchmark runner: ${Math.round(process.memoryUsage().rss / 1e6)} MB`);
	} finally {
		server?.kill('SIGTERM');
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
