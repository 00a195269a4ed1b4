import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/i18n';
import { statusLabels } from '$lib/labels';
import { formatWarsawIn } from '$lib/server/editions';
import { entryForEligibility } from '$lib/server/eligibility';
import { explain, statusOf } from '$lib/server/policy';
import type { Actions, PageServerLoad } from './$types';
import { decide } from '../decide';

/** The whole entry, read-only, beside its edition's eligibility checklist and the decision. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const view = await entryForEligibility(await locals.db, locals.user!, params.slug);
	if (!view.ok) error(statusOf(view.why), explain('eligibility.read', view.why));
	const { entry, edition } = view;
	const locale = getLocale();
	return {
		entry: {
			slug: entry.slug,
			title: entry.title,
			summary: entry.summary,
			descriptionHtml: entry.descriptionHtml,
			place: view.place,
			organisations: view.organisations,
			partners: view.partners,
			categories: view.categories,
			themes: view.themes,
			targetGroups: view.targetGroups,
			period: entry.period,
			funding: entry.funding,
			keyFigures: entry.keyFigures,
			links: entry.links,
			status: entry.status,
			statusLabel: statusLabels[entry.status][locale],
			reason: entry.eligibilityReason ?? null,
			updatedAt: formatWarsawIn(entry.updatedAt, locale)
		},
		attachments: view.attachments.map((a) => ({ id: a.id, filename: a.filename, size: a.size })),
		edition: edition
			? {
					slug: edition.slug,
					name: edition.name,
					eligibility: edition.eligibility ?? '',
					checklist: edition.eligibilityChecklist ?? []
				}
			: null,
		decision: view.decision,
		decidable: view.decidable.ok,
		refusal: view.decidable.ok ? null : explain('eligibility.decide', view.decidable.why)
	};
};

export const actions: Actions = {
	eligibility: ({ request, locals }) => decide(request, locals)
};
