import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { setError, type SuperValidated } from 'sveltekit-superforms';
import { statusLabels } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import { practiceDraftForm, type PracticeDraftForm } from '$lib/schemas';
import { collections, getDb, type PracticeDoc } from '$lib/server/db';
import { acceptsSubmissions, formatWarsaw } from '$lib/server/editions';
import {
	deleteAttachment,
	findAttachment,
	listAttachments,
	MAX_ATTACHMENT_BYTES,
	MAX_ATTACHMENTS,
	MAX_ATTACHMENTS_BYTES,
	storeAttachment,
	type UploadResult
} from '$lib/server/attachments';
import { confirm, formFor, readForm, refuse } from '$lib/server/forms';
import { renderMarkdown } from '$lib/server/markdown';
import { hit, minutesOf } from '$lib/server/ratelimit';
import {
	editableBy,
	getOwnPractice,
	missingForSubmission,
	saveDraft,
	submitPractice,
	withdrawPractice,
	type DraftResult
} from '$lib/server/submissions';
import type { Actions, PageServerLoad } from './$types';

/** The stored practice as the form shows it. */
function valuesOf(p: PracticeDoc): PracticeDraftForm {
	return {
		title: p.title,
		summary: p.summary,
		description: p.description,
		place: p.place,
		organisation: p.organisations[0] ?? '',
		categories: p.categories,
		themes: p.themes,
		targetGroups: p.targetGroups,
		periodFrom: p.period.from ?? '',
		periodTo: p.period.to ?? '',
		funding: p.funding ?? '',
		keyFigures: p.keyFigures.map((f) => `${f.label}: ${f.value}`).join('\n'),
		links: p.links.map((l) => `${l.label} | ${l.url}`).join('\n'),
		version: p.version
	};
}

const uploadForm = z.object({ file: z.instanceof(File) });
const attachmentForm = z.object({ id: z.string().max(64) });

const MISSING_LABELS: Record<string, string> = {
	summary: 'streszczenie (co najmniej 20 znaków)',
	description: 'opis (co najmniej 100 znaków)',
	categories: 'co najmniej jedna kategoria',
	targetGroups: 'co najmniej jedna grupa docelowa'
};

export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await getDb();
	const user = locals.user!;
	const practice = await getOwnPractice(db, user, params.slug);
	if (!practice) error(404, 'Nie ma takiego zgłoszenia albo nie należy do Twojej organizacji.');
	const c = collections(db);
	const [edition, vocabulary, places, organisations, attachments] = await Promise.all([
		c.editions.findOne({ slug: practice.edition ?? '' }),
		c.vocabulary.find().sort({ order: 1 }).toArray(),
		c.places.find().sort({ name: 1 }).toArray(),
		c.organisations.find({ slug: { $in: user.organisations } }).toArray(),
		listAttachments(db, practice.slug)
	]);
	const open = edition ? acceptsSubmissions(edition) : false;
	const options = (kind: string) =>
		vocabulary.filter((t) => t.kind === kind).map((t) => ({ value: t.code, label: t.pl }));
	return {
		practice: {
			slug: practice.slug,
			title: practice.title,
			status: practice.status,
			statusLabel: statusLabels[practice.status].pl,
			version: practice.version,
			eligibilityReason: practice.eligibilityReason ?? null
		},
		form: await formFor(practiceDraftForm, valuesOf(practice)),
		descriptionHtml: practice.descriptionHtml,
		edition: edition ? { name: edition.name, closes: formatWarsaw(edition.submissionsClose) } : null,
		pendingApproval: user.pendingApproval ?? false,
		editable: open && ['draft', 'submitted'].includes(practice.status),
		canSubmit: open && practice.status === 'draft',
		canWithdraw: open && practice.status === 'submitted',
		attachments: attachments.map((a) => ({ id: a.id, filename: a.filename, size: Math.ceil(a.size / 1024) })),
		attachmentLimits: {
			fileMb: MAX_ATTACHMENT_BYTES / MB,
			maxCount: MAX_ATTACHMENTS,
			maxMb: MAX_ATTACHMENTS_BYTES / MB,
			count: attachments.length,
			usedMb: (attachments.reduce((sum, a) => sum + a.size, 0) / MB).toFixed(1)
		},
		missing: missingForSubmission(practice).map((key) => MISSING_LABELS[key]),
		options: {
			categories: options('category'),
			themes: options('theme'),
			targetGroups: options('targetGroup'),
			places: places.map((p) => ({ value: p.slug, label: p.name })),
			organisations: organisations.map((o) => ({ value: o.slug, label: o.name }))
		}
	};
};

const REFUSALS = {
	closed: [409, 'Nabór jest zamknięty — zmian nie można już zapisać.'],
	'not-editable': [409, 'W tym stanie zgłoszenia tej czynności nie można wykonać.'],
	pending: [
		403,
		'Twoje konto czeka na zatwierdzenie przez organizatora — do tego czasu możesz pisać szkic, ale nie zgłosić praktyki.'
	],
	forbidden: [403, 'Nie możesz zmieniać tego zgłoszenia.']
} as const;

