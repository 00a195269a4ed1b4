import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { awardsOverview } from '$lib/server/awards';
import { explain } from '$lib/server/policy';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const view = await awardsOverview(await locals.db, locals.user!, params.slug);
	if (!view) error(404, m.awards_edition_missing());
	const decimal = new Intl.NumberFormat(getLocale() === 'en' ? 'en-GB' : 'pl-PL', {
		maximumFractionDigits: 1
	});
	return {
		edition: { slug: view.edition.slug, name: view.edition.name, phase: view.edition.phase },
		refusal: view.decidable.ok ? null : explain('award.decide', view.decidable.why),
		counts: view.counts,
		undecided: view.undecided,
		rows: view.rows.map((r) => ({
			...r,
			opinion: { ...r.opinion, mean: r.opinion.mean === null ? null : decimal.format(r.opinion.mean) }
		}))
	};
};
