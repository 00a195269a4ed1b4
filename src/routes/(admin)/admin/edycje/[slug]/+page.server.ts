import { error, fail } from '@sveltejs/kit';
import { setError } from 'sveltekit-superforms';
import { phaseLabel } from '$lib/labels';
import {
	criteriaForm,
	criteriaFromFields,
	criteriaOpOf,
	editionForm,
	phaseChange,
	rowOf,
	withLevels,
	type CriteriaForm,
	type CriterionRow
} from '$lib/schemas';
import {
	advancePhase,
	applyRowOp,
	criteriaOf,
	criteriaVerdict,
	criteriaVersionOf,
	formatWarsaw,
	getEdition,
	nextPhase,
	saveCriteria,
	toWarsawLocal,
	updateEdition
} from '$lib/server/editions';
import { confirm, done, formFor, readForm, readRowsForm, refuse, refuseAction } from '$lib/server/forms';
import { explain, statusOf } from '$lib/server/policy';
import type { Actions, PageServerLoad } from './$types';

const CRITERIA_FORM = 'criteria';

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await locals.db;
	const edition = await getEdition(db, params.slug);
	if (!edition) error(404, 'Nie ma takiej edycji.');
	const criteria = criteriaOf(edition);
	const verdict = await criteriaVerdict(db, locals.user!, edition.slug);
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
			awardCategories: (edition.awardCategories ?? []).join('\n'),
			eligibility: edition.eligibility ?? '',
			eligibilityChecklist: (edition.eligibilityChecklist ?? []).join('\n'),
			languages: edition.languages ?? ['pl'],
			selfRegistration: edition.selfRegistration ?? false,
			version: edition.version
		}),
		criteria: {
			/** Why the criteria cannot be changed, or null when they can. */
			frozen: verdict.ok ? null : explain('edition.criteria', verdict.why),
			saved: criteria
		},
		criteriaForm: await formFor(
			criteriaForm,
			{ version: criteriaVersionOf(edition), criteria: criteria.map((c) => withLevels(rowOf(c))) },
			{ id: CRITERIA_FORM }
		)
	};
};

/** What an editor's button did, said so that a screen reader user knows where the row went. */
function opText(
	kind: 'add' | 'template' | 'remove' | 'up' | 'down',
	rows: CriterionRow[],
	row: CriterionRow | null
) {
	const label = row?.label.trim();
	const which = label ? `kryterium „${label}”` : 'kryterium';
	switch (kind) {
		case 'add':
			return `Dodano kryterium ${rows.length}.`;
		case 'template':
			return 'Wstawiono kryteria z szablonu.';
		case 'remove':
			return `Usunięto ${which}.`;
		case 'up':
		case 'down':
			return `Przesunięto ${which} na miejsce ${row ? rows.indexOf(row) + 1 : 0}.`;
	}
}

/** The rows again as they are now, with a note that they are not saved yet. */
async function shownUnsaved(form: { data: CriteriaForm }, rows: CriteriaForm['criteria'], text: string) {
	const shown = await formFor(criteriaForm, { ...form.data, criteria: rows }, { id: CRITERIA_FORM });
	shown.message = { type: 'success', text: `${text} Zmiany zachowa przycisk „Zapisz kryteria”.` };
	return shown;
}

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
	/**
	 * The criteria editor: its buttons add, remove and move rows (shown again as typed, unsaved,
	 * with where the focus goes next), and "save" stores them. Works the same without JavaScript.
	 */
	criteria: async ({ request, params, locals }) => {
		const db = await locals.db;
		const { form, body } = await readRowsForm(request, criteriaForm, {
			id: CRITERIA_FORM,
			fromFields: criteriaFromFields,
			complete: (values) => ({ ...values, criteria: values.criteria.map(withLevels) })
		});
		const op = criteriaOpOf(body.get('op'));
		if (!op) return refuse(form, 'Nieznana czynność.', 400);
		if (!(await getEdition(db, params.slug))) error(404, 'Nie ma takiej edycji.');
		const verdict = await criteriaVerdict(db, locals.user!, params.slug);
		if (!verdict.ok) return refuse(form, explain('edition.criteria', verdict.why), statusOf(verdict.why));

		if (op.kind !== 'save') {
			const rows = form.data.criteria;
			const changed = applyRowOp(rows, op);
			if (!changed.ok) {
				const text = {
					full: 'Edycja może mieć najwyżej 20 kryteriów.',
					'not-empty': 'Szablon można wstawić tylko do pustej listy kryteriów.',
					missing: 'Tego kryterium już nie ma na liście.'
				}[changed.reason];
				const shown = await formFor(criteriaForm, form.data, { id: CRITERIA_FORM });
				return refuse(shown, text, 400);
			}
			const text = opText(op.kind, changed.rows, changed.row);
			return { form: await shownUnsaved(form, changed.rows, text), focus: changed.focus };
		}

		if (!form.valid) return refuse(form, 'Kryteria nie zostały zapisane: popraw zaznaczone pola.', 400);
		const result = await saveCriteria(db, locals.user!, params.slug, form.data.criteria, form.data.version);
		if (result.ok) {
			form.data.version = result.version;
			return confirm(form, 'Zapisano kryteria.');
		}
		if (result.reason === 'missing') error(404, 'Nie ma takiej edycji.');
		if (result.reason === 'conflict') {
			return refuse(
				form,
				'Ktoś zapisał kryteria tej edycji w międzyczasie. Twoje kryteria są poniżej; odśwież stronę, by zobaczyć zapisane, i wprowadź zmiany ponownie.',
				409
			);
		}
		return refuse(form, explain('edition.criteria', result.reason), statusOf(result.reason));
	},
	phase: async ({ request, params, locals }) => {
		const form = await readForm(request, phaseChange, { id: 'phase' });
		if (!form.valid) return refuseAction(400, 'Nieznany etap.');
		const result = await advancePhase(await locals.db, params.slug, form.data.phase, locals.user!._id);
		if (!result.ok && result.reason === 'unpublishable')
			return refuseAction(422, `Nie można opublikować wyników: ${result.problems.join(' ')}`);
		if (!result.ok)
			return refuseAction(409, 'Tego przejścia nie można wykonać (etap się zmienił albo nie jest następny).');
		return done(`Edycja przeszła do etapu: ${phaseLabel(form.data.phase)}.`);
	}
};
