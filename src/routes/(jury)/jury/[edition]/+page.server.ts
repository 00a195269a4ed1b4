import { error } from '@sveltejs/kit';
import { getLocale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { formatWarsawIn } from '$lib/server/editions';
import { done, refuseAction } from '$lib/server/forms';
import { acknowledgeAssignment, jurorEditionView } from '$lib/server/jury';
import { explain, statusOf } from '$lib/server/policy';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const view = await jurorEditionView(await locals.db, locals.user!, params.edition);
	if (!view) error(404, explain('jury.read', 'missing'));
	const locale = getLocale();
	return {
		edition: {
			slug: view.edition.slug,
			name: view.edition.name,
			phase: view.edition.phase,
			reading: view.edition.reading,
			deadline: view.edition.reviewDeadline ? formatWarsawIn(view.edition.reviewDeadline, locale) : null,
			submissionsClose: view.edition.submissionsClose
				? formatWarsawIn(view.edition.submissionsClose, locale)
				: null
		},
		progress: view.progress,
		acknowledgedAt: view.acknowledgedAt ? formatWarsawIn(view.acknowledgedAt, locale) : null,
		canAcknowledge: view.acknowledge.ok,
		entries: view.entries,
		declared: url.searchParams.has('konflikt')
	};
};

export const actions: Actions = {
	acknowledge: async ({ params, locals }) => {
		const db = await locals.db;
		// As the page: an edition whose jury the user is not on does not exist for them.
		if (!(await jurorEditionView(db, locals.user!, params.edition)))
			error(404, explain('jury.read', 'missing'));
		const result = await acknowledgeAssignment(db, locals.user!, params.edition);
		if (!result.ok)
			return refuseAction(statusOf(result.reason), explain('assignment.acknowledge', result.reason));
		return done(m.jury_ack_saved());
	}
};
