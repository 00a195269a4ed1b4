import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import { catalogueView } from '$lib/server/catalogue';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const view = await catalogueView();
	const practice = view.practiceBySlug.get(params.slug);
	if (!practice) error(404, m.practice_not_found());
	const locale = getLocale();
	const labels = (kind: string, codes: string[]) => codes.map((code) => view.label(kind, code, locale));
	return {
		practice,
		edition: view.editions.find((e) => e.slug === practice.edition) ?? null,
		awardCategory: practice.award ? view.label('category', practice.award.category, locale) : null,
		categories: labels('category', practice.categories),
		themes: labels('theme', practice.themes),
		targetGroups: labels('targetGroup', practice.targetGroups),
		similarActions: practice.similarActions
			.map((slug) => view.practiceBySlug.get(slug))
			.filter((p) => p !== undefined)
			.map((p) => ({ slug: p.slug, title: p.title, place: p.place.name, awarded: p.award !== null })),
		recommendations: view.recommendations
			.filter((r) => practice.recommendations.includes(r.slug))
			.map((r) => ({ slug: r.slug, title: r.title, textHtml: r.textHtml })),
		permalink: new URL(`/praktyki/${practice.slug}`, url.origin).href
	};
};
