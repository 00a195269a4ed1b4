import type { Db, Document, Filter } from 'mongodb';
import { collections, ensureIndexes } from '../src/lib/server/db/collections.ts';
import { renderMarkdown } from '../src/lib/server/markdown/index.ts';
import type { Catalogue } from './catalogue.ts';

export interface SeedReport {
	inserted: number;
	updated: number;
	unchanged: number;
}

/** Compares only the fields the seed owns, so bookkeeping fields never count as a change. */
function differs(existing: Document, fields: Document): boolean {
	return Object.entries(fields).some(
		([key, value]) => JSON.stringify(existing[key]) !== JSON.stringify(value)
	);
}

/**
 * Inserts each seed record that is missing and refreshes one that is still exactly as seeded.
 * A record edited in the app (origin "app" or a version above 1) is never overwritten.
 */
async function upsertAll<T extends Document>(
	collection: import('mongodb').Collection<T>,
	records: Document[],
	keyOf: (record: Document) => Filter<T>,
	report: SeedReport,
	now: Date
): Promise<void> {
	for (const fields of records) {
		const key = keyOf(fields);
		const existing = await collection.findOne(key);
		if (!existing) {
			await collection.insertOne({
				...fields,
				version: 1,
				createdAt: now,
				updatedAt: now,
				origin: 'seed'
			} as never);
			report.inserted++;
		} else if (existing.origin === 'seed' && existing.version === 1 && differs(existing, fields)) {
			await collection.updateOne(key, { $set: { ...fields, updatedAt: now } } as never);
			report.updated++;
		} else {
			report.unchanged++;
		}
	}
}

export async function seedCatalogue(db: Db, catalogue: Catalogue, now = new Date()): Promise<SeedReport> {
	await ensureIndexes(db);
	const c = collections(db);
	const report: SeedReport = { inserted: 0, updated: 0, unchanged: 0 };
	const bySlug = (record: Document) => ({ slug: record.slug });

	await upsertAll(c.vocabulary, catalogue.vocabulary, (t) => ({ kind: t.kind, code: t.code }), report, now);
	await upsertAll(c.places, catalogue.places, bySlug, report, now);
	await upsertAll(c.organisations, catalogue.organisations, bySlug, report, now);
	await upsertAll(c.people, catalogue.people, bySlug, report, now);
	await upsertAll(
		c.editions,
		catalogue.editions.map((e) => ({ ...e, descriptionHtml: renderMarkdown(e.description) })),
		bySlug,
		report,
		now
	);
	await upsertAll(
		c.recommendations,
		catalogue.recommendations.map((r) => ({ ...r, textHtml: renderMarkdown(r.text) })),
		bySlug,
		report,
		now
	);
	await upsertAll(
		c.practices,
		catalogue.practices.map((p) => ({ ...p, descriptionHtml: renderMarkdown(p.description) })),
		bySlug,
		report,
		now
	);
	await upsertAll(
		c.awards,
		catalogue.awards.map((a) => ({ ...a, justificationHtml: renderMarkdown(a.justification) })),
		bySlug,
		report,
		now
	);
	return report;
}

/** True when the database holds no catalogue yet, so the seed should run on its own. */
export async function isEmpty(db: Db): Promise<boolean> {
	return (await collections(db).practices.countDocuments({}, { limit: 1 })) === 0;
}
