import { catalogueView, placesWithCounts } from '$lib/server/catalogue';
import { polandMap } from '$lib/server/map';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const view = await catalogueView();
	const places = placesWithCounts(view.places, view.practices);
	return {
		places: places.map(({ slug, name, kind, voivodeship, count }) => ({
			slug,
			name,
			kind,
			voivodeship,
			count
		})),
		map: polandMap(places)
	};
};
