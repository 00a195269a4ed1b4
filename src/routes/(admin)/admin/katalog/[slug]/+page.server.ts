import { error, fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { curationForm } from '$lib/schemas';
import { curatePractice, getCuratable } from '$lib/server/curation';
import { confirm, formFor, readForm, refuse } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const practice = await getCuratable(await locals.db, params.slug);
	if (!practice) error(404, m.org_practice_missing());
	return {
		slug: practice.slug,
		title: practice.title,
		form: await formFor(curationForm, {
			title: practice.title,
			summary: practice.summary,
			description: practice.description,
			status: practice.status,
			version: practice.version
		})
	};
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const form = await readForm(request, curationForm);
		if (!form.valid) return fail(400, { form });
		const result = await curatePractice(await locals.db, params.slug, form.data, locals.user!);
		if (!result.ok && result.reason === 'conflict') {
			return refuse(form, m.org_practice_conflict(), 409);
		}
		if (!result.ok) error(404, m.org_practice_missing());
		form.data.version += 1;
		return confirm(form, m.org_practice_saved());
	}
};
