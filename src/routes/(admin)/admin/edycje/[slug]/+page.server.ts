import { error, fail } from '@sveltejs/kit';
import { setError } from 'sveltekit-superforms';
import { getLocale } from '$lib/i18n';
import { phaseLabel } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
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
	formatWarsawIn,
	getEdition,
	nextPhase,
	saveCriteria,
	toWarsawLocal,
	updateEdition
} from '$lib/server/editions';
import { confirm, done, formFor, readForm, readRowsForm, refuse, refuseAction } from '$lib/server/forms';
import { explain, statusOf } from '$lib/server/policy';
import { editionPhases, type EditionPhase } from '$lib/schemas';
import type { Actions, PageServerLoad } from './$types';

const CRITERIA_FORM = 'criteria';

/** What moving into a phase changes, told before the organiser confirms it. */
const consequence: Record<EditionPhase, () => string> = {
	draft: () => '',
	open: m.org_phase_effect_open,
	review: m.org_phase_effect_review,
	deliberation: m.org_phase_effect_deliberation,
	published: m.org_phase_effect_published,
	archived: m.org_phase_effect_archived
};

/**
 * The edition's phases in order, each with its dates in plain words (an unset date says so) and
 * whether it is behind, current or ahead.
 */
function stepsOf(edition: NonNullable<Awaited<ReturnType<typeof getEdition>>>) {
	const locale = getLocale();
	const when = (d: Date | null | undefined) => (d ? formatWarsawIn(d, locale) : m.org_date_not_set());
	const dates: Record<EditionPhase, { label: string; value: string }[]> = {
		draft: [],
		open: [
			{ label: m.org_date_opens(), value: when(edition.submissionsOpen) },
			{ label: m.org_date_closes(), value: when(edition.submissionsClose) }
		],
		review: [{ label: m.org_date_scores_due(), value: when(edition.reviewDeadline) }],
		deliberation: [],
		published: [{ label: m.org_date_results(), value: when(edition.resultsDate) }],
		archived: []
	};
	const current = editionPhases.indexOf(edition.phase);
	return editionPhases.map((phase, i) => ({
		phase,
		label: phaseLabel(phase),
		dates: dates[phase],
		state: i < current ? 'done' : i === current ? 'current' : 'ahead'
	}));
}

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const db = await locals.db;
	const edition = await getEdition(db, params.slug);
	if (!edition) error(404, m.org_edition_missing());
	const criteria = criteriaOf(edition);
	const verdict = await criteriaVerdict(db, locals.user!, edition.slug);
	const next = nextPhase(edition.phase);
	return {
		edition: { slug: edition.slug, name: edition.name, phase: edition.phase, isDemo: edition.isDemo },
		steps: stepsOf(edition),
		next: next ? { phase: next, label: phaseLabel(next), effect: consequence[next]() } : null,
		/** The confirmation step (`?etap=<next>`), a page of its own so it works without JavaScript. */
		confirming: next !== null && url.searchParams.get('etap') === next,
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
	const which = label ? m.org_criterion_named({ label }) : m.org_criterion_unnamed();
	switch (kind) {
		case 'add':
			return m.org_criterion_added({ n: rows.length });
		case 'template':
			return m.org_criteria_from_template();
		case 'remove':
			return m.org_criterion_removed({ which });
		case 'up':
		case 'down':
			return m.org_criterion_moved({ which, place: row ? rows.indexOf(row) + 1 : 0 });
	}
}

/** The rows again as they are now, with a note that they are not saved yet. */
async function shownUnsaved(form: { data: CriteriaForm }, rows: CriteriaForm['criteria'], text: string) {
	const shown = await formFor(criteriaForm, { ...form.data, criteria: rows }, { id: CRITERIA_FORM });
	shown.message = { type: 'success', text: `${text} ${m.org_criteria_unsaved_hint()}` };
	return shown;
}

export const actions: Actions = {
	save: async ({ request, params, locals }) => {
		const form = await readForm(request, editionForm);
		if (!form.valid) return fail(400, { form });
		if (form.data.slug !== params.slug) return setError(form, 'slug', m.org_edition_slug_fixed());
		const { version } = form.data;
		const result = await updateEdition(await locals.db, params.slug, form.data, version, locals.user!._id);
		if (!result.ok && result.reason === 'missing') error(404, m.org_edition_missing());
		if (!result.ok) {
			return refuse(form, m.org_edition_conflict(), 409);
		}
		form.data.version = version + 1;
		return confirm(form, m.org_saved());
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
		if (!op) return refuse(form, m.org_unknown_operation(), 400);
		if (!(await getEdition(db, params.slug))) error(404, m.org_edition_missing());
		const verdict = await criteriaVerdict(db, locals.user!, params.slug);
		if (!verdict.ok) return refuse(form, explain('edition.criteria', verdict.why), statusOf(verdict.why));

		if (op.kind !== 'save') {
			const rows = form.data.criteria;
			const changed = applyRowOp(rows, op);
			if (!changed.ok) {
				const text = {
					full: m.org_criteria_full(),
					'not-empty': m.org_criteria_template_not_empty(),
					missing: m.org_criterion_missing()
				}[changed.reason];
				const shown = await formFor(criteriaForm, form.data, { id: CRITERIA_FORM });
				return refuse(shown, text, 400);
			}
			const text = opText(op.kind, changed.rows, changed.row);
			return { form: await shownUnsaved(form, changed.rows, text), focus: changed.focus };
		}

		if (!form.valid) return refuse(form, m.org_criteria_invalid(), 400);
		const result = await saveCriteria(db, locals.user!, params.slug, form.data.criteria, form.data.version);
		if (result.ok) {
			form.data.version = result.version;
			return confirm(form, m.org_criteria_saved());
		}
		if (result.reason === 'missing') error(404, m.org_edition_missing());
		if (result.reason === 'conflict') {
			return refuse(form, m.org_criteria_conflict(), 409);
		}
		return refuse(form, explain('edition.criteria', result.reason), statusOf(result.reason));
	},
	phase: async ({ request, params, locals }) => {
		const form = await readForm(request, phaseChange, { id: 'phase' });
		if (!form.valid) return refuseAction(400, m.org_phase_unknown());
		const result = await advancePhase(await locals.db, params.slug, form.data.phase, locals.user!._id);
		if (!result.ok && result.reason === 'unpublishable')
			return refuseAction(422, m.org_phase_unpublishable({ problems: result.problems.join(' ') }));
		if (!result.ok) return refuseAction(409, m.org_phase_conflict());
		return done(m.org_phase_moved({ phase: phaseLabel(form.data.phase) }));
	}
};
