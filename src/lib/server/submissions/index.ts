/** Submissions: the applicant's drafts and entries — writing, attachments, submitting, withdrawing. */
import { randomBytes } from 'node:crypto';
import type { Db } from 'mongodb';
import { byPolishName } from '../../collation';
import { parseKeyFigures, parseLinks, type PracticeDraftForm } from '../../schemas';
import { recordAudit } from '../audit';
import type { SessionUser } from '../auth/session';
import { collections, type PracticeDoc } from '../db/collections';
import { guardedUpdate } from '../db/guarded';
import { deleteAttachment, findAttachment, storeAttachment, type UploadResult } from '../attachments';
import { hit } from '../ratelimit';
import { sendMail } from '../mail';
import { renderMarkdown } from '../markdown';
import { formatWarsaw } from '../editions/time';
import { receiptFor } from './receipts';
import { can, type Why } from '../policy/rules';

type EntryAction = 'entry.edit' | 'entry.submit' | 'entry.withdraw';

const TRANSLITERATION: Record<string, string> = {
	ą: 'a',
	ć: 'c',
	ę: 'e',
	ł: 'l',
	ń: 'n',
	ó: 'o',
	ś: 's',
	ź: 'z',
	ż: 'z'
};

/** "Punkt Obsługi Cudzoziemców" → "punkt-obslugi-cudzoziemcow": lower case, Polish letters plain. */
export function slugify(text: string, fallback: string): string {
	const base = text
		.toLowerCase()
		.replace(/[ąćęłńóśźż]/g, (ch) => TRANSLITERATION[ch])
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return base || fallback;
}

/** "Punkt Obsługi Cudzoziemców" → "punkt-obslugi-cudzoziemcow-4k2x9q": readable and unique. */
export function slugForTitle(title: string): string {
	return `${slugify(title, 'praktyka')}-${randomBytes(4).toString('hex')}`;
}

/** Practices written in the app that the user may open (drafts and entries), newest first. */
export async function listOwnPractices(db: Db, user: SessionUser) {
	const mine = { createdBy: user._id };
	const query =
		user.pendingApproval || user.organisations.length === 0
			? mine
			: { $or: [mine, { organisations: { $in: user.organisations } }] };
	const practices = await collections(db)
		.practices.find({ ...query, origin: 'app' })
		.sort({ updatedAt: -1 })
		.toArray();
	return practices.filter((p) => can(user, 'entry.open', { entry: p }).ok);
}

/** A practice the user may open (`entry.open`). Anything else reads as missing. */
export async function getOwnPractice(db: Db, user: SessionUser, slug: string): Promise<PracticeDoc | null> {
	const practice = await collections(db).practices.findOne({ slug, origin: 'app' });
	return practice && can(user, 'entry.open', { entry: practice }).ok ? practice : null;
}

/**
 * On approval, the drafts an applicant wrote while waiting join their organisation. One guarded
 * write per draft, so a save racing with the approval cannot put a draft back outside it; a draft
 * refused that way is read again and moved on the next pass.
 */
export async function adoptOwnDrafts(db: Db, userId: string, organisation: string): Promise<number> {
	const practices = collections(db).practices;
	const unassigned = { createdBy: userId, organisations: { $size: 0 }, origin: 'app' as const };
	let moved = 0;
	for (let pass = 0; pass < 3; pass++) {
		const drafts = await practices.find(unassigned, { projection: { _id: 1, version: 1 } }).toArray();
		if (drafts.length === 0) break;
		for (const draft of drafts) {
			const adopted = await guardedUpdate(
				db,
				practices,
				draft,
				{ $set: { organisations: [organisation], updatedAt: new Date() } },
				unassigned
			);
			if (adopted) moved++;
		}
	}
	return moved;
}

