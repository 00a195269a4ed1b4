/** Audit: the append-only log of who changed what, written by the domains and read by admins. */
import type { Db } from 'mongodb';
import { collections, type AuditEventDoc } from '../db/collections';

export type AuditInput = Omit<AuditEventDoc, '_id' | 'at'>;

/** Appends one event; the log is never updated or deleted through the app. */
export async function recordAudit(db: Db, event: AuditInput, at = new Date()): Promise<void> {
	await collections(db).audit.insertOne({ ...event, at });
}

export async function listAudit(db: Db, limit = 200) {
	return collections(db).audit.find().sort({ at: -1 }).limit(limit).toArray();
}

/**
 * The latest events with names instead of ids: the actor's name, and the subject's (an entry's
 * title, an edition's name, an account's name; its id when the record is gone).
 */
export async function auditLog(db: Db, limit = 200) {
	const events = await listAudit(db, limit);
	const c = collections(db);
	const ids = (type: string[]) => [
		...new Set(events.filter((e) => type.includes(e.subject.type)).map((e) => e.subject.id))
	];
	const actorIds = [...new Set(events.flatMap((e) => (e.actor ? [e.actor] : [])))];
	const [actors, accounts, editions, entries, recommendations] = await Promise.all([
		c.users.find({ _id: { $in: actorIds } }, { projection: { name: 1 } }).toArray(),
		c.users.find({ email: { $in: ids(['account']) } }, { projection: { name: 1, email: 1 } }).toArray(),
		c.editions.find({ slug: { $in: ids(['edition']) } }, { projection: { slug: 1, name: 1 } }).toArray(),
		c.practices
			// A draft's title is its author's alone: the log names it by its identifier.
			.find(
				{ slug: { $in: ids(['practice', 'entry']) }, status: { $ne: 'draft' } },
				{ projection: { slug: 1, title: 1 } }
			)
			.toArray(),
		c.recommendations
			.find({ slug: { $in: ids(['recommendation']) } }, { projection: { slug: 1, title: 1 } })
			.toArray()
	]);
	const actorName = new Map(actors.map((u) => [u._id, u.name]));
	const names = {
		account: new Map(accounts.map((u) => [u.email, `${u.name} (${u.email})`])),
		edition: new Map(editions.map((e) => [e.slug, e.name])),
		entry: new Map(entries.map((p) => [p.slug, p.title])),
		recommendation: new Map(recommendations.map((r) => [r.slug, r.title]))
	};
	const subjectName = ({ type, id }: AuditEventDoc['subject']) =>
		(type === 'account'
			? names.account.get(id)
			: type === 'edition'
				? names.edition.get(id)
				: type === 'recommendation'
					? names.recommendation.get(id)
					: names.entry.get(id)) ?? id;
	return events.map((e) => ({
		at: e.at,
		action: e.action,
		actor: e.actor ? (actorName.get(e.actor) ?? e.actor) : null,
		subject: subjectName(e.subject),
		before: e.before,
		after: e.after,
		from: e.from ?? null
	}));
}
