import { gzipSync } from 'node:zlib';

export interface PageJavaScript {
	/** Each script the page loads before it is interactive, with its gzip-compressed size. */
	files: { path: string; gzipBytes: number }[];
	/** Their sum: bytes gzip-compressed with node:zlib at level 9, one file at a time. */
	gzipBytes: number;
}

/**
 * Script addresses a page names: modulepreload links in its `Link` header (where SvelteKit puts
 * them) or its HTML, `<script src>` and inline `import("…")`.
 */
export function scriptsNamedBy(html: string, linkHeader: string | null = null): string[] {
	const found = new Set<string>();
	for (const [, href] of (linkHeader ?? '').matchAll(/<([^>]+)>;[^,]*\brel="?modulepreload"?/g))
		found.add(href);
	for (const [, href] of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g))
		found.add(href);
	for (const [, href] of html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="modulepreload"/g))
		found.add(href);
	for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) found.add(src);
	for (const [, inline] of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g))
		for (const [, target] of inline.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)) found.add(target);
	return [...found];
}

/** Static imports of an ES module (`import … from "x"`, `import "x"`, `export … from "x"`), not `import()`. */
export function staticImportsOf(code: string): string[] {
	const found = new Set<string>();
	for (const [, target] of code.matchAll(
		/\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+\.js)["']/g
	))
		found.add(target);
	return [...found];
}

/**
 * The JavaScript a browser fetches to make `page` interactive: what its HTML names and, through
 * static imports, everything those modules need (modules reached only by `import()`, such as
 * other pages' code, are not counted). `get` fetches a site-relative path.
 */
export async function javascriptOf(
	get: (path: string) => Promise<Response>,
	page: string
): Promise<PageJavaScript> {
	const response = await get(page);
	if (!response.ok) throw new Error(`${page}: status ${response.status}`);
	const pageUrl = new URL(page, 'http://site.invalid');
	const queue = scriptsNamedBy(await response.text(), response.headers.get('link')).map(
		(href) => new URL(href, pageUrl)
	);
	const seen = new Map<string, number>();
	while (queue.length) {
		const url = queue.shift()!;
		if (url.origin !== pageUrl.origin || seen.has(url.pathname)) continue;
		const script = await get(url.pathname);
		if (!script.ok) throw new Error(`${url.pathname} (named by ${page}): status ${script.status}`);
		const body = Buffer.from(await script.arrayBuffer());
		seen.set(url.pathname, gzipSync(body, { level: 9 }).length);
		for (const target of staticImportsOf(body.toString('utf8'))) queue.push(new URL(target, url));
	}
	const files = [...seen].map(([path, gzipBytes]) => ({ path, gzipBytes }));
	return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}
