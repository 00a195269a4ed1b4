/** Eligibility: the organiser's formal check of entries before and while the jury reads them. */
import type { Db } from 'mongodb';
import { recordAudit } from '../audit';
import { listAttachments } from '../attachments';
import { collections, type PracticeDoc } from '../db/collections';
import { guardedUpdate } from '../db/guarded';
import { listEditions } from '../editions';
import { sendMail } from '../mail';
import type { SessionUser } from '../auth/session';
import { can, REVIEWABLE_STATUSES, type Why } from '../policy/rules';

export type EligibilityDecision = 'awaiting' | 'eligible' | 'ineligible';

/**
 * Where the organiser's check of a sent entry stands: an ineligible one was refused; a submitted
 * one was found eligible once a decision was recorded, else it still awaits one. Null for entries
 * past the check (withdrawn, awarded…).
 */
export function decisionOf(
	entry: Pick<PracticeDoc, 'status' | 'eligibilityDecision'>
): EligibilityDecision | null {
	if (entry.status === 'ineligible') return 'ineligible';
	if (entry.status !== 'submitted') return null;
	return entry.eligibilityDecision === 'eligible' ? 'eligible' : 'awaiting';
}

export type EntryFilter = {
	edition?: string;
	status?: PracticeDoc['status'];
	decision?: EligibilityDecision;
};

/** Entries sent to an edition, for the organiser; drafts stay private to their authors. */
export async function listEntries(db: Db, filter: EntryFilter) {
	const query: Record<string, unknown> = { origin: 'app', status: { $ne: 'draft' } };
	if (filter.edition) query.edition = filter.edition;
	if (filter.status) query.status = filter.status;
	const entries = await collections(db).practices.find(query).sort({ updatedAt: -1 }).toArray();
	return filter.decision ? entries.filter((e) => decisionOf(e) === filter.decision) : entries;
}

/** How many sent entries still await the organiser's eligibility check (in any edition). */
export async function countAwaitingEligibility(db: Db): Promise<number> {
	const submitted = await collections(db)
		.practices.find({ origin: 'app', status: 'submitted' }, { projection: { eligibilityDecision: 1 } })
		.toArray();
	return submitted.filter((e) => e.eligibilityDecision !== 'eligible').length;
}

/**
 * The organiser's read-only view of one sent entry, to decide its eligibility on: the whole
 * entry with names for its codes, its attachments, its edition's eligibility rules and checklist,
 * and whether the decision can be taken now. Drafts stay the applicant's own (`missing`).
 */
export async function entryForEligibility(db: Db, user: SessionUser, slug: string) {
	const c = collections(db);
	const entry = await c.practices.findOne({ slug, origin: 'app' });
	if (!entry) return { ok: false as const, why: 'missing' as Why };
	const verdict = can(user, 'eligibility.read', { entry });
	if (!verdict.ok) return { ok: false as const, why: verdict.why };
	const [edition, place, organisations, terms, attachments] = await Promise.all([
		c.editions.findOne({ slug: entry.edition ?? '' }),
		c.places.findOne({ slug: entry.place }, { projection: { name: 1 } }),
		c.organisations
			.find(
				{ slug: { $in: [...entry.organisations, ...entry.partners] } },
				{ projection: { slug: 1, name: 1 } }
			)
			.toArray(),
		c.vocabulary
			.find({ code: { $in: [...entry.categories, ...entry.themes, ...entry.targetGroups] } })
			.toArray(),
		listAttachments(db, entry.slug)
	]);
	const organisationName = new Map(organisations.map((o) => [o.slug, o.name]));
	const label = (kind: string, code: string) => {
		const term = terms.find((t) => t.kind === kind && t.code === code);
		return { code, pl: term?.pl ?? code, en: term?.en ?? code };
	};
	return {
		ok: true as const,
		entry,
		place: place?.name ?? entry.place,
		organisations: entry.organisations.map((s) => organisationName.get(s) ?? s),
		partners: entry.partners.map((s) => organisationName.get(s) ?? s),
		categories: entry.categories.map((code) => label('category', code)),
		themes: entry.themes.map((code) => label('theme', code)),
		targetGroups: entry.targetGroups.map((code) => label('targetGroup', code)),
		attachments,
		edition,
		decision: decisionOf(entry),
		decidable: can(user, 'eligibility.decide', { entry, edition })
	};
}

