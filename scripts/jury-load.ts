/**
 * The load of a jury scoring at once, against the scoring page's form actions: each juror a client
 * that autosaves every entry a few times (following the version each answer gives) and submits it,
 * retrying what the server may not have done (connection errors, timeouts, 5xx) with backoff. Then
 * what was acknowledged is compared with what is stored. Used by `scripts/bench-jury.ts`; kept apart
 * so that a test can drive it against any endpoint that keeps the same contract.
 *
 * The contract (`/jury/<edition>/<entry>`): POST `?/save` (a draft; a submitted score stays
 * submitted) or `?/submit`, form data with `version` (last known, 0 for none), `score-<criterion>`,
 * `comment-<criterion>`, `privateComment`, `feedback`, `quote`, `recommend` (`on`), `category`;
 * headers `x-sveltekit-action: true` and `Accept: application/json`. The answer is SvelteKit's
 * action result: `{ type: 'success', data: { notice, version } }`, or 409 `{ type: 'failure', data:
 * { notice, stale: { theirs, yours } } }`; a repeated request whose content is what is stored
 * answers success with the current version.
 */
import { parse as parseDevalue } from 'devalue';

export interface LoadCriterion {
	id: string;
	min: number;
	max: number;
}

export interface LoadJuror {
	id: string;
	/** The session token, sent as the `session` cookie. */
	token: string;
}

export interface JuryLoadOptions {
	base: string;
	edition: string;
	entries: string[];
	criteria: LoadCriterion[];
	categories: string[];
	jurors: LoadJuror[];
	/** Autosaves per entry before its submit. */
	saves: number;
	cookieName?: string;
	/** Tries per request before giving it up. */
	maxAttempts?: number;
	timeoutMs?: number;
	/** After each request is settled (acknowledged, refused or given up), with the count so far. */
	onSettled?: (settled: number) => void;
	/** `performance.now()` after which no client starts another request (the one under way ends). */
	deadline?: number;
}

/** What a juror sends for one entry: the score's content. */
export interface ScoreContent {
	criteria: { id: string; score: number | null; comment: string }[];
	privateComment: string;
	feedback: string;
	quote: string;
	recommend: boolean;
	category: string;
}

export interface Ack {
	juror: string;
	entry: string;
	version: number;
	state: 'draft' | 'submitted';
	content: ScoreContent;
}

export interface LoadResult {
	/** Requests the clients meant to make (each may take several attempts). */
	requests: number;
	/** Requests made: all of them unless the deadline came first. */
	made: number;
	/** HTTP attempts, retries included. */
	attempts: number;
	retries: number;
	acknowledged: number;
	/** Requests refused as stale (409). */
	stale: number;
	/** Requests given up: not retryable, or out of attempts. */
	givenUp: number;
	errors: Record<string, number>;
	/** Milliseconds per HTTP attempt. */
	attemptLatencies: number[];
	/** Milliseconds per acknowledged request, from its first attempt to its answer. */
	ackLatencies: number[];
	/** The latest acknowledged save or submit per juror × entry. */
	latest: Map<string, Ack>;
	durationMs: number;
}

export interface StoredScore {
	juror: string;
	entry: string;
	version: number;
	state: 'draft' | 'submitted';
	criteria: { id: string; score: number | null; comment: string }[];
	privateComment: string;
	feedback: string;
	quote: string;
	recommend: boolean;
	category: string | null;
}

export const pairKey = (juror: string, entry: string) => `${juror} ${entry}`;

/** SvelteKit's serialized action result, as `deserialize` from `$app/forms` reads it. */
export function decodeActionResult(text: string): { type: string; status?: number; data?: unknown } {
	const result = JSON.parse(text) as { type: string; status?: number; data?: unknown };
	if (typeof result?.type !== 'string') throw new Error('not an action result');
	if (typeof result.data === 'string') result.data = parseDevalue(result.data);
	return result;
}

/** A juror's content for an entry at a step: scores fill in as they go, every text tells its step. */
export function contentFor(
	juror: number,
	entry: number,
	step: number,
	steps: number,
	criteria: LoadCriterion[],
	categories: string[]
): ScoreContent {
	const filled = Math.ceil(((step + 1) / steps) * criteria.length);
	const recommend = step === steps - 1 && categories.length > 0 && (juror + entry) % 3 === 0;
	return {
		criteria: criteria.map((c, i) =>
			i < filled
				? {
						id: c.id,
						score: c.min + ((juror + entry + i + step) % (c.max - c.min + 1)),
						comment: `Juror ${juror}, zgłoszenie ${entry}, krok ${step}: uwaga ${i}.`
					}
				: { id: c.id, score: null, comment: '' }
		),
		privateComment: step % 2 === 1 ? `Notatka ${juror}/${entry}/${step}.` : '',
		feedback: `Informacja zwrotna, krok ${step}.`,
		quote: recommend && (juror + entry) % 2 === 0 ? `Cytat ${juror}/${entry}.` : '',
		recommend,
		category: recommend ? categories[(juror + entry) % categories.length] : ''
	};
}

