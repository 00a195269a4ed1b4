import { MongoServerError, type Db } from 'mongodb';
import { recordAudit } from '../audit';
import type { SessionUser } from '../auth/session';
import { collections } from '../db/collections';
import { can } from '../policy/rules';
import type { Preference } from './assignment';
import { eligibleEntries } from './assigning';
import { conflictedEntries } from './conflicts';

const isDuplicateKey = (cause: unknown) => cause instanceof MongoServerError && cause.code === 11000;

/** Whether the edition has any assignment: from then on preferences are closed. */
const assignmentMade = async (db: Db, edition: string) =>
	(await collections(db).assignments.findOne({ edition }, { projection: { _id: 1 } })) !== null;

/**
 * What a juror's preferences page shows: the eligible entries they are not conflicted with (title,
 * city, summary) with their stored preference, and the conflicted ones by nothing but their number
 * (not even a title: a conflicted juror is not shown the entry). Null when there is no edition;
 * `verdict` says whether they may still change their preferences.
 */
export async function preferencesOf(db: Db, juror: SessionUser, editionSlug: string) {
	const c = collections(db);
	const edition = await c.editions.findOne({ slug: editionSlug });
	if (!edition) return null;
	const verdict = can(juror, 'assignment.prefer', {
		edition,
		assignmentMade: await assignmentMade(db, editionSlug)
	});
	// Only the edition's jurors reach the list at all; a closed one they may still read.
	if (!verdict.ok && verdict.why !== 'closed') return { edition, verdict, entries: [], conflicted: 0 };
	const [entries, conflicted, stored] = await Promise.all([
		eligibleEntries(db, editionSlug),
		conflictedEntries(db, editionSlug, juror._id),
		c.preferences.find({ edition: editionSlug, juror: juror._id }).toArray()
	]);
	const places = await c.places
		.find({ slug: { $in: entries.map((e) => e.place) } }, { projection: { slug: 1, name: 1 } })
		.toArray();
	const placeName = new Map(places.map((p) => [p.slug, p.name]));
	const preference = new Map(stored.map((p) => [p.entry, p.preference]));
	const open = entries.filter((e) => !conflicted.has(e.slug));
	return {
		edition,
		verdict,
		entries: open.map((e) => ({
			slug: e.slug,
			title: e.title,
			summary: e.summary,
			city: placeName.get(e.place) ?? e.place,
			preference: preference.get(e.slug) ?? ('can' as Preference)
		})),
		/** How many entries they are conflicted with: listed as such, without content. */
		conflicted: entries.length - open.length
	};
}

/**
 * Saves a juror's preferences, one record per pair (a unique insert for the first, an update of
 * that record afterwards), only for eligible entries they are not conflicted with; anything else
 * posted is ignored. Repeating it writes nothing more. Closed once the edition has assignments.
 */
export async function savePreferences(
	db: Db,
	juror: SessionUser,
	editionSlug: string,
	wanted: Record<string, Preference>
): Promise<{ ok: true; changed: number } | { ok: false; reason: import('../policy').Why }> {
	const c = collections(db);
	const edition = await c.editions.findOne({ slug: editionSlug });
	if (!edition) return { ok: false, reason: 'missing' };
	const verdict = can(juror, 'assignment.prefer', {
		edition,
		assignmentMade: await assignmentMade(db, editionSlug)
	});
	if (!verdict.ok) return { ok: false, reason: verdict.why };
	const [entries, conflicted, stored] = await Promise.all([
		eligibleEntries(db, editionSlug),
		conflictedEntries(db, editionSlug, juror._id),
		c.preferences.find({ edition: editionSlug, juror: juror._id }).toArray()
	]);
	const byEntry = new Map(stored.map((p) => [p.entry, p]));
	const changes: { entry: string; from: Preference | null; to: Preference }[] = [];
	for (const entry of entries) {
		const to = wanted[entry.slug];
		if (!to || conflicted.has(entry.slug)) continue;
		const before = byEntry.get(entry.slug);
		if (before?.preference === to) continue;
		const key = { edition: editionSlug, juror: juror._id, entry: entry.slug };
		const now = new Date();
		let inserted = false;
		if (!before) {
			try {
				await c.preferences.insertOne({ ...key, preference: to, updatedAt: now });
				inserted = true;
			} catch (cause) {
				if (!isDuplicateKey(cause)) throw cause;
			}
		}
		if (!inserted) await c.preferences.updateOne(key, { $set: { preference: to, updatedAt: now } });
		changes.push({ entry: entry.slug, from: before?.preference ?? null, to });
	}
	if (changes.length > 0)
		await recordAudit(db, {
			actor: juror._id,
			action: 'assignment.preferences-saved',
			subject: { type: 'edition', id: editionSlug },
			before: changes.map(({ entry, from }) => ({ entry, preference: from })),
			after: changes.map(({ entry, to }) => ({ entry, preference: to }))
		});
	return { ok: true, changed: changes.length };
}
