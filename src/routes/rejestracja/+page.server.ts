import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { slug } from '$lib/schemas';
import { createSession, generateSessionToken, newPassword } from '$lib/server/auth';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { collections, getDb } from '$lib/server/db';
import { formFor, readForm, refuse, takePassword } from '$lib/server/forms';
import { limitForm } from '$lib/server/ratelimit/form';
import { editionsOpenForRegistration, registerApplicant } from '$lib/server/users/registration';
import type { Actions, PageServerLoad } from './$types';

const registrationForm = z.object({
	name: z
		.string()
		.trim()
		.min(2, { error: () => m.name_missing() })
		.max(200),
	email: z
		.string()
		.trim()
		.toLowerCase()
		.email({ error: () => m.email_invalid() })
		.max(320),
	password: newPassword,
	edition: slug,
	organisation: z
		.string()
		.min(1, { error: () => m.registration_organisation_missing() })
		.pipe(slug)
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
	default: async ({ request, cookies, url, getClientAddress }) => {
		const limited = await limitForm({ request, getClientAddress }, 'registration', registrationForm);
		if (limited) return limited;
		const form = await readForm(request, registrationForm);
		const password = takePassword(form);
		if (!form.valid) return fail(400, { form });
		const db = await getDb();
		const result = await registerApplicant(db, { ...form.data, password });
		if (!result.ok) {
			const messages = {
				closed: m.registration_closed(),
				organisation: m.registration_organisation_missing(),
				taken: m.registration_taken()
			};
			return refuse(form, messages[result.reason], result.reason === 'taken' ? 409 : 400);
		}
		const token = generateSessionToken();
		const session = await createSession(db, token, result.userId);
		setSessionCookie(cookies, url, token, session.expiresAt);
		redirect(303, localizeHref('/konto'));
	}
};
