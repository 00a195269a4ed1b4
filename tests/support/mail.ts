import type { Db } from 'mongodb';
import { collections } from '../../src/lib/server/db/collections';

/** The link in the latest message to `email`, as the recipient would click it: its token. */
export async function linkSentTo(db: Db, email: string, path: string): Promise<string> {
	const message = await collections(db).outbox.find({ to: email }).sort({ at: -1 }).limit(1).next();
	const match = new RegExp(`https://miasta\\.test${path}/([a-z2-7]+)`).exec(message?.text ?? '');
	if (!match) throw new Error(`no ${path} link in the message to ${email}`);
	return match[1];
}
