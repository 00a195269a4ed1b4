import { error } from '@sveltejs/kit';
import { assignmentPairForm, assignmentRunForm, reviewSettingsForm } from '$lib/schemas';
import { getLocale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { formatWarsawIn, toWarsawLocal } from '$lib/server/editions';
import { done, readForm, refuseAction } from '$lib/server/forms';
import {
	addAssignment,
	assignmentOverview,
	removeAssignment,
	runAssignment,
	saveReviewSettings,
	type AssigningChange
} from '$lib/server/jury';
import { explain, statusOf, type Action } from '$lib/server/policy';
import type { Actions, PageServerLoad } from './$types';

const MISSING_EDITION = () => m.adm_missing_edition();
const formatWarsaw = (d: Date) => formatWarsawIn(d, getLocale());

export const load: PageServerLoad = async ({ params, locals }) => {
	const view = await assignmentOverview(await locals.db, locals.user!, params.slug);
	if (!view) error(404, MISSING_EDITION());
	const jurorName = new Map(view.jurors.map((j) => [j.user, j.name]));
	const entryTitle = new Map(view.entries.map((e) => [e.slug, e.title]));
	return {
		edition: {
			slug: view.edition.slug,
			name: view.edition.name,
			phase: view.edition.phase,
			version: view.edition.version
		},
		mode: view.mode,
		jurorsPerEntry: view.jurorsPerEntry,
		manageable: view.manage.ok,
		manageRefusal: view.manage.ok ? null : explain('assignment.manage', view.manage.why),
		settingsEditable: view.settings.ok,
		settings: {
			hideApplicantOrganisation: view.edition.hideApplicantOrganisation ?? false,
			reviewDeadline: toWarsawLocal(view.edition.reviewDeadline),
			reviewDeadlineText: view.edition.reviewDeadline ? formatWarsaw(view.edition.reviewDeadline) : null
		},
		jurors: view.jurors.map((j) => ({
			user: j.user,
			name: j.name,
			load: j.load,
			acknowledged: j.acknowledgedAt ? formatWarsaw(j.acknowledgedAt) : null
		})),
		entries: view.entries,
		pairs: view.pairs
			.filter((p) => jurorName.has(p.juror) && entryTitle.has(p.entry))
			.map((p) => ({ ...p, jurorName: jurorName.get(p.juror)!, entryTitle: entryTitle.get(p.entry)! }))
			.sort(
				(a, b) =>
					a.entryTitle.localeCompare(b.entryTitle, 'pl') || a.jurorName.localeCompare(b.jurorName, 'pl')
			),
		assigned: view.pairs.length > 0
	};
};

function refusalOf(action: Action, reason: Exclude<AssigningChange, { ok: true }>['reason']) {
	switch (reason) {
		case 'conflict':
			return {
				status: 409,
				text: m.adm_assign_changed()
			};
		case 'conflicted':
			return {
				status: 409,
				text: m.adm_assign_refused_conflicted()
			};
		case 'scored':
			return {
				status: 409,
				text: m.adm_assign_refused_scored()
			};
		case 'not-juror':
			return {
				status: 400,
				text: m.adm_assign_refused_not_juror()
			};
		case 'not-eligible':
			return { status: 400, text: m.adm_assign_refused_not_eligible() };
		case 'busy':
			return { status: 409, text: m.adm_assign_busy() };
		default:
			return { status: statusOf(reason), text: explain(action, reason) };
	}
}

const firstError = (errors: Record<string, unknown>) => {
	const first = Object.values(errors).flat()[0];
	return typeof first === 'string' ? first : m.adm_invalid_form();
};

export const actions: Actions = {
	run: async ({ request, params, locals }) => {
		const form = await readForm(request, assignmentRunForm, { id: 'run' });
		const typed = { mode: form.data.mode, jurorsPerEntry: form.data.jurorsPerEntry };
		if (!form.valid) return refuseAction(400, firstError(form.errors), { run: typed });
		const result = await runAssignment(await locals.db, locals.user!, params.slug, form.data);
		if (!result.ok) {
			if (result.reason === 'missing') error(404, MISSING_EDITION());
			const { status, text } = refusalOf('assignment.manage', result.reason);
			return refuseAction(status, text, { run: typed });
		}
		const parts = [m.adm_assign_saved({ added: result.added, removed: result.removed, kept: result.kept })];
		if (result.shortfalls.length > 0)
			parts.push(m.adm_assign_saved_shortfalls({ count: result.shortfalls.length }));
		if (result.dropped.length > 0) parts.push(m.adm_assign_saved_dropped({ count: result.dropped.length }));
		return done(parts.join(' '), { run: typed });
	},
	add: async ({ request, params, locals }) => {
		const form = await readForm(request, assignmentPairForm, { id: 'add' });
		const typed = { juror: form.data.juror, entry: form.data.entry };
		if (!form.valid) return refuseAction(400, firstError(form.errors), { add: typed });
		const result = await addAssignment(await locals.db, locals.user!, params.slug, form.data);
		if (!result.ok) {
			if (result.reason === 'missing') error(404, MISSING_EDITION());
			const { status, text } = refusalOf('assignment.manage', result.reason);
			return refuseAction(status, text, { add: typed });
		}
		return done(result.added ? m.adm_assign_added() : m.adm_assign_already(), { add: typed });
	},
	remove: async ({ request, params, locals }) => {
		const form = await readForm(request, assignmentPairForm, { id: 'remove' });
		if (!form.valid) return refuseAction(400, firstError(form.errors));
		const pair = { juror: form.data.juror, entry: form.data.entry };
		const result = await removeAssignment(await locals.db, locals.user!, params.slug, form.data);
		if (!result.ok) {
			if (result.reason === 'missing') error(404, MISSING_EDITION());
			const { status, text } = refusalOf('assignment.manage', result.reason);
			return refuseAction(status, text, { pair });
		}
		return done(result.removed ? m.adm_assign_removed() : m.adm_assign_already_gone(), { pair });
	},
	settings: async ({ request, params, locals }) => {
		const form = await readForm(request, reviewSettingsForm, { id: 'settings' });
		const typed = {
			hideApplicantOrganisation: form.data.hideApplicantOrganisation,
			reviewDeadline: form.data.reviewDeadline
		};
		if (!form.valid) return refuseAction(400, firstError(form.errors), { settings: typed });
		const result = await saveReviewSettings(await locals.db, locals.user!, params.slug, form.data);
		if (!result.ok) {
			if (result.reason === 'missing') error(404, MISSING_EDITION());
			const { status, text } = refusalOf('jury.manage', result.reason);
			return refuseAction(status, text, { settings: typed });
		}
		return done(m.adm_assign_settings_saved(), { settings: typed });
	}
};
