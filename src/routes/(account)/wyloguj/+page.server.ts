import { redirect } from '@sveltejs/kit';
import { invalidateSession } from '$lib/server/auth';
import { deleteSessionCookie } from '$lib/server/auth/cookie';
import { recordAudit } from '$lib/server/audit';
import { getDb } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, '/konto');

export const actions: Actions = {
	default: async ({ locals, cookies, url, getClientAddress }) => {
		const db = await getDb();
		if (locals.session) await invalidateSession(db, locals.session._id);
		if (locals.user) {
			await recordAudit(db, {
				actor: locals.user._id,
				action: 'sign-out',
				subject: { type: 'account', id: locals.user.email },
				from: getClientAddress()
			});
		}
		deleteSessionCookie(cookies, url);
		redirect(303, '/');
	}
};
