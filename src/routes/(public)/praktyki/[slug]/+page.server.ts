import { error } from '@sveltejs/kit';
import { getLocale, localizeHref } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import { cataloguePath } from '$lib/catalogue';
import { catalogueQuery, parseSearchParams } from '$lib/schemas';
import { catalogueView, isStub, type PublicPractice } from '$lib/server/catalogue';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const view = await catalogueView();
	const practice = view.practiceBySlug.get(params.slug);
	if (!practice) error(404, m.practice_not_found());
	const locale = getLocale();
	const permalink = new URL(`/praktyki/${practice.slug}`, url.origin).href;
	// The address a reader would cite: the page in the language they are reading.
	const citeUrl = new URL(localizeHref(`/praktyki/${practice.slug}`), url.origin).href;
	const labels = (kind: string, codes: string[]) =>
		codes.map((code) => ({ code, label: view.label(kind, code, locale) }));
	// The catalogue list the reader came from (`?from=` its query, set by the list's links), so the
	// way back keeps their search and filters; anything unreadable falls back to the whole catalogue.
	const from = parseSearchParams(catalogueQuery, new URLSearchParams(url.searchParams.get('from') ?? ''));
	return {
		practice,
		stub: isStub(practice),
		backToCatalogue: cataloguePath(from.ok ? from.value : {}),
		edition: view.editions.find((e) => e.slug === practice.edition) ?? null,
		awardCategory: practice.award
			? (practice.award.categoryName ?? view.label('category', practice.award.category, locale))
			: null,
		// A quote is published only with the juror's public profile: their name and short bio.
		quotes: practice.jurorQuotes.map((quote) => ({
			...quote,
			bio: view.jurors.find((j) => j.slug === quote.jurorSlug)?.bio ?? null
		})),
		categories: labels('category', practice.categories),
		themes: labels('theme', practice.themes),
		targetGroups: labels('targetGroup', practice.targetGroups),
		similarActions: practice.similarActions
			.map((slug) => view.practiceBySlug.get(slug))
			.filter((p) => p !== undefined)
			.map((p) => ({
				slug: p.slug,
				title: p.title,
				titleEn: p.titleEn,
				place: p.place.name,
				awarded: p.award !== null
			})),
		// The awards whose jury named this practice as a similar action, with the practice each distinguishes.
		namedIn: view.awards
			.filter((a) => a.similarActions.includes(practice.slug))
			.map((a) => ({ award: a, practice: view.practiceBySlug.get(a.practice) }))
			.filter((n) => n.practice !== undefined)
			.map(({ award, practice: awarded }) => ({
				award: award.slug,
				awardTitle: award.title,
				slug: awarded!.slug,
				title: awarded!.title,
				titleEn: awarded!.titleEn,
				place: awarded!.place.name
			})),
		recommendations: view.recommendations
			.filter((r) => practice.recommendations.includes(r.slug))
			.map((r) => ({
				slug: r.slug,
				title: r.title,
				textHtml: r.textHtml,
				titleEn: r.titleEn,
				summaryEn: r.summaryEn
			})),
		related: view.related(practice).map((related) => {
			const other = view.practiceBySlug.get(related.slug)!;
			return {
				slug: other.slug,
				title: other.title,
				titleEn: other.titleEn,
				place: other.place.name,
				reasons: related.reasons.map((reason) => ({
					kind: reason.kind,
					labels: reason.codes.map((code) => view.label(reason.kind, code, locale))
				}))
			};
		}),
		permalink,
		citeUrl,
		jsonLd: practiceJsonLd(practice, permalink)
	};
};

/** schema.org description for search engines; `<` escaped so the JSON cannot close its script element. */
function practiceJsonLd(practice: PublicPractice, permalink: string): string {
	const data = {
		'@context': 'https://schema.org',
		'@type': 'CreativeWork',
		'@id': permalink,
		url: permalink,
		name: practice.title,
		abstract: practice.summary,
		inLanguage: practice.language,
		license: 'https://creativecommons.org/licenses/by/4.0/',
		dateModified: practice.updatedAt,
		spatialCoverage: { '@type': 'Place', name: practice.place.name },
		creator: practice.organisations.map((o) => ({ '@type': 'Organization', name: o.name })),
		...(practice.award ? { award: practice.award.title } : {})
	};
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
