import { error, fail, redirect } from '@sveltejs/kit';
import { setError, type SuperValidated } from 'sveltekit-superforms';
import { statusLabels } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import {
	attachmentChoiceForm,
	attachmentUploadForm,
	practiceDraftForm,
	type PracticeDraftForm
} from '$lib/schemas';
import {
	listAttachments,
	MAX_ATTACHMENT_BYTES,
	MAX_ATTACHMENTS,
	MAX_ATTACHMENTS_BYTES
} from '$lib/server/attachments';
import { formatWarsaw } from '$lib/server/editions';
import { confirm, done, formFor, readForm, refuse, refuseAction } from '$lib/server/forms';
import { renderMarkdown } from '$lib/server/markdown';
import { can, explain, statusOf, type Why } from '$lib/server/policy';
import { entryResults, statusShown } from '$lib/server/publication';
import { minutesOf } from '$lib/server/ratelimit';
import {
	addAttachment,
	draftFormValues,
	editorChoices,
	entryFor,
	getOwnPractice,
	missingForSubmission,
	removeAttachment,
	saveDraft,
	submitPractice,
	withdrawPractice,
	type AttachmentChange,
	type DraftResult
} from '$lib/server/submissions';
import type { Actions, PageServerLoad } from './$types';

const MB = 1024 * 1024;

const MISSING_LABELS: Record<string, string> = {
	summary: 'streszczenie (co najmniej 20 znaków)',
	description: 'opis (co najmniej 100 znaków)',
	categories: 'co najmniej jedna kategoria',
	targetGroups: 'co najmniej jedna grupa docelowa'
};

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await locals.db;
	const user = locals.user!;
	const found = await entryFor(db, user, params.slug, 'entry.edit');
	const { entry: practice, edition } = found;
	if (!practice) error(404, m.why_entry_missing());
	const verdict = (action: 'entry.submit' | 'entry.withdraw') =>
		can(user, action, { entry: practice, edition });
	const submit = verdict('entry.submit');
	const [attachments, options, results] = await Promise.all([
		listAttachments(db, practice.slug),
		editorChoices(db, user),
		entryResults(db, user, practice, edition)
	]);
	return {
		practice: {
			slug: practice.slug,
			title: practice.title,
			status: practice.status,
			statusLabel: statusLabels[statusShown(practice, edition)].pl,
			version: practice.version,
			eligibilityReason: practice.eligibilityReason ?? null
		},
		results,
		form: await formFor(practiceDraftForm, draftFormValues(practice)),
		descriptionHtml: practice.descriptionHtml,
		edition: edition ? { name: edition.name, closes: formatWarsaw(edition.submissionsClose) } : null,
		pendingApproval: user.pendingApproval ?? false,
		editable: found.ok,
		canSubmit: submit.ok,
		canWithdraw: verdict('entry.withdraw').ok,
		// Why a draft that may still be edited cannot be sent yet (an account awaiting approval).
		submitRefusal:
			found.ok && !submit.ok && practice.status === 'draft' ? explain('entry.submit', submit.why) : null,
		attachments: attachments.map((a) => ({ id: a.id, filename: a.filename, size: Math.ceil(a.size / 1024) })),
		attachmentLimits: {
			fileMb: MAX_ATTACHMENT_BYTES / MB,
			maxCount: MAX_ATTACHMENTS,
			maxMb: MAX_ATTACHMENTS_BYTES / MB,
			count: attachments.length,
			usedMb: (attachments.reduce((sum, a) => sum + a.size, 0) / MB).toFixed(1)
		},
		missing: missingForSubmission(practice).map((key) => MISSING_LABELS[key]),
		options
	};
};

