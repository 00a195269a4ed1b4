import type { Db } from 'mongodb';
import { recordAudit } from '../audit';
import type { SessionUser } from '../auth/session';
import { listAttachments } from '../attachments';
import { collections, type EditionDoc, type ScoreDoc } from '../db/collections';
import { guardedUpdate } from '../db/guarded';
import { criteriaOf } from '../editions/criteria';
import { can, READING_PHASES, type Why } from '../policy/rules';
import { entriesAssignedTo, standingOf } from './assignments';
import { conflictsOf, JURY_ENTRY } from './conflicts';
import { discussionOf } from './discussion';
import { fieldsOf } from './scores';

/** A juror's own state with an entry: not scored yet, a draft, or submitted. */
export type ScoreState = 'none' | ScoreDoc['state'];

const isJurorOf = (user: SessionUser, edition: string) =>
	user.roles.some((r) => r.edition === edition && r.role === 'juror');

/** How many of a juror's entries (assigned, not conflicted) have a submitted score. */
async function progressOf(db: Db, edition: string, juror: string) {
	const assigned = await entriesAssignedTo(db, edition, juror);
	const sent = await collections(db)
		.practices.find({ slug: { $in: assigned }, edition, ...JURY_ENTRY }, { projection: { slug: 1 } })
		.toArray();
	const entries = sent.map((p) => p.slug);
	const scores = await collections(db)
		.scores.find({ edition, juror, entry: { $in: entries } }, { projection: { entry: 1, state: 1 } })
		.toArray();
	const stateOf = new Map(scores.map((s) => [s.entry, s.state]));
	return {
		entries,
		stateOf,
		progress: { submitted: scores.filter((s) => s.state === 'submitted').length, total: entries.length }
	};
}

const editionSummary = (edition: EditionDoc) => ({
	slug: edition.slug,
	name: edition.name,
	phase: edition.phase,
	reviewDeadline: edition.reviewDeadline ?? null,
	reading: READING_PHASES.includes(edition.phase)
});

/** The editions where the user is a juror, newest first, with their progress in each. */
export async function juryEditionsOf(db: Db, user: SessionUser) {
	const slugs = user.roles.filter((r) => r.role === 'juror').map((r) => r.edition);
	const editions = await collections(db)
		.editions.find({ slug: { $in: slugs } })
		.sort({ year: -1, slug: 1 })
		.toArray();
	return Promise.all(
		editions.map(async (edition) => ({
			...editionSummary(edition),
			progress: (await progressOf(db, edition.slug, user._id)).progress
		}))
	);
}

/**
 * A juror's page of an edition: their entries (conflicted ones left out, also from the counts),
 * the state of their score of each, progress and whether they confirmed their assignment.
 * Null when the edition does not exist or the user is not on its jury.
 */
export async function jurorEditionView(db: Db, user: SessionUser, slug: string) {
	const c = collections(db);
	const edition = await c.editions.findOne({ slug });
	if (!edition || !isJurorOf(user, slug)) return null;
	const [{ entries, stateOf, progress }, juror] = await Promise.all([
		progressOf(db, slug, user._id),
		c.jurors.findOne({ edition: slug, user: user._id })
	]);
	const practices = await c.practices
		.find(
			{ slug: { $in: entries }, edition: slug, ...JURY_ENTRY },
			{ projection: { slug: 1, title: 1, place: 1 } }
		)
		.sort({ title: 1 })
		.toArray();
	const places = await c.places
		.find({ slug: { $in: practices.map((p) => p.place) } }, { projection: { slug: 1, name: 1 } })
		.toArray();
	const placeName = new Map(places.map((p) => [p.slug, p.name]));
	return {
		edition: { ...editionSummary(edition), submissionsClose: edition.submissionsClose ?? null },
		progress,
		acknowledgedAt: juror?.acknowledgedAt ?? null,
		acknowledge: can(user, 'assignment.acknowledge', { edition, assigned: entries.length > 0 }),
		entries: practices.map((p) => ({
			slug: p.slug,
			title: p.title,
			place: placeName.get(p.place) ?? p.place,
			state: (stateOf.get(p.slug) ?? 'none') as ScoreState
		}))
	};
}

