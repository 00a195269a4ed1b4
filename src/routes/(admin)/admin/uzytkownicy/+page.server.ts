import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { accountDisableForm } from '$lib/schemas';
import { listEditions } from '$lib/server/editions';
import { done, readForm, refuseAction } from '$lib/server/forms';
import { explain, statusOf } from '$lib/server/policy';
import { listUsers, setUserDisabled } from '$lib/server/users';
import type { Actions, PageServerLoad } from './$types';

/** Accounts with their roles in words ("Juror edycji …"), the edition named, not its slug. */
export const load: PageServerLoad = async ({ locals }) => {
	const db = await locals.db;
	const [users, editions] = await Promise.all([listUsers(db), listEditions(db)]);
	const editionName = new Map(editions.map((e) => [e.slug, e.name]));
	return {
		users: users.map((u) => ({
			id: u._id,
			email: u.email,
			name: u.name,
			isAdmin: u.isAdmin,
			roles: u.roles.map((r) => ({ role: r.role, edition: editionName.get(r.edition) ?? r.edition })),
			disabled: u.disabled,
			isDemo: u.isDemo,
			pendingApproval: u.pendingApproval ?? false
		}))
	};
};

export const actions: Actions = {
	setDisabled: async ({ request, locals }) => {
		const form = await readForm(request, accountDisableForm);
		if (!form.valid) return refuseAction(400, m.org_form_invalid());
		const result = await setUserDisabled(await locals.db, {
			userId: form.data.userId,
			disabled: form.data.disabled === 'true',
			actor: locals.user!
		});
		if (!result.ok && result.reason === 'missing') error(404, m.org_account_missing());
		if (!result.ok) return refuseAction(statusOf(result.reason), explain('account.disable', result.reason));
		return done(m.org_saved());
	}
};
