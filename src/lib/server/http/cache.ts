/**
 * Rendered public answers kept in memory: bounded by bytes, keyed by the catalogue view they were
 * rendered from and the normalised URL (which carries the language: `/en/…`). Only what any
 * anonymous visitor would get is kept; the caller decides that (see `publicCache` in hooks).
 */
import { etagOf } from '.';
import {
	compressBuffer,
	compressible,
	MIN_COMPRESSIBLE,
	negotiateEncoding,
	type Encoding
} from './compression';

/** Public answers may be kept by browsers and shared caches briefly, and served stale while refreshed. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=0, s-maxage=5, stale-while-revalidate=60';
/** Signed-in answers: never stored anywhere. */
export const PRIVATE_CACHE_CONTROL = 'private, no-store';

export interface CachedAnswer {
	status: number;
	headers: [string, string][];
	etag: string;
	vary: string;
	compressible: boolean;
	bodies: Partial<Record<Encoding, Buffer>>;
	bytes: number;
}

/** Headers a kept answer does not repeat as they were: recomputed for every delivery. */
const RECOMPUTED = new Set(['content-length', 'content-encoding', 'etag', 'cache-control', 'vary', 'date']);

/**
 * The URL as a cache key: lower-case host, query parameters sorted by name (each name's values in
 * their order) and re-encoded, so `?b=1&a=2` and `?a=2&b=1` (or `%20` and `+`) share an answer.
 */
export function normaliseUrl(raw: string): string {
	const url = new URL(raw);
	const params = [...url.searchParams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	const query = new URLSearchParams(params).toString();
	return `${url.protocol}//${url.host.toLowerCase()}${url.pathname}${query ? `?${query}` : ''}`;
}

export class AnswerCache {
	#entries = new Map<string, CachedAnswer>();
	#bytes = 0;
	#serial: number | null = null;

	constructor(readonly maxBytes: number) {}

	get bytes() {
		return this.#bytes;
	}
	get size() {
		return this.#entries.size;
	}

	/** Answers rendered from an older catalogue view are dropped as soon as a newer one is seen. */
	#useSerial(serial: number) {
		if (this.#serial === serial) return;
		this.#serial = serial;
		this.#entries.clear();
		this.#bytes = 0;
	}

	get(serial: number, key: string): CachedAnswer | undefined {
		this.#useSerial(serial);
		const entry = this.#entries.get(key);
		if (entry) {
			// Least recently used goes first: a hit moves to the end.
			this.#entries.delete(key);
			this.#entries.set(key, entry);
		}
		return entry;
	}

	/** Keeps an answer; one too large for an eighth of the budget is served but not kept. */
	set(serial: number, key: string, entry: CachedAnswer): void {
		this.#useSerial(serial);
		if (entry.bytes > this.maxBytes / 8) return;
		this.delete(key);
		this.#entries.set(key, entry);
		this.#bytes += entry.bytes;
		this.#evict();
	}

	delete(key: string) {
		const old = this.#entries.get(key);
		if (!old) return;
		this.#entries.delete(key);
		this.#bytes -= old.bytes;
	}

	/** A compressed body was added to an entry: count it. */
	grew(by: number) {
		this.#bytes += by;
		this.#evict();
	}

	#evict() {
		for (const [key] of this.#entries) {
			if (this.#bytes <= this.maxBytes) break;
			this.delete(key);
		}
	}
}

/** An answer read whole, ready to keep: status, headers and the identity body. */
export async function toCachedAnswer(response: Response, vary: string[]): Promise<CachedAnswer> {
	const body = Buffer.from(await response.arrayBuffer());
	const headers: [string, string][] = [];
	response.headers.forEach((value, name) => {
		if (!RECOMPUTED.has(name)) headers.push([name, value]);
	});
	const etag = response.headers.get('etag') ?? etagOf(body);
	return {
		status: response.status,
		headers,
		etag,
		vary: ['Accept-Encoding', ...vary].join(', '),
		compressible: compressible(response.headers.get('content-type')),
		bodies: { identity: body },
		bytes: body.length + 512
	};
}

/** Whether the client's If-None-Match names this answer (any of its encodings). */
function notModified(ifNoneMatch: string | null, etag: string): boolean {
	if (!ifNoneMatch) return false;
	const bare = etag.replace(/^W\//, '').replace(/"$/, '');
	return ifNoneMatch.split(',').some((tag) => {
		const candidate = tag.trim().replace(/^W\//, '');
		return candidate === '*' || candidate.replace(/"$/, '').replace(/-(br|gzip)$/, '') === bare;
	});
}

export interface Delivery {
	status: number;
	headers: [string, string][];
	/** null for 304 and HEAD. */
	body: Buffer | null;
}

/**
 * A kept answer as delivered to one request: in the encoding it accepts (compressed once, then
 * kept beside the identity body), 304 when it already has it, no body for HEAD.
 */
export function delivery(
	request: { method: string; acceptEncoding: string | null; ifNoneMatch: string | null },
	entry: CachedAnswer,
	{ cache, state }: { cache?: AnswerCache; state: 'hit' | 'miss' }
): Delivery {
	const identity = entry.bodies.identity!;
	const encoding =
		entry.compressible && identity.length >= MIN_COMPRESSIBLE
			? negotiateEncoding(request.acceptEncoding)
			: 'identity';
	const headers: [string, string][] = [
		...entry.headers,
		['cache-control', PUBLIC_CACHE_CONTROL],
		['vary', entry.vary],
		['x-cache', state],
		// A distinct validator per encoding, as the bytes differ.
		['etag', encoding === 'identity' ? entry.etag : entry.etag.replace(/"$/, `-${encoding}"`)]
	];
	if (notModified(request.ifNoneMatch, entry.etag)) return { status: 304, headers, body: null };
	let body = entry.bodies[encoding];
	if (!body && encoding !== 'identity') {
		body = entry.bodies[encoding] = compressBuffer(identity, encoding);
		entry.bytes += body.length;
		cache?.grew(body.length);
	}
	if (encoding !== 'identity') headers.push(['content-encoding', encoding]);
	headers.push(['content-length', String(body!.length)]);
	return { status: entry.status, headers, body: request.method === 'HEAD' ? null : body! };
}

/** A kept answer as a fetch `Response` (inside SvelteKit's `handle`). */
export function deliver(
	request: Request,
	entry: CachedAnswer,
	options: { cache?: AnswerCache; state: 'hit' | 'miss' }
): Response {
	const { status, headers, body } = delivery(
		{
			method: request.method,
			acceptEncoding: request.headers.get('accept-encoding'),
			ifNoneMatch: request.headers.get('if-none-match')
		},
		entry,
		options
	);
	return new Response(body as Uint8Array<ArrayBuffer> | null, { status, headers });
}

/**
 * The cache key of a request: its host and normalised path and query. The host stands for the
 * origin the app sees (pages print absolute links); the path carries the language (`/en/…`).
 */
export const cacheKey = (host: string | null, pathAndQuery: string) =>
	normaliseUrl(`http://${host ?? 'localhost'}${pathAndQuery}`);
