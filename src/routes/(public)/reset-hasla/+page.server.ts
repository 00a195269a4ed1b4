import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { requestPasswordReset } from '$lib/server/auth';
import { getDb } from '$lib/server/db';
import { confirm, formFor, readForm } from '$lib/server/forms';
import { limitForm } from '$lib/server/ratelimit/form';
import type { Actions, PageServerLoad } from './$types';

const resetRequest = z.object({
	email: z
		.string()
		.trim()
		.toLowerCase()
		.email({ error: () => m.email_invalid() })
		.max(320)
});

export const load: PageServerLoad = async () => ({ form: await formFor(resetRequest) });

export const actions: Actions = {
	default: async ({ request, url, getClientAddress }) => {
		const limited = await limitForm({ request, getClientAddress }, 'password-reset', resetRequest);
		if (limited) return limited;
		const form = await readForm(request, resetRequest);
		if (!form.valid) return fail(400, { form });
		await requestPasswordReset(await getDb(), form.data.email, url.origin);
		// The same answer, the same work and one mail whether or not the account exists.
		return confirm(form, m.reset_sent());
	}
};
