import { catalogueView } from '$lib/server/catalogue';
import { publicResponse } from '$lib/server/http';

/** Every public page in Polish, with its English alternate. */
export const GET = async ({ request, url }) => {
	const view = await catalogueView();
	const paths = [
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
	const entry = (path: string) => {
		const pl = `${url.origin}${path}`;
		const en = `${url.origin}/en${path === '/' ? '' : path}`;
		return `<url><loc>${pl}</loc><xhtml:link rel="alternate" hreflang="pl" href="${pl}"/><xhtml:link rel="alternate" hreflang="en" href="${en}"/></url>`;
	};
	const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${paths.map(entry).join('\n')}\n</urlset>\n`;
	return publicResponse(request, xml, 'application/xml; charset=utf-8');
};
