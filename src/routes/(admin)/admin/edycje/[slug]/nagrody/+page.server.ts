import { error } from '@sveltejs/kit';
import { formatDecimal } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { awardsOverview } from '$lib/server/awards';
import { explain } from '$lib/server/policy';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const view = await awardsOverview(await locals.db, locals.user!, params.slug);
	if (!view) error(404, m.awards_edition_missing());
	return {
		edition: { slug: view.edition.slug, name: view.edition.name, phase: view.edition.phase },
		refusal: view.decidable.ok ? null : explain('award.decide', view.decidable.why),
		counts: view.counts,
		undecided: view.undecided,
		rows: view.rows.map((r) => ({
			...r,
			opinion: { ...r.opinion, mean: r.opinion.mean === null ? null : formatDecimal(r.opinion.mean, 1) }
		}))
	};
};
