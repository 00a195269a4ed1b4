import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { slug } from '$lib/schemas';
import { createSession, generateSessionToken, newPassword } from '$lib/server/auth';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { collections, getDb } from '$lib/server/db';
import { editionsOpenForRegistration, registerApplicant } from '$lib/server/users/registration';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const db = await getDb();
	const editions = await editionsOpenForRegistration(db);
	const organisations = editions.length
		? await collections(db).organisations.find().sort({ name: 1 }).toArray()
		: [];
	return {
		editions: editions.map((e) => ({ value: e.slug, label: e.name })),
		organisations: organisations.map((o) => ({ value: o.slug, label: o.name }))
	};
};

const registrationForm = z.object({
	name: z.string().trim().min(2, 'Podaj imię i nazwisko.').max(200),
	email: z.string().trim().toLowerCase().email('Podaj poprawny adres e-mail.').max(320),
	password: newPassword,
	edition: slug,
	organisation: slug
});

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		const values = Object.fromEntries(await request.formData()) as Record<string, string>;
		const { password: _password, ...kept } = values;
		const parsed = registrationForm.safeParse(values);
		if (!parsed.success) {
			const errors: Record<string, string> = {};
			for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
			return fail(400, { values: kept, errors });
		}
		const db = await getDb();
		const result = await registerApplicant(db, parsed.data);
		if (!result.ok) {
			const messages = {
				closed: 'Rejestracja w tej edycji jest zamknięta.',
				organisation: 'Wybierz organizację z listy.',
				taken: 'Konto z tym adresem już istnieje — zaloguj się albo ustaw nowe hasło.'
			};
			return fail(result.reason === 'taken' ? 409 : 400, {
				values: kept,
				errors: { form: messages[result.reason] } as Record<string, string>
			});
		}
		const token = generateSessionToken();
		const session = await createSession(db, token, result.userId);
		setSessionCookie(cookies, url, token, session.expiresAt);
		redirect(303, '/konto');
	}
};
