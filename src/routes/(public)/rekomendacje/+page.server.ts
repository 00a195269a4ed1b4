import { getLocale } from '$lib/paraglide/runtime';
import { catalogueView } from '$lib/server/catalogue';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const view = await catalogueView();
	return {
		recommendations: view.recommendations.map((r) => ({
			slug: r.slug,
			title: r.title,
			titleEn: r.titleEn,
			themes: r.themes.map((code) => ({ code, label: view.label('theme', code, getLocale()) })),
			practices: r.awards
				.map((slug) => view.awards.find((a) => a.slug === slug)?.practice)
				.map((slug) => slug && view.practiceBySlug.get(slug))
				.filter((p) => !!p)
				.map((p) => ({ slug: p.slug, title: p.title, titleEn: p.titleEn, place: p.place.name }))
		}))
	};
};
