/** Compression of answers: brotli or gzip as the client accepts, whole (cached bodies) or streamed. */
import { Readable, pipeline } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { brotliCompressSync, constants, createBrotliCompress, createGzip, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

/** Below this many bytes compression saves less than it costs. */
export const MIN_COMPRESSIBLE = 1024;

/** The encoding to answer in: brotli, then gzip, by the client's Accept-Encoding (q=0 refuses). */
export function negotiateEncoding(acceptEncoding: string | null): Encoding {
	if (!acceptEncoding) return 'identity';
	const q = new Map<string, number>();
	for (const part of acceptEncoding.split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		if (!name) continue;
		const weight = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
		q.set(name, weight === undefined ? 1 : Number(weight) || 0);
	}
	const accepted = (name: string) => (q.get(name) ?? q.get('*') ?? 0) > 0;
	if (accepted('br')) return 'br';
	if (accepted('gzip')) return 'gzip';
	return 'identity';
}

/** Text formats worth compressing; images, archives and fonts are compressed already. */
export function compressible(contentType: string | null): boolean {
	return /^(text\/|application\/(json|xml|javascript|manifest\+json)|image\/svg\+xml)/i.test(
		contentType ?? ''
	);
}

/** A whole body compressed once, for answers kept in memory and served many times. */
export function compressBuffer(body: Buffer, encoding: Exclude<Encoding, 'identity'>): Buffer {
	return encoding === 'br'
		? brotliCompressSync(body, {
				params: {
					[constants.BROTLI_PARAM_QUALITY]: 6,
					[constants.BROTLI_PARAM_SIZE_HINT]: body.length
				}
			})
		: gzipSync(body, { level: 6 });
}

/** Adds a value to `Vary` unless it is there already. */
export function addVary(headers: Headers, value: string): void {
	const current = headers.get('vary');
	if (!current) headers.set('Vary', value);
	else if (
		!current
			.toLowerCase()
			.split(/\s*,\s*/)
			.includes(value.toLowerCase())
	)
		headers.set('Vary', `${current}, ${value}`);
}

/**
 * The answer compressed as it streams (each chunk flushed, so a streamed page still arrives in
 * parts), when the client accepts it and the format is worth it; otherwise the answer itself.
 */
export function compressResponse(request: Request, response: Response): Response {
	const type = response.headers.get('content-type');
	if (
		!response.body ||
		request.method === 'HEAD' ||
		response.headers.has('content-encoding') ||
		response.status === 204 ||
		response.status === 206 ||
		response.status === 304 ||
		!compressible(type)
	)
		return response;
	const length = response.headers.get('content-length');
	if (length !== null && Number(length) < MIN_COMPRESSIBLE) return response;
	const encoding = negotiateEncoding(request.headers.get('accept-encoding'));
	let headers: Headers;
	try {
		headers = new Headers(response.headers);
	} catch {
		return response;
	}
	addVary(headers, 'Accept-Encoding');
	if (encoding === 'identity') return new Response(response.body, { status: response.status, headers });
	const compressor =
		encoding === 'br'
			? createBrotliCompress({
					flush: constants.BROTLI_OPERATION_FLUSH,
					params: { [constants.BROTLI_PARAM_QUALITY]: 4 }
				})
			: createGzip({ flush: constants.Z_SYNC_FLUSH, level: 6 });
	pipeline(Readable.fromWeb(response.body as unknown as NodeReadableStream), compressor, () => {});
	headers.delete('content-length');
	headers.set('Content-Encoding', encoding);
	// The compressed bytes differ from the ones a strong validator names.
	const etag = headers.get('etag');
	if (etag && !etag.startsWith('W/')) headers.set('ETag', `W/${etag}`);
	return new Response(Readable.toWeb(compressor) as unknown as ReadableStream, {
		status: response.status,
		statusText: response.statusText,
		headers
	});
}
