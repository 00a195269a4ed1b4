import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { accountApprovalForm, accountRoleForm } from '$lib/schemas';
import { listEditions } from '$lib/server/editions';
import { done, readForm, refuseAction } from '$lib/server/forms';
import { explain, statusOf, type Why } from '$lib/server/policy';
import { changeRole, getUser } from '$lib/server/users';
import { approveRegistration, registrationChoices } from '$lib/server/users/registration';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await locals.db;
	const user = await getUser(db, params.id);
	if (!user) error(404, m.org_account_missing());
	const [editions, { organisations, places }] = await Promise.all([
		listEditions(db),
		registrationChoices(db)
	]);
	const request = user.organisationRequest;
	const nameOf = (list: { slug: string; name: string }[], slug: string) =>
		list.find((x) => x.slug === slug)?.name ?? null;
	return {
		user: {
			id: user._id,
			name: user.name,
			email: user.email,
			isAdmin: user.isAdmin,
			roles: user.roles,
			organisations: user.organisations,
			pendingApproval: user.pendingApproval ?? false,
			version: user.version,
			// What the applicant asked for, with names resolved (null where the slug is unknown).
			request:
				request?.kind === 'join'
					? {
							kind: 'join' as const,
							slug: request.organisation,
							name: nameOf(organisations, request.organisation)
						}
					: request?.kind === 'new'
						? { kind: 'new' as const, name: request.name, place: nameOf(places, request.place) }
						: null
		},
		editions: editions.map((e) => ({ value: e.slug, label: `${e.name} (${e.year})` })),
		editionNames: Object.fromEntries(editions.map((e) => [e.slug, e.name])) as Record<string, string>,
		organisations: organisations.map((o) => ({ value: o.slug, label: o.name }))
	};
};

const APPROVAL_REFUSALS: Record<string, () => string> = {
	'not-pending': m.org_approval_not_pending,
	organisation: m.org_approval_organisation,
	place: m.org_approval_place
};

export const actions: Actions = {
	approve: async ({ request, params, locals }) => {
		const form = await readForm(request, accountApprovalForm);
		if (!form.valid) return refuseAction(400, m.org_form_invalid());
		const result = await approveRegistration(await locals.db, params.id, locals.user!, form.data.version);
		if (result.ok) return done(m.org_approved());
		if (result.reason in APPROVAL_REFUSALS) return refuseAction(409, APPROVAL_REFUSALS[result.reason]());
		const why = result.reason as Why;
		return refuseAction(statusOf(why), explain('account.manage', why));
	},
	role: async ({ request, params, locals }) => {
		const form = await readForm(request, accountRoleForm);
		if (!form.valid)
			return refuseAction(400, String(Object.values(form.errors).flat()[0] ?? m.org_form_invalid()));
		const { grant, role, edition, organisation } = form.data;
		const result = await changeRole(await locals.db, {
			userId: params.id,
			actor: locals.user!,
			grant: grant === 'true',
			role: role === 'admin' ? 'admin' : { edition: edition!, role },
			organisation: organisation || null
		});
		if (!result.ok && result.reason === 'missing') error(404, m.org_account_missing());
		if (!result.ok)
			return refuseAction(statusOf(result.reason), explain('account.revoke-admin', result.reason));
		return done(m.org_roles_saved());
	}
};
