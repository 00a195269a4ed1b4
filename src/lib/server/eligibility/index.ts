/** Eligibility: the organiser's formal check of entries before and while the jury reads them. */
import type { Db } from 'mongodb';
import { recordAudit } from '../audit';
import { collections, type PracticeDoc } from '../db/collections';
import { guardedUpdate } from '../db/guarded';
import { sendMail } from '../mail';

/** Entries sent to an edition, for the organiser; drafts stay private to their authors. */
export async function listEntries(db: Db, filter: { edition?: string; status?: PracticeDoc['status'] }) {
	const query: Record<string, unknown> = { origin: 'app', status: { $ne: 'draft' } };
	if (filter.edition) query.edition = filter.edition;
	if (filter.status) query.status = filter.status;
	return collections(db).practices.find(query).sort({ updatedAt: -1 }).toArray();
}

export type EligibilityResult =
	| { ok: true }
	| { ok: false; reason: 'missing' | 'not-reviewable' | 'closed' }
	/** Another write changed the entry first; `status` is where it stands now. */
	| { ok: false; reason: 'conflict'; status: PracticeDoc['status'] };

const REVIEWABLE: PracticeDoc['status'][] = ['submitted', 'ineligible'];

/**
 * Eligibility is decided while entries come in and the jury reads them; from deliberation on, the
 * field of entries is fixed, so a late decision cannot change a ranking or published results.
 */
export const ELIGIBILITY_PHASES: readonly string[] = ['open', 'review'];

/** Eligible entries stay submitted; ineligible ones get the reason, and the applicants are told. */
export async function decideEligibility(
	db: Db,
	{ slug, eligible, reason, actor }: { slug: string; eligible: boolean; reason: string; actor: string }
): Promise<EligibilityResult> {
	const practices = collections(db).practices;
	const entry = await practices.findOne({ slug, origin: 'app' });
	if (!entry) return { ok: false, reason: 'missing' };
	if (!REVIEWABLE.includes(entry.status)) return { ok: false, reason: 'not-reviewable' };
	const edition = await collections(db).editions.findOne({ slug: entry.edition ?? '' });
	if (!edition || !ELIGIBILITY_PHASES.includes(edition.phase)) return { ok: false, reason: 'closed' };
	const status = eligible ? 'submitted' : 'ineligible';
	const decided = await guardedUpdate(
		db,
		practices,
		entry,
		{ $set: { status, eligibilityReason: eligible ? null : reason, updatedAt: new Date() } },
		{ status: { $in: REVIEWABLE } }
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
