import type { Db } from 'mongodb';
import { recordAudit } from '../audit';
import { invalidateUserSessions } from '../auth/session';
import { collections } from '../db/collections';

export async function listUsers(db: Db) {
	return collections(db)
		.users.find({}, { projection: { passwordHash: 0 } })
		.sort({ email: 1 })
		.toArray();
}

/** Disabling ends every session of the account at once. */
export async function setUserDisabled(
	db: Db,
	{ userId, disabled, actor }: { userId: string; disabled: boolean; actor: string }
) {
	const users = collections(db).users;
	const before = await users.findOne({ _id: userId }, { projection: { disabled: 1, email: 1 } });
	if (!before) return false;
	await users.updateOne({ _id: userId }, { $set: { disabled, updatedAt: new Date() }, $inc: { version: 1 } });
	if (disabled) await invalidateUserSessions(db, userId);
	await recordAudit(db, {
		actor,
		action: disabled ? 'account.disabled' : 'account.enabled',
		subject: { type: 'account', id: before.email },
		before: { disabled: before.disabled },
		after: { disabled }
	});
	return true;
}
