import { error, fail } from '@sveltejs/kit';
import { setError } from 'sveltekit-superforms';
import { editionForm, phaseChange } from '$lib/schemas';
import {
	advancePhase,
	formatWarsaw,
	getEdition,
	nextPhase,
	toWarsawLocal,
	updateEdition
} from '$lib/server/editions';
import { confirm, done, formFor, readForm, refuse, refuseAction } from '$lib/server/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const edition = await getEdition(await locals.db, params.slug);
	if (!edition) error(404, 'Nie ma takiej edycji.');
	return {
		edition: { slug: edition.slug, name: edition.name, phase: edition.phase, isDemo: edition.isDemo },
		next: nextPhase(edition.phase),
		deadlines: { open: formatWarsaw(edition.submissionsOpen), close: formatWarsaw(edition.submissionsClose) },
		form: await formFor(editionForm, {
			slug: edition.slug,
			name: edition.name,
			year: edition.year,
			description: edition.description,
			submissionsOpen: toWarsawLocal(edition.submissionsOpen),
			submissionsClose: toWarsawLocal(edition.submissionsClose),
			resultsDate: toWarsawLocal(edition.resultsDate),
			criteria: (edition.criteria ?? []).map((c) => `${c.label} | ${c.weight} | ${c.scale}`).join('\n'),
			awardCategories: (edition.awardCategories ?? []).join('\n'),
			eligibility: edition.eligibility ?? '',
			eligibilityChecklist: (edition.eligibilityChecklist ?? []).join('\n'),
			languages: edition.languages ?? ['pl'],
			selfRegistration: edition.selfRegistration ?? false,
			version: edition.version
		})
	};
};

export const actions: Actions = {
	save: async ({ request, params, locals }) => {
		const form = await readForm(request, editionForm);
		if (!form.valid) return fail(400, { form });
		if (form.data.slug !== params.slug)
			return setError(form, 'slug', 'Identyfikatora istniejącej edycji nie można zmienić.');
		const { version } = form.data;
		const result = await updateEdition(await locals.db, params.slug, form.data, version, locals.user!._id);
		if (!result.ok && result.reason === 'missing') error(404, 'Nie ma takiej edycji.');
		if (!result.ok) {
			return refuse(
				form,
				'Ktoś zapisał tę edycję w międzyczasie. Twoje zmiany są poniżej; odśwież stronę, by zobaczyć zapisaną wersję, i wprowadź je ponownie.',
				409
			);
		}
		form.data.version = version + 1;
		return confirm(form, 'Zapisano.');
	},
	phase: async ({ request, params, locals }) => {
		const form = await readForm(request, phaseChange, { id: 'phase' });
		if (!form.valid) return refuseAction(400, 'Nieznany etap.');
		const result = await advancePhase(await locals.db, params.slug, form.data.phase, locals.user!._id);
		if (!result.ok)
			return refuseAction(409, 'Tego przejścia nie można wykonać (etap się zmienił albo nie jest następny).');
		return done(`Edycja przeszła do etapu „${form.data.phase}”.`);
	}
};