export function formOf(content: ScoreContent, version: number): URLSearchParams {
	const form = new URLSearchParams({ version: String(version) });
	for (const c of content.criteria) {
		form.set(`score-${c.id}`, c.score === null ? '' : String(c.score));
		form.set(`comment-${c.id}`, c.comment);
	}
	form.set('privateComment', content.privateComment);
	form.set('feedback', content.feedback);
	form.set('quote', content.quote);
	if (content.recommend) form.set('recommend', 'on');
	form.set('category', content.category);
	return form;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** 100 ms doubling to 2 s, with jitter so that clients do not come back all at once. */
const backoff = (attempt: number) => Math.min(100 * 2 ** attempt, 2000) * (0.5 + Math.random() * 0.5);

type Outcome =
	| { kind: 'ack'; version: number }
	| { kind: 'stale'; version: number | null }
	| { kind: 'retry'; error: string }
	| { kind: 'give-up'; error: string };

function errorKind(cause: unknown): string {
	const error = cause as { name?: string; cause?: { code?: string } };
	if (error?.name === 'TimeoutError' || error?.name === 'AbortError') return 'timeout';
	return `network-${error?.cause?.code ?? 'error'}`;
}

function outcomeOf(status: number, text: string): Outcome {
	if (status >= 500) return { kind: 'retry', error: `http-${status}` };
	let result: ReturnType<typeof decodeActionResult>;
	try {
		result = decodeActionResult(text);
	} catch {
		return { kind: 'give-up', error: `unparseable-${status}` };
	}
	const data = (result.data ?? {}) as {
		version?: unknown;
		stale?: { theirs?: { version?: unknown } };
	};
	if (result.type === 'success' && typeof data.version === 'number')
		return { kind: 'ack', version: data.version };
	if (result.type === 'success') return { kind: 'give-up', error: 'success-without-version' };
	if (result.type === 'failure' && (result.status ?? status) === 409) {
		const theirs = data.stale?.theirs?.version;
		return { kind: 'stale', version: typeof theirs === 'number' ? theirs : null };
	}
	if (result.type === 'error' && (result.status ?? status) >= 500)
		return { kind: 'retry', error: `error-${result.status ?? status}` };
	return { kind: 'give-up', error: `${result.type}-${result.status ?? status}` };
}

/** Runs every juror's client at once until each has saved and submitted every entry. */
export async function runJuryLoad(options: JuryLoadOptions): Promise<LoadResult> {
	const { base, edition, entries, criteria, categories, jurors, saves } = options;
	const cookieName = options.cookieName ?? 'session';
	const maxAttempts = options.maxAttempts ?? 40;
	const timeoutMs = options.timeoutMs ?? 30_000;
	const steps = saves + 1;
	const result: LoadResult = {
		requests: jurors.length * entries.length * steps,
		made: 0,
		attempts: 0,
		retries: 0,
		acknowledged: 0,
		stale: 0,
		givenUp: 0,
		errors: {},
		attemptLatencies: [],
		ackLatencies: [],
		latest: new Map(),
		durationMs: 0
	};
	let settled = 0;
	const count = (error: string) => (result.errors[error] = (result.errors[error] ?? 0) + 1);
	const settle = () => options.onSettled?.(++settled);

	async function send(juror: LoadJuror, entry: string, action: 'save' | 'submit', body: string) {
		const started = performance.now();
		for (let attempt = 0; attempt < maxAttempts; attempt++) {
			if (attempt > 0) {
				result.retries++;
				await sleep(backoff(attempt - 1));
			}
			result.attempts++;
			const sent = performance.now();
			let outcome: Outcome;
			try {
				const response = await fetch(`${base}/jury/${edition}/${entry}?/${action}`, {
					method: 'POST',
					headers: {
						'content-type': 'application/x-www-form-urlencoded',
						accept: 'application/json',
						'x-sveltekit-action': 'true',
						origin: base,
						cookie: `${cookieName}=${juror.token}`
					},
					body,
					redirect: 'manual',
					signal: AbortSignal.timeout(timeoutMs)
				});
				const text = await response.text();
				outcome = outcomeOf(response.status, text);
			} catch (cause) {
				outcome = { kind: 'retry', error: errorKind(cause) };
			}
			result.attemptLatencies.push(performance.now() - sent);
			if (outcome.kind === 'retry') {
				count(outcome.error);
				continue;
			}
			if (outcome.kind === 'ack') result.ackLatencies.push(performance.now() - started);
			if (outcome.kind === 'give-up') count(outcome.error);
			if (outcome.kind === 'stale') count('stale-409');
			return outcome;
		}
		count('out-of-attempts');
		return { kind: 'give-up', error: 'out-of-attempts' } as const;
	}

	async function client(juror: LoadJuror, j: number) {
		for (const [e, entry] of entries.entries()) {
			let version = 0;
			for (let step = 0; step < steps; step++) {
				if (options.deadline !== undefined && performance.now() > options.deadline) return;
				result.made++;
				const action = step === steps - 1 ? 'submit' : 'save';
				// The submit sends what the last autosave sent, as a juror pressing "submit" would.
				const content = contentFor(j, e, Math.min(step, saves - 1), saves, criteria, categories);
				const outcome = await send(juror, entry, action, formOf(content, version).toString());
				if (outcome.kind === 'ack') {
					result.acknowledged++;
					version = outcome.version;
					const previous = result.latest.get(pairKey(juror.id, entry));
					result.latest.set(pairKey(juror.id, entry), {
						juror: juror.id,
						entry,
						version,
						// A save keeps a submitted score submitted.
						state: action === 'submit' || previous?.state === 'submitted' ? 'submitted' : 'draft',
						content
					});
				} else if (outcome.kind === 'stale') {
					result.stale++;
					if (outcome.version !== null) version = outcome.version;
				} else result.givenUp++;
				settle();
			}
		}
	}

	const started = performance.now();
	await Promise.all(jurors.map((juror, j) => client(juror, j)));
	result.durationMs = performance.now() - started;
	return result;
}

const sameContent = (stored: StoredScore, sent: ScoreContent) =>
	stored.criteria.length === sent.criteria.length &&
	stored.criteria.every(
		(c, i) =>
			c.id === sent.criteria[i].id &&
			c.score === sent.criteria[i].score &&
			c.comment === sent.criteria[i].comment
	) &&
	stored.privateComment === sent.privateComment &&
	stored.feedback === sent.feedback &&
	stored.quote === sent.quote &&
	stored.recommend === sent.recommend &&
	(!sent.recommend || stored.category === sent.category);

export interface Verification {
	/** Juror × entry pairs with at least one acknowledged request. */
	pairs: number;
	/** Pairs whose latest acknowledged content, version and state are what is stored. */
	found: number;
	/** Pairs whose latest acknowledged write is missing, older or different in what is stored. */
	lost: number;
	/** Pairs stored at a later version than any acknowledged (a write whose answer never came). */
	newer: number;
	/** Score records beyond one per juror × entry. */
	duplicates: number;
	/** A few of the lost pairs, to look at. */
	examples: string[];
}

/** Compares every pair's latest acknowledged write with the stored scores. */
export function verify(latest: Map<string, Ack>, stored: StoredScore[]): Verification {
	const byPair = new Map<string, StoredScore[]>();
	for (const score of stored) {
		const key = pairKey(score.juror, score.entry);
		byPair.set(key, [...(byPair.get(key) ?? []), score]);
	}
	let duplicates = 0;
	for (const scores of byPair.values()) duplicates += scores.length - 1;
	const verdict: Verification = { pairs: latest.size, found: 0, lost: 0, newer: 0, duplicates, examples: [] };
	for (const [key, ack] of latest) {
		const scores = byPair.get(key) ?? [];
		if (scores.some((s) => s.version > ack.version)) {
			verdict.newer++;
			continue;
		}
		const same = scores.find((s) => s.version === ack.version);
		if (same && same.state === ack.state && sameContent(same, ack.content)) verdict.found++;
		else {
			verdict.lost++;
			if (verdict.examples.length < 5)
				verdict.examples.push(
					`${key}: acknowledged v${ack.version} ${ack.state}, stored ${
						scores.map((s) => `v${s.version} ${s.state}`).join(', ') || 'nothing'
					}`
				);
		}
	}
	return verdict;
}

export function percentile(sorted: number[], p: number): number {
	return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}
