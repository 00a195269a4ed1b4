import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { catalogueView, practicesIn, toCard } from '$lib/server/catalogue';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const view = await catalogueView();
	const place = view.places.find((p) => p.slug === params.slug);
	if (!place) error(404, m.place_not_found());
	return { place, practices: practicesIn(place, view.practices).map(toCard) };
};
