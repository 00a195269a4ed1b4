import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { slug } from '$lib/schemas';
import { createSession, generateSessionToken, newPassword } from '$lib/server/auth';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { collections, getDb } from '$lib/server/db';
import { formFor, readForm, refuse } from '$lib/server/forms';
import { editionsOpenForRegistration, registerApplicant } from '$lib/server/users/registration';
import type { Actions, PageServerLoad } from './$types';

const registrationForm = z.object({
	name: z.string().trim().min(2, 'Podaj imię i nazwisko.').max(200),
	email: z.string().trim().toLowerCase().email('Podaj poprawny adres e-mail.').max(320),
	password: newPassword,
	edition: slug,
	organisation: z.string().min(1, 'Wybierz organizację z listy.').pipe(slug)
});

export const load: PageServerLoad = async () => {
	const db = await getDb();
	const editions = await editionsOpenForRegistration(db);
	const organisations = editions.length
		? await collections(db).organisations.find().sort({ name: 1 }).toArray()
		: [];
	return {
		editions: editions.map((e) => ({ value: e.slug, label: e.name })),
		organisations: organisations.map((o) => ({ value: o.slug, label: o.name })),
		form: await formFor(registrationForm, { edition: editions[0]?.slug ?? '' })
	};
};

export const actions: Actions = {
	default: async ({ request, cookies, url }) => {
		const form = await readForm(request, registrationForm);
		const password = form.data.password;
		form.data.password = ''; // never sent back
		if (!form.valid) return fail(400, { form });
		const db = await getDb();
		const result = await registerApplicant(db, { ...form.data, password });
		if (!result.ok) {
			const messages = {
				closed: 'Rejestracja w tej edycji jest zamknięta.',
				organisation: 'Wybierz organizację z listy.',
				taken: 'Konto z tym adresem już istnieje — zaloguj się albo ustaw nowe hasło.'
			};
			return refuse(form, messages[result.reason], result.reason === 'taken' ? 409 : 400);
		}
		const token = generateSessionToken();
		const session = await createSession(db, token, result.userId);
		setSessionCookie(cookies, url, token, session.expiresAt);
		redirect(303, '/konto');
	}
};
