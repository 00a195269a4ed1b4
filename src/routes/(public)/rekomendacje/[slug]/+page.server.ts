import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { catalogueView, toCard } from '$lib/server/catalogue';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const view = await catalogueView();
	const recommendation = view.recommendations.find((r) => r.slug === params.slug);
	if (!recommendation) error(404, m.recommendation_not_found());
	const practices = view.awards
		.filter((a) => recommendation.awards.includes(a.slug))
		.map((a) => view.practiceBySlug.get(a.practice))
		.filter((p) => p !== undefined)
		.map(toCard);
	return {
		recommendation,
		themes: recommendation.themes.map((code) => ({ code, label: view.label('theme', code, getLocale()) })),
		practices
	};
};