/** Editions this user can submit to now, by role and by the server clock. */
export async function openEditionsFor(db: Db, user: SessionUser, now = new Date()) {
	const slugs = user.roles.filter((r) => r.role === 'applicant').map((r) => r.edition);
	const editions = await collections(db)
		.editions.find({ slug: { $in: slugs } })
		.toArray();
	return editions.filter((edition) => can(user, 'entry.create', { edition, now }).ok);
}

export type DraftResult =
	| { ok: true; practice: PracticeDoc }
	| { ok: false; reason: Why | 'unknown-place' }
	| { ok: false; reason: 'conflict'; current: PracticeDoc }
	| { ok: false; reason: 'incomplete'; missing: string[] };

export async function createDraft(
	db: Db,
	user: SessionUser,
	editionSlug: string,
	title: string
): Promise<DraftResult> {
	const c = collections(db);
	const edition = await c.editions.findOne({ slug: editionSlug });
	if (!edition) return { ok: false, reason: 'forbidden' };
	const verdict = can(user, 'entry.create', { edition });
	if (!verdict.ok) return { ok: false, reason: verdict.why };
	const home = await homeOfNewDraft(db, user);
	if (!home) return { ok: false, reason: 'forbidden' };
	const now = new Date();
	const practice: PracticeDoc = {
		slug: slugForTitle(title),
		title,
		summary: '',
		description: '',
		descriptionHtml: '',
		place: home.place,
		organisations: home.organisations,
		partners: [],
		categories: [],
		themes: [],
		targetGroups: [],
		period: { from: null, to: null },
		funding: null,
		keyFigures: [],
		links: [],
		language: 'pl',
		status: 'draft',
		edition: editionSlug,
		jurorQuotes: [],
		createdAt: now,
		updatedAt: now,
		origin: 'app',
		version: 1,
		createdBy: user._id
	};
	await c.practices.insertOne(practice);
	await recordAudit(db, {
		actor: user._id,
		action: 'practice.draft-created',
		subject: { type: 'practice', id: practice.slug }
	});
	return { ok: true, practice };
}

/**
 * Where a new draft starts. A member writes for their first organisation; an applicant waiting
 * for approval writes for no organisation, in the place of the one they asked for.
 */
async function homeOfNewDraft(db: Db, user: SessionUser) {
	const c = collections(db);
	if (!user.pendingApproval) {
		const organisation = await c.organisations.findOne({ slug: user.organisations[0] ?? '' });
		return organisation ? { place: organisation.place, organisations: [organisation.slug] } : null;
	}
	const request = (await c.users.findOne({ _id: user._id }))?.organisationRequest;
	const place =
		request?.kind === 'new'
			? request.place
			: (await c.organisations.findOne({ slug: request?.organisation ?? user.organisations[0] ?? '' }))
					?.place;
	return place ? { place, organisations: [] } : null;
}

/**
 * The user's entry and its edition if the policy allows `action` on it now; otherwise why not. An
 * entry they may not open reads as missing, whatever else is true of it.
 */
export async function entryFor(db: Db, user: SessionUser, slug: string, action: EntryAction) {
	const entry = await getOwnPractice(db, user, slug);
	if (!entry) return { ok: false as const, why: 'missing' as const, entry: null, edition: null };
	const edition = await collections(db).editions.findOne({ slug: entry.edition ?? '' });
	const verdict = can(user, action, { entry, edition });
	return verdict.ok
		? { ok: true as const, entry, edition }
		: { ok: false as const, why: verdict.why, entry, edition };
}

