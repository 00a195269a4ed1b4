/**
 * `npm run bench:deliberation`: the deliberation table for BENCH_ENTRIES entries (500) ×
 * BENCH_JURORS jurors (15) × 5 criteria, every juror scoring every entry (about 1 % of the pairs
 * conflicted by a statement). In a fresh embedded database under `.data/bench-deliberation`.
 *
 * Prints, over BENCH_RUNS runs (10), the median and worst time to read everything from the database
 * and compute the table (`readDeliberation`, what the page and the CSVs do), to shape it as the page
 * does (sorting, filtering), and to write both CSVs. When a production build exists (`build/`), it
 * also serves the page and times whole requests of the page (server-side rendering included) and
 * of the ranking CSV. Exits non-zero only when the harness fails, never because of the figures.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { MongoClient, type Db } from 'mongodb';
import { createSession, generateSessionToken } from '../src/lib/server/auth/session.ts';
import {
	collections,
	ensureIndexes,
	type EditionDoc,
	type PracticeDoc,
	type ScoreDoc
} from '../src/lib/server/db/collections.ts';
import { rankingCsvOf, scoresCsvOf } from '../src/lib/server/deliberation/csv.ts';
import { forgetFrozenScores, readDeliberation } from '../src/lib/server/deliberation/table.ts';
import { shapeRows } from '../src/lib/server/deliberation/view.ts';
import { conflictedPairs, eligibleEntries, jurorsWithAccounts } from '../src/lib/server/jury/assigning.ts';
import { chooseDatabase, freePort, probeMachine, startDatabase } from '../startup/embedded-database.ts';

const root = path.resolve(import.meta.dirname, '..');
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 500);
const JURORS = Number(process.env.BENCH_JURORS ?? 15);
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const STARTUP_READ_MS = Number(process.env.BENCH_STARTUP_READ_MS ?? 5000);
const EDITION = 'bench-deliberation';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A small deterministic generator, so two runs measure the same data. */
function random(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

const criteria = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({
	id,
	label: `Kryterium ${id}`,
	description: 'Opis.',
	weight: [30, 25, 20, 15, 10][i],
	scale: { min: 0, max: 5 },
	levels: [0, 1, 2, 3, 4, 5].map((score) => ({ score, meaning: `Poziom ${score}` }))
}));

