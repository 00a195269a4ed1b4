import { error, redirect } from '@sveltejs/kit';
import { cataloguePath } from '$lib/catalogue';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { catalogueQuery, parseSearchParams, type PracticeFilter } from '$lib/schemas';
import { catalogueView, queryPractices, toCard } from '$lib/server/catalogue';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
	const parsed = parseSearchParams(catalogueQuery, url.searchParams);
	if (!parsed.ok) error(400, parsed.message);
	const view = await catalogueView();
	const locale = getLocale();

	// "Miejsce" lists places; an older address naming a voivodeship as the place gets its own filter.
	const asPlace = view.places.find((p) => p.slug === parsed.value.place);
	if (asPlace?.kind === 'voivodeship') {
		const { place: _place, ...rest } = parsed.value;
		redirect(301, localizeHref(cataloguePath({ ...rest, voivodeship: asPlace.voivodeship })));
	}

	const { page, facets, highlights, suggestion } = queryPractices(view.practices, view.search, parsed.value);

	const placeNames = new Map(
		view.places.filter((p) => p.kind !== 'voivodeship').map((p) => [p.slug, p.name])
	);
	const voivodeships = [...view.facets.bits.voivodeship.keys()]; // those with a practice
	const labelFor: Record<PracticeFilter, (code: string) => string> = {
		edition: (code) => view.editions.find((e) => e.slug === code)?.name ?? code,
		voivodeship: (code) => m.place_kind_voivodeship({ name: code }),
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
	const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, 'pl');
	const vocabulary = (kind: string) => view.vocabulary.filter((t) => t.kind === kind).map((t) => t.code);
	return {
		query: parsed.value,
		result: { ...page, items: page.items.map(toCard) },
		highlights,
		suggestion,
		filters: {
			voivodeships: options('voivodeship', voivodeships).sort(byLabel),
			places: options('place', [...placeNames.keys()]).sort(byLabel),
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
