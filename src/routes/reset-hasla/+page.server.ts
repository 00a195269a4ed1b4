import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { requestPasswordReset } from '$lib/server/auth';
import { getDb } from '$lib/server/db';
import type { Actions } from './$types';

export const actions: Actions = {
	default: async ({ request, url }) => {
		const email = String((await request.formData()).get('email') ?? '');
		if (!z.string().email().safeParse(email.trim()).success)
			return fail(400, { email, error: 'Podaj poprawny adres e-mail.' });
		await requestPasswordReset(await getDb(), email, url.origin);
		// The same answer whether or not the account exists.
		return { sent: true };
	}
};
