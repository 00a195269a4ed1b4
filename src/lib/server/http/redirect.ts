/**
 * Where to go after sign-in: `next` as a browser would resolve it against this site, and only when
 * it stays on this site. A pattern on the first characters misses what browsers forgive (`/\evil`,
 * `/\t/evil`, `/%09/evil`…), so the decision is made on the resolved origin. Only the path, query
 * and fragment are returned, never a scheme or host.
 */
export function localTarget(next: string | null | undefined, origin: string, fallback: string): string {
	if (!next) return fallback;
	let target: URL;
	try {
		target = new URL(next, origin);
	} catch {
		return fallback;
	}
	if (target.origin !== new URL(origin).origin) return fallback;
	// A path beginning with two slashes would be read as another host when sent back as Location.
	if (/^[/\\]{2}/.test(target.pathname)) return fallback;
	return target.pathname + target.search + target.hash;
}
