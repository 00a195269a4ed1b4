import { error, fail, redirect, type Cookies } from '@sveltejs/kit';
import { setError, type SuperValidated } from 'sveltekit-superforms';
import { localizeHref } from '$lib/i18n';
import { entryStatusLabel } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import {
	attachmentChoiceForm,
	attachmentUploadForm,
	practiceDraftForm,
	type PracticeDraftForm
} from '$lib/schemas';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS, MAX_ATTACHMENTS_BYTES } from '$lib/server/attachments';
import { formatWarsawIn } from '$lib/server/editions';
import { confirm, formFor, readBody, refuse } from '$lib/server/forms';
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
	type AttachmentChange,
	type DraftResult
} from '$lib/server/submissions';
import { keepNotice, takeNotice } from '$lib/server/submissions/notice';
import { editionGuide, entryView } from '$lib/server/submissions/view';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const MB = 1024 * 1024;
type Locale = 'pl' | 'en';

/** What a complete entry still lacks, in words. */
const missingLabels = (): Record<string, string> => ({
	summary: m.entry_missing_summary(),
	description: m.entry_missing_description(),
	categories: m.entry_missing_categories(),
	targetGroups: m.entry_missing_target_groups()
});

export const load: PageServerLoad = async ({ params, locals, url, cookies }) => {
	const db = await locals.db;
	const user = locals.user!;
	const locale = getLocale() as Locale;
	const found = await entryFor(db, user, params.slug, 'entry.edit');
	const { entry: practice, edition } = found;
	if (!practice) error(404, m.why_entry_missing());
	const verdict = (action: 'entry.submit' | 'entry.withdraw') =>
		can(user, action, { entry: practice, edition });
	const submit = verdict('entry.submit');
	const [view, options, results] = await Promise.all([
		entryView(db, practice, locale),
		editorChoices(db, user, locale),
		entryResults(db, user, practice, edition)
	]);
	const attachments = view.attachments;
	const usedBytes = attachments.reduce((sum, a) => sum + a.kb * 1024, 0);
	// A sent entry opens as what was sent; while the call is open it may still be changed on request.
	const reading = !found.ok || (practice.status !== 'draft' && url.searchParams.get('zmien') !== '1');
	return {
		practice: {
			slug: practice.slug,
			title: practice.title,
			status: practice.status,
			statusLabel: entryStatusLabel({ ...practice, status: statusShown(practice, edition) }, locale),
			version: practice.version,
			eligibilityReason: practice.eligibilityReason ?? null,
			receipt: practice.receipt
				? { number: practice.receipt.number, at: formatWarsawIn(practice.receipt.at, locale) }
				: null
		},
		results,
		form: await formFor(practiceDraftForm, draftFormValues(practice)),
		view,
		guide: editionGuide(edition, locale),
		pendingApproval: user.pendingApproval ?? false,
		editable: found.ok,
		reading,
		canSubmit: submit.ok,
		canWithdraw: verdict('entry.withdraw').ok,
		// Why a draft that may still be edited cannot be sent yet (an account awaiting approval).
		submitRefusal:
			found.ok && !submit.ok && practice.status === 'draft' ? explain('entry.submit', submit.why) : null,
		attachmentLimits: {
			fileMb: MAX_ATTACHMENT_BYTES / MB,
			maxCount: MAX_ATTACHMENTS,
			maxMb: MAX_ATTACHMENTS_BYTES / MB,
			count: attachments.length,
			usedMb: (usedBytes / MB).toFixed(1)
		},
		missing: missingForSubmission(practice).map((key) => missingLabels()[key]),
		notice: takeNotice(cookies, url),
		options
	};
};

