/** Users: accounts, their roles and organisations, disabling; registration in `registration.ts`. */
import type { Db, UpdateFilter } from 'mongodb';
import { recordAudit } from '../audit';
import { invalidateUserSessions, type SessionUser } from '../auth/session';
import { collections, type EditionRole, type UserDoc } from '../db/collections';
import { guardedUpdate } from '../db/guarded';
import { can, type Why } from '../policy/rules';

export type AccountChange = { ok: true } | { ok: false; reason: Why };

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
	{ userId, disabled, actor }: { userId: string; disabled: boolean; actor: SessionUser }
): Promise<AccountChange> {
	const verdict = can(actor, 'account.disable', { account: userId });
	if (!verdict.ok) return { ok: false, reason: verdict.why };
	const changed = await changeAccount(
		db,
		userId,
		(user) => user.disabled === disabled,
		() => ({ $set: { disabled, updatedAt: new Date() } })
	);
	if (!changed) return { ok: false, reason: 'missing' };
	// Sessions end even if the account was already disabled: a repeated request finishes the job.
	if (disabled) await invalidateUserSessions(db, userId);
	if (!changed.after) return { ok: true };
	await recordAudit(db, {
		actor: actor._id,
		action: disabled ? 'account.disabled' : 'account.enabled',
		subject: { type: 'account', id: changed.before.email },
		before: { disabled: changed.before.disabled },
		after: { disabled }
	});
	return { ok: true };
}

export async function getUser(db: Db, userId: string) {
	return collections(db).users.findOne({ _id: userId }, { projection: { passwordHash: 0 } });
}

export interface RoleChange {
	userId: string;
	actor: SessionUser;
	grant: boolean;
	role: { edition: string; role: EditionRole } | 'admin';
	organisation?: string | null;
}

/** Grants or revokes one role (an edition role, or admin) and records who changed what. */
export async function changeRole(db: Db, change: RoleChange): Promise<AccountChange> {
	const { role, grant, organisation } = change;
	const verdict =
		role === 'admin' && !grant
			? can(change.actor, 'account.revoke-admin', { account: change.userId })
			: can(change.actor, 'account.manage', {});
	if (!verdict.ok) return { ok: false, reason: verdict.why };
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
	if (!changed) return { ok: false, reason: 'missing' };
	if (!changed.after) return { ok: true };
	const { before, after } = changed;
	await recordAudit(db, {
		actor: change.actor._id,
		action: grant ? 'role.granted' : 'role.revoked',
		subject: { type: 'account', id: before.email },
		before: { isAdmin: before.isAdmin, roles: before.roles, organisations: before.organisations },
		after: { isAdmin: after.isAdmin, roles: after.roles, organisations: after.organisations }
	});
	return { ok: true };
}
