import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { invitationAcceptanceForm } from '$lib/schemas/account';
import { startSession } from '$lib/server/auth/cookie';
import { formFor, readForm, refuse, takePassword } from '$lib/server/forms';
import { acceptInvitation, findInvitation } from '$lib/server/invitations';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const invitation = await findInvitation(await locals.db, params.token);
	return {
		valid: invitation !== null,
		email: invitation?.email ?? null,
		form: await formFor(invitationAcceptanceForm)
	};
};

export const actions: Actions = {
	default: async ({ request, params, locals, cookies, url }) => {
		const form = await readForm(request, invitationAcceptanceForm);
		const password = takePassword(form);
		if (!form.valid) return fail(400, { form });
		const db = await locals.db;
		const result = await acceptInvitation(db, params.token, form.data.name, password);
		if (!result.ok) {
			const text = result.reason === 'exists' ? m.invitation_exists() : m.invitation_expired();
			return refuse(form, text, 410);
		}
		await startSession(db, cookies, url, result.userId);
		redirect(303, localizeHref('/konto'));
	}
};
