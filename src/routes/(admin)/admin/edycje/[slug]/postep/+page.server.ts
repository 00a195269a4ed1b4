import { error } from '@sveltejs/kit';
import { formatWarsaw } from '$lib/server/editions';
import { done, refuseAction } from '$lib/server/forms';
import { juryProgress, sendReminders } from '$lib/server/jury';
import { explain, statusOf } from '$lib/server/policy';
import type { Actions, PageServerLoad } from './$types';

const MISSING_EDITION = 'Nie ma takiej edycji.';
const decimal = new Intl.NumberFormat('pl-PL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const load: PageServerLoad = async ({ params, locals }) => {
	const progress = await juryProgress(await locals.db, locals.user!, params.slug);
	if (!progress) error(404, MISSING_EDITION);
	return {
		edition: { slug: progress.edition.slug, name: progress.edition.name, phase: progress.edition.phase },
		deadline: progress.edition.reviewDeadline ? formatWarsaw(progress.edition.reviewDeadline) : null,
		remindable: progress.remind.ok,
		remindRefusal: progress.remind.ok ? null : explain('jury.remind', progress.remind.why),
		jurors: progress.jurors,
		rows: progress.rows.map((r) => ({ ...r, mean: r.mean === null ? null : decimal.format(r.mean) }))
	};
};

export const actions: Actions = {
	remind: async ({ params, locals, url }) => {
		const result = await sendReminders(await locals.db, locals.user!, params.slug, url.origin);
		if (!result.ok) {
			if (result.reason === 'missing') error(404, MISSING_EDITION);
			if (result.reason === 'busy')
				return refuseAction(409, 'Przypomnienia właśnie są wysyłane. Odśwież stronę za chwilę.');
			return refuseAction(statusOf(result.reason), explain('jury.remind', result.reason));
		}
		if (result.alreadyAt)
			return done(`Przypomnienia wysłano już ${formatWarsaw(result.alreadyAt)}; nie wysłano ich ponownie.`, {
				sent: 0
			});
		return done(
			result.sent === 0
				? 'Nikt nie ma zaległych ocen: nie wysłano przypomnień.'
				: `Wysłano przypomnienia: ${result.sent}.`,
			{ sent: result.sent }
		);
	}
};
