import type { Db } from 'mongodb';
import { getDb } from '../db';
import { loadPublicCatalogue, type PublicCatalogue, type PublicPractice } from './public';
import { createPracticeIndex } from './query';
import { contentWords, relatedPractices, type RelatedPractice } from './related';

export * from './public';
export * from './query';
export * from './related';

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
	const labels = new Map(data.vocabulary.map((t) => [`${t.kind}:${t.code}`, t]));
	const words = new Map(data.practices.map((p) => [p.slug, contentWords(p)]));
	const wordsOf = (p: PublicPractice) => words.get(p.slug) ?? contentWords(p);
	return {
		...data,
		builtAt: new Date(),
		practiceBySlug: new Map(data.practices.map((p) => [p.slug, p])),
		search: createPracticeIndex(data.practices),
		label: (kind, code, locale = 'pl') => labels.get(`${kind}:${code}`)?.[locale] ?? code,
		related: (practice) => relatedPractices(practice, data.practices, wordsOf)
	};
}

// The one piece of state outside MongoDB: with several app instances, each rebuilds on this schedule.
const REFRESH_MS = Number(process.env.CATALOGUE_REFRESH_SECONDS ?? 300) * 1000;
let current: { view: Promise<CatalogueView>; at: number } | null = null;

export async function catalogueView(): Promise<CatalogueView> {
	if (!current || Date.now() - current.at > REFRESH_MS) {
		const view = getDb().then(buildCatalogueView);
		current = { view, at: Date.now() };
		view.catch(() => (current = null));
	}
	return current.view;
}

/** Called after every write through the app, so the next request sees the change. */
export function invalidateCatalogueView(): void {
	current = null;
}
export * from './places';
