import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { statusLabels } from '$lib/labels';
import { slug } from '$lib/schemas';
import { getDb } from '$lib/server/db';
import { formatWarsaw } from '$lib/server/editions';
import { formFor, readForm, refuse } from '$lib/server/forms';
import { createDraft, listOwnPractices, openEditionsFor } from '$lib/server/submissions';
import type { Actions, PageServerLoad } from './$types';

const newDraft = z.object({
	edition: slug,
	title: z.string().trim().min(3, 'Podaj tytuł (co najmniej 3 znaki).').max(300)
});

export const load: PageServerLoad = async ({ locals }) => {
	const db = await getDb();
	const user = locals.user!;
	const openEditions = await openEditionsFor(db, user);
	return {
		practices: (await listOwnPractices(db, user)).map((p) => ({
			slug: p.slug,
			title: p.title,
			edition: p.edition,
			status: statusLabels[p.status].pl,
			updatedAt: formatWarsaw(p.updatedAt)
		})),
		openEditions: openEditions.map((e) => ({
			value: e.slug,
			label: `${e.name}${e.isDemo ? ' (demo)' : ''} — ${e.submissionsClose ? `nabór do ${formatWarsaw(e.submissionsClose)}` : 'nabór bez terminu zamknięcia'}`
		})),
		form: await formFor(newDraft, { edition: openEditions[0]?.slug ?? '' })
	};
};

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const form = await readForm(request, newDraft);
		if (!form.valid) return fail(400, { form });
		const result = await createDraft(await getDb(), locals.user!, form.data.edition, form.data.title);
		if (!result.ok) {
			const closed = result.reason === 'closed';
			const text = closed
				? 'Nabór w tej edycji jest zamknięty.'
				: 'Nie możesz zgłaszać praktyk w tej edycji.';
			return refuse(form, text, closed ? 409 : 403);
		}
		redirect(303, `/zgloszenia/${result.practice.slug}`);
	}
};
