import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { slug } from '$lib/schemas';
import { collections, getDb } from '$lib/server/db';
import { inviteUser } from '$lib/server/invitations';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const c = collections(await getDb());
	const [editions, organisations] = await Promise.all([
		c.editions.find().sort({ year: -1 }).toArray(),
		c.organisations.find().sort({ name: 1 }).toArray()
	]);
	return {
		editions: editions.map((e) => ({ value: e.slug, label: `${e.name} (${e.year})` })),
		organisations: organisations.map((o) => ({ value: o.slug, label: o.name }))
	};
};

const invitationForm = z
	.object({
		email: z.string().trim().toLowerCase().email('Podaj poprawny adres e-mail.').max(320),
		role: z.enum(['applicant', 'juror', 'admin']),
		edition: z.union([slug, z.literal('')]).transform((v) => v || null),
		organisation: z.union([slug, z.literal('')]).transform((v) => v || null)
	})
	.refine((f) => f.role === 'admin' || f.edition, { message: 'Wybierz edycję.', path: ['edition'] })
	.refine((f) => f.role !== 'applicant' || f.organisation, {
		message: 'Wybierz organizację zgłaszającego.',
		path: ['organisation']
	});

export const actions: Actions = {
	default: async ({ request, locals, url }) => {
		const values = Object.fromEntries(await request.formData()) as Record<string, string>;
		const parsed = invitationForm.safeParse(values);
		if (!parsed.success) {
			const errors: Record<string, string> = {};
			for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
			return fail(400, { values, errors });
		}
		await inviteUser(await getDb(), parsed.data, locals.user!._id, url.origin);
		return { sent: parsed.data.email };
	}
};
