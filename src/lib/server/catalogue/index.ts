/** Catalogue: the public, read-only view of practices, awards and recommendations, and its search. */
import type { Db } from 'mongodb';
import { getDb, isDatabaseUnavailable } from '../db';
import { loadPublicCatalogue, type PublicCatalogue, type PublicPractice } from './public';
import { byTitle } from './query';
import { createPracticeIndex } from './search';
import { contentWords, relatedPractices, type RelatedPractice } from './related';

export * from './public';
export * from './query';
export * from './search';
export * from './related';
export * from './places';

/** The public catalogue with lookups by slug; read-only, rebuilt after writes. */
export interface CatalogueView extends PublicCatalogue {
	builtAt: Date;
	practiceBySlug: Map<string, PublicPractice>;
	search: ReturnType<typeof createPracticeIndex>;
	label(kind: string, code: string, locale?: 'pl' | 'en'): string;
	related(practice: PublicPractice): RelatedPractice[];
}

export async function buildCatalogueView(db: Db): Promise<CatalogueView> {
	const data = await loadPublicCatalogue(db);
	data.practices.sort(byTitle);
	const labels = new Map(data.vocabulary.map((t) => [`${t.kind}:${t.code}`, t]));
	const words = new Map(data.practices.map((p) => [p.slug, contentWords(p)]));
	const wordsOf = (p: PublicPractice) => words.get(p.slug) ?? contentWords(p);
	const related = new Map<string, RelatedPractice[]>();
	return {
		...data,
		builtAt: new Date(),
		practiceBySlug: new Map(data.practices.map((p) => [p.slug, p])),
		search: createPracticeIndex(data.practices),
		label: (kind, code, locale = 'pl') => labels.get(`${kind}:${code}`)?.[locale] ?? code,
		related: (practice) => {
			let found = related.get(practice.slug);
			if (!found) related.set(practice.slug, (found = relatedPractices(practice, data.practices, wordsOf)));
			return found;
		}
	};
}

// The one piece of state outside MongoDB: with several app instances, each rebuilds on this schedule.
const REFRESH_MS = Number(process.env.CATALOGUE_REFRESH_SECONDS ?? 300) * 1000;
let ready: CatalogueView | null = null;
/** Bumped by every write; a view is current when it was built from the latest generation. */
let generation = 0;
let readyGeneration = -1;
let building: { promise: Promise<CatalogueView>; generation: number } | null = null;

function rebuild(): Promise<CatalogueView> {
	if (building?.generation === generation) return building.promise;
	const started = generation;
	const promise = getDb()
		.then(buildCatalogueView)
		.then((view) => {
			if (started >= readyGeneration) {
				ready = view;
				readyGeneration = started;
			}
			return view;
		})
		.finally(() => {
			if (building?.promise === promise) building = null;
		});
	building = { promise, generation: started };
	return promise;
}

/**
 * The current public catalogue. After a write it is rebuilt before the next answer; when only the
 * schedule has run out, the previous one keeps serving while the new one is built. While the
 * database is down the last one built keeps serving, and is rebuilt once the database is back.
 */
export async function catalogueView(): Promise<CatalogueView> {
	if (!ready || readyGeneration !== generation) {
		const last = ready;
		return rebuild().catch((error) => {
			if (last && isDatabaseUnavailable(error)) return last;
			throw error;
		});
	}
	if (Date.now() - ready.builtAt.getTime() > REFRESH_MS) void rebuild().catch(() => {});
	return ready;
}

/** Called after every write through the app, so the next request sees the change. */
export function invalidateCatalogueView(): void {
	generation++;
}
