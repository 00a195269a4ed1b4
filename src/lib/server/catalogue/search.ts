import type { Highlight } from '../../catalogue';
import type { PublicPractice } from './public';

export type { Highlight };

export interface SearchResult {
	hits: { item: PublicPractice; score: number }[];
	/** Where the query matched in a practice's title and summary; computed only for what is shown. */
	highlight(item: PublicPractice): Highlight;
	/** When nothing was found: a query of the catalogue's own words that finds something, or null. */
	suggestion: string | null;
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

/** How much a word of the catalogue counts for a query word, by how it was reached. */
const CLOSENESS = { exact: 1, prefix: 0.85, typo: 0.6, typos: 0.4 } as const;

/** A practice found only through typos is kept when it scores at least this share of the best. */
const WEAK = 0.6;

/**
 * Edit distance with adjacent transpositions counted as one edit ("lubiln" → "lublin" is one),
 * or `limit + 1` as soon as it is certain to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let before = new Array<number>(b.length + 1).fill(0);
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				value = Math.min(value, before[j - 2] + 1);
			current.push(value);
			best = Math.min(best, value);
		}
		if (best > limit) return limit + 1;
		before = previous;
		previous = current;
	}
	return previous[b.length];
}

/** Typos forgiven in a query word: none in very short words, two only in long ones. */
const typosAllowed = (term: string) => (term.length < 4 ? 0 : term.length < 8 ? 1 : 2);

/**
 * Diacritic-insensitive search that ranks whole-word matches first. Each query word is matched
 * against the catalogue's vocabulary: the same word, a word it begins (Polish endings: "Lodz" finds
 * "Łodzi"), or, less, a word within a typo or two (itself or its beginning, "Lubiln" → "Lublinie").
 * An inverted index then gives the practices holding those words; every query word must match.
 * A practice found only through typos is dropped when it scores well below the best one.
 */
export function createPracticeIndex(practices: PublicPractice[]) {
	// word → practice index → best field weight
	const postings = new Map<string, Map<number, number>>();
	// word → how the catalogue writes it, taken from the weightiest field it first appears in
	const spelling = new Map<string, { text: string; weight: number }>();
	practices.forEach((practice, index) => {
		for (const field of FIELDS) {
			const text = field.text(practice);
			for (const match of fold(text).matchAll(WORD)) {
				const word = match[0];
				if (word.length < 2) continue;
				let docs = postings.get(word);
				if (!docs) postings.set(word, (docs = new Map()));
				docs.set(index, Math.max(docs.get(index) ?? 0, field.weight));
				if ((spelling.get(word)?.weight ?? 0) < field.weight)
					spelling.set(word, {
						text: text.slice(match.index, match.index + word.length),
						weight: field.weight
					});
			}
		}
	});
	const vocabulary = [...postings.keys()];
	const placeWords = new Set(
		practices.flatMap((p) => [...fold(p.place.name).matchAll(WORD)].map((m) => m[0]))
	);

	/** Words of the catalogue a query word stands for, with how close each is. */
	function similarWords(term: string): Map<string, number> {
		const found = new Map<string, number>();
		const allowed = typosAllowed(term);
		for (const word of vocabulary) {
			if (word === term) found.set(word, CLOSENESS.exact);
			else if (term.length >= 2 && word.startsWith(term)) found.set(word, CLOSENESS.prefix);
			else if (allowed > 0) {
				// The word itself or its beginning (an inflected form of the word meant) within the typos allowed.
				let distance = editDistance(term, word, allowed);
				for (let length = term.length - allowed; length <= term.length + allowed; length++) {
					if (length < 3 || length >= word.length) continue;
					distance = Math.min(distance, editDistance(term, word.slice(0, length), allowed));
				}
				if (distance <= allowed) found.set(word, distance === 1 ? CLOSENESS.typo : CLOSENESS.typos);
			}
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

	function find(terms: string[]) {
		const matchedWords = new Set<string>();
		// practice → summed score, and whether every query word was found exactly or as a prefix
		let scores: Map<number, { score: number; whole: boolean }> | null = null;
		for (const term of terms) {
			const termScores = new Map<number, { score: number; whole: boolean }>();
			for (const [word, closeness] of similarWords(term)) {
				matchedWords.add(word);
				for (const [doc, weight] of postings.get(word) ?? []) {
					const was = termScores.get(doc);
					termScores.set(doc, {
						score: Math.max(was?.score ?? 0, closeness * weight),
						whole: (was?.whole ?? false) || closeness >= CLOSENESS.prefix
					});
				}
			}
			const previous: Map<number, { score: number; whole: boolean }> | null = scores;
			scores = new Map();
			for (const [doc, found] of termScores) {
				const was = previous?.get(doc);
				if (previous !== null && !was) continue;
				scores.set(doc, {
					score: (was?.score ?? 0) + found.score,
					whole: (was?.whole ?? true) && found.whole
				});
			}
		}
		const all = [...(scores ?? [])];
		const best = Math.max(0, ...all.map(([, found]) => found.score));
		const hits = all
			.filter(([, found]) => found.whole || found.score >= best * WEAK)
			.sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
			.map(([doc, found]) => ({ item: practices[doc], score: found.score }));
		return { hits, matchedWords };
	}

	/** Whether one ranking comes before another, comparing element by element. */
	const before = (a: number[], b: number[]) => {
		const i = a.findIndex((v, k) => v !== b[k]);
		return i >= 0 && a[i] < b[i];
	};

	/** The catalogue's word nearest to a query word, allowing more typos than the search does. */
	function nearestWord(term: string): string | null {
		const limit = Math.max(2, Math.ceil(term.length / 3));
		// Nearest first; among equals a place name, then the word most practices use.
		const rank = (word: string, distance: number) => [
			distance,
			placeWords.has(word) ? 0 : 1,
			-(postings.get(word)?.size ?? 0)
		];
		let best: { word: string; rank: number[] } | null = null;
		for (const word of vocabulary) {
			const distance = editDistance(term, word, limit);
			if (distance > limit) continue;
			const candidate = { word, rank: rank(word, distance) };
			if (!best || before(candidate.rank, best.rank)) best = candidate;
		}
		return best?.word ?? null;
	}

	function suggest(terms: string[]): string | null {
		const words = terms.map((term) => (postings.has(term) ? term : nearestWord(term)));
		if (words.some((word) => word === null) || words.every((word, i) => word === terms[i])) return null;
		const suggested = words as string[];
		if (find(suggested).hits.length === 0) return null;
		return suggested.map((word) => spelling.get(word)?.text ?? word).join(' ');
	}

	return {
		search(query: string): SearchResult {
			const terms = [
				...new Set([...fold(query).matchAll(WORD)].map((m) => m[0]).filter((t) => t.length >= 2))
			];
			const { hits, matchedWords } =
				terms.length > 0 ? find(terms) : { hits: [], matchedWords: new Set<string>() };
			return {
				hits,
				highlight: (item) => ({
					title: highlight(item.title, matchedWords),
					summary: highlight(item.summary, matchedWords)
				}),
				suggestion: hits.length === 0 && terms.length > 0 ? suggest(terms) : null
			};
		}
	};
}
export type PracticeIndex = ReturnType<typeof createPracticeIndex>;
