import { redirect } from '@sveltejs/kit';
import { signOut } from '$lib/server/auth';
import { deleteSessionCookie } from '$lib/server/auth/cookie';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '$lib/i18n';

export const load: PageServerLoad = () => redirect(303, localizeHref('/konto'));

export const actions: Actions = {
	default: async ({ locals, cookies, url, getClientAddress }) => {
		await signOut(await locals.db, {
			sessionId: locals.session?._id,
			account: locals.user,
			address: getClientAddress()
		});
		deleteSessionCookie(cookies, url);
		redirect(303, localizeHref('/'));
	}
};
