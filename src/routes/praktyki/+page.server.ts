import { error } from '@sveltejs/kit';
import { parseSearchParams, practiceQuery } from '$lib/schemas';
import { getLocale } from '$lib/paraglide/runtime';
import { catalogueView, queryPractices } from '$lib/server/catalogue';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const parsed = parseSearchParams(practiceQuery, url.searchParams);
	if (!parsed.ok) error(400, parsed.message);
	const view = await catalogueView();
	const result = queryPractices(view.practices, view.search, parsed.value);
	const locale = getLocale();
	const options = (kind: string) =>
		view.vocabulary.filter((t) => t.kind === kind).map((t) => ({ value: t.code, label: t[locale] }));
	return {
		query: parsed.value,
		result,
		filters: {
			places: [...new Map(view.practices.map((p) => [p.place.slug, p.place.name]))]
				.map(([value, label]) => ({ value, label }))
				.sort((a, b) => a.label.localeCompare(b.label, 'pl')),
			categories: options('category'),
			themes: options('theme'),
			targetGroups: options('targetGroup')
		}
	};
};
