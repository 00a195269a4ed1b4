import { randomBytes } from 'node:crypto';
import type { Db } from 'mongodb';
import { parseKeyFigures, parseLinks, type PracticeDraftForm } from '../../schemas';
import { recordAudit } from '../audit';
import type { SessionUser } from '../auth/session';
import { collections, type PracticeDoc } from '../db/collections';
import { guardedUpdate } from '../db/guarded';
import { acceptsSubmissions } from '../editions';
import { sendMail } from '../mail';
import { renderMarkdown } from '../markdown';

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

const isApplicantOf = (user: SessionUser, edition: string) =>
	user.roles.some((r) => r.edition === edition && r.role === 'applicant');

/**
 * The one rule for who may open an entry written in the app. An approved member: entries of
 * their organisations, and drafts they wrote before they had one. An applicant still waiting for
 * approval: only the drafts they wrote themselves, which belong to no organisation yet, whatever
 * organisation they asked to join (or an older registration recorded).
 */
export function ownsPractice(user: SessionUser, practice: PracticeDoc): boolean {
	if (practice.origin !== 'app') return false;
	const ownUnassigned = practice.createdBy === user._id && practice.organisations.length === 0;
	if (user.pendingApproval) return ownUnassigned;
	return ownUnassigned || practice.organisations.some((o) => user.organisations.includes(o));
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
	return practices.filter((p) => ownsPractice(user, p));
}

/** A practice the user may open (see `ownsPractice`). Anything else reads as missing. */
export async function getOwnPractice(db: Db, user: SessionUser, slug: string): Promise<PracticeDoc | null> {
	const practice = await collections(db).practices.findOne({ slug, origin: 'app' });
	return practice && ownsPractice(user, practice) ? practice : null;
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
	return editions.filter((e) => acceptsSubmissions(e, now));
}

export type DraftResult =
	| { ok: true; practice: PracticeDoc }
	| { ok: false; reason: 'closed' | 'forbidden' | 'missing' | 'not-editable' | 'pending' | 'unknown-place' }
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
	if (!edition || !isApplicantOf(user, editionSlug)) return { ok: false, reason: 'forbidden' };
	if (!acceptsSubmissions(edition)) return { ok: false, reason: 'closed' };
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

/** The user's own entry if they may change it now: an applicant of its edition, while submissions are open. */
export async function editableBy(db: Db, user: SessionUser, slug: string) {
	const practice = await getOwnPractice(db, user, slug);
	if (!practice) return { error: 'missing' as const };
	if (!practice.edition || !isApplicantOf(user, practice.edition)) return { error: 'forbidden' as const };
	const edition = await collections(db).editions.findOne({ slug: practice.edition });
	if (!edition || !acceptsSubmissions(edition)) return { error: 'closed' as const, practice };
	return { practice };
}

/** Saves the applicant's fields if nobody saved since `form.version`; otherwise returns the stored version. */
export async function saveDraft(
	db: Db,
	user: SessionUser,
	slug: string,
	form: PracticeDraftForm
): Promise<DraftResult> {
	const found = await editableBy(db, user, slug);
	if (found.error) return { ok: false, reason: found.error };
	const practice = found.practice;
	if (!['draft', 'submitted'].includes(practice.status)) return { ok: false, reason: 'not-editable' };
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
	const found = await editableBy(db, user, slug);
	if (found.error) return { ok: false, reason: found.error };
	if (found.practice.status !== from) return { ok: false, reason: 'not-editable' };
	if (to === 'submitted' && user.pendingApproval) return { ok: false, reason: 'pending' };
	if (to === 'submitted') {
		const missing = missingForSubmission(found.practice);
		if (missing.length) return { ok: false, reason: 'incomplete', missing };
	}
	const updated = await guardedUpdate(
		db,
		collections(db).practices,
		found.practice,
		{ $set: { status: to, updatedAt: new Date() } },
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
		after: { status: to }
	});
	return { ok: true, practice: updated };
}

export async function submitPractice(db: Db, user: SessionUser, slug: string): Promise<DraftResult> {
	const result = await changeStatus(db, user, slug, 'draft', 'submitted');
	if (result.ok) {
		await sendMail(db, {
			to: user.email,
			subject: `Potwierdzenie zgłoszenia: ${result.practice.title}`,
			text: `Dzień dobry,\n\notrzymaliśmy zgłoszenie praktyki „${result.practice.title}” (${result.practice.edition}) o ${result.practice.updatedAt.toISOString()}.\nDo zamknięcia naboru możesz je poprawić lub wycofać.\n\nMiasta Otwarte`
		});
	}
	return result;
}

export function withdrawPractice(db: Db, user: SessionUser, slug: string): Promise<DraftResult> {
	return changeStatus(db, user, slug, 'submitted', 'withdrawn');
}