/** Saves the applicant's fields if nobody saved since `form.version`; otherwise returns the stored version. */
export async function saveDraft(
	db: Db,
	user: SessionUser,
	slug: string,
	form: PracticeDraftForm
): Promise<DraftResult> {
	const found = await entryFor(db, user, slug, 'entry.edit');
	if (!found.ok) return { ok: false, reason: found.why };
	const practice = found.entry;
	// Until approval a draft stays with no organisation; a member may only name one of theirs.
	const organisations = user.pendingApproval ? [] : [form.organisation];
	const allowed = user.pendingApproval
		? form.organisation === ''
		: user.organisations.includes(form.organisation);
	if (!allowed) return { ok: false, reason: 'forbidden' };
	if (!(await collections(db).places.findOne({ slug: form.place }, { projection: { _id: 1 } })))
		return { ok: false, reason: 'unknown-place' };
	const fields = {
		title: form.title,
		summary: form.summary,
		description: form.description,
		descriptionHtml: renderMarkdown(form.description),
		place: form.place,
		organisations,
		categories: form.categories,
		themes: form.themes,
		targetGroups: form.targetGroups,
		period: { from: form.periodFrom || null, to: form.periodTo || null },
		funding: form.funding || null,
		keyFigures: parseKeyFigures(form.keyFigures).items,
		links: parseLinks(form.links).items,
		updatedAt: new Date()
	};
	const updated = await guardedUpdate(
		db,
		collections(db).practices,
		{ _id: practice._id, version: form.version },
		{ $set: fields }
	);
	if (!updated) {
		const current = await collections(db).practices.findOne({ slug });
		return current ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'missing' };
	}
	return { ok: true, practice: updated };
}

/** What a complete entry needs before the jury can read it. */
export function missingForSubmission(practice: PracticeDoc): string[] {
	const missing: string[] = [];
	if (practice.summary.trim().length < 20) missing.push('summary');
	if (practice.description.trim().length < 100) missing.push('description');
	if (practice.categories.length === 0) missing.push('categories');
	if (practice.targetGroups.length === 0) missing.push('targetGroups');
	return missing;
}

async function changeStatus(
	db: Db,
	user: SessionUser,
	slug: string,
	from: PracticeDoc['status'],
	to: PracticeDoc['status']
): Promise<DraftResult> {
	const action = to === 'submitted' ? 'entry.submit' : 'entry.withdraw';
	const found = await entryFor(db, user, slug, action);
	if (!found.ok) return { ok: false, reason: found.why };
	const entry = found.entry;
	const now = new Date();
	const changes: Partial<PracticeDoc> = { status: to, updatedAt: now };
	if (to === 'submitted') {
		const missing = missingForSubmission(entry);
		if (missing.length) return { ok: false, reason: 'incomplete', missing };
		changes.receipt = { number: (await receiptFor(db, entry, now))._id, at: now };
	}
	const updated = await guardedUpdate(
		db,
		collections(db).practices,
		entry,
		{ $set: changes },
		{ status: from }
	);
	if (!updated) {
		const current = await collections(db).practices.findOne({ slug });
		return current ? { ok: false, reason: 'conflict', current } : { ok: false, reason: 'missing' };
	}
	await recordAudit(db, {
		actor: user._id,
		action: `practice.${to}`,
		subject: { type: 'practice', id: slug },
		before: { status: from },
		after: { status: to, ...(changes.receipt ? { receipt: changes.receipt.number } : {}) }
	});
	return { ok: true, practice: updated };
}

/** The receipt mail: when (in Polish time), to which edition, under which number, and what comes next. */
export function receiptMail(
	practice: Pick<PracticeDoc, 'title' | 'receipt'>,
	edition: { name: string; submissionsClose?: Date | null } | null
) {
	const receipt = practice.receipt!;
	const close = edition?.submissionsClose ? ` (do ${formatWarsaw(edition.submissionsClose)})` : '';
	return {
		subject: `Potwierdzenie zgłoszenia ${receipt.number}: ${practice.title}`,
		text: [
			'Dzień dobry,',
			'',
			`otrzymaliśmy zgłoszenie praktyki „${practice.title}” do edycji „${edition?.name ?? '—'}”.`,
			`Numer potwierdzenia: ${receipt.number}`,
			`Data i godzina zgłoszenia: ${formatWarsaw(receipt.at)}`,
			'',
			'Co dalej:',
			`- do zamknięcia naboru${close} możesz zgłoszenie poprawić albo wycofać;`,
			'- organizator sprawdzi, czy zgłoszenie spełnia warunki konkursu, i napisze do Ciebie, jeśli nie;',
			'- dopuszczone zgłoszenia ocenia jury; o wynikach poinformujemy mailem.',
			'',
			'Miasta Otwarte'
		].join('\n')
	};
}

