import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { createSession, generateSessionToken, signIn } from '$lib/server/auth';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { getDb } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

const credentials = z.object({
	email: z.string().trim().toLowerCase().email().max(320),
	password: z.string().min(1).max(1024)
});

/** Only a local path may follow sign-in, never another site. */
const safeNext = (next: string | null) => (next && /^\/(?!\/)/.test(next) ? next : '/konto');

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
	return {};
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const email = String(form.get('email') ?? '');
		const parsed = credentials.safeParse({ email, password: form.get('password') });
		if (!parsed.success) return fail(400, { email, message: m.sign_in_invalid() });

		const db = await getDb();
		const result = await signIn(db, { ...parsed.data, address: getClientAddress() });
		if (!result.ok) {
			const message = result.reason === 'throttled' ? m.sign_in_throttled() : m.sign_in_invalid();
			return fail(result.reason === 'throttled' ? 429 : 400, { email, message });
		}
		// A fresh token at every sign-in: a session id planted before sign-in is worthless.
		const token = generateSessionToken();
		const session = await createSession(db, token, result.userId);
		setSessionCookie(cookies, url, token, session.expiresAt);
		redirect(303, safeNext(url.searchParams.get('next')));
	}
};
