/** Eligibility: the organiser's formal check of entries before and while the jury reads them. */
import type { Db } from 'mongodb';
import { recordAudit } from '../audit';
import { collections, type PracticeDoc } from '../db/collections';
import { guardedUpdate } from '../db/guarded';
import { listEditions } from '../editions';
import { sendMail } from '../mail';
import type { SessionUser } from '../auth/session';
import { can, REVIEWABLE_STATUSES, type Why } from '../policy/rules';

/** Entries sent to an edition, for the organiser; drafts stay private to their authors. */
export async function listEntries(db: Db, filter: { edition?: string; status?: PracticeDoc['status'] }) {
	const query: Record<string, unknown> = { origin: 'app', status: { $ne: 'draft' } };
	if (filter.edition) query.edition = filter.edition;
	if (filter.status) query.status = filter.status;
	return collections(db).practices.find(query).sort({ updatedAt: -1 }).toArray();
}

/**
 * The organiser's list of entries: each with whether this user may decide its eligibility now,
 * and every edition to filter by, newest first.
 */
export async function entriesForDecision(
	db: Db,
	user: SessionUser,
	filter: { edition?: string; status?: PracticeDoc['status'] }
) {
	const [entries, editions] = await Promise.all([listEntries(db, filter), listEditions(db)]);
	const editionOf = new Map(editions.map((e) => [e.slug, e]));
	return {
		editions,
		entries: entries.map((entry) => ({
			entry,
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
		const same = current.status === status && (eligible || current.eligibilityReason === reason);
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