export type SubmitResult = DraftResult | { ok: true; practice: PracticeDoc; repeated: true };

/**
 * Sends the entry to the edition and gives it a receipt. Sending it again after it went through
 * (a retried request, a second tab) answers with the same receipt, without a second mail.
 */
export async function submitPractice(db: Db, user: SessionUser, slug: string): Promise<SubmitResult> {
	const current = await getOwnPractice(db, user, slug);
	if (current?.status === 'submitted' && current.receipt)
		return { ok: true, practice: current, repeated: true };
	const result = await changeStatus(db, user, slug, 'draft', 'submitted');
	if (
		!result.ok &&
		result.reason === 'conflict' &&
		result.current.status === 'submitted' &&
		result.current.receipt
	)
		return { ok: true, practice: result.current, repeated: true };
	if (result.ok) {
		const edition = await collections(db).editions.findOne({ slug: result.practice.edition ?? '' });
		await sendMail(db, { to: user.email, ...receiptMail(result.practice, edition) });
	}
	return result;
}

export function withdrawPractice(db: Db, user: SessionUser, slug: string): Promise<DraftResult> {
	return changeStatus(db, user, slug, 'submitted', 'withdrawn');
}

/** The stored entry as the editor's form shows it. */
export function draftFormValues(p: PracticeDoc): PracticeDraftForm {
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

/** What the editor offers to choose from: the vocabulary, every place, the user's organisations. */
export async function editorChoices(db: Db, user: SessionUser, locale: 'pl' | 'en' = 'pl') {
	const c = collections(db);
	const [vocabulary, places, organisations] = await Promise.all([
		c.vocabulary.find().sort({ order: 1 }).toArray(),
		c.places.find().toArray(),
		c.organisations.find({ slug: { $in: user.organisations } }).toArray()
	]);
	const options = (kind: string) =>
		vocabulary.filter((t) => t.kind === kind).map((t) => ({ value: t.code, label: t[locale] }));
	return {
		categories: options('category'),
		themes: options('theme'),
		targetGroups: options('targetGroup'),
		places: byPolishName(places).map((p) => ({ value: p.slug, label: p.name })),
		organisations: organisations.map((o) => ({ value: o.slug, label: o.name }))
	};
}

export type AttachmentChange =
	| { ok: true; id?: string }
	| { ok: false; reason: Why }
	| { ok: false; reason: 'rate-limited'; retryAfterMs: number }
	| Exclude<UploadResult, { ok: true }>;

/** Adds a file to an entry the user may change now, within the upload rate limit. */
export async function addAttachment(
	db: Db,
	user: SessionUser,
	slug: string,
	file: File,
	address: string
): Promise<AttachmentChange> {
	const found = await entryFor(db, user, slug, 'entry.edit');
	if (!found.ok) return { ok: false, reason: found.why };
	const limit = await hit(db, 'upload', { account: user._id, address });
	if (limit.limited) return { ok: false, reason: 'rate-limited', retryAfterMs: limit.retryAfterMs };
	return storeAttachment(db, file, { practice: slug, uploadedBy: user._id });
}

/** Removes one of the entry's files, while the user may change the entry. */
export async function removeAttachment(
	db: Db,
	user: SessionUser,
	slug: string,
	id: string
): Promise<AttachmentChange> {
	const found = await entryFor(db, user, slug, 'entry.edit');
	const file = id ? await findAttachment(db, id) : null;
	// Another entry's file reads as missing, like an entry that is not theirs.
	if (!found.entry || !file || file.metadata?.practice !== slug) return { ok: false, reason: 'missing' };
	if (!found.ok) return { ok: false, reason: found.why };
	await deleteAttachment(db, id, user._id, slug);
	return { ok: true };
}
