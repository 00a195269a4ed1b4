import type { Db, UpdateFilter } from 'mongodb';
import { recordAudit } from '../audit';
import { invalidateUserSessions } from '../auth/session';
import { collections, type EditionRole, type UserDoc } from '../db/collections';
import { guardedUpdate } from '../db/guarded';

export async function listUsers(db: Db) {
	return collections(db)
		.users.find({}, { projection: { passwordHash: 0 } })
		.sort({ email: 1 })
		.toArray();
}

/**
 * Applies an idempotent change to an account from the version just read, reading again when
 * another write got there first. Returns the account before and after, `after` null when the
 * account already was as wanted (nothing written), or null when there is no such account.
 */
async function changeAccount(
	db: Db,
	userId: string,
	isDone: (user: UserDoc) => boolean,
	update: (user: UserDoc) => UpdateFilter<UserDoc>
): Promise<{ before: UserDoc; after: UserDoc | null } | null> {
	const users = collections(db).users;
	for (let attempt = 0; attempt < 10; attempt++) {
		const before = await users.findOne({ _id: userId });
		if (!before) return null;
		if (isDone(before)) return { before, after: null };
		const after = await guardedUpdate(db, users, before, update(before));
		if (after) return { before, after };
	}
	throw new Error(`Account ${userId} kept changing while being updated`);
}

/** Disabling ends every session of the account at once. */
export async function setUserDisabled(
	db: Db,
	{ userId, disabled, actor }: { userId: string; disabled: boolean; actor: string }
) {
	const changed = await changeAccount(
		db,
		userId,
		(user) => user.disabled === disabled,
		() => ({ $set: { disabled, updatedAt: new Date() } })
	);
	if (!changed) return false;
	// Sessions end even if the account was already disabled: a repeated request finishes the job.
	if (disabled) await invalidateUserSessions(db, userId);
	if (!changed.after) return true;
	await recordAudit(db, {
		actor,
		action: disabled ? 'account.disabled' : 'account.enabled',
		subject: { type: 'account', id: changed.before.email },
		before: { disabled: changed.before.disabled },
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
	const { role, grant, organisation } = change;
	const hasRole = (user: UserDoc) =>
		role !== 'admin' && user.roles.some((r) => r.edition === role.edition && r.role === role.role);
	const changed = await changeAccount(
		db,
		change.userId,
		(user) =>
			role === 'admin'
				? user.isAdmin === grant
				: grant
					? hasRole(user) && (!organisation || user.organisations.includes(organisation))
					: !hasRole(user),
		() => {
			const $set = { updatedAt: new Date() };
			if (role === 'admin') return { $set: { ...$set, isAdmin: grant } };
			if (!grant) return { $set, $pull: { roles: role } } as UpdateFilter<UserDoc>;
			const added: Record<string, unknown> = { roles: role };
			if (organisation) added.organisations = organisation;
			return { $set, $addToSet: added } as UpdateFilter<UserDoc>;
		}
	);
	if (!changed) return false;
	if (!changed.after) return true;
	const { before, after } = changed;
	await recordAudit(db, {
		actor: change.actor,
		action: grant ? 'role.granted' : 'role.revoked',
		subject: { type: 'account', id: before.email },
		before: { isAdmin: before.isAdmin, roles: before.roles, organisations: before.organisations },
		after: { isAdmin: after.isAdmin, roles: after.roles, organisations: after.organisations }
	});
	return true;
}