async function fill(db: Db) {
	const c = collections(db);
	const now = new Date();
	const stored = { createdAt: now, updatedAt: now, origin: 'app' as const, version: 1 };
	const edition: EditionDoc = {
		slug: EDITION,
		name: 'Edycja do pomiaru obrad',
		year: 2026,
		description: '',
		descriptionHtml: '',
		phase: 'deliberation',
		isDemo: false,
		submissionsOpen: null,
		submissionsClose: null,
		resultsDate: null,
		criteria,
		criteriaVersion: 1,
		awardCategories: ['Nagroda główna', 'Wyróżnienie'],
		eligibility: '',
		eligibilityChecklist: [],
		selfRegistration: false,
		languages: ['pl'],
		...stored
	};
	await c.editions.insertOne(edition);
	await c.places.insertOne({
		slug: 'bench-miasto',
		name: 'Miasto',
		kind: 'city',
		voivodeship: 'mazowieckie',
		lat: 52,
		lng: 21,
		...stored
	});
	const entries: PracticeDoc[] = Array.from({ length: ENTRIES }, (_, i) => ({
		slug: `bench-entry-${i}`,
		title: `Zgłoszenie numer ${i} do pomiaru`,
		summary: 'Streszczenie.',
		description: 'Opis.',
		descriptionHtml: '<p>Opis.</p>',
		place: 'bench-miasto',
		organisations: [],
		partners: [],
		categories: [],
		themes: [],
		targetGroups: [],
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
	const jurors = Array.from({ length: JURORS }, (_, j) => `bench-juror-${j}`);
	await c.users.insertMany(
		jurors.map((id, j) => ({
			_id: id,
			email: `${id}@example.org`,
			name: `Juror ${j}`,
			passwordHash: null,
			isAdmin: false,
			roles: [{ edition: EDITION, role: 'juror' as const }],
			organisations: [],
			disabled: false,
			isDemo: false,
			createdAt: now,
			updatedAt: now,
			version: 1
		}))
	);
	await c.jurors.insertMany(
		jurors.map((user) => ({
			edition: EDITION,
			user,
			invitedEmail: null,
			affiliations: { organisations: [], places: [] },
			publicProfile: false,
			bio: '',
			quotable: false,
			addedBy: 'bench',
			createdAt: now,
			updatedAt: now,
			version: 1
		}))
	);
	const next = random(11);
	const scores: ScoreDoc[] = [];
	for (const [j, juror] of jurors.entries()) {
		const lean = (j % 5) - 2;
		for (const [i, entry] of entries.entries()) {
			const quality = (i * 7919) % 6;
			scores.push({
				edition: EDITION,
				entry: entry.slug,
				juror,
				criteria: criteria.map((k) => ({
					id: k.id,
					score: Math.max(0, Math.min(5, Math.round(quality + lean * 0.5 + (next() - 0.5) * 2))),
					comment: 'Krótki komentarz do kryterium.'
				})),
				privateComment: '',
				feedback: 'Uwagi dla zgłaszających.',
				quote: '',
				recommend: quality >= 5 && next() < 0.5,
				category: quality >= 5 ? 'Nagroda główna' : null,
				state: 'submitted',
				submittedAt: now,
				createdAt: now,
				updatedAt: now,
				version: 2
			});
		}
	}
	for (let i = 0; i < scores.length; i += 1000) await c.scores.insertMany(scores.slice(i, i + 1000));
	const conflicts = scores.filter(() => next() < 0.01);
	if (conflicts.length)
		await c.conflicts.insertMany(
			conflicts.map((s) => ({
				edition: EDITION,
				juror: s.juror,
				entry: s.entry,
				conflicted: true,
				source: 'organiser' as const,
				reason: 'Pomiar.',
				by: 'bench',
				createdAt: now,
				updatedAt: now,
				version: 1
			}))
		);
	return { scores: scores.length, conflicts: conflicts.length };
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const summary = (times: number[]) => {
	const sorted = [...times].sort((a, b) => a - b);
	return `median ${ms(sorted[Math.floor(sorted.length / 2)])}, worst ${ms(sorted.at(-1)!)}, best ${ms(sorted[0])}`;
};

async function main() {
	const dataDir = path.join(root, '.data', 'bench-deliberation');
	await rm(dataDir, { recursive: true, force: true });
	const choice = chooseDatabase({ ...process.env, MONGODB_URI: '' }, await probeMachine());
	const database = await startDatabase(choice, { dataDir, databaseName: 'bench', log: () => {} });
	const client = new MongoClient(database.uri);
	let app: ChildProcess | null = null;
	try {
		await client.connect();
		const db = client.db('bench');
		await ensureIndexes(db);
		const started = performance.now();
		const filled = await fill(db);
		console.log(
			`Database: ${database.description}. ${ENTRIES} entries × ${JURORS} jurors × ${criteria.length} criteria: ` +
				`${filled.scores} submitted scores, ${filled.conflicts} conflicted pairs (written in ${((performance.now() - started) / 1000).toFixed(1)} s).`
		);
		const edition = (await collections(db).editions.findOne({ slug: EDITION }))!;
		{
			// Where a cold read's time goes.
			const c = collections(db);
			const step = async (label: string, work: () => Promise<unknown>) => {
				const t0 = performance.now();
				await work();
				console.log(`  cold read of ${label}: ${ms(performance.now() - t0)}`);
			};
			await step('eligible entries', () => eligibleEntries(db, EDITION));
			await step('jurors', () => jurorsWithAccounts(db, EDITION));
			await step('conflicted pairs', () => conflictedPairs(db, EDITION));
			await step('submitted scores', () =>
				c.scores
					.find(
						{ edition: EDITION, state: 'submitted' },
						{
							projection: {
								_id: 0,
								entry: 1,
								juror: 1,
								criteria: 1,
								recommend: 1,
								category: 1,
								submittedAt: 1
							}
						}
					)
					.toArray()
			);
		}
		const read: number[] = [];
		const shape: number[] = [];
		const csv: number[] = [];
		let rows = 0;
		for (let run = 0; run < RUNS + 1; run++) {
			if (run === 0) forgetFrozenScores();
			const t0 = performance.now();
			const data = await readDeliberation(db, edition);
			const t1 = performance.now();
			const titleOf = new Map(data.entries.map((e) => [e.slug, e.title]));
			const all = data.result.entries.map((e) => ({
				...e,
				title: titleOf.get(e.entry)!,
				shortlisted: data.shortlist.has(e.entry)
			}));
			rows = shapeRows(all, { sort: 'stdev', dir: 'desc', filter: 'all', q: '', page: 1 }).length;
			const t2 = performance.now();
			scoresCsvOf(data);
			rankingCsvOf(data);
			const t3 = performance.now();
			if (run === 0) {
				console.log(`Cold (scores not kept yet): read + compute ${ms(t1 - t0)}`);
				continue;
			}
			read.push(t1 - t0);
			shape.push(t2 - t1);
			csv.push(t3 - t2);
		}
		console.log(`Table rows: ${rows}; runs: ${RUNS} (after one warm-up).`);
		console.log(`Read + compute, the edition's final scores kept: ${summary(read)}`);
		console.log(`Shape for the page (sort, filter): ${summary(shape)}`);
		console.log(`Both CSVs written from the computed table: ${summary(csv)}`);

		if (!existsSync(path.join(root, 'build', 'index.js'))) {
			console.log('No production build (`npx vite build`): page requests not timed.');
			return;
		}
		const admin = 'bench-admin';
		await collections(db).users.insertOne({
			_id: admin,
			email: 'bench-admin@example.org',
			name: 'Organizator',
			passwordHash: null,
			isAdmin: true,
			roles: [],
			organisations: [],
			disabled: false,
			isDemo: false,
			createdAt: new Date(),
			updatedAt: new Date(),
			version: 1
		});
		const token = generateSessionToken();
		await createSession(db, token, admin);
		const port = await freePort();
		const base = `http://127.0.0.1:${port}`;
		app = spawn(process.execPath, [path.join(root, 'build', 'index.js')], {
			env: {
				...process.env,
				MONGODB_URI: database.uri,
				PORT: String(port),
				HOST: '127.0.0.1',
				ORIGIN: base
			},
			stdio: 'ignore'
		});
		let up = false;
		for (let i = 0; i < 120 && !up; i++) {
			up = await fetch(`${base}/healthz`).then(
				(r) => r.ok,
				() => false
			);
			if (!up) await sleep(500);
		}
		if (!up) throw new Error('The production build did not answer /healthz within a minute.');
		// The server reads the final scores of editions in deliberation right after it starts, without
		// holding the start: the first page is timed once that read has had time to finish.
		await sleep(STARTUP_READ_MS);
		const time = async (url: string) => {
			const times: number[] = [];
			let size = 0;
			let first = 0;
			for (let run = 0; run < RUNS + 1; run++) {
				const t0 = performance.now();
				const response = await fetch(url, { headers: { cookie: `session=${token}` } });
				const body = await response.text();
				if (!response.ok) throw new Error(`${url}: ${response.status}`);
				size = body.length;
				if (run > 0) times.push(performance.now() - t0);
				else first = performance.now() - t0;
			}
			return { times, size, first };
		};
		const page = await time(`${base}/admin/edycje/${EDITION}/obrady?sort=stdev&dir=desc`);
		console.log(
			`Page request (load + server-side render, ${(page.size / 1024).toFixed(0)} KiB HTML): first ${ms(page.first)} (${STARTUP_READ_MS / 1000} s after start); then ${summary(page.times)}`
		);
		const ranking = await time(`${base}/admin/edycje/${EDITION}/ranking.csv`);
		console.log(`ranking.csv request: ${summary(ranking.times)}`);
		const scores = await time(`${base}/admin/edycje/${EDITION}/oceny.csv`);
		console.log(`oceny.csv request (${(scores.size / 1024).toFixed(0)} KiB): ${summary(scores.times)}`);
	} finally {
		app?.kill('SIGTERM');
		await client.close();
		await database.stop();
		await rm(dataDir, { recursive: true, force: true });
	}
}

main().catch((cause) => {
	console.error(cause);
	process.exit(1);
});
