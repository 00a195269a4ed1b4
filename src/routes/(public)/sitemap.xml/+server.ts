import { error } from '@sveltejs/kit';
import { catalogueView, sitemapPaths, sitemapXml } from '$lib/server/catalogue';
import { publicResponse } from '$lib/server/http';

/** Every public page in Polish, with its English alternate (an index of parts past 50 000). */
export const GET = async ({ request, url }) => {
	const xml = sitemapXml(url.origin, sitemapPaths(await catalogueView()), url.searchParams.get('part'));
	if (xml === null) error(404, 'No such part of the sitemap.');
	return publicResponse(request, xml, 'application/xml; charset=utf-8');
};
