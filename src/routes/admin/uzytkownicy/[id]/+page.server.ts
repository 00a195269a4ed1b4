import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { slug } from '$lib/schemas';
import { collections, getDb } from '$lib/server/db';
import { readForm } from '$lib/server/forms';
import { changeRole, getUser } from '$lib/server/users';
import { approveRegistration } from '$lib/server/users/registration';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const db = await getDb();
	const user = await getUser(db, params.id);
	if (!user) error(404, 'Nie ma takiego konta.');
	const c = collections(db);
	const [editions, organisations] = await Promise.all([
		c.editions.find().sort({ year: -1 }).toArray(),
		c.organisations.find().sort({ name: 1 }).toArray()
	]);
	return {
		user: {
			id: user._id,
			name: user.name,
			email: user.email,
			isAdmin: user.isAdmin,
			roles: user.roles,
			organisations: user.organisations,
			pendingApproval: user.pendingApproval ?? false
		},
		editions: editions.map((e) => ({ value: e.slug, label: `${e.name} (${e.year})` })),
		organisations: organisations.map((o) => ({ value: o.slug, label: o.name }))
	};
};

const roleForm = z.object({
	grant: z.enum(['true', 'false']),
	role: z.enum(['admin', 'juror', 'applicant']),
	edition: z.union([slug, z.literal('')]).optional(),
	organisation: z.union([slug, z.literal('')]).optional()
});

export const actions: Actions = {
	approve: async ({ params, locals }) => {
		if (!(await approveRegistration(await getDb(), params.id, locals.user!._id))) {
			return fail(409, { error: 'To konto nie czeka na zatwierdzenie.' });
		}
		return { saved: true };
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
