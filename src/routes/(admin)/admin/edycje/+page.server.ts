import { fail, redirect } from '@sveltejs/kit';
import { setError } from 'sveltekit-superforms';
import { localizeHref } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { editionForm } from '$lib/schemas';
import { createEdition, listEditions } from '$lib/server/editions';
import { formFor, readForm } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	editions: (await listEditions(await locals.db)).map((e) => ({
		slug: e.slug,
		name: e.name,
		year: e.year,
		phase: e.phase,
		isDemo: e.isDemo
	})),
	form: await formFor(editionForm, { year: new Date().getFullYear(), languages: ['pl'] })
});

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const form = await readForm(request, editionForm);
		if (!form.valid) return fail(400, { form });
		const result = await createEdition(await locals.db, form.data, locals.user!._id);
		if (!result.ok) return setError(form, 'slug', m.org_edition_exists(), { status: 409 });
		redirect(303, localizeHref(`/admin/edycje/${form.data.slug}`));
	}
};
