import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { catalogueView, countBy, type PublicAward } from '$lib/server/catalogue';
import type { PageServerLoad } from './$types';

/** The first sentences of a justification as plain text, cut at a word. */
function excerpt(html: string, max = 260): string {
	const text = html
		.replace(/<[^>]*>/g, ' ')
		.replace(/&nbsp;/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/\s+/g, ' ')
		.trim();
	if (text.length <= max) return text;
	return `${text.slice(0, text.lastIndexOf(' ', max)).replace(/[,;:.]$/, '')}…`;
}

export const load: PageServerLoad = async ({ params }) => {
	const view = await catalogueView();
	const edition = view.editions.find((e) => e.slug === params.slug);
	if (!edition) error(404, m.edition_not_found());
	const practices = view.practices.filter((p) => p.edition === edition.slug);
	const locale = getLocale();
	const awards = view.awards.filter((a) => a.edition === edition.slug && view.practiceBySlug.has(a.practice));
	const distinction = (award: PublicAward) => {
		const practice = view.practiceBySlug.get(award.practice)!;
		const english = locale === 'en' && !!award.summaryEn;
		return {
			slug: award.slug,
			title: locale === 'en' && award.titleEn ? award.titleEn : award.title,
			practice: {
				slug: practice.slug,
				title: locale === 'en' && practice.titleEn ? practice.titleEn : practice.title,
				titleLang: locale === 'en' && practice.titleEn ? 'en' : 'pl',
				place: practice.place.name
			},
			excerpt: english ? award.summaryEn! : excerpt(award.justificationHtml),
			excerptLang: english ? 'en' : 'pl'
		};
	};
	// Awards by category, in the order the jury gave them; a category is named as the edition names it.
	const byCategory = new Map<string, ReturnType<typeof distinction>[]>();
	for (const award of awards.filter((a) => a.level === 'award')) {
		const category = award.categoryName ?? view.label('category', award.category, locale);
		byCategory.set(category, [...(byCategory.get(category) ?? []), distinction(award)]);
	}
	return {
		edition,
		distinctions: [...byCategory].map(([category, items]) => ({ category, items })),
		mentions: awards.filter((a) => a.level === 'mention').map(distinction),
		jury: view.jurors
			.filter((j) => j.editions.includes(edition.slug))
			.map(({ slug, name, bio }) => ({ slug, name, bio })),
		recommendations: view.recommendations
			.filter((r) => r.edition === edition.slug)
			.map((r) => ({
				slug: r.slug,
				title: locale === 'en' && r.titleEn ? r.titleEn : r.title,
				lang: locale === 'en' && r.titleEn ? 'en' : 'pl'
			})),
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
