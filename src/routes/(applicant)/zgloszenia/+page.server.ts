import { fail, redirect } from '@sveltejs/kit';
import { statusLabels } from '$lib/labels';
import { newDraftForm as newDraft } from '$lib/schemas';
import { formatWarsaw } from '$lib/server/editions';
import { formFor, readForm, refuse } from '$lib/server/forms';
import { statusOf } from '$lib/server/policy';
import { outcomesOf, statusShown } from '$lib/server/publication';
import { createDraft, listOwnPractices, openEditionsFor } from '$lib/server/submissions';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const db = await locals.db;
	const user = locals.user!;
	const openEditions = await openEditionsFor(db, user);
	const practices = await listOwnPractices(db, user);
	const { outcomes, editions } = await outcomesOf(db, user, practices);
	return {
		practices: practices.map((p) => ({
			slug: p.slug,
			title: p.title,
			edition: p.edition,
			status: statusLabels[statusShown(p, editions.get(p.edition ?? '') ?? null)].pl,
			result: outcomes.get(p.slug) ?? null,
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
		const result = await createDraft(await locals.db, locals.user!, form.data.edition, form.data.title);
		if (!result.ok) {
			const closed = result.reason === 'closed';
			const text = closed
				? 'Nabór w tej edycji jest zamknięty.'
				: 'Nie możesz zgłaszać praktyk w tej edycji.';
			return refuse(form, text, closed ? 409 : statusOf('forbidden'));
		}
		redirect(303, `/zgloszenia/${result.practice.slug}`);
	}
};
