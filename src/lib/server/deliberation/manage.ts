import { MongoServerError, type Db } from 'mongodb';
import { recordAudit } from '../audit';
import type { SessionUser } from '../auth/session';
import { collections } from '../db/collections';
import { guardedUpdate } from '../db/guarded';
import { ELIGIBLE_ENTRY } from '../jury/assigning';
import { can, type Why } from '../policy/rules';
import { thresholdsOf } from './table';

export type DeliberationChange<T = object> =
	({ ok: true } & T) | { ok: false; reason: Why | 'conflict' | 'not-eligible' };

const isDuplicateKey = (cause: unknown) => cause instanceof MongoServerError && cause.code === 11000;

/**
 * Puts an entry on the edition's shortlist or takes it off. The wanted state is sent, not a
 * toggle, so a repeated request changes nothing; adding is a unique insert, so two at once store one.
 */
export async function setShortlisted(
	db: Db,
	actor: SessionUser,
	editionSlug: string,
	entry: string,
	on: boolean
): Promise<DeliberationChange<{ changed: boolean }>> {
	const c = collections(db);
	const edition = await c.editions.findOne({ slug: editionSlug });
	if (!edition) return { ok: false, reason: 'missing' };
	const verdict = can(actor, 'deliberation.manage', { edition });
	if (!verdict.ok) return { ok: false, reason: verdict.why };
	if (
		!(await c.practices.findOne(
			{ slug: entry, edition: editionSlug, ...ELIGIBLE_ENTRY },
			{ projection: { _id: 1 } }
		))
	)
		return { ok: false, reason: 'not-eligible' };
	let changed = false;
	if (on) {
		try {
			await c.shortlist.insertOne({ edition: editionSlug, entry, by: actor._id, createdAt: new Date() });
			changed = true;
		} catch (cause) {
			if (!isDuplicateKey(cause)) throw cause;
		}
	} else {
		changed = (await c.shortlist.deleteOne({ edition: editionSlug, entry })).deletedCount === 1;
	}
	if (changed)
		await recordAudit(db, {
			actor: actor._id,
			action: on ? 'deliberation.shortlisted' : 'deliberation.unshortlisted',
			subject: { type: 'entry', id: entry },
			after: { edition: editionSlug, shortlisted: on }
		});
	return { ok: true, changed };
}

/** Saves the disagreement thresholds, only from the edition's version the organiser read. */
export async function saveThresholds(
	db: Db,
	actor: SessionUser,
	editionSlug: string,
	wanted: { stdev: number; range: number; version: number }
): Promise<DeliberationChange> {
	const editions = collections(db).editions;
	const edition = await editions.findOne({ slug: editionSlug });
	if (!edition) return { ok: false, reason: 'missing' };
	const verdict = can(actor, 'deliberation.manage', { edition });
	if (!verdict.ok) return { ok: false, reason: verdict.why };
	const before = thresholdsOf(edition);
	if (before.stdev === wanted.stdev && before.range === wanted.range) return { ok: true };
	if (edition.version !== wanted.version) return { ok: false, reason: 'conflict' };
	const saved = await guardedUpdate(db, editions, edition, {
		$set: { disagreementStdev: wanted.stdev, disagreementRange: wanted.range, updatedAt: new Date() }
	});
	if (!saved) return { ok: false, reason: 'conflict' };
	await recordAudit(db, {
		actor: actor._id,
		action: 'edition.disagreement-thresholds-changed',
		subject: { type: 'edition', id: editionSlug },
		before,
		after: { stdev: wanted.stdev, range: wanted.range }
	});
	return { ok: true };
}
