import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { parseSearchParams, practiceQuery, type PracticeFilter } from '$lib/schemas';
import { catalogueView, queryPractices, toCard } from '$lib/server/catalogue';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const parsed = parseSearchParams(practiceQuery, url.searchParams);
	if (!parsed.ok) error(400, parsed.message);
	const view = await catalogueView();
	const locale = getLocale();
	const { page, facets, highlights, suggestion } = queryPractices(view.practices, view.search, parsed.value);

	const placeNames = new Map(view.places.map((p) => [p.slug, p.name]));
	const labelFor: Record<PracticeFilter, (code: string) => string> = {
		edition: (code) => view.editions.find((e) => e.slug === code)?.name ?? code,
		place: (code) => placeNames.get(code) ?? code,
		category: (code) => view.label('category', code, locale),
		theme: (code) => view.label('theme', code, locale),
		targetGroup: (code) => view.label('targetGroup', code, locale),
		status: (code) => code
	};
	// Every known option is offered, with the count it would give; the chosen one stays even at zero.
	const options = (name: PracticeFilter, codes: string[]) => {
		const counts = new Map(facets[name].map((f) => [f.value, f.count]));
		return codes
			.map((code) => ({ value: code, label: labelFor[name](code), count: counts.get(code) ?? 0 }))
			.filter((o) => o.count > 0 || o.value === parsed.value[name]);
	};
	const vocabulary = (kind: string) => view.vocabulary.filter((t) => t.kind === kind).map((t) => t.code);
	return {
		query: parsed.value,
		result: { ...page, items: page.items.map(toCard) },
		highlights,
		suggestion,
		filters: {
			places: options('place', [...placeNames.keys()]).sort((a, b) => a.label.localeCompare(b.label, 'pl')),
			categories: options('category', vocabulary('category')),
			themes: options('theme', vocabulary('theme')),
			targetGroups: options('targetGroup', vocabulary('targetGroup')),
			statuses: options('status', ['awarded', 'mentioned', 'catalogue']),
			editions: options(
				'edition',
				view.editions.map((e) => e.slug)
			)
		}
	};
};
