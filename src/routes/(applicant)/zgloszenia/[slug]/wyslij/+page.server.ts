import { error, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { refuseAction } from '$lib/server/forms';
import { explain, statusOf } from '$lib/server/policy';
import { entryFor, missingForSubmission, submitPractice } from '$lib/server/submissions';
import { editionGuide, entryView } from '$lib/server/submissions/view';
import type { Actions, PageServerLoad } from './$types';

const missingLabels = (): Record<string, string> => ({
	summary: m.entry_missing_summary(),
	description: m.entry_missing_description(),
	categories: m.entry_missing_categories(),
	targetGroups: m.entry_missing_target_groups()
});

/** The step before sending: the entry as it will go, and one button that sends it. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await locals.db;
	const found = await entryFor(db, locals.user!, params.slug, 'entry.submit');
	if (!found.entry) error(404, m.why_entry_missing());
	// Sent already (another tab, the back button): its receipt is what they are looking for.
	if (found.entry.status === 'submitted' && found.entry.receipt)
		redirect(303, localizeHref(`/zgloszenia/${params.slug}/potwierdzenie`));
	const locale = getLocale() as 'pl' | 'en';
	return {
		slug: found.entry.slug,
		title: found.entry.title,
		view: await entryView(db, found.entry, locale),
		guide: editionGuide(found.edition, locale),
		missing: missingForSubmission(found.entry).map((key) => missingLabels()[key]),
		refusal: found.ok ? null : explain('entry.submit', found.why)
	};
};

export const actions: Actions = {
	default: async ({ params, locals }) => {
		const result = await submitPractice(await locals.db, locals.user!, params.slug);
		if (result.ok) redirect(303, localizeHref(`/zgloszenia/${params.slug}/potwierdzenie`));
		switch (result.reason) {
			case 'missing':
				error(404, m.why_entry_missing());
			case 'incomplete':
				return refuseAction(
					400,
					m.entry_incomplete({ missing: result.missing.map((k) => missingLabels()[k]).join(', ') })
				);
			case 'conflict':
				return refuseAction(409, m.entry_conflict());
			case 'unknown-place':
				return refuseAction(400, m.draft_place_unknown());
			default:
				return refuseAction(statusOf(result.reason), explain('entry.submit', result.reason));
		}
	}
};
