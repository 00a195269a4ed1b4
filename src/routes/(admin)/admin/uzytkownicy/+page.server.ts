import { error } from '@sveltejs/kit';
import { accountDisableForm } from '$lib/schemas';
import { done, readForm, refuseAction } from '$lib/server/forms';
import { explain, statusOf } from '$lib/server/policy';
import { listUsers, setUserDisabled } from '$lib/server/users';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	users: (await listUsers(await locals.db)).map((u) => ({
		id: u._id,
		email: u.email,
		name: u.name,
		isAdmin: u.isAdmin,
		disabled: u.disabled,
		isDemo: u.isDemo,
		pendingApproval: u.pendingApproval ?? false
	}))
});

export const actions: Actions = {
	setDisabled: async ({ request, locals }) => {
		const form = await readForm(request, accountDisableForm);
		if (!form.valid) return refuseAction(400, 'Nieprawidłowe dane formularza.');
		const result = await setUserDisabled(await locals.db, {
			userId: form.data.userId,
			disabled: form.data.disabled === 'true',
			actor: locals.user!
		});
		if (!result.ok && result.reason === 'missing') error(404, 'Nie ma takiego konta.');
		if (!result.ok) return refuseAction(statusOf(result.reason), explain('account.disable', result.reason));
		return done('Zapisano.');
	}
};
