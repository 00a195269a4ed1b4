import { catalogueView } from '$lib/server/catalogue';
import { prepareExport } from '$lib/server/export';
import type { PageServerLoad } from './$types';

/** Sizes of the two downloads, in bytes; the exports are prepared once per catalogue view. */
export const load: PageServerLoad = async () => {
	const view = await catalogueView();
	const [csv, json] = await Promise.all([prepareExport(view, 'csv'), prepareExport(view, 'json')]);
	return { sizes: { csv: csv.length, json: json.length } };
};
