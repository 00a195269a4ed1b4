import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { createSession, generateSessionToken, newPassword } from '$lib/server/auth';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { getDb } from '$lib/server/db';
import { acceptInvitation, findInvitation } from '$lib/server/invitations';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const invitation = await findInvitation(await getDb(), params.token);
	return { valid: invitation !== null, email: invitation?.email ?? null };
};

const accountForm = z.object({
	name: z.string().trim().min(2, 'Podaj imię i nazwisko.').max(200),
	password: newPassword
});

export const actions: Actions = {
	default: async ({ request, params, cookies, url }) => {
		const values = Object.fromEntries(await request.formData()) as Record<string, string>;
		const parsed = accountForm.safeParse(values);
		if (!parsed.success) {
			const errors: Record<string, string> = {};
			for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
			return fail(400, { name: values.name ?? '', errors });
		}
		const db = await getDb();
		const result = await acceptInvitation(db, params.token, parsed.data.name, parsed.data.password);
		if (!result.ok) {
			const message =
				result.reason === 'exists'
					? 'Konto z tym adresem już istnieje — zaloguj się.'
					: 'Zaproszenie wygasło albo zostało już użyte.';
			return fail(410, { name: parsed.data.name, errors: { form: message } });
		}
		const token = generateSessionToken();
		const session = await createSession(db, token, result.userId);
		setSessionCookie(cookies, url, token, session.expiresAt);
		redirect(303, '/konto');
	}
};