/** Why a change of the entry was refused, as a status and a sentence for the applicant. */
function refusal(result: Exclude<DraftResult | AttachmentChange, { ok: true }>): [number, string] {
	switch (result.reason) {
		case 'missing':
			error(404, m.why_entry_missing());
		case 'conflict':
			return [409, m.entry_conflict()];
		case 'incomplete':
			return [
				400,
				m.entry_incomplete({ missing: result.missing.map((key) => missingLabels()[key]).join(', ') })
			];
		case 'unknown-place':
			return [400, m.draft_place_unknown()];
		case 'rate-limited':
			return [429, m.rate_limited({ minutes: minutesOf(result.retryAfterMs) })];
		case 'empty':
			return [415, m.attachment_empty()];
		case 'too-large':
			return [413, m.attachment_too_large({ fileMb: MAX_ATTACHMENT_BYTES / MB })];
		case 'type':
			return [415, m.attachment_type()];
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

type Event = RequestEvent;

/**
 * Saves the entry's fields when they came with the request (the editor's own buttons for files
 * post the whole form, so a file never costs what was typed), and answers with the refusal if
 * that save failed; null when there was nothing to save or it went through.
 */
async function saveAlongside(event: Event, body: FormData) {
	if (!body.has('version')) return { form: null, refused: null };
	const form = await superValidate(body, zod4(practiceDraftForm));
	if (!form.valid) return { form, refused: fail(400, { form }) };
	const result = await saveDraft(await event.locals.db, event.locals.user!, event.params.slug, form.data);
	if (!result.ok && result.reason === 'unknown-place')
		return { form, refused: setError(form, 'place', m.draft_place_unknown()) };
	if (!result.ok) return { form, refused: refuseSave(form, result) };
	form.data.version = result.practice.version;
	return { form, refused: null };
}

/**
 * The answer to a change of the entry's files. An enhanced page stays where it is with what was
 * typed; a page without JavaScript is sent back to the entry (never left on `?/upload`), with
 * the notice kept for one reading.
 */
function answerFiles(
	event: Event,
	form: SuperValidated<PracticeDraftForm> | null,
	status: number,
	notice: { type: 'success' | 'error'; text: string },
	reopen = false
) {
	const enhanced = event.request.headers.get('x-sveltekit-action') === 'true';
	if (enhanced) {
		const answer = { form: form ?? undefined, notice, about: 'attachments' };
		return status >= 400 ? fail(status, answer) : answer;
	}
	keepNotice(event.cookies as Cookies, event.url, { ...notice, about: 'attachments' });
	const back = localizeHref(`/zgloszenia/${event.params.slug}`);
	redirect(303, `${back}${reopen ? '?zmien=1' : ''}#attachments`);
}

const POLICY_REASONS: readonly string[] = [
	'sign-in',
	'missing',
	'forbidden',
	'pending',
	'closed',
	'not-editable'
];

/**
 * A refused change of files. The policy's refusals (a closed call, not theirs) answer with their
 * status, and the page as posted; a file the entry cannot take is told like a done change.
 */
function refuseFiles(
	event: Event,
	form: SuperValidated<PracticeDraftForm> | null,
	result: Exclude<AttachmentChange, { ok: true }>,
	reopen: boolean
) {
	const [status, text] = refusal(result);
	const notice = { type: 'error' as const, text };
	if (POLICY_REASONS.includes(result.reason))
		return fail(status, { form: form ?? undefined, notice, about: 'attachments' });
	return answerFiles(event, form, status, notice, reopen);
}

export const actions: Actions = {
	save: async ({ request, params, locals }) => {
		const form = await superValidate(await readBody(request), zod4(practiceDraftForm));
		if (!form.valid) return fail(400, { form });
		const result = await saveDraft(await locals.db, locals.user!, params.slug, form.data);
		if (!result.ok && result.reason === 'unknown-place')
			return setError(form, 'place', m.draft_place_unknown());
		if (!result.ok) return refuseSave(form, result);
		form.data.version = result.practice.version;
		return confirm(form, m.entry_saved());
	},
	/** Renders the description as the public page will; nothing is stored. */
	preview: async ({ request, params, locals }) => {
		if (!(await getOwnPractice(await locals.db, locals.user!, params.slug)))
			error(404, m.why_entry_missing());
		const form = await superValidate(await readBody(request), zod4(practiceDraftForm));
		return { form, previewHtml: renderMarkdown(form.data.description) };
	},
	upload: async (event) => {
		const body = await readBody(event.request);
		const saved = await saveAlongside(event, body);
		if (saved.refused) return saved.refused;
		const upload = await superValidate(body, zod4(attachmentUploadForm));
		if (!upload.valid)
			return answerFiles(
				event,
				saved.form,
				400,
				{ type: 'error', text: m.attachment_choose() },
				body.get('zmien') === '1'
			);
		const { file } = upload.data;
		const result = await addAttachment(
			await event.locals.db,
			event.locals.user!,
			event.params.slug,
			file,
			event.getClientAddress()
		);
		if (result.ok)
			return answerFiles(
				event,
				saved.form,
				200,
				{
					type: 'success',
					text: m.attachment_added({ name: file.name })
				},
				body.get('zmien') === '1'
			);
		return refuseFiles(event, saved.form, result, body.get('zmien') === '1');
	},
	deleteAttachment: async (event) => {
		const body = await readBody(event.request);
		const saved = await saveAlongside(event, body);
		if (saved.refused) return saved.refused;
		const { id } = (await superValidate(body, zod4(attachmentChoiceForm))).data;
		const result = await removeAttachment(await event.locals.db, event.locals.user!, event.params.slug, id);
		if (!result.ok && result.reason === 'missing') error(404, m.why_attachment_missing());
		if (result.ok)
			return answerFiles(
				event,
				saved.form,
				200,
				{ type: 'success', text: m.attachment_removed() },
				body.get('zmien') === '1'
			);
		return refuseFiles(event, saved.form, result, body.get('zmien') === '1');
	}
};
