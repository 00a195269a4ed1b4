import { catalogueView } from '$lib/server/catalogue';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const view = await catalogueView();
	return {
		editions: view.editions.map((e) => ({
			slug: e.slug,
			name: e.name,
			year: e.year,
			awards: view.awards.filter((a) => a.edition === e.slug).length,
			practices: view.practices.filter((p) => p.edition === e.slug).length
		}))
	};
};
