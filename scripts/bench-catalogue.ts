/**
 * The synthetic catalogue of `npm run bench`: the seed plus `count` practices written from a small
 * vocabulary (so searches match almost everything: a worst case).
 */
import { MongoClient } from 'mongodb';
import { loadCatalogue } from '../seed/catalogue.ts';
import { seedCatalogue } from '../seed/seed.ts';
import { collections, ensureIndexes } from '../src/lib/server/db/collections.ts';
import { renderMarkdown } from '../src/lib/server/markdown/index.ts';

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
/** Practices per insertMany: fewer round trips and transactions in the embedded database. */
const BATCH = 5000;

const pick = <T>(items: T[], n: number, seed: number) =>
	Array.from({ length: n }, (_, i) => items[(seed * 7 + i * 13) % items.length]);

/** Fills the database `name` afresh; resolves to the number of practices stored. */
export async function fillSyntheticCatalogue(uri: string, name: string, count: number) {
	const client = new MongoClient(uri);
	const db = client.db(name);
	await db.dropDatabase();
	const catalogue = loadCatalogue();
	await seedCatalogue(db, catalogue);
	const categories = catalogue.vocabulary.filter((t) => t.kind === 'category').map((t) => t.code);
	const themes = catalogue.vocabulary.filter((t) => t.kind === 'theme').map((t) => t.code);
	const groups = catalogue.vocabulary.filter((t) => t.kind === 'targetGroup').map((t) => t.code);
	const places = catalogue.places.map((p) => p.slug);
	const now = new Date();
	// The descriptions repeat (every 20th is the same): each is rendered once.
	const rendered = new Map<string, string>();
	const html = (markdown: string) => {
		let found = rendered.get(markdown);
		if (found === undefined) rendered.set(markdown, (found = renderMarkdown(markdown)));
		return found;
	};
	// Secondary indexes are built once after the fill rather than kept up to date by every insert
	// (the unique slug stays); ensureIndexes puts them back.
	const practices = collections(db).practices;
	for (const index of await practices.indexes()) {
		if (index.name !== '_id_' && !index.unique) await practices.dropIndex(index.name!);
	}
	const batch = [];
	for (let i = 0; i < count; i++) {
		const description = `### Cele\n\n${pick(WORDS, 60, i).join(' ')}.\n\n- ${pick(WORDS, 8, i + 1).join(' ')}\n- ${pick(WORDS, 8, i + 2).join(' ')}`;
		batch.push({
			slug: `syntetyczna-praktyka-${i}`,
			title: `${pick(WORDS, 4, i).join(' ')} ${i}`,
			summary: pick(WORDS, 25, i + 3).join(' '),
			description,
			descriptionHtml: html(description),
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
		if (batch.length === BATCH) await practices.insertMany(batch.splice(0), { ordered: false });
	}
	if (batch.length) await practices.insertMany(batch, { ordered: false });
	await ensureIndexes(db);
	const total = await practices.countDocuments();
	await client.close();
	return total;
}
