import { error, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { refuseAction } from '$lib/server/forms';
import { explain, statusOf } from '$lib/server/policy';
import { entryFor, withdrawPractice } from '$lib/server/submissions';
import { keepNotice } from '$lib/server/submissions/notice';
import type { Actions, PageServerLoad } from './$types';

/** The step before withdrawing: what it means (it cannot be undone), and one button that does it. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const found = await entryFor(await locals.db, locals.user!, params.slug, 'entry.withdraw');
	if (!found.entry) error(404, m.why_entry_missing());
	return {
		slug: found.entry.slug,
		title: found.entry.title,
		refusal: found.ok ? null : explain('entry.withdraw', found.why)
	};
};

export const actions: Actions = {
	default: async ({ params, locals, cookies, url }) => {
		const result = await withdrawPractice(await locals.db, locals.user!, params.slug);
		if (!result.ok && result.reason === 'missing') error(404, m.why_entry_missing());
		if (!result.ok && result.reason === 'conflict') return refuseAction(409, m.entry_conflict());
		if (!result.ok && result.reason !== 'incomplete' && result.reason !== 'unknown-place')
			return refuseAction(statusOf(result.reason), explain('entry.withdraw', result.reason));
		const target = localizeHref(`/zgloszenia/${params.slug}`);
		keepNotice(cookies, new URL(target, url), { type: 'success', text: m.withdraw_done() });
		redirect(303, target);
	}
};
