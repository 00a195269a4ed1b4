import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { findPasswordReset, newPassword, resetPassword } from '$lib/server/auth';
import { getDb } from '$lib/server/db';
import { formFor, readForm, refuse, takePassword } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const passwordForm = z.object({ password: newPassword });

export const load: PageServerLoad = async ({ params }) => ({
	valid: (await findPasswordReset(await getDb(), params.token)) !== null,
	form: await formFor(passwordForm)
});

export const actions: Actions = {
	default: async ({ request, params }) => {
		const form = await readForm(request, passwordForm);
		const password = takePassword(form);
		if (!form.valid) return fail(400, { form });
		if (!(await resetPassword(await getDb(), params.token, password)))
			return refuse(form, m.reset_link_used(), 410);
		redirect(303, '/logowanie?haslo=zmienione');
	}
};