/**
 * The juror confirms the entries assigned to them. Idempotent: a second confirmation keeps the
 * first date and writes nothing.
 */
export async function acknowledgeAssignment(
	db: Db,
	user: SessionUser,
	slug: string
): Promise<{ ok: true; at: Date; changed: boolean } | { ok: false; reason: Why }> {
	const c = collections(db);
	const edition = await c.editions.findOne({ slug });
	if (!edition) return { ok: false, reason: 'missing' };
	const assigned = (await entriesAssignedTo(db, slug, user._id)).length > 0;
	const verdict = can(user, 'assignment.acknowledge', { edition, assigned });
	if (!verdict.ok) return { ok: false, reason: verdict.why };
	for (let attempt = 0; attempt < 5; attempt++) {
		const juror = await c.jurors.findOne({ edition: slug, user: user._id });
		if (!juror) return { ok: false, reason: 'missing' };
		if (juror.acknowledgedAt) return { ok: true, at: juror.acknowledgedAt, changed: false };
		const at = new Date();
		const after = await guardedUpdate(db, c.jurors, juror, { $set: { acknowledgedAt: at, updatedAt: at } });
		if (!after) continue;
		await recordAudit(db, {
			actor: user._id,
			action: 'assignment.acknowledged',
			subject: { type: 'edition', id: slug },
			before: { acknowledgedAt: null },
			after: { acknowledgedAt: at }
		});
		return { ok: true, at, changed: true };
	}
	return { ok: false, reason: 'missing' };
}

/**
 * Everything the entry page shows one reader (a juror of the entry, or an organiser), already cut
 * to what they may see: the submission (without the applicant organisation and partners when the
 * edition hides them from jurors), its files, the criteria, their own score, and — only once the
 * policy lets them see others — the other jurors' scores and the discussion. Other jurors are
 * those assigned and not conflicted with the entry; a reader who may not open it gets `why`.
 */
export async function entryWorkspace(
	db: Db,
	user: SessionUser,
	editionSlug: string,
	entrySlug: string
): Promise<{ ok: false; why: Why } | ({ ok: true } & Awaited<ReturnType<typeof workspaceOf>>)> {
	const c = collections(db);
	const [edition, entry] = await Promise.all([
		c.editions.findOne({ slug: editionSlug }),
		c.practices.findOne({ slug: entrySlug, edition: editionSlug, ...JURY_ENTRY })
	]);
	if (!edition || !entry) return { ok: false, why: 'missing' };
	const standing = await standingOf(db, editionSlug, user._id, entrySlug);
	const reads = can(user, 'jury.read', { edition, ...standing });
	if (!reads.ok) return reads;
	return { ok: true, ...(await workspaceOf(db, user, edition, entrySlug, standing)) };
}

/** Whether the user may open the entry as its reader (`jury.read`), and why not. */
export async function readVerdict(db: Db, user: SessionUser, editionSlug: string, entrySlug: string) {
	const c = collections(db);
	const [edition, entry] = await Promise.all([
		c.editions.findOne({ slug: editionSlug }),
		c.practices.findOne({ slug: entrySlug, edition: editionSlug, ...JURY_ENTRY }, { projection: { _id: 1 } })
	]);
	if (!edition || !entry) return { ok: false as const, why: 'missing' as Why };
	return can(user, 'jury.read', { edition, ...(await standingOf(db, editionSlug, user._id, entrySlug)) });
}

