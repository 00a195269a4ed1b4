import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { collections, getDb } from '$lib/server/db';
import { readForm } from '$lib/server/forms';
import { curatePractice } from '$lib/server/review';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const practice = await collections(await getDb()).practices.findOne({
		slug: params.slug,
		status: { $in: ['mentioned', 'catalogue'] }
	});
	if (!practice) error(404, 'Nie ma takiej praktyki w katalogu.');
	return {
		slug: practice.slug,
		values: {
			title: practice.title,
			summary: practice.summary,
			description: practice.description,
			status: practice.status,
			version: String(practice.version)
		}
	};
};

const curated = z.object({
	title: z.string().trim().min(3, 'Podaj tytuł.').max(300),
	summary: z.string().trim().min(1, 'Podaj streszczenie.').max(1000),
	description: z.string().max(50_000),
	status: z.enum(['mentioned', 'catalogue']),
	version: z.coerce.number().int().min(1)
});

export const actions: Actions = {
	default: async ({ request, params, locals }) => {
		const form = readForm(curated, await request.formData());
		if (!form.ok) return fail(400, { values: form.values, errors: form.errors });
		const result = await curatePractice(await getDb(), params.slug, form.data, locals.user!._id);
		if (!result.ok && result.reason === 'conflict') {
			return fail(409, {
				values: form.values,
				errors: {
					form: 'Ktoś zapisał tę praktykę w międzyczasie. Odśwież stronę i wprowadź zmiany ponownie (Twoja wersja jest poniżej).'
				} as Record<string, string>
			});
		}
		if (!result.ok) error(404, 'Nie ma takiej praktyki w katalogu.');
		return {
			saved: true,
			values: { ...form.values, version: String(form.data.version + 1) },
			errors: {} as Record<string, string>
		};
	}
};
