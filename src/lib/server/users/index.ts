import type { Db } from 'mongodb';
import { recordAudit } from '../audit';
import { invalidateUserSessions } from '../auth/session';
import { collections, type EditionRole } from '../db/collections';

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

export async function getUser(db: Db, userId: string) {
	return collections(db).users.findOne({ _id: userId }, { projection: { passwordHash: 0 } });
}

export interface RoleChange {
	userId: string;
	actor: string;
	grant: boolean;
	role: { edition: string; role: EditionRole } | 'admin';
	organisation?: string | null;
}

/** Grants or revokes one role (an edition role, or admin) and records who changed what. */
export async function changeRole(db: Db, change: RoleChange): Promise<boolean> {
	const users = collections(db).users;
	const before = await users.findOne({ _id: change.userId });
	if (!before) return false;
	const now = new Date();
	if (change.role === 'admin') {
		await users.updateOne(
			{ _id: change.userId },
			{ $set: { isAdmin: change.grant, updatedAt: now }, $inc: { version: 1 } }
		);
	} else if (change.grant) {
		const update: Record<string, unknown> = { roles: change.role };
		if (change.organisation) update.organisations = change.organisation;
		await users.updateOne({ _id: change.userId }, {
			$addToSet: update,
			$set: { updatedAt: now },
			$inc: { version: 1 }
		} as never);
	} else {
		await users.updateOne({ _id: change.userId }, {
			$pull: { roles: change.role },
			$set: { updatedAt: now },
			$inc: { version: 1 }
		} as never);
	}
	const after = await users.findOne({ _id: change.userId });
	await recordAudit(db, {
		actor: change.actor,
		action: change.grant ? 'role.granted' : 'role.revoked',
		subject: { type: 'account', id: before.email },
		before: { isAdmin: before.isAdmin, roles: before.roles, organisations: before.organisations },
		after: { isAdmin: after?.isAdmin, roles: after?.roles, organisations: after?.organisations }
	});
	return true;
}
