/** HTTP: cacheable public responses, security headers, the Node server guard, safe redirects. */
import { createHash, type Hash } from 'node:crypto';

export const etagOf = (body: string | Uint8Array) => etagOfHash(createHash('sha256').update(body));

/** The validator of a body hashed piece by piece with sha256 (the same as `etagOf` the whole). */
export const etagOfHash = (sha256: Hash) => `"${sha256.digest('base64url').slice(0, 27)}"`;

/** Public, cacheable response with an ETag; answers 304 when the client already has this body. */
export function publicResponse(
	request: Request,
	body: string,
	contentType = 'application/json; charset=utf-8',
	extraHeaders: Record<string, string> = {},
	etag = etagOf(body)
): Response {
	const headers = {
		'Content-Type': contentType,
		'Cache-Control': 'public, max-age=300',
		'Access-Control-Allow-Origin': '*',
		ETag: etag,
		...extraHeaders
	};
	if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
	return new Response(body, { headers });
}

export function publicJson(request: Request, value: unknown): Response {
	return publicResponse(request, JSON.stringify(value));
}

/** A 4xx the client can act on, in the API's JSON shape. */
export function badRequest(message: string, status = 400): Response {
	return new Response(JSON.stringify({ error: message }), {
		status,
		headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }
	});
}
