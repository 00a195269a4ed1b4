import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { passwordResetRequestForm } from '$lib/schemas/account';
import { requestPasswordReset } from '$lib/server/auth';
import { confirm, formFor, readForm } from '$lib/server/forms';
import { limitForm } from '$lib/server/ratelimit/form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ form: await formFor(passwordResetRequestForm) });

export const actions: Actions = {
	default: async ({ request, locals, url, getClientAddress }) => {
		const limited = await limitForm(
			{ request, getClientAddress, locals },
			'password-reset',
			passwordResetRequestForm
		);
		if (limited) return limited;
		const form = await readForm(request, passwordResetRequestForm);
		if (!form.valid) return fail(400, { form });
		await requestPasswordReset(await locals.db, form.data.email, url.origin);
		// The same answer, the same work and one mail whether or not the account exists.
		return confirm(form, m.reset_sent());
	}
};
