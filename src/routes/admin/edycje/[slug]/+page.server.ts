import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { editionForm, phaseChange } from '$lib/schemas';
import { getDb } from '$lib/server/db';
import {
	advancePhase,
	formatWarsaw,
	getEdition,
	nextPhase,
	toWarsawLocal,
	updateEdition
} from '$lib/server/editions';
import { readForm } from '$lib/server/forms';
import type { FieldErrors } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

const problem = (status: number, values: Record<string, unknown>, errors: FieldErrors) =>
	fail(status, { values, errors });

export const load: PageServerLoad = async ({ params }) => {
	const edition = await getEdition(await getDb(), params.slug);
	if (!edition) error(404, 'Nie ma takiej edycji.');
	return {
		edition: {
			slug: edition.slug,
			name: edition.name,
			phase: edition.phase,
			isDemo: edition.isDemo,
			version: edition.version
		},
		next: nextPhase(edition.phase),
		deadlines: { open: formatWarsaw(edition.submissionsOpen), close: formatWarsaw(edition.submissionsClose) },
		values: {
			slug: edition.slug,
			name: edition.name,
			year: String(edition.year),
			description: edition.description,
			submissionsOpen: toWarsawLocal(edition.submissionsOpen),
			submissionsClose: toWarsawLocal(edition.submissionsClose),
			resultsDate: toWarsawLocal(edition.resultsDate),
			criteria: (edition.criteria ?? []).map((c) => `${c.label} | ${c.weight} | ${c.scale}`).join('\n'),
			awardCategories: (edition.awardCategories ?? []).join('\n'),
			eligibility: edition.eligibility ?? '',
			eligibilityChecklist: (edition.eligibilityChecklist ?? []).join('\n'),
			languages: edition.languages ?? ['pl'],
			selfRegistration: edition.selfRegistration ? 'on' : ''
		}
	};
};

export const actions: Actions = {
	save: async ({ request, params, locals }) => {
		const data = await request.formData();
		const version = z.coerce.number().int().min(1).safeParse(data.get('version'));
		const form = readForm(editionForm, data, ['languages']);
		if (!form.ok) return problem(400, form.values, form.errors);
		if (!version.success) return problem(400, form.values, { form: 'Brak wersji formularza.' });
		if (form.data.slug !== params.slug)
			return problem(400, form.values, { slug: 'Identyfikatora istniejącej edycji nie można zmienić.' });
		const result = await updateEdition(await getDb(), params.slug, form.data, version.data, locals.user!._id);
		if (!result.ok && result.reason === 'missing') error(404, 'Nie ma takiej edycji.');
		if (!result.ok) {
			return problem(409, form.values, {
				form: 'Ktoś zapisał tę edycję w międzyczasie. Twoje zmiany są poniżej; odśwież stronę, by zobaczyć zapisaną wersję, i wprowadź je ponownie.'
			});
		}
		return { saved: true };
	},
	phase: async ({ request, params, locals }) => {
		const parsed = phaseChange.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { phaseError: 'Nieznany etap.' });
		const result = await advancePhase(await getDb(), params.slug, parsed.data.phase, locals.user!._id);
		if (!result.ok)
			return fail(409, {
				phaseError: 'Tego przejścia nie można wykonać (etap się zmienił albo nie jest następny).'
			});
		return { phaseChanged: parsed.data.phase };
	}
};
