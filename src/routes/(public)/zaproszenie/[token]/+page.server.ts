import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { newPassword } from '$lib/server/auth';
import { startSession } from '$lib/server/auth/cookie';
import { getDb } from '$lib/server/db';
import { formFor, readForm, refuse, takePassword } from '$lib/server/forms';
import { acceptInvitation, findInvitation } from '$lib/server/invitations';
import type { Actions, PageServerLoad } from './$types';

const accountForm = z.object({
	name: z
		.string()
		.trim()
		.min(2, { error: () => m.name_missing() })
		.max(200),
	password: newPassword
});

export const load: PageServerLoad = async ({ params }) => {
	const invitation = await findInvitation(await getDb(), params.token);
	return {
		valid: invitation !== null,
		email: invitation?.email ?? null,
		form: await formFor(accountForm)
	};
};

export const actions: Actions = {
	default: async ({ request, params, cookies, url }) => {
		const form = await readForm(request, accountForm);
		const password = takePassword(form);
		if (!form.valid) return fail(400, { form });
		const db = await getDb();
		const result = await acceptInvitation(db, params.token, form.data.name, password);
		if (!result.ok) {
			const text = result.reason === 'exists' ? m.invitation_exists() : m.invitation_expired();
			return refuse(form, text, 410);
		}
		await startSession(db, cookies, url, result.userId);
		redirect(303, localizeHref('/konto'));
	}
};
