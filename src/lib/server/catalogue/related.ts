import { fold } from './search';
import type { PublicPractice } from './public';

export type RelatedReason =
	{ kind: 'category' | 'theme' | 'targetGroup'; codes: string[] } | { kind: 'text'; codes: [] };

export interface RelatedPractice {
	slug: string;
	score: number;
	reasons: RelatedReason[];
}

/** Words that carry meaning: folded, lower-case, at least four letters, common Polish filler removed. */
const STOPWORDS = new Set([
	'oraz',
	'przez',
	'miasta',
	'miasto',
	'które',
	'który',
	'która',
	'także',
	'jego',
	'dla',
	'jest',
	'sobie'
]);
export function contentWords(practice: PublicPractice): Set<string> {
	const text = fold(`${practice.title} ${practice.summary}`);
	return new Set(text.split(/[^a-z0-9]+/).filter((w) => w.length >= 4 && !STOPWORDS.has(w)));
}

function jaccard(a: Set<string>, b: Set<string>): number {
	if (a.size === 0 || b.size === 0) return 0;
	let shared = 0;
	for (const word of a) if (b.has(word)) shared++;
	return shared / (a.size + b.size - shared);
}

const shared = (a: string[], b: string[]) => a.filter((value) => b.includes(value));

/**
 * Practices that look related, beside (never instead of) the jury's curated similar actions:
 * shared categories weigh most, then themes, target groups and overlap of title and summary words.
 */
export function relatedPractices(
	practice: PublicPractice,
	all: PublicPractice[],
	wordsOf: (p: PublicPractice) => Set<string>,
	limit = 4
): RelatedPractice[] {
	const excluded = new Set([practice.slug, ...practice.similarActions]);
	const ownWords = wordsOf(practice);
	const related: RelatedPractice[] = [];
	for (const other of all) {
		if (excluded.has(other.slug)) continue;
		const categories = shared(practice.categories, other.categories);
		const themes = shared(practice.themes, other.themes);
		const targetGroups = shared(practice.targetGroups, other.targetGroups);
		const similarity = jaccard(ownWords, wordsOf(other));
		const score = categories.length * 3 + themes.length * 2 + targetGroups.length + similarity * 10;
		if (categories.length === 0 && themes.length < 2 && similarity < 0.15) continue;
		const reasons: RelatedReason[] = [];
		if (categories.length) reasons.push({ kind: 'category', codes: categories });
		if (themes.length) reasons.push({ kind: 'theme', codes: themes });
		if (targetGroups.length) reasons.push({ kind: 'targetGroup', codes: targetGroups });
		if (similarity >= 0.15) reasons.push({ kind: 'text', codes: [] });
		related.push({ slug: other.slug, score, reasons });
	}
	return related.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug)).slice(0, limit);
}
