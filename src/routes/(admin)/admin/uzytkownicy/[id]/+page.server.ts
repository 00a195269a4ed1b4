import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { slug } from '$lib/schemas';
import { getDb } from '$lib/server/db';
import { listEditions } from '$lib/server/editions';
import { readForm } from '$lib/server/forms';
import { changeRole, getUser } from '$lib/server/users';
import { approveRegistration, registrationChoices } from '$lib/server/users/registration';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const db = await getDb();
	const user = await getUser(db, params.id);
	if (!user) error(404, 'Nie ma takiego konta.');
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
		organisations: organisations.map((o) => ({ value: o.slug, label: o.name }))
	};
};

const approvalForm = z.object({ version: z.coerce.number().int().min(1) });

const APPROVAL_REFUSALS = {
	'not-pending': [
		409,
		'To konto nie czeka na zatwierdzenie albo zmieniło się w międzyczasie — odśwież stronę.'
	],
	organisation: [409, 'Organizacji, do której konto chce dołączyć, już nie ma.'],
	place: [409, 'Miejscowości podanej we wniosku nie ma na liście miejsc.']
} as const;

const roleForm = z.object({
	grant: z.enum(['true', 'false']),
	role: z.enum(['admin', 'juror', 'applicant']),
	edition: z.union([slug, z.literal('')]).optional(),
	organisation: z.union([slug, z.literal('')]).optional()
});

export const actions: Actions = {
	approve: async ({ request, params, locals }) => {
		const form = await readForm(request, approvalForm);
		if (!form.valid) return fail(400, { error: 'Nieprawidłowe dane formularza.' });
		const result = await approveRegistration(await getDb(), params.id, locals.user!._id, form.data.version);
		if (!result.ok) {
			const [status, text] = APPROVAL_REFUSALS[result.reason];
			return fail(status, { error: text });
		}
		return { approved: true };
	},
	role: async ({ request, params, locals }) => {
		const form = await readForm(request, roleForm);
		if (!form.valid) return fail(400, { error: 'Nieprawidłowe dane formularza.' });
		const { grant, role, edition, organisation } = form.data;
		if (role !== 'admin' && !edition) return fail(400, { error: 'Wybierz edycję.' });
		if (role === 'admin' && grant === 'false' && params.id === locals.user!._id) {
			return fail(400, { error: 'Nie można odebrać uprawnień administratora samemu sobie.' });
		}
		const done = await changeRole(await getDb(), {
			userId: params.id,
			actor: locals.user!._id,
			grant: grant === 'true',
			role: role === 'admin' ? 'admin' : { edition: edition!, role },
			organisation: organisation || null
		});
		if (!done) error(404, 'Nie ma takiego konta.');
		return { saved: true };
	}
};
