import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { signIn } from '$lib/server/auth';
import { startSession } from '$lib/server/auth/cookie';
import { getDb } from '$lib/server/db';
import { formFor, readForm, refuse, takePassword } from '$lib/server/forms';
import { localTarget } from '$lib/server/http/redirect';
import type { Actions, PageServerLoad } from './$types';

const credentials = z.object({
	email: z.string().trim().toLowerCase().email().max(320),
	password: z.string().min(1).max(1024)
});

/** Only a path on this site may follow sign-in, never another site. */
const safeNext = (url: URL) => localTarget(url.searchParams.get('next'), url.origin, '/konto');

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url));
	return { form: await formFor(credentials) };
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = await readForm(request, credentials);
		const password = takePassword(form);
		// One message for every failure, so the form does not reveal which accounts exist.
		form.errors = {};
		if (!form.valid) return refuse(form, m.sign_in_invalid());

		const db = await getDb();
		const result = await signIn(db, { email: form.data.email, password, address: getClientAddress() });
		if (!result.ok) {
			const throttled = result.reason === 'throttled';
			return refuse(form, throttled ? m.sign_in_throttled() : m.sign_in_invalid(), throttled ? 429 : 400);
		}
		await startSession(db, cookies, url, result.userId);
		redirect(303, safeNext(url));
	}
};