/** Why a change of the entry was refused, as a status and a sentence for the applicant. */
function refusal(result: Exclude<DraftResult | AttachmentChange, { ok: true }>): [number, string] {
	switch (result.reason) {
		case 'missing':
			error(404, m.why_entry_missing());
		case 'conflict':
			return [
				409,
				'Ktoś inny zapisał tę praktykę w międzyczasie. Poniżej Twoja wersja; obok wersja zapisana. Połącz je i zapisz ponownie.'
			];
		case 'incomplete':
			return [
				400,
				`Aby zgłosić praktykę, uzupełnij: ${result.missing.map((key) => MISSING_LABELS[key]).join(', ')}.`
			];
		case 'unknown-place':
			return [400, m.draft_place_unknown()];
		case 'rate-limited':
			return [429, m.rate_limited({ minutes: minutesOf(result.retryAfterMs) })];
		case 'empty':
			return [415, 'Plik jest pusty.'];
		case 'too-large':
			return [413, `Plik jest większy niż ${MAX_ATTACHMENT_BYTES / MB} MB.`];
		case 'type':
			return [415, 'Dozwolone są tylko pliki PDF, PNG i JPEG (sprawdzamy zawartość pliku, nie tylko nazwę).'];
		case 'too-many':
			return [409, m.attachment_too_many({ maxCount: MAX_ATTACHMENTS })];
		case 'total-too-large':
			return [413, m.attachment_total_too_large({ maxMb: MAX_ATTACHMENTS_BYTES / MB })];
		case 'pdf-active':
			return [415, m.attachment_pdf_active({ feature: result.feature })];
		case 'pdf-unreadable':
			return [415, m.attachment_pdf_unreadable()];
		case 'busy':
			return [409, m.attachment_busy()];
		default:
			return [statusOf(result.reason satisfies Why), explain('entry.edit', result.reason)];
	}
}

/** The refusal of an action that has no form of its own (submit, withdraw, attachments). */
const refuseChange = (result: Exclude<DraftResult | AttachmentChange, { ok: true }>, about?: 'attachments') =>
	refuseAction(...refusal(result), { about });

/**
 * A refused save keeps what the user typed. After a conflict the page also shows the stored
 * version, and the form now carries its version number, so saving the merged text goes through.
 */
function refuseSave(form: SuperValidated<PracticeDraftForm>, result: Exclude<DraftResult, { ok: true }>) {
	const [status, text] = refusal(result);
	if (result.reason !== 'conflict') return refuse(form, text, status);
	form.data.version = result.current.version;
	form.message = { type: 'error', text };
	form.valid = false;
	return fail(status, { form, stored: draftFormValues(result.current) });
}

export const actions: Actions = {
	save: async ({ request, params, locals }) => {
		const form = await readForm(request, practiceDraftForm);
		if (!form.valid) return fail(400, { form });
		const result = await saveDraft(await locals.db, locals.user!, params.slug, form.data);
		if (!result.ok && result.reason === 'unknown-place')
			return setError(form, 'place', m.draft_place_unknown());
		if (!result.ok) return refuseSave(form, result);
		form.data.version = result.practice.version;
		return confirm(form, 'Zapisano.');
	},
	/** Renders the description as the public page will; nothing is stored. */
	preview: async ({ request, params, locals }) => {
		if (!(await getOwnPractice(await locals.db, locals.user!, params.slug)))
			error(404, m.why_entry_missing());
		const form = await readForm(request, practiceDraftForm);
		return { form, previewHtml: renderMarkdown(form.data.description) };
	},
	upload: async ({ request, params, locals, getClientAddress }) => {
		const form = await readForm(request, attachmentUploadForm);
		if (!form.valid) return refuseAction(400, 'Wybierz plik.', { about: 'attachments' });
		const { file } = form.data;
		const result = await addAttachment(await locals.db, locals.user!, params.slug, file, getClientAddress());
		return result.ok
			? done(`Dodano plik ${file.name}.`, { about: 'attachments' })
			: refuseChange(result, 'attachments');
	},
	deleteAttachment: async ({ request, params, locals }) => {
		const { id } = (await readForm(request, attachmentChoiceForm)).data;
		const result = await removeAttachment(await locals.db, locals.user!, params.slug, id);
		if (!result.ok && result.reason === 'missing') error(404, 'Nie ma takiego załącznika.');
		return result.ok ? done('Usunięto plik.', { about: 'attachments' }) : refuseChange(result, 'attachments');
	},
	submit: async ({ params, locals }) => {
		const result = await submitPractice(await locals.db, locals.user!, params.slug);
		if (!result.ok) return refuseChange(result);
		redirect(303, `/zgloszenia/${params.slug}?zgloszono=1`);
	},
	withdraw: async ({ params, locals }) => {
		const result = await withdrawPractice(await locals.db, locals.user!, params.slug);
		if (!result.ok) return refuseChange(result);
		redirect(303, `/zgloszenia/${params.slug}`);
	}
};
