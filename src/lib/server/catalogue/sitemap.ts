import type { CatalogueView } from './index';

/** The most addresses one sitemap file may list (sitemaps.org); larger catalogues get an index. */
export const SITEMAP_LIMIT = 50_000;

/** Every public page, by its Polish path. */
export function sitemapPaths(view: CatalogueView): string[] {
	return [
		'/',
		'/praktyki',
		'/rekomendacje',
		'/miejsca',
		'/edycje',
		'/api',
		...view.practices.map((p) => `/praktyki/${p.slug}`),
		...view.recommendations.map((r) => `/rekomendacje/${r.slug}`),
		...view.places.map((p) => `/miejsca/${p.slug}`),
		...view.editions.map((e) => `/edycje/${e.slug}`)
	];
}

/**
 * `/sitemap.xml`: every path in Polish with its English alternate, or, past `limit` paths, an
 * index of the parts (`?part=1`, `?part=2`…) each listing `limit` of them. Null for a part that
 * does not exist.
 */
export function sitemapXml(origin: string, paths: string[], part: string | null, limit = SITEMAP_LIMIT) {
	const parts = Math.ceil(paths.length / limit);
	const head = '<?xml version="1.0" encoding="UTF-8"?>\n';
	if (part === null && parts > 1) {
		const entries = Array.from(
			{ length: parts },
			(_, i) => `<sitemap><loc>${origin}/sitemap.xml?part=${i + 1}</loc></sitemap>`
		);
		return `${head}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`;
	}
	const number = part === null ? 1 : /^[1-9]\d{0,5}$/.test(part) ? Number(part) : NaN;
	if (!(number <= parts)) return null;
	const entry = (path: string) => {
		const pl = `${origin}${path}`;
		const en = `${origin}/en${path === '/' ? '' : path}`;
		return `<url><loc>${pl}</loc><xhtml:link rel="alternate" hreflang="pl" href="${pl}"/><xhtml:link rel="alternate" hreflang="en" href="${en}"/></url>`;
	};
	const listed = paths.slice((number - 1) * limit, number * limit);
	return `${head}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${listed.map(entry).join('\n')}\n</urlset>\n`;
}
