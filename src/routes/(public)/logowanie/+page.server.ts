import { redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { signInForm } from '$lib/schemas/account';
import { signIn } from '$lib/server/auth';
import { startSession } from '$lib/server/auth/cookie';
import { formFor, readForm, refuse, takePassword } from '$lib/server/forms';
import { localizeHref } from '$lib/i18n';
import { landingFor, landingOf } from '$lib/server/auth/landing';
import { localTarget } from '$lib/server/http/redirect';
import type { Actions, PageServerLoad } from './$types';

/**
 * Only a path on this site may follow sign-in, never another site; without one, where the
 * person's work is (an applicant's entries), in the language they signed in with.
 */
const safeNext = (url: URL, landing: string) =>
	localTarget(url.searchParams.get('next'), url.origin, localizeHref(landing));

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url, landingOf(locals.user)));
	return { form: await formFor(signInForm) };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const form = await readForm(request, signInForm);
		const password = takePassword(form);
		// One message for every failure, so the form does not reveal which accounts exist.
		form.errors = {};
		if (!form.valid) return refuse(form, m.sign_in_invalid());

		const db = await locals.db;
		const result = await signIn(db, { email: form.data.email, password, address: getClientAddress() });
		if (!result.ok) {
			const throttled = result.reason === 'throttled';
			return refuse(form, throttled ? m.sign_in_throttled() : m.sign_in_invalid(), throttled ? 429 : 400);
		}
		await startSession(db, cookies, url, result.userId);
		redirect(303, safeNext(url, await landingFor(db, result.userId)));
	}
};
