import { fail, redirect } from '@sveltejs/kit';
import { editionForm } from '$lib/schemas';
import { getDb } from '$lib/server/db';
import { createEdition, listEditions } from '$lib/server/editions';
import { readForm, type FieldErrors } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	editions: (await listEditions(await getDb())).map((e) => ({
		slug: e.slug,
		name: e.name,
		year: e.year,
		phase: e.phase,
		isDemo: e.isDemo
	}))
});

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const form = readForm(editionForm, await request.formData(), ['languages']);
		if (!form.ok) return fail(400, { values: form.values, errors: form.errors });
		const result = await createEdition(await getDb(), form.data, locals.user!._id);
		if (!result.ok)
			return fail(409, {
				values: form.values,
				errors: { slug: 'Edycja o tym identyfikatorze już istnieje.' } as FieldErrors
			});
		redirect(303, `/admin/edycje/${form.data.slug}`);
	}
};
