import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { requestPasswordReset } from '$lib/server/auth';
import { getDb } from '$lib/server/db';
import { confirm, formFor, readForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const resetRequest = z.object({
	email: z.string().trim().toLowerCase().email('Podaj poprawny adres e-mail.').max(320)
});

export const load: PageServerLoad = async () => ({ form: await formFor(resetRequest) });

export const actions: Actions = {
	default: async ({ request, url }) => {
		const form = await readForm(request, resetRequest);
		if (!form.valid) return fail(400, { form });
		await requestPasswordReset(await getDb(), form.data.email, url.origin);
		// The same answer whether or not the account exists.
		return confirm(
			form,
			'Jeśli konto z tym adresem istnieje, wysłaliśmy na nie link do ustawienia nowego hasła. Link działa godzinę.'
		);
	}
};
