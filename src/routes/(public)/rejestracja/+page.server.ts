import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { slug } from '$lib/schemas';
import { newPassword } from '$lib/server/auth';
import { getDb, type OrganisationRequest } from '$lib/server/db';
import { confirm, formFor, readForm, refuse, takePassword } from '$lib/server/forms';
import { limitForm } from '$lib/server/ratelimit/form';
import {
	editionsOpenForRegistration,
	registrationChoices,
	requestRegistration
} from '$lib/server/users/registration';
import type { Actions, PageServerLoad } from './$types';

/** The organisation choice that asks for a new one (not a slug, so no organisation can have it). */
const NEW_ORGANISATION = '_new';

const registrationForm = z
	.object({
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
			.pipe(z.union([slug, z.literal(NEW_ORGANISATION)])),
		newOrganisationName: z.string().trim().max(200),
		newOrganisationPlace: z.union([slug, z.literal('')])
	})
	// Checked once the fields themselves are valid (zod runs an object's refinements last).
	.superRefine((form, ctx) => {
		const missing = (path: string, message: string) =>
			ctx.addIssue({ code: 'custom', path: [path], message });
		if (form.organisation !== NEW_ORGANISATION) return;
		if (form.newOrganisationName.length < 2)
			missing('newOrganisationName', m.registration_new_organisation_name_missing());
		if (form.newOrganisationPlace === '') missing('newOrganisationPlace', m.registration_place_missing());
	});

export const load: PageServerLoad = async () => {
	const db = await getDb();
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
	default: async ({ request, url, getClientAddress }) => {
		const limited = await limitForm({ request, getClientAddress }, 'registration', registrationForm);
		if (limited) return limited;
		const form = await readForm(request, registrationForm);
		const password = takePassword(form);
		if (!form.valid) return fail(400, { form });
		const { name, email, edition, organisation, newOrganisationName, newOrganisationPlace } = form.data;
		const organisationRequest: OrganisationRequest =
			organisation === NEW_ORGANISATION
				? { kind: 'new', name: newOrganisationName, place: newOrganisationPlace }
				: { kind: 'join', organisation };
		const result = await requestRegistration(
			await getDb(),
			{ name, email, password, edition, organisationRequest },
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
