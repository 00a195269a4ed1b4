import type { Db } from 'mongodb';
import { recordAudit } from '../audit';
import type { SessionUser } from '../auth/session';
import { collections, type DiscussionDoc } from '../db/collections';
import { renderMarkdown } from '../markdown';
import { can, type Why } from '../policy/rules';
import { standingOf } from './assignments';
import { JURY_ENTRY } from './conflicts';

/** An entry's jury discussion, oldest first, with the authors' names. */
export async function discussionOf(db: Db, edition: string, entry: string) {
	const c = collections(db);
	const messages = await c.discussion.find({ edition, entry }).sort({ createdAt: 1 }).toArray();
	const authors = await c.users
		.find({ _id: { $in: [...new Set(messages.map((d) => d.author))] } }, { projection: { name: 1 } })
		.toArray();
	const name = new Map(authors.map((a) => [a._id, a.name]));
	return messages.map((d) => ({
		id: String(d._id),
		author: name.get(d.author) ?? '—',
		textHtml: d.textHtml,
		createdAt: d.createdAt
	}));
}

/**
 * Adds a message (Markdown, rendered and sanitised now) to an entry's jury discussion: jurors who
 * submitted their own score of it, and organisers, while the jury reviews and deliberates.
 */
export async function postToDiscussion(
	db: Db,
	user: SessionUser,
	target: { edition: string; entry: string },
	text: string
): Promise<{ ok: true } | { ok: false; reason: Why }> {
	const c = collections(db);
	const [edition, entry] = await Promise.all([
		c.editions.findOne({ slug: target.edition }),
		c.practices.findOne({ slug: target.entry, edition: target.edition, ...JURY_ENTRY })
	]);
	if (!edition || !entry) return { ok: false, reason: 'missing' };
	const [standing, own] = await Promise.all([
		standingOf(db, edition.slug, user._id, entry.slug),
		c.scores.findOne({ edition: edition.slug, entry: entry.slug, juror: user._id })
	]);
	const verdict = can(user, 'jury.discuss', {
		edition,
		...standing,
		submitted: own?.state === 'submitted'
	});
	if (!verdict.ok) return { ok: false, reason: verdict.why };
	const message: DiscussionDoc = {
		edition: edition.slug,
		entry: entry.slug,
		author: user._id,
		text: text.trim(),
		textHtml: renderMarkdown(text.trim()),
		createdAt: new Date()
	};
	await c.discussion.insertOne(message);
	await recordAudit(db, {
		actor: user._id,
		action: 'discussion.posted',
		subject: { type: 'entry', id: entry.slug },
		after: { edition: edition.slug, text: message.text }
	});
	return { ok: true };
}