/**
 * The organiser's list of entries: each with whether this user may decide its eligibility now,
 * and every edition to filter by, newest first.
 */
export async function entriesForDecision(db: Db, user: SessionUser, filter: EntryFilter) {
	const [entries, editions] = await Promise.all([listEntries(db, filter), listEditions(db)]);
	const editionOf = new Map(editions.map((e) => [e.slug, e]));
	return {
		editions,
		entries: entries.map((entry) => ({
			entry,
			decision: decisionOf(entry),
			decidable: can(user, 'eligibility.decide', {
				entry,
				edition: editionOf.get(entry.edition ?? '') ?? null
			}).ok
		}))
	};
}

export type EligibilityResult =
	| { ok: true }
	| { ok: false; reason: Why }
	/** Another write changed the entry first; `status` is where it stands now. */
	| { ok: false; reason: 'conflict'; status: PracticeDoc['status'] };

/** Eligible entries stay submitted; ineligible ones get the reason, and the applicants are told. */
export async function decideEligibility(
	db: Db,
	user: SessionUser,
	{ slug, eligible, reason }: { slug: string; eligible: boolean; reason: string }
): Promise<EligibilityResult> {
	const practices = collections(db).practices;
	const entry = await practices.findOne({ slug, origin: 'app' });
	if (!entry) return { ok: false, reason: 'missing' };
	const edition = await collections(db).editions.findOne({ slug: entry.edition ?? '' });
	const verdict = can(user, 'eligibility.decide', { entry, edition });
	if (!verdict.ok) return { ok: false, reason: verdict.why };
	const actor = user._id;
	const status = eligible ? 'submitted' : 'ineligible';
	const decided = await guardedUpdate(
		db,
		practices,
		entry,
		{
			$set: {
				status,
				eligibilityReason: eligible ? null : reason,
				eligibilityDecision: eligible ? 'eligible' : 'ineligible',
				updatedAt: new Date()
			}
		},
		{ status: { $in: [...REVIEWABLE_STATUSES] } }
	);
	if (!decided) {
		const current = await practices.findOne({ slug });
		if (!current) return { ok: false, reason: 'missing' };
		// The same decision taken meanwhile (or this one retried) is done; anything else is reported.
		const same =
			current.status === status &&
			current.eligibilityDecision === (eligible ? 'eligible' : 'ineligible') &&
			(eligible || current.eligibilityReason === reason);
		return same ? { ok: true } : { ok: false, reason: 'conflict', status: current.status };
	}
	await recordAudit(db, {
		actor,
		action: 'practice.eligibility',
		subject: { type: 'practice', id: slug },
		before: { status: entry.status, reason: entry.eligibilityReason ?? null },
		after: { status, reason: eligible ? null : reason }
	});
	// Members only: an applicant waiting for approval is no member of the organisation yet.
	const applicants = await collections(db)
		.users.find({
			organisations: { $in: entry.organisations },
			disabled: false,
			pendingApproval: { $ne: true }
		})
		.toArray();
	for (const applicant of applicants) {
		await sendMail(db, {
			to: applicant.email,
			subject: `Decyzja o dopuszczeniu: ${entry.title}`,
			text: eligible
				? `Zgłoszenie „${entry.title}” zostało dopuszczone do oceny jury.\n\nMiasta Otwarte`
				: `Zgłoszenie „${entry.title}” nie zostało dopuszczone do oceny.\nUzasadnienie: ${reason}\n\nMiasta Otwarte`
		});
	}
	return { ok: true };
}
