import type { Db } from 'mongodb';
import { recordAudit } from '../audit';
import type { SessionUser } from '../auth/session';
import { collections } from '../db/collections';
import { withClaim } from '../db/guarded';
import { formatWarsaw } from '../editions/time';
import { sendMail } from '../mail';
import { can, type Why } from '../policy/rules';
import { juryProgress } from './progress';

/** A second reminder within this long is taken for a repeated click and sends nothing. */
export const REMINDER_QUIET_MS = 5 * 60 * 1000;

export type ReminderResult =
	| { ok: true; sent: number; alreadyAt: null }
	| { ok: true; sent: 0; alreadyAt: Date }
	| { ok: false; reason: Why | 'busy' };

/**
 * Puts one message in the outbox for each juror with missing scores (assigned, not conflicted,
 * not submitted), listing those entries and the deadline in Warsaw time. Run under a claim per
 * edition; a repeat within REMINDER_QUIET_MS of the last one (read from the audit log) sends
 * nothing and says when that one went.
 */
export async function sendReminders(
	db: Db,
	actor: SessionUser,
	editionSlug: string,
	origin: string
): Promise<ReminderResult> {
	const c = collections(db);
	const edition = await c.editions.findOne({ slug: editionSlug });
	if (!edition) return { ok: false, reason: 'missing' };
	const verdict = can(actor, 'jury.remind', { edition });
	if (!verdict.ok) return { ok: false, reason: verdict.why };
	const run = await withClaim(db, `jury-remind:${editionSlug}`, async (): Promise<ReminderResult> => {
		const last = await c.audit.findOne(
			{
				action: 'jury.reminded',
				'subject.id': editionSlug,
				at: { $gt: new Date(Date.now() - REMINDER_QUIET_MS) }
			},
			{ sort: { at: -1 } }
		);
		if (last) return { ok: true, sent: 0, alreadyAt: last.at };
		const progress = await juryProgress(db, actor, editionSlug);
		if (!progress) return { ok: false, reason: 'missing' };
		const accounts = await c.users
			.find({ _id: { $in: progress.jurors.map((j) => j.user) } }, { projection: { email: 1, name: 1 } })
			.toArray();
		const emailOf = new Map(accounts.map((a) => [a._id, a.email]));
		const deadline = edition.reviewDeadline ? formatWarsaw(edition.reviewDeadline) : null;
		const reminded: { juror: string; entries: string[] }[] = [];
		for (const [i, juror] of progress.jurors.entries()) {
			const missing = progress.rows.filter((r) => r.cells[i] === 'assigned' || r.cells[i] === 'draft');
			const to = emailOf.get(juror.user);
			if (missing.length === 0 || !to) continue;
			const lines = missing.map((r) => `- ${r.title}: ${origin}/jury/${editionSlug}/${r.slug}`);
			await sendMail(db, {
				to,
				subject: `Przypomnienie: oceny w edycji „${edition.name}”`,
				text: [
					`Dzień dobry ${juror.name},`,
					'',
					`w edycji „${edition.name}” czekają jeszcze na Pani/Pana ocenę (${missing.length}):`,
					...lines,
					'',
					deadline ? `Termin oceniania: ${deadline}.` : 'Termin oceniania poda organizator.',
					'',
					'Miasta Otwarte'
				].join('\n')
			});
			reminded.push({ juror: juror.user, entries: missing.map((r) => r.slug) });
		}
		await recordAudit(db, {
			actor: actor._id,
			action: 'jury.reminded',
			subject: { type: 'edition', id: editionSlug },
			after: { sent: reminded.length, jurors: reminded }
		});
		return { ok: true, sent: reminded.length, alreadyAt: null };
	});
	return run ? run.value : { ok: false, reason: 'busy' };
}
