import Fuse from 'fuse.js';
import type { Highlight } from '../../catalogue';
import type { PublicPractice } from './public';

export type { Highlight };

export interface SearchResult {
	hits: { item: PublicPractice; score: number }[];
	/** Where the query matched in a practice's title and summary; computed only for what is shown. */
	highlight(item: PublicPractice): Highlight;
}

/**
 * Folds case and Polish diacritics, keeping the length so match positions stay valid:
 * precomposed letters lose their mark, and "ł", which has no decomposition, becomes "l".
 */
export function fold(value: string): string {
	return value.toLowerCase().replace(/ł/g, 'l').normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

const WORD = /[\p{L}\p{N}]+/gu;

/** What a visitor would recognise a practice by, and how much a match there counts. */
const FIELDS: { weight: number; text: (p: PublicPractice) => string }[] = [
	{ weight: 3, text: (p) => p.title },
	{ weight: 2, text: (p) => p.place.name },
	{ weight: 1.5, text: (p) => p.summary },
	{ weight: 1, text: (p) => p.organisations.map((o) => o.name).join(' ') },
	{ weight: 0.5, text: (p) => p.description },
	{ weight: 0.5, text: (p) => p.keyFigures.map((f) => `${f.label} ${f.value}`).join(' ') }
];

/**
 * Fuzzy, diacritic-insensitive search. Fuse matches each query word against the catalogue's
 * vocabulary (short strings, so typo-tolerant matching stays fast at 10 000 practices); an inverted
 * index then gives the practices holding those words. Every query word must match somewhere.
 */
export function createPracticeIndex(practices: PublicPractice[]) {
	// word → practice index → best field weight
	const postings = new Map<string, Map<number, number>>();
	practices.forEach((practice, index) => {
		for (const field of FIELDS) {
			for (const [word] of fold(field.text(practice)).matchAll(WORD)) {
				if (word.length < 2) continue;
				let docs = postings.get(word);
				if (!docs) postings.set(word, (docs = new Map()));
				docs.set(index, Math.max(docs.get(index) ?? 0, field.weight));
			}
		}
	});
	const vocabulary = new Fuse([...postings.keys()], {
		includeScore: true,
		ignoreLocation: true,
		threshold: 0.3,
		minMatchCharLength: 2
	});

	/** Words of the catalogue close to one query word, with how close (1 = exact). */
	function similarWords(term: string): Map<string, number> {
		const found = new Map<string, number>();
		if (postings.has(term)) found.set(term, 1);
		for (const result of vocabulary.search(term, { limit: 200 })) {
			// A query word inside a longer word ("wielokulturow" in "wielokulturowe") counts nearly in full.
			const closeness = result.item.includes(term) ? 0.95 : 1 - (result.score ?? 1);
			found.set(result.item, Math.max(found.get(result.item) ?? 0, closeness));
		}
		return found;
	}

	function highlight(text: string, words: Set<string>): [number, number][] {
		const ranges: [number, number][] = [];
		for (const match of fold(text).matchAll(WORD)) {
			if (words.has(match[0])) ranges.push([match.index, match.index + match[0].length - 1]);
		}
		return ranges;
	}

	return {
		search(query: string): SearchResult {
			const terms = [
				...new Set([...fold(query).matchAll(WORD)].map((m) => m[0]).filter((t) => t.length >= 2))
			];
			const matchedWords = new Set<string>();
			const result = (hits: SearchResult['hits']): SearchResult => ({
				hits,
				highlight: (item) => ({
					title: highlight(item.title, matchedWords),
					summary: highlight(item.summary, matchedWords)
				})
			});
			if (terms.length === 0) return result([]);
			let scores: Map<number, number> | null = null;
			for (const term of terms) {
				const termScores = new Map<number, number>();
				for (const [word, closeness] of similarWords(term)) {
					matchedWords.add(word);
					for (const [doc, weight] of postings.get(word) ?? []) {
						termScores.set(doc, Math.max(termScores.get(doc) ?? 0, closeness * weight));
					}
				}
				const previous: Map<number, number> | null = scores;
				scores = new Map();
				for (const [doc, score] of termScores) {
					if (previous === null || previous.has(doc)) scores.set(doc, (previous?.get(doc) ?? 0) + score);
				}
			}
			return result(
				[...(scores ?? [])]
					.sort((a, b) => b[1] - a[1] || a[0] - b[0])
					.map(([doc, score]) => ({ item: practices[doc], score }))
			);
		}
	};
}
export type PracticeIndex = ReturnType<typeof createPracticeIndex>;
