import { fail } from '@sveltejs/kit';
import { setError } from 'sveltekit-superforms';
import { m } from '$lib/paraglide/messages';
import { passwordChangeForm } from '$lib/schemas/account';
import { changePassword } from '$lib/server/auth';
import { confirm, formFor, readForm, refuse, takePassword } from '$lib/server/forms';
import { limitForm } from '$lib/server/ratelimit/form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const user = locals.user!;
	return {
		name: user.name,
		email: user.email,
		isAdmin: user.isAdmin,
		roles: user.roles,
		organisations: user.organisations,
		pendingApproval: user.pendingApproval ?? false,
		passwordForm: await formFor(passwordChangeForm)
	};
};

export const actions: Actions = {
	password: async ({ request, locals, getClientAddress }) => {
		const user = locals.user!;
		const limited = await limitForm(
			{ request, getClientAddress, locals },
			'password-change',
			passwordChangeForm,
			user._id
		);
		if (limited) return limited;
		const form = await readForm(request, passwordChangeForm);
		const next = takePassword(form);
		const current = form.data.currentPassword;
		form.data.currentPassword = '';
		if (!form.valid) return fail(400, { form });
		const result = await changePassword(await locals.db, {
			userId: user._id,
			sessionId: locals.session!._id,
			current,
			next,
			address: getClientAddress()
		});
		if (!result.ok && result.reason === 'throttled') return refuse(form, m.sign_in_throttled(), 429);
		if (!result.ok) return setError(form, 'currentPassword', m.password_change_wrong());
		return confirm(form, m.password_changed());
	}
};
