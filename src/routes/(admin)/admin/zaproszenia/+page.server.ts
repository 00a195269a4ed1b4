import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { invitationForm } from '$lib/schemas';
import { listEditions } from '$lib/server/editions';
import { confirm, formFor, readForm } from '$lib/server/forms';
import { inviteUser } from '$lib/server/invitations';
import { listOrganisations } from '$lib/server/organisations';
import { limitForm } from '$lib/server/ratelimit/form';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const db = await locals.db;
	const [editions, organisations] = await Promise.all([listEditions(db), listOrganisations(db)]);
	return {
		editions: editions.map((e) => ({ value: e.slug, label: `${e.name} (${e.year})`, lang: 'pl' })),
		organisations: organisations.map((o) => ({ value: o.slug, label: o.name, lang: 'pl' })),
		form: await formFor(invitationForm)
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url, getClientAddress }) => {
		const limited = await limitForm(
			{ request, getClientAddress, locals },
			'invitation',
			invitationForm,
			locals.user!._id
		);
		if (limited) return limited;
		const form = await readForm(request, invitationForm);
		if (!form.valid) return fail(400, { form });
		const { edition, organisation } = form.data;
		await inviteUser(
			await locals.db,
			{ ...form.data, edition: edition || null, organisation: organisation || null },
			locals.user!._id,
			url.origin
		);
		return confirm(form, m.org_invite_sent({ email: form.data.email }));
	}
};
