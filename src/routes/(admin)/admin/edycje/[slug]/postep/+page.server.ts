import { error } from '@sveltejs/kit';
import { formatDecimal, getLocale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { formatWarsawIn } from '$lib/server/editions';
import { done, refuseAction } from '$lib/server/forms';
import { juryProgress, sendReminders } from '$lib/server/jury';
import { explain, statusOf } from '$lib/server/policy';
import type { Actions, PageServerLoad } from './$types';

const formatWarsaw = (d: Date) => formatWarsawIn(d, getLocale());

export const load: PageServerLoad = async ({ params, locals }) => {
	const progress = await juryProgress(await locals.db, locals.user!, params.slug);
	if (!progress) error(404, m.adm_missing_edition());
	return {
		edition: { slug: progress.edition.slug, name: progress.edition.name, phase: progress.edition.phase },
		deadline: progress.edition.reviewDeadline ? formatWarsaw(progress.edition.reviewDeadline) : null,
		remindable: progress.remind.ok,
		remindRefusal: progress.remind.ok ? null : explain('jury.remind', progress.remind.why),
		jurors: progress.jurors,
		rows: progress.rows.map((r) => ({ ...r, mean: r.mean === null ? null : formatDecimal(r.mean, 2, 2) }))
	};
};

export const actions: Actions = {
	remind: async ({ params, locals, url }) => {
		const result = await sendReminders(await locals.db, locals.user!, params.slug, url.origin);
		if (!result.ok) {
			if (result.reason === 'missing') error(404, m.adm_missing_edition());
			if (result.reason === 'busy') return refuseAction(409, m.adm_progress_busy());
			return refuseAction(statusOf(result.reason), explain('jury.remind', result.reason));
		}
		if (result.alreadyAt)
			return done(m.adm_progress_already({ when: formatWarsaw(result.alreadyAt) }), {
				sent: 0
			});
		return done(result.sent === 0 ? m.adm_progress_nobody() : m.adm_progress_sent({ count: result.sent }), {
			sent: result.sent
		});
	}
};
