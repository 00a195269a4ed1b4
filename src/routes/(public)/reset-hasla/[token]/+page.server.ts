import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { passwordResetForm } from '$lib/schemas/account';
import { findPasswordReset, resetPassword } from '$lib/server/auth';
import { formFor, readForm, refuse, takePassword } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => ({
	valid: (await findPasswordReset(await locals.db, params.token)) !== null,
	form: await formFor(passwordResetForm)
});

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const form = await readForm(request, passwordResetForm);
		const password = takePassword(form);
		if (!form.valid) return fail(400, { form });
		if (!(await resetPassword(await locals.db, params.token, password)))
			return refuse(form, m.reset_link_used(), 410);
		redirect(303, '/logowanie?haslo=zmienione');
	}
};
