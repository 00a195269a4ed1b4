import { error } from '@sveltejs/kit';
import { catalogueView } from '$lib/server/catalogue';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const view = await catalogueView();
	const recommendation = view.recommendations.find((r) => r.slug === params.slug);
	if (!recommendation) error(404, 'Nie ma takiej rekomendacji.');
	const practices = view.awards
		.filter((a) => recommendation.awards.includes(a.slug))
		.map((a) => view.practiceBySlug.get(a.practice))
		.filter((p) => p !== undefined);
	return {
		recommendation,
		themes: recommendation.themes.map((code) => view.label('theme', code)),
		practices
	};
};
