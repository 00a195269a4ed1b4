import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { catalogueView, countBy, toCard } from '$lib/server/catalogue';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const view = await catalogueView();
	const edition = view.editions.find((e) => e.slug === params.slug);
	if (!edition) error(404, m.edition_not_found());
	const practices = view.practices.filter((p) => p.edition === edition.slug);
	const locale = getLocale();
	return {
		edition,
		awarded: view.awards
			.filter((a) => a.edition === edition.slug)
			.map((a) => view.practiceBySlug.get(a.practice))
			.filter((p) => p !== undefined)
			.map(toCard),
		byCategory: countBy(practices, (p) => p.categories).map(({ key, value }) => ({
			label: view.label('category', key, locale),
			value
		})),
		byVoivodeship: countBy(practices, (p) => [p.place.voivodeship]).map(({ key, value }) => ({
			label: key,
			value
		}))
	};
};
