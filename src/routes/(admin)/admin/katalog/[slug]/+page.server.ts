import { error, fail } from '@sveltejs/kit';
import { curationForm } from '$lib/schemas';
import { curatePractice, getCuratable } from '$lib/server/curation';
import { confirm, formFor, readForm, refuse } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const practice = await getCuratable(await locals.db, params.slug);
	if (!practice) error(404, 'Nie ma takiej praktyki w katalogu.');
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
			return refuse(
				form,
				'Ktoś zapisał tę praktykę w międzyczasie. Odśwież stronę i wprowadź zmiany ponownie (Twoja wersja jest poniżej).',
				409
			);
		}
		if (!result.ok) error(404, 'Nie ma takiej praktyki w katalogu.');
		form.data.version += 1;
		return confirm(form, 'Zapisano. Zmiana jest już widoczna w katalogu i wyszukiwarce.');
	}
};
