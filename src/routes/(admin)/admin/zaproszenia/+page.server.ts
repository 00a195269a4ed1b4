import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { slug } from '$lib/schemas';
import { collections, getDb } from '$lib/server/db';
import { confirm, formFor, readForm } from '$lib/server/forms';
import { inviteUser } from '$lib/server/invitations';
import { limitForm } from '$lib/server/ratelimit/form';
import type { Actions, PageServerLoad } from './$types';

const optionalSlug = z.union([slug, z.literal('')]);

const invitationForm = z
	.object({
		email: z.string().trim().toLowerCase().email('Podaj poprawny adres e-mail.').max(320),
		role: z.enum(['applicant', 'juror', 'admin']),
		edition: optionalSlug,
		organisation: optionalSlug
	})
	.refine((f) => f.role === 'admin' || f.edition, { message: 'Wybierz edycję.', path: ['edition'] })
	.refine((f) => f.role !== 'applicant' || f.organisation, {
		message: 'Wybierz organizację zgłaszającego.',
		path: ['organisation']
	});

export const load: PageServerLoad = async () => {
	const c = collections(await getDb());
	const [editions, organisations] = await Promise.all([
		c.editions.find().sort({ year: -1 }).toArray(),
		c.organisations.find().sort({ name: 1 }).toArray()
	]);
	return {
		editions: editions.map((e) => ({ value: e.slug, label: `${e.name} (${e.year})` })),
		organisations: organisations.map((o) => ({ value: o.slug, label: o.name })),
		form: await formFor(invitationForm)
	};
};

export const actions: Actions = {
	default: async ({ request, locals, url, getClientAddress }) => {
		const limited = await limitForm(
			{ request, getClientAddress },
			'invitation',
			invitationForm,
			locals.user!._id
		);
		if (limited) return limited;
		const form = await readForm(request, invitationForm);
		if (!form.valid) return fail(400, { form });
		const { edition, organisation } = form.data;
		await inviteUser(
			await getDb(),
			{ ...form.data, edition: edition || null, organisation: organisation || null },
			locals.user!._id,
			url.origin
		);
		return confirm(form, `Zaproszenie wysłano na adres ${form.data.email}.`);
	}
};
