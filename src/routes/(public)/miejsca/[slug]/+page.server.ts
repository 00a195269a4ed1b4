import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { catalogueView, firstPracticesOf, toCard } from '$lib/server/catalogue';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const view = await catalogueView();
	const place = view.places.find((p) => p.slug === params.slug);
	if (!place) error(404, m.place_not_found());
	const { items, total, catalogueHref } = firstPracticesOf(view, place);
	return {
		place,
		practices: items.map(toCard),
		total,
		// Only when the page shows fewer than there are.
		catalogueHref: total > items.length ? catalogueHref : null
	};
};
