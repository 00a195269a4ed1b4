import type { Db, Document, Filter } from 'mongodb';
import {
	award,
	edition,
	organisation,
	person,
	place,
	practiceContent,
	recommendation,
	vocabularyTerm
} from '../src/lib/schemas/records.ts';
import { collections, ensureIndexes } from '../src/lib/server/db/collections.ts';
import { renderMarkdown } from '../src/lib/server/markdown/index.ts';
import { bumpCatalogueVersion } from '../src/lib/server/catalogue/version.ts';
import type { Catalogue } from './catalogue.ts';

/**
 * The fields the seed owns in each collection: those of the record's schema, plus fields an earlier
 * version of the seed wrote and no longer does. A seeded record that lacks one of them now (an
 * optional field the data dropped) has it removed, so a correction that deletes a field arrives too.
 */
const owned = (shape: Record<string, unknown>, retired: string[] = []) => [...Object.keys(shape), ...retired];
const OWNED = {
	vocabulary: owned(vocabularyTerm.shape),
	places: owned(place.shape),
	organisations: owned(organisation.shape),
	people: owned(person.shape),
	editions: owned(edition.shape),
	recommendations: owned(recommendation.shape),
	// `source` was one string naming the document files; `sources` replaced it.
	practices: owned(practiceContent.shape, ['source']),
	awards: owned(award.shape)
};

export interface SeedReport {
	inserted: number;
	updated: number;
	unchanged: number;
}

/** Compares only the fields the seed owns, so bookkeeping fields never count as a change. */
function differs(existing: Document, fields: Document, dropped: string[]): boolean {
	return (
		dropped.length > 0 ||
		Object.entries(fields).some(([key, value]) => JSON.stringify(existing[key]) !== JSON.stringify(value))
	);
}

/**
 * Inserts each seed record that is missing and refreshes one that is still exactly as seeded.
 * A record edited in the app (origin "app" or a version above 1) is never overwritten. A refresh
 * writes every field of the new seed record and removes the owned fields it no longer has.
 */
async function upsertAll<T extends Document>(
	collection: import('mongodb').Collection<T>,
	records: Document[],
	keyOf: (record: Document) => Filter<T>,
	ownedKeys: string[],
	report: SeedReport,
	now: Date
): Promise<void> {
	for (const fields of records) {
		const key = keyOf(fields);
		const existing = await collection.findOne(key);
		const dropped = existing ? ownedKeys.filter((k) => k in existing && !(k in fields)) : [];
		if (!existing) {
			await collection.insertOne({
				...fields,
				version: 1,
				createdAt: now,
				updatedAt: now,
				origin: 'seed'
			} as never);
			report.inserted++;
		} else if (existing.origin === 'seed' && existing.version === 1 && differs(existing, fields, dropped)) {
			const unset = Object.fromEntries(dropped.map((k) => [k, '']));
			await collection.updateOne(key, {
				$set: { ...fields, updatedAt: now },
				...(dropped.length ? { $unset: unset } : {})
			} as never);
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

	await upsertAll(
		c.vocabulary,
		catalogue.vocabulary,
		(t) => ({ kind: t.kind, code: t.code }),
		OWNED.vocabulary,
		report,
		now
	);
	await upsertAll(c.places, catalogue.places, bySlug, OWNED.places, report, now);
	await upsertAll(c.organisations, catalogue.organisations, bySlug, OWNED.organisations, report, now);
	await upsertAll(c.people, catalogue.people, bySlug, OWNED.people, report, now);
	await upsertAll(
		c.editions,
		catalogue.editions.map((e) => ({ ...e, descriptionHtml: renderMarkdown(e.description) })),
		bySlug,
		OWNED.editions,
		report,
		now
	);
	await upsertAll(
		c.recommendations,
		catalogue.recommendations.map((r) => ({ ...r, textHtml: renderMarkdown(r.text) })),
		bySlug,
		OWNED.recommendations,
		report,
		now
	);
	await upsertAll(
		c.practices,
		catalogue.practices.map((p) => ({ ...p, descriptionHtml: renderMarkdown(p.description) })),
		bySlug,
		OWNED.practices,
		report,
		now
	);
	await upsertAll(
		c.awards,
		catalogue.awards.map((a) => ({ ...a, justificationHtml: renderMarkdown(a.justification) })),
		bySlug,
		OWNED.awards,
		report,
		now
	);
	// Running instances see the seeded catalogue within seconds.
	await bumpCatalogueVersion(db);
	return report;
}

/** True when the database holds no catalogue yet, so the seed should run on its own. */
export async function isEmpty(db: Db): Promise<boolean> {
	return (await collections(db).practices.countDocuments({}, { limit: 1 })) === 0;
}
