import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { NEW_ORGANISATION, registrationForm } from '$lib/schemas/account';
import { confirm, formFor, readForm, refuse, takePassword } from '$lib/server/forms';
import { limitForm } from '$lib/server/ratelimit/form';
import {
	editionsOpenForRegistration,
	registrationChoices,
	requestRegistration
} from '$lib/server/users/registration';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const db = await locals.db;
	const editions = await editionsOpenForRegistration(db);
	const { organisations, places } = editions.length
		? await registrationChoices(db)
		: { organisations: [], places: [] };
	return {
		editions: editions.map((e) => ({ value: e.slug, label: e.name })),
		organisations: [
			...organisations.map((o) => ({ value: o.slug, label: o.name })),
			{ value: NEW_ORGANISATION, label: m.registration_organisation_new_option() }
		],
		places: places.map((p) => ({ value: p.slug, label: p.name })),
		form: await formFor(registrationForm, { edition: editions[0]?.slug ?? '' })
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url, getClientAddress }) => {
		const limited = await limitForm({ request, getClientAddress, locals }, 'registration', registrationForm);
		if (limited) return limited;
		const form = await readForm(request, registrationForm);
		const password = takePassword(form);
		if (!form.valid) return fail(400, { form });
		const { name, email, edition, organisation, newOrganisationName, newOrganisationPlace } = form.data;
		const result = await requestRegistration(
			await locals.db,
			{
				name,
				email,
				password,
				edition,
				organisationRequest:
					organisation === NEW_ORGANISATION
						? { kind: 'new', name: newOrganisationName, place: newOrganisationPlace }
						: { kind: 'join', organisation }
			},
			url.origin
		);
		if (!result.ok) {
			const messages = {
				closed: m.registration_closed(),
				organisation: m.registration_organisation_missing(),
				place: m.registration_place_missing()
			};
			return refuse(form, messages[result.reason], 400);
		}
		// The same answer whether the address had an account or not: the mail tells the difference.
		return confirm(form, m.registration_check_mail());
	}
};
