import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { readForm } from '$lib/server/forms';
import { listUsers, setUserDisabled } from '$lib/server/users';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	users: (await listUsers(await getDb())).map((u) => ({
		id: u._id,
		email: u.email,
		name: u.name,
		isAdmin: u.isAdmin,
		disabled: u.disabled,
		isDemo: u.isDemo,
		pendingApproval: u.pendingApproval ?? false
	}))
});

const target = z.object({ userId: z.string().min(1).max(64), disabled: z.enum(['true', 'false']) });

export const actions: Actions = {
	setDisabled: async ({ request, locals }) => {
		const form = await readForm(request, target);
		if (!form.valid) return fail(400, { message: 'Nieprawidłowe dane formularza.' });
		if (form.data.userId === locals.user!._id)
			return fail(400, { message: 'Nie można wyłączyć własnego konta.' });
		const found = await setUserDisabled(await getDb(), {
			userId: form.data.userId,
			disabled: form.data.disabled === 'true',
			actor: locals.user!._id
		});
		if (!found) return fail(404, { message: 'Nie ma takiego konta.' });
		return { message: 'Zapisano.' };
	}
};