/** Why a write was refused, as a status and a sentence for the applicant. */
function refusal(result: Exclude<DraftResult, { ok: true }>): [number, string] {
	switch (result.reason) {
		case 'missing':
			error(404, 'Nie ma takiego zgłoszenia.');
		case 'conflict':
			return [
				409,
				'Ktoś inny zapisał tę praktykę w międzyczasie. Poniżej Twoja wersja; obok wersja zapisana. Połącz je i zapisz ponownie.'
			];
		case 'incomplete':
			return [
				400,
				`Aby zgłosić praktykę, uzupełnij: ${result.missing.map((m) => MISSING_LABELS[m]).join(', ')}.`
			];
		case 'unknown-place':
			return [400, m.draft_place_unknown()];
		default:
			return [...REFUSALS[result.reason]];
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
	return fail(status, { form, stored: valuesOf(result.current) });
}

const MB = 1024 * 1024;

/** Why an upload was refused, as a status and a sentence for the applicant. */
function uploadRefusal(result: Exclude<UploadResult, { ok: true }>): [number, string] {
	switch (result.reason) {
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
	}
}

/** Attachments change only while the entry itself may: same role and deadline as saving. */
function attachmentsLocked(reason: 'forbidden' | 'closed') {
	const [status, uploadError] = REFUSALS[reason];
	return fail(status, { uploadError });
}

export const actions: Actions = {
	save: async ({ request, params, locals }) => {
		const form = await readForm(request, practiceDraftForm);
		if (!form.valid) return fail(400, { form });
		const result = await saveDraft(await getDb(), locals.user!, params.slug, form.data);
		if (!result.ok && result.reason === 'unknown-place')
			return setError(form, 'place', m.draft_place_unknown());
		if (!result.ok) return refuseSave(form, result);
		form.data.version = result.practice.version;
		return confirm(form, 'Zapisano.');
	},
	/** Renders the description as the public page will; nothing is stored. */
	preview: async ({ request, params, locals }) => {
		if (!(await getOwnPractice(await getDb(), locals.user!, params.slug)))
			error(404, 'Nie ma takiego zgłoszenia.');
		const form = await readForm(request, practiceDraftForm);
		return { form, previewHtml: renderMarkdown(form.data.description) };
	},
	upload: async ({ request, params, locals, getClientAddress }) => {
		const db = await getDb();
		const found = await editableBy(db, locals.user!, params.slug);
		if (found.error === 'missing') error(404, 'Nie ma takiego zgłoszenia.');
		if (found.error) return attachmentsLocked(found.error);
		const practice = found.practice;
		if (!['draft', 'submitted'].includes(practice.status))
			return fail(409, { uploadError: 'Tego zgłoszenia nie można już zmieniać.' });
		const limit = await hit(db, 'upload', { account: locals.user!._id, address: getClientAddress() });
		if (limit.limited)
			return fail(429, { uploadError: m.rate_limited({ minutes: minutesOf(limit.retryAfterMs) }) });
		const form = await readForm(request, uploadForm);
		if (!form.valid) return fail(400, { uploadError: 'Wybierz plik.' });
		const { file } = form.data;
		const result = await storeAttachment(db, file, { practice: practice.slug, uploadedBy: locals.user!._id });
		if (!result.ok) {
			const [status, uploadError] = uploadRefusal(result);
			return fail(status, { uploadError });
		}
		return { uploaded: file.name };
	},
	deleteAttachment: async ({ request, params, locals }) => {
		const db = await getDb();
		const found = await editableBy(db, locals.user!, params.slug);
		const { id } = (await readForm(request, attachmentForm)).data;
		const file = id ? await findAttachment(db, id) : null;
		if (found.error === 'missing' || !file || file.metadata?.practice !== params.slug)
			error(404, 'Nie ma takiego załącznika.');
		if (found.error) return attachmentsLocked(found.error);
		const practice = found.practice;
		if (!['draft', 'submitted'].includes(practice.status))
			return fail(409, { uploadError: 'Tego zgłoszenia nie można już zmieniać.' });
		await deleteAttachment(db, id, locals.user!._id, practice.slug);
		return { deleted: true };
	},
	submit: async ({ params, locals }) => {
		const result = await submitPractice(await getDb(), locals.user!, params.slug);
		if (!result.ok) {
			const [status, actionError] = refusal(result);
			return fail(status, { actionError });
		}
		redirect(303, `/zgloszenia/${params.slug}?zgloszono=1`);
	},
	withdraw: async ({ params, locals }) => {
		const result = await withdrawPractice(await getDb(), locals.user!, params.slug);
		if (!result.ok) {
			const [status, actionError] = refusal(result);
			return fail(status, { actionError });
		}
		redirect(303, `/zgloszenia/${params.slug}`);
	}
};
