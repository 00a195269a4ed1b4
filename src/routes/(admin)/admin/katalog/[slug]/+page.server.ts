import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { collections, getDb } from '$lib/server/db';
import { confirm, formFor, readForm, refuse } from '$lib/server/forms';
import { curatePractice } from '$lib/server/curation';
import type { Actions, PageServerLoad } from './$types';

const curated = z.object({
	title: z.string().trim().min(3, 'Podaj tytuł.').max(300),
	summary: z.string().trim().min(1, 'Podaj streszczenie.').max(1000),
	description: z.string().max(50_000),
	status: z.enum(['mentioned', 'catalogue']),
	version: z.number().int().min(1)
});

export const load: PageServerLoad = async ({ params }) => {
	const practice = await collections(await getDb()).practices.findOne({
		slug: params.slug,
		status: { $in: ['mentioned', 'catalogue'] }
	});
	if (!practice) error(404, 'Nie ma takiej praktyki w katalogu.');
	return {
		slug: practice.slug,
		title: practice.title,
		form: await formFor(curated, {
			title: practice.title,
			summary: practice.summary,
			description: practice.description,
			status: practice.status as 'mentioned' | 'catalogue',
			version: practice.version
		})
	};
};

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const form = await readForm(request, curated);
		if (!form.valid) return fail(400, { form });
		const result = await curatePractice(await getDb(), params.slug, form.data, locals.user!);
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
