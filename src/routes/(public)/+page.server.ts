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
			places: new Set(view.practices.map((p) => p.place.slug)).size,
			recommendations: view.recommendations.length
		}
	};
};
