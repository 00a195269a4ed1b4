import { catalogueView } from '$lib/server/catalogue';
import { cachedExport } from '$lib/server/export';
import type { PageServerLoad } from './$types';

/** Sizes of the two downloads, in bytes; the exports are kept built with the catalogue view. */
export const load: PageServerLoad = async () => {
	const view = await catalogueView();
	const size = (format: 'csv' | 'json') => Buffer.byteLength(cachedExport(view, format).body);
	return { sizes: { csv: size('csv'), json: size('json') } };
};
