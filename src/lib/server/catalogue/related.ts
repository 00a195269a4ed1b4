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

/**
 * A practice's content words: as a set, or as word numbers in increasing order (see
 * `contentWordIndex`). Both of two compared practices are in the same form.
 */
export type Words = Set<string> | Uint32Array;

function jaccard(a: Words, b: Words): number {
	if (a instanceof Uint32Array && b instanceof Uint32Array) {
		if (a.length === 0 || b.length === 0) return 0;
		let shared = 0;
		for (let i = 0, j = 0; i < a.length && j < b.length;) {
			if (a[i] === b[j]) {
				shared++;
				i++;
				j++;
			} else if (a[i] < b[j]) i++;
			else j++;
		}
		return shared / (a.length + b.length - shared);
	}
	const [x, y] = [a as Set<string>, b as Set<string>];
	if (x.size === 0 || y.size === 0) return 0;
	let shared = 0;
	for (const word of x) if (y.has(word)) shared++;
	return shared / (x.size + y.size - shared);
}

/** The content words of every practice of a catalogue, numbered (see `contentWordIndex`). */
export interface ContentWordIndex {
	/** A practice's word numbers, increasing. */
	of(practice: PublicPractice): Uint32Array;
	/** Those of a practice of the catalogue, or undefined for another. */
	stored(practice: PublicPractice): Uint32Array | undefined;
	readonly numbers: ReadonlyMap<string, number>;
}

/**
 * The content words of every practice, numbered, in one shared array: practice `k` holds
 * `ids[starts[k]]` … `ids[starts[k + 1] - 1]`, increasing. A set of strings per practice costs
 * about 1.5 kB each (150 MB at 100 000 practices); this about 100 bytes. The practices `previous`
 * holds (the same objects) keep their words and numbers: only the others' texts are read.
 */
export function contentWordIndex(practices: PublicPractice[], previous?: ContentWordIndex): ContentWordIndex {
	const numbers = new Map(previous?.numbers);
	const numbered = (practice: PublicPractice) =>
		Uint32Array.from(contentWords(practice), (word) => {
			let n = numbers.get(word);
			if (n === undefined) numbers.set(word, (n = numbers.size));
			return n;
		}).sort();
	const position = new Map<PublicPractice, number>();
	const starts = new Uint32Array(practices.length + 1);
	const lists = practices.map((practice, k) => {
		position.set(practice, k);
		const list = previous?.stored(practice) ?? numbered(practice);
		starts[k + 1] = starts[k] + list.length;
		return list;
	});
	const ids = new Uint32Array(starts[practices.length]);
	lists.forEach((list, k) => ids.set(list, starts[k]));
	lists.length = 0;
	const stored = (practice: PublicPractice) => {
		const k = position.get(practice);
		return k === undefined ? undefined : ids.subarray(starts[k], starts[k + 1]);
	};
	return { of: (practice) => stored(practice) ?? numbered(practice), stored, numbers };
}

const wordIndexes = new WeakMap<PublicPractice[], ContentWordIndex>();

/**
 * The content word index of a catalogue's practices, built on first use; from that of `previous`
 * (the practices of the catalogue it replaces) when that one was built.
 */
export function contentWordIndexOf(
	practices: PublicPractice[],
	previous?: PublicPractice[]
): ContentWordIndex {
	let found = wordIndexes.get(practices);
	if (!found)
		wordIndexes.set(practices, (found = contentWordIndex(practices, previous && wordIndexes.get(previous))));
	return found;
}

/** Whether the content word index of these practices was built. */
export const hasContentWordIndex = (practices: PublicPractice[]) => wordIndexes.has(practices);

const shared = (a: string[], b: string[]) => a.filter((value) => b.includes(value));

/**
 * Practices that look related, beside (never instead of) the jury's curated similar actions:
 * shared categories weigh most, then themes, target groups and overlap of title and summary words.
 */
export function relatedPractices(
	practice: PublicPractice,
	all: PublicPractice[],
	wordsOf: (p: PublicPractice) => Words,
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
