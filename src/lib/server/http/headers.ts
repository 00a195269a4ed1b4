/** What a response that did not come with its own policy may do: nothing (JSON, CSV, files, fallbacks). */
export const baseCsp =
	"default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const hsts = 'max-age=31536000; includeSubDomains';

/**
 * The headers every response carries. Pages keep the policy `kit.csp` gave them (with its nonce);
 * the rest get `baseCsp`, whose only allowance is the inline style of SvelteKit's fallback error
 * page. HSTS only when the site is served over HTTPS: over HTTP it would be ignored at best.
 */
export function applySecurityHeaders(headers: Headers, { https }: { https: boolean }): void {
	if (!headers.has('content-security-policy')) headers.set('Content-Security-Policy', baseCsp);
	headers.set('X-Content-Type-Options', 'nosniff');
	headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	headers.set('X-Frame-Options', 'DENY');
	if (https) headers.set('Strict-Transport-Security', hsts);
}

/** The same response with headers that can be changed (`fetch` answers come with frozen ones). */
export const mutable = (response: Response) =>
	new Response(response.body, {
		status: response.status,
		statusText: response.statusText,
		headers: new Headers(response.headers)
	});
