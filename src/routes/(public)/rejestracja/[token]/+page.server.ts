import { error, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { startSession } from '$lib/server/auth/cookie';
import { confirmRegistration, registrationLink } from '$lib/server/users/registration';
import type { Actions, PageServerLoad } from './$types';

/**
 * Opening the link only shows what it will do; the account is created by the button, so a mail
 * scanner or a preloading browser that fetches the link cannot use it up.
 */
export const load: PageServerLoad = async ({ params, locals }) => {
	const link = await registrationLink(await locals.db, params.token);
	if (!link.ok) error(410, link.reason === 'exists' ? m.registration_taken() : m.registration_link_invalid());
	return { email: link.email };
};

export const actions: Actions = {
	default: async ({ params, locals, cookies, url }) => {
		const db = await locals.db;
		const result = await confirmRegistration(db, params.token);
		if (!result.ok)
			error(410, result.reason === 'exists' ? m.registration_taken() : m.registration_link_invalid());
		await startSession(db, cookies, url, result.userId);
		redirect(303, localizeHref('/konto'));
	}
};
