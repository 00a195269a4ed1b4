/**
 * Where the memory of the catalogue goes at BENCH_PRACTICES practices (100 000 by default):
 * heap and RSS after a full GC for the catalogue view and each of its parts, the prepared exports
 * and two views alive at once (as during a rebuild). Prints figures, asserts nothing.
 *
 *   npm run bench:memory                  # fills .data/bench-memory afresh (about a minute)
 *   BENCH_REUSE=1 npm run bench:memory    # reuses the catalogue filled last time
 */
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MongoClient, ObjectId, type Db } from 'mongodb';
import { chooseDatabase, probeMachine, startDatabase } from '../startup/embedded-database.ts';
import { fillSyntheticCatalogue } from './bench-catalogue.ts';
import {
	buildCatalogueView,
	bumpCatalogueVersion,
	contentWordIndex,
	createPracticeIndex,
	facetIndexOf,
	loadPublicCatalogue,
	sortByTitle
} from '../src/lib/server/catalogue/index.ts';
import { prepareExport } from '../src/lib/server/export/index.ts';

const PRACTICES = Number(process.env.BENCH_PRACTICES ?? 100_000);
const REUSE = process.env.BENCH_REUSE === '1';
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const DATABASE = 'miasta_bench_memory';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with node --expose-gc (npm run bench:memory does).');

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0).padStart(5)} MB`;

/** Heap used and RSS after a full collection (twice: weak maps and finalisers settle). */
function settled() {
	gc!();
	gc!();
	const { heapUsed, rss, external, arrayBuffers } = process.memoryUsage();
	return { heap: heapUsed, rss, external: external + arrayBuffers };
}

let last = settled();
function report(label: string) {
	const now = settled();
	console.log(
		`${label.padEnd(44)} heap ${mb(now.heap)} (${now.heap >= last.heap ? '+' : '−'}${mb(Math.abs(now.heap - last.heap)).trim()})   external ${mb(now.external)}   RSS ${mb(now.rss)}`
	);
	last = now;
}

/** The parts of a view, built one after the other and kept until the function returns. */
async function measureParts(db: Db) {
	let started = Date.now();
	const took = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
	const data = await loadPublicCatalogue(db);
	report(`Practices (${data.practices.length}) and the rest (${took()})`);
	started = Date.now();
	sortByTitle(data.practices);
	report(`+ sorted by title (${took()})`);
	started = Date.now();
	const search = createPracticeIndex(data.practices);
	report(`+ search index (${took()})`);
	started = Date.now();
	const facets = facetIndexOf(data.practices);
	report(`+ facet index (${took()})`);
	started = Date.now();
	const words = contentWordIndex(data.practices);
	data.practices.forEach(words.of);
	report(`+ words for related practices (${took()})`);
	return [search, facets, words].length;
}

async function main() {
	const dataDir = path.join(root, '.data', 'bench-memory');
	const reuse = REUSE && existsSync(dataDir);
	if (!reuse) await rm(dataDir, { recursive: true, force: true });
	await mkdir(dataDir, { recursive: true });
	const database = await startDatabase(chooseDatabase(process.env, await probeMachine()), {
		dataDir,
		databaseName: DATABASE,
		log: () => {}
	});
	console.log(`Database: ${database.description}`);
	console.log(
		`Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load average ${os
			.loadavg()
			.map((l) => l.toFixed(1))
			.join(' ')}`
	);
	const client = new MongoClient(database.uri);
	try {
		if (!reuse) {
			const started = Date.now();
			const total = await fillSyntheticCatalogue(database.uri, DATABASE, PRACTICES);
			console.log(`Filled ${total} practices in ${((Date.now() - started) / 1000).toFixed(1)} s`);
		} else console.log('Reusing the catalogue filled last time');
		const db = client.db(DATABASE);
		// Warm the driver, so its memory is not counted as the first part's.
		await db.collection('practices').findOne();
		last = settled();
		console.log(
			`\nAt rest ${' '.repeat(36)} heap ${mb(last.heap)}   external ${mb(last.external)}   RSS ${mb(last.rss)}`
		);
		await measureParts(db);
		report('Parts dropped');

		await bumpCatalogueVersion(db); // as the seed does
		let started = Date.now();
		const view = await buildCatalogueView(db);
		const buildSeconds = (Date.now() - started) / 1000;
		report(`View built (${buildSeconds.toFixed(1)} s)`);
		view.related(view.practices[0]);
		report('+ related practices of one (words of all)');

		for (const format of ['json', 'csv'] as const) {
			started = Date.now();
			const prepared = await prepareExport(view, format);
			const seconds = (Date.now() - started) / 1000;
			report(
				`+ ${format} export (${seconds.toFixed(1)} s; ${mb(prepared.length).trim()} → gzip ${mb(prepared.gzip.length).trim()}, br ${mb(prepared.br.length).trim()})`
			);
		}

		const second = await buildCatalogueView(db, view);
		report('+ a second view reading everything (a scheduled rebuild; shares unchanged texts)');
		for (const format of ['json', 'csv'] as const) await prepareExport(second, format);
		report("+ the second view's exports");
		second.related(second.practices[0]);
		report('+ its related practices of one (words of all, from the first view)');
		console.log(`  (views ${view.serial} and ${second.serial} alive)`);

		// One practice changed and recorded, as by a curation: a view built from the second reads
		// that practice alone, and its indexes take over what the second's hold of the others.
		const changed = second.practices[Math.floor(second.practices.length / 2)];
		const _id = new ObjectId(changed.id);
		await db.collection('practices').updateOne({ _id }, { $set: { title: `${changed.title} (zmieniony)` } });
		await bumpCatalogueVersion(db, { practices: [_id] });
		started = Date.now();
		const third = await buildCatalogueView(db, second);
		report(`+ a third view, reading that practice alone (${((Date.now() - started) / 1000).toFixed(1)} s)`);
		console.log(`  (views ${view.serial}, ${second.serial} and ${third.serial} alive)`);
		console.log(`Peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
	} finally {
		await client.close();
		await database.stop();
	}
}

await main();
