import { catalogueView, toCard } from '$lib/server/catalogue';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const view = await catalogueView();
	const awarded = view.awards
		.map((a) => view.practiceBySlug.get(a.practice))
		.filter((p) => p !== undefined)
		.map(toCard);
	return {
		edition: view.editions[0] ?? null,
		awarded,
		counts: {
			practices: view.practices.length,
			awards: view.awards.length,
			places: view.facets.bits.place.size, // the places with a practice, counted once per catalogue
			recommendations: view.recommendations.length
		}
	};
};
