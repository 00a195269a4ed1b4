import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { statusLabels } from '$lib/labels';
import { slug } from '$lib/schemas';
import { getDb } from '$lib/server/db';
import { formatWarsaw } from '$lib/server/editions';
import { createDraft, listOwnPractices, openEditionsFor } from '$lib/server/submissions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const db = await getDb();
	const user = locals.user!;
	return {
		practices: (await listOwnPractices(db, user)).map((p) => ({
			slug: p.slug,
			title: p.title,
			edition: p.edition,
			status: statusLabels[p.status].pl,
			updatedAt: formatWarsaw(p.updatedAt)
		})),
		openEditions: (await openEditionsFor(db, user)).map((e) => ({
			slug: e.slug,
			name: e.name,
			isDemo: e.isDemo,
			closes: formatWarsaw(e.submissionsClose)
		}))
	};
};

const newDraft = z.object({
	edition: slug,
	title: z.string().trim().min(3, 'Podaj tytuł (co najmniej 3 znaki).').max(300)
});

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const values = Object.fromEntries(await request.formData());
		const parsed = newDraft.safeParse(values);
		if (!parsed.success)
			return fail(400, { title: String(values.title ?? ''), error: parsed.error.issues[0].message });
		const result = await createDraft(await getDb(), locals.user!, parsed.data.edition, parsed.data.title);
		if (!result.ok) {
			const error =
				result.reason === 'closed'
					? 'Nabór w tej edycji jest zamknięty.'
					: 'Nie możesz zgłaszać praktyk w tej edycji.';
			return fail(result.reason === 'closed' ? 409 : 403, { title: parsed.data.title, error });
		}
		redirect(303, `/zgloszenia/${result.practice.slug}`);
	}
};