async function workspaceOf(
	db: Db,
	user: SessionUser,
	edition: EditionDoc,
	entrySlug: string,
	standing: { assigned: boolean; conflicted: boolean }
) {
	const c = collections(db);
	const entry = (await c.practices.findOne({ slug: entrySlug, edition: edition.slug }))!;
	const hideOrganisation = Boolean(edition.hideApplicantOrganisation) && !user.isAdmin;
	const organisationSlugs = hideOrganisation ? [] : [...entry.organisations, ...entry.partners];
	const [own, juror, place, organisations, terms, attachments] = await Promise.all([
		c.scores.findOne({ edition: edition.slug, entry: entrySlug, juror: user._id }),
		c.jurors.findOne({ edition: edition.slug, user: user._id }),
		c.places.findOne({ slug: entry.place }, { projection: { name: 1, voivodeship: 1 } }),
		c.organisations
			.find({ slug: { $in: organisationSlugs } }, { projection: { slug: 1, name: 1 } })
			.toArray(),
		c.vocabulary
			.find({ code: { $in: [...entry.categories, ...entry.themes, ...entry.targetGroups] } })
			.toArray(),
		listAttachments(db, entrySlug)
	]);
	const work = { edition, ...standing, submitted: own?.state === 'submitted' };
	const seesOthers = can(user, 'jury.see-others', work);
	const discuss = can(user, 'jury.discuss', work);
	const organisationName = new Map(organisations.map((o) => [o.slug, o.name]));
	const label = (kind: string, code: string) => {
		const term = terms.find((t) => t.kind === kind && t.code === code);
		return { code, pl: term?.pl ?? code, en: term?.en ?? code };
	};
	return {
		edition: {
			...editionSummary(edition),
			awardCategories: edition.awardCategories ?? [],
			hideApplicantOrganisation: Boolean(edition.hideApplicantOrganisation)
		},
		entry: {
			slug: entry.slug,
			title: entry.title,
			summary: entry.summary,
			descriptionHtml: entry.descriptionHtml,
			place: place?.name ?? entry.place,
			categories: entry.categories.map((code) => label('category', code)),
			themes: entry.themes.map((code) => label('theme', code)),
			targetGroups: entry.targetGroups.map((code) => label('targetGroup', code)),
			period: entry.period,
			funding: entry.funding,
			keyFigures: entry.keyFigures,
			links: entry.links,
			...(hideOrganisation
				? {}
				: {
						organisations: entry.organisations.map((s) => organisationName.get(s) ?? s),
						partners: entry.partners.map((s) => organisationName.get(s) ?? s)
					})
		},
		attachments: attachments.map((a) => ({ id: a.id, filename: a.filename, size: a.size })),
		criteria: criteriaOf(edition),
		own: own
			? { fields: fieldsOf(own), state: own.state, version: own.version, submittedAt: own.submittedAt }
			: null,
		quotable: juror?.quotable ?? false,
		scoring: can(user, 'score.edit', { edition, ...standing }),
		seesOthers,
		others: seesOthers.ok ? await othersOf(db, user, edition.slug, entrySlug) : [],
		discussion: {
			readable: seesOthers.ok,
			writable: discuss,
			messages: seesOthers.ok ? await discussionOf(db, edition.slug, entrySlug) : []
		},
		declare: user.isAdmin ? null : can(user, 'conflict.declare', { edition })
	};
}

/**
 * The other jurors' scores of an entry: of jurors assigned to it and not conflicted with it, the
 * reader's own left out. Only called once the policy lets the reader see them.
 */
async function othersOf(db: Db, user: SessionUser, edition: string, entry: string) {
	const c = collections(db);
	const [assignments, conflicts, scores] = await Promise.all([
		c.assignments.find({ edition, entry }, { projection: { juror: 1 } }).toArray(),
		conflictsOf(db, edition),
		c.scores.find({ edition, entry, juror: { $ne: user._id } }).toArray()
	]);
	const readers = new Set(
		assignments.map((a) => a.juror).filter((juror) => !conflicts.get(juror)?.get(entry)?.conflicted)
	);
	const shown = scores.filter((s) => readers.has(s.juror));
	const names = await c.users
		.find({ _id: { $in: shown.map((s) => s.juror) } }, { projection: { name: 1 } })
		.toArray();
	const name = new Map(names.map((u) => [u._id, u.name]));
	return shown
		.map((s) => ({
			juror: name.get(s.juror) ?? '—',
			state: s.state,
			submittedAt: s.submittedAt,
			fields: fieldsOf(s)
		}))
		.sort((a, b) => a.juror.localeCompare(b.juror, 'pl'));
}
