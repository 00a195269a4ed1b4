import { fail, redirect } from '@sveltejs/kit';
import { findPasswordReset, newPassword, resetPassword } from '$lib/server/auth';
import { getDb } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => ({
	valid: (await findPasswordReset(await getDb(), params.token)) !== null
});

export const actions: Actions = {
	default: async ({ request, params }) => {
		const parsed = newPassword.safeParse((await request.formData()).get('password'));
		if (!parsed.success) return fail(400, { error: parsed.error.issues[0].message });
		if (!(await resetPassword(await getDb(), params.token, parsed.data)))
			return fail(410, { error: 'Link wygasł albo został już użyty.' });
		redirect(303, '/logowanie?haslo=zmienione');
	}
};
