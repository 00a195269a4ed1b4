import Fuse from 'fuse.js';
import type { Highlight } from '../../catalogue';
import type { PublicPractice } from './public';

export type { Highlight };

export interface SearchResult {
	/** The practices found, as positions in the indexed practices, increasing. */
	found: Uint32Array;
	/** The same practices as a bitset by position, made when first asked for (read it, never change it). */
	readonly bits: Uint32Array;
	/** The same practices best first (sorted when first asked for). */
	readonly ranked: number[];
	/**
	 * The first `count` of the practices found that are also `within` (a bitset by position): best
	 * first, or by `order` (a rank per position) and then best first. Only those are put in order,
	 * not every practice found.
	 */
	best(count: number, within: Uint32Array, order?: Float64Array): number[];
	/** The same practices with their scores, made when first asked for. */
	readonly hits: { item: PublicPractice; score: number }[];
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
/** A word as written: with any combining marks, which folding removes (so one word stays one). */
const SPELLING = /[\p{L}\p{N}\p{M}]+/gu;
/**
 * The same runs for a text in the Latin script (with any punctuation and spaces), found about three
 * times faster than with Unicode's classes, which is a second of start-up at 100 000 practices. Up to
 * U+024F these are exactly the letters, numbers and marks, and General Punctuation (U+2000–U+206F,
 * dashes and quotation marks) has none: a text with nothing else is cut alike by both.
 */
const LATIN_SPELLING =
	/[0-9A-Za-z\u00AA\u00B2\u00B3\u00B5\u00B9\u00BA\u00BC-\u00BE\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+/g;
const BEYOND_LATIN = /[\u0250-\u1FFF\u2070-\uFFFF]/;

/** A pattern finding the text's words as written (SPELLING's runs), from the text's start. */
export function spellingPattern(text: string): RegExp {
	const pattern = BEYOND_LATIN.test(text) ? SPELLING : LATIN_SPELLING;
	pattern.lastIndex = 0;
	return pattern;
}

/**
 * The practices (positions, increasing) holding a word, and
 * the weight of its weightiest field in each.
 */
interface Posting {
	docs: number[];
	weights: number[];
}

/**
 * Every word's posting packed into shared typed arrays: word number `w` (words in code-unit order)
 * holds the practices `docs[starts[w]]` … `docs[starts[w + 1] - 1]`, with their `weights`. At
 * 100 000 practices two arrays of numbers per word cost several times as much (and an array per
 * word on its own).
 */
class Postings {
	readonly #number = new Map<string, number>();
	readonly words: string[];
	readonly starts: Uint32Array;
	readonly docs: Uint32Array;
	readonly weights: Float32Array;

	constructor(words: string[], starts: Uint32Array, docs: Uint32Array, weights: Float32Array) {
		this.words = words;
		words.forEach((word, w) => this.#number.set(word, w));
		this.starts = starts;
		this.docs = docs;
		this.weights = weights; // the weights (3, 2, 1.5, 1, 0.5) are exact in 32 bits
	}

	has(word: string) {
		return this.#number.has(word);
	}
	/** Where the word's practices are in `docs` and `weights`, or null for a word not in the catalogue. */
	range(word: string): { start: number; end: number } | null {
		const w = this.#number.get(word);
		return w === undefined ? null : { start: this.starts[w], end: this.starts[w + 1] };
	}
	/** How many practices hold the word. */
	count(word: string): number {
		const range = this.range(word);
		return range ? range.end - range.start : 0;
	}
}

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
const CLOSENESS = { exact: 1, prefix: 0.85, typo: 0.6 } as const;

/** A practice found only through typos is kept when it scores at least this share of the best. */
const WEAK = 0.6;

/** Fuse's score (0 = exact, 1 = nothing alike) up to which a word counts as a query word with a typo. */
const TYPO_SCORE = 0.35;

/** Up to which score a word is offered as "did you mean" when nothing was found. */
const SUGGESTION_SCORE = 0.5;

/**
 * How much of the latest searches' answers an index keeps: a search matching all of 100 000
 * practices holds 1.2 MB, so a score of such searches, or hundreds of narrower ones.
 */
const KEPT_SEARCH_BYTES = 24 << 20;

/** Up to how many of a kept search's best practices (by relevance, unfiltered) are kept in order. */
const KEPT_BEST = 1000;

/**
 * The words of the practices at `positions` (increasing), each with the practices holding it and the
 * weight of its weightiest field in each: plain arrays filled in practice order (a map per word
 * costs far more at 100 000 practices).
 */
function gatherPostings(practices: PublicPractice[], positions: number[]): Map<string, Posting> {
	const gathered = new Map<string, Posting>();
	// Texts repeat their words: each spelling is folded and looked up once, not at every use
	// (null: a word too short to index).
	const postingOf = new Map<string, Posting | null>();
	const postingOfWord = (word: string) => {
		if (word.length < 2) return null;
		let posting = gathered.get(word);
		if (!posting) gathered.set(word, (posting = { docs: [], weights: [] }));
		return posting;
	};
	for (const index of positions) {
		const practice = practices[index];
		for (const field of FIELDS) {
			const text = field.text(practice);
			const spellings = spellingPattern(text);
			for (let match = spellings.exec(text); match; match = spellings.exec(text)) {
				let posting = postingOf.get(match[0]);
				if (posting === undefined) postingOf.set(match[0], (posting = postingOfWord(fold(match[0]))));
				if (!posting) continue;
				const last = posting.docs.length - 1;
				if (last >= 0 && posting.docs[last] === index) {
					if (field.weight > posting.weights[last]) posting.weights[last] = field.weight;
				} else {
					posting.docs.push(index);
					posting.weights.push(field.weight);
				}
			}
		}
	}
	return gathered;
}

/**
 * The postings of `practices`. Those `previous` indexed too (the same objects: a rebuild keeps what
 * did not change) are renumbered from its postings; only the others' texts are read, so a rebuild
 * after a few changes reads a few texts rather than every one, and ends as a new index would.
 */
function postingsOf(practices: PublicPractice[], previous?: IndexedPractices): Postings {
	const old = previous?.postings;
	// old position → new position, or -1 for a practice that changed or left
	const renumbered = new Int32Array(previous?.practices.length ?? 0).fill(-1);
	const oldPositions = new Map<PublicPractice, number>(previous?.practices.map((p, k) => [p, k]));
	const fresh: number[] = [];
	practices.forEach((p, i) => {
		const k = oldPositions.get(p);
		if (k === undefined) fresh.push(i);
		else renumbered[k] = i;
	});
	oldPositions.clear();
	const gathered = gatherPostings(practices, fresh);
	const kept = (k: number) => renumbered[old!.docs[k]] >= 0;

	const candidates = [...new Set([...(old?.words ?? []), ...gathered.keys()])].sort();
	const sizes = candidates.map((word) => {
		let size = gathered.get(word)?.docs.length ?? 0;
		const range = old?.range(word);
		if (range) for (let k = range.start; k < range.end; k++) if (kept(k)) size++;
		return size;
	});
	const words = candidates.filter((_, c) => sizes[c] > 0); // a word only practices that left had goes
	const starts = new Uint32Array(words.length + 1);
	for (let c = 0, w = 0; c < candidates.length; c++) {
		if (sizes[c] === 0) continue;
		starts[w + 1] = starts[w] + sizes[c];
		w++;
	}
	const total = starts[words.length];
	const docs = new Uint32Array(total);
	const weights = new Float32Array(total);
	words.forEach((word, w) => {
		// Both lists increasing: merged. Kept practices keep their order unless their titles sort
		// alike (equal titles keep the order they were read in): that word is then sorted again.
		const range = old?.range(word) ?? { start: 0, end: 0 };
		const added = gathered.get(word) ?? { docs: [], weights: [] };
		let k = range.start;
		let j = 0;
		let at = starts[w];
		let increasing = true;
		for (;;) {
			while (k < range.end && !kept(k)) k++;
			const fromOld = k < range.end ? renumbered[old!.docs[k]] : Infinity;
			const fromNew = j < added.docs.length ? added.docs[j] : Infinity;
			if (fromOld === Infinity && fromNew === Infinity) break;
			if (fromOld < fromNew) {
				docs[at] = fromOld;
				weights[at] = old!.weights[k++];
			} else {
				docs[at] = fromNew;
				weights[at] = added.weights[j++];
			}
			if (at > starts[w] && docs[at] < docs[at - 1]) increasing = false;
			at++;
		}
		if (!increasing) sortByDoc(docs, weights, starts[w], at);
	});
	return new Postings(words, starts, docs, weights);
}

/**
 * The first `count` of `items` in `compare`'s order, keeping the best so far in a heap (the worst
 * of them on top): n log count steps rather than sorting all n for one page.
 */
export function firstInOrder(
	items: ArrayLike<number>,
	count: number,
	compare: (a: number, b: number) => number
): number[] {
	const heap: number[] = [];
	if (count <= 0) return heap;
	const swap = (a: number, b: number) => ([heap[a], heap[b]] = [heap[b], heap[a]]);
	for (let k = 0; k < items.length; k++) {
		const item = items[k];
		if (heap.length < count) {
			heap.push(item);
			for (let at = heap.length - 1; at > 0;) {
				const parent = (at - 1) >> 1;
				if (compare(heap[at], heap[parent]) <= 0) break;
				swap(at, parent);
				at = parent;
			}
		} else if (compare(item, heap[0]) < 0) {
			heap[0] = item;
			for (let at = 0; ;) {
				const [left, right] = [2 * at + 1, 2 * at + 2];
				let worst = at;
				if (left < heap.length && compare(heap[left], heap[worst]) > 0) worst = left;
				if (right < heap.length && compare(heap[right], heap[worst]) > 0) worst = right;
				if (worst === at) break;
				swap(at, worst);
				at = worst;
			}
		}
	}
	return heap.sort(compare);
}

/** What an index takes over from the one it replaces. */
interface IndexedPractices {
	practices: PublicPractice[];
	postings: Postings;
}

/** Sorts `docs[start..end)` increasing, carrying `weights` along. */
function sortByDoc(docs: Uint32Array, weights: Float32Array, start: number, end: number) {
	const order = Array.from({ length: end - start }, (_, i) => start + i).sort((a, b) => docs[a] - docs[b]);
	const sortedDocs = Uint32Array.from(order, (k) => docs[k]);
	const sortedWeights = Float32Array.from(order, (k) => weights[k]);
	docs.set(sortedDocs, start);
	weights.set(sortedWeights, start);
}

/**
 * Diacritic-insensitive search that ranks whole-word matches first. Each query word is matched
 * against the catalogue's vocabulary: the same word, a word it begins (Polish endings: "Lodz" finds
 * "Łodzi"), or, less, a word Fuse finds within a typo or two (the word itself or its beginning:
 * "Lubiln" → "Lublinie"). An inverted index then gives the practices holding those words; every
 * query word must match. A practice found only through typos is dropped when it scores well below
 * the best one.
 */
export function createPracticeIndex(practices: PublicPractice[], previous?: IndexedPractices) {
	const postings = postingsOf(practices, previous);
	const known = postings.words;
	// Typo-tolerant matching of a query word against the catalogue's words (short strings, so it
	// stays fast at 10 000 practices). A match must start near the beginning of the word: the query
	// word is then compared with the word or its beginning of a similar length, an inflected form of
	// the word meant ("Lubiln" → "Lublinie"), not with a chance stretch in the middle of a long word.
	const vocabulary = new Fuse(known, {
		includeScore: true,
		threshold: SUGGESTION_SCORE, // the looser of the two; the search itself keeps TYPO_SCORE
		location: 0,
		distance: 8,
		minMatchCharLength: 2
	});
	const placeWords = new Set(
		[...new Set(practices.map((p) => p.place.name))].flatMap((name) =>
			[...fold(name).matchAll(WORD)].map((m) => m[0])
		)
	);

	/**
	 * How the catalogue writes a word: as at its first place in the weightiest field it is in
	 * (practices in title order, then fields in `FIELDS` order). Looked up only for a suggestion.
	 */
	function spelling(word: string): string | undefined {
		const range = postings.range(word);
		if (!range) return undefined;
		let first = range.start;
		for (let k = range.start; k < range.end; k++)
			if (postings.weights[k] > postings.weights[first]) first = k;
		const practice = practices[postings.docs[first]];
		for (const field of FIELDS) {
			if (field.weight !== postings.weights[first]) continue;
			for (const match of field.text(practice).matchAll(SPELLING))
				if (fold(match[0]) === word) return match[0];
		}
		return undefined;
	}

	/** Words of the catalogue near a query word, nearest first, with Fuse's score. */
	function fuzzyWords(term: string, upTo: number): { word: string; score: number }[] {
		return vocabulary
			.search(term, { limit: 200 })
			.map((result) => ({ word: result.item, score: result.score ?? 1 }))
			.filter((result) => result.score <= upTo);
	}

	// Visitors repeat their words: each one's matches are looked up in the vocabulary once.
	const similar = new Map<string, Map<string, number>>();

	/** Words of the catalogue a query word stands for, with how close each is. */
	function similarWords(term: string): Map<string, number> {
		let found = similar.get(term);
		if (!found) {
			if (similar.size >= 5000) similar.delete(similar.keys().next().value!);
			similar.set(term, (found = lookUpSimilarWords(term)));
		}
		return found;
	}

	function lookUpSimilarWords(term: string): Map<string, number> {
		const found = new Map<string, number>();
		for (const word of known) {
			if (word === term) found.set(word, CLOSENESS.exact);
			else if (term.length >= 2 && word.startsWith(term)) found.set(word, CLOSENESS.prefix);
		}
		// A word under four letters is too short to tell a typo from another word.
		const near = term.length < 4 ? [] : fuzzyWords(term, TYPO_SCORE);
		for (const { word, score } of near) {
			if (!found.has(word)) found.set(word, CLOSENESS.typo * (1 - score));
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

	// The arrays `find` scores in, made at the first search and reused by every one (a search runs to
	// its end without yielding): new ones per search are 2 MB of garbage at 100 000 practices.
	let scratch: {
		scores: Float64Array;
		whole: Uint8Array;
		termScores: Float64Array;
		termWhole: Uint8Array;
	} | null = null;

	/** The practices `best` chooses among, as indexes in `found`. */
	let bestScratch: Uint32Array | null = null;

	function find(terms: string[]) {
		const matchedWords = new Set<string>();
		const n = practices.length;
		// practice → summed score (0: not found by every query word so far), and whether every
		// query word was found exactly or as a prefix; typed arrays, as a query may match most of
		// the catalogue
		scratch ??= {
			scores: new Float64Array(n),
			whole: new Uint8Array(n),
			termScores: new Float64Array(n),
			termWhole: new Uint8Array(n)
		};
		const { scores, whole } = scratch;
		scores.fill(0);
		whole.fill(0);
		terms.forEach((term, t) => {
			// The first word's scores are written straight into the sums.
			const termScores = t === 0 ? scores : scratch!.termScores.fill(0);
			const termWhole = t === 0 ? whole : scratch!.termWhole.fill(0);
			for (const [word, closeness] of similarWords(term)) {
				matchedWords.add(word);
				const isWhole = closeness >= CLOSENESS.prefix ? 1 : 0;
				const range = postings.range(word);
				if (!range) continue;
				const { docs, weights } = postings;
				for (let k = range.start; k < range.end; k++) {
					const doc = docs[k];
					const score = closeness * weights[k];
					if (score > termScores[doc]) termScores[doc] = score;
					termWhole[doc] |= isWhole;
				}
			}
			if (t === 0) return;
			for (let doc = 0; doc < n; doc++) {
				if (scores[doc] === 0) continue;
				if (termScores[doc] === 0) scores[doc] = 0;
				else {
					scores[doc] += termScores[doc];
					whole[doc] &= termWhole[doc];
				}
			}
		});
		// Typed arrays, counted first: a query may find most of the catalogue.
		let best = 0;
		for (let doc = 0; doc < n; doc++) if (scores[doc] > best) best = scores[doc];
		const isKept = (doc: number) => scores[doc] !== 0 && (whole[doc] === 1 || scores[doc] >= best * WEAK);
		let size = 0;
		for (let doc = 0; doc < n; doc++) if (isKept(doc)) size++;
		const found = new Uint32Array(size);
		// Copied out of the shared scratch array, which the next search overwrites.
		const foundScores = new Float64Array(size);
		for (let doc = 0, at = 0; doc < n; doc++) {
			if (!isKept(doc)) continue;
			found[at] = doc;
			foundScores[at++] = scores[doc];
		}
		return { found, scores: foundScores, matchedWords };
	}

	/** Whether one ranking comes before another, comparing element by element. */
	const before = (a: number[], b: number[]) => {
		const i = a.findIndex((v, k) => v !== b[k]);
		return i >= 0 && a[i] < b[i];
	};

	/** The catalogue's word nearest to a query word, allowing more typos than the search does. */
	function nearestWord(term: string): string | null {
		// Nearest first; among equals a place name, then the word most practices use.
		const rank = ({ word, score }: { word: string; score: number }) => [
			score,
			placeWords.has(word) ? 0 : 1,
			-postings.count(word)
		];
		let best: { word: string; rank: number[] } | null = null;
		for (const near of fuzzyWords(term, SUGGESTION_SCORE)) {
			const candidate = { word: near.word, rank: rank(near) };
			if (!best || before(candidate.rank, best.rank)) best = candidate;
		}
		return best?.word ?? null;
	}

	function suggest(terms: string[]): string | null {
		const words = terms.map((term) => (postings.has(term) ? term : nearestWord(term)));
		if (words.some((word) => word === null) || words.every((word, i) => word === terms[i])) return null;
		const suggested = words as string[];
		if (find(suggested).found.length === 0) return null;
		return suggested.map((word) => spelling(word) ?? word).join(' ');
	}

	// Paging, sorting, filtering or translating a search asks for the same words again: the latest
	// searches' answers are kept, most recent last, up to KEPT_SEARCH_BYTES of their arrays. They live
	// as long as this index, that is as long as its catalogue version.
	const kept = new Map<string, { result: SearchResult; bytes: number }>();
	let keptBytes = 0;

	function searchFor(terms: string[]): SearchResult {
		const key = terms.join(' ');
		const known = kept.get(key);
		if (known) {
			kept.delete(key);
			kept.set(key, known);
			return known.result;
		}
		const result = answer(terms);
		// Its practices and their scores, its bitset and best ones once made, and a few kilobytes for
		// the rest (the words, the closures), so that searches finding nothing are bounded too.
		const bytes = result.found.byteLength * 3 + practices.length / 8 + KEPT_BEST * 8 + 4096;
		kept.set(key, { result, bytes });
		keptBytes += bytes;
		for (const [oldest, { bytes }] of kept) {
			if (keptBytes <= KEPT_SEARCH_BYTES || oldest === key) break;
			kept.delete(oldest);
			keptBytes -= bytes;
		}
		return result;
	}

	function answer(terms: string[]): SearchResult {
		const { found, scores, matchedWords } =
			terms.length > 0
				? find(terms)
				: { found: new Uint32Array(0), scores: new Float64Array(0), matchedWords: new Set<string>() };
		// Practices by relevance, as indexes in `found`: the higher score, then the catalogue's order.
		const byScore = (i: number, j: number) => scores[j] - scores[i] || found[i] - found[j];
		let inOrder: number[] | null = null;
		const byRelevance = () => (inOrder ??= Array.from(found.keys()).sort(byScore));
		let bits: Uint32Array | null = null;
		let keptBest: number[] | null = null;
		let ranked: number[] | null = null;
		let hits: SearchResult['hits'] | null = null;
		return {
			found,
			get bits() {
				if (!bits) {
					bits = new Uint32Array(Math.ceil(practices.length / 32));
					for (const at of found) bits[at >>> 5] |= 1 << (at & 31);
				}
				return bits;
			},
			get ranked() {
				return (ranked ??= byRelevance().map((i) => found[i]));
			},
			best(count, within, order) {
				// The first pages of the whole search by relevance, the view most asked for, are put in
				// order once.
				const whole = !order && within === bits;
				if (whole && keptBest && (keptBest.length >= count || keptBest.length === found.length))
					return keptBest.slice(0, count);
				const compare = order
					? (i: number, j: number) => order[found[i]] - order[found[j]] || byScore(i, j)
					: byScore;
				// Only a page's worth is kept: the rest is scratch, shared by every search.
				const candidates = (bestScratch ??= new Uint32Array(practices.length));
				let size = 0;
				for (let i = 0; i < found.length; i++)
					if (within[found[i] >>> 5] & (1 << (found[i] & 31))) candidates[size++] = i;
				const first = firstInOrder(candidates.subarray(0, size), count, compare).map((i) => found[i]);
				if (whole && count <= KEPT_BEST) keptBest = first.slice();
				return first;
			},
			get hits() {
				return (hits ??= byRelevance().map((i) => ({ item: practices[found[i]], score: scores[i] })));
			},
			highlight: (item) => ({
				title: highlight(item.title, matchedWords),
				summary: highlight(item.summary, matchedWords)
			}),
			suggestion: found.length === 0 && terms.length > 0 ? suggest(terms) : null
		};
	}

	return {
		search(query: string): SearchResult {
			const terms = [
				...new Set([...fold(query).matchAll(WORD)].map((m) => m[0]).filter((t) => t.length >= 2))
			];
			return searchFor(terms);
		},
		/** The practices searched, in the order positions in a search result count them. */
		practices,
		/** What the next index, of the catalogue that replaces this one, takes over. */
		postings
	};
}
export type PracticeIndex = ReturnType<typeof createPracticeIndex>;
