import { MongoServerError, ObjectId, type Db } from 'mongodb';
import { recordAudit } from '../audit';
import type { SessionUser } from '../auth/session';
import { collections, type EditionDoc, type JurorDoc } from '../db/collections';
import { guardedUpdate } from '../db/guarded';
import { inviteUser } from '../invitations';
import { can, type Why } from '../policy/rules';
import { changeRole } from '../users';

export type JuryChange<T = object> =
	| ({ ok: true } & T)
	| { ok: false; reason: Why | 'conflict' | 'no-account' | 'unknown-affiliation' | 'has-scores' };

export interface JurorDetails {
	affiliations: { organisations: string[]; places: string[] };
	publicProfile: boolean;
	bio: string;
	quotable: boolean;
}

const isDuplicateKey = (cause: unknown) => cause instanceof MongoServerError && cause.code === 11000;

/** Whether a juror affiliated with a place is conflicted with its entries (the default). */
export const placeConflictsOf = (edition: Pick<EditionDoc, 'placeConflicts'>) =>
	edition.placeConflicts ?? true;

/** The jurors of an edition with their accounts (null while an invitation waits). */
export async function listJury(db: Db, edition: string) {
	const c = collections(db);
	const jurors = await c.jurors.find({ edition }).sort({ createdAt: 1 }).toArray();
	const ids = jurors.flatMap((j) => (j.user ? [j.user] : []));
	const accounts = await c.users.find({ _id: { $in: ids } }, { projection: { passwordHash: 0 } }).toArray();
	const byId = new Map(accounts.map((a) => [a._id, a]));
	return jurors.map((juror) => ({ juror, account: juror.user ? (byId.get(juror.user) ?? null) : null }));
}

/** Affiliations must name organisations and places that exist. */
async function affiliationsExist(db: Db, { organisations, places }: JurorDetails['affiliations']) {
	const c = collections(db);
	const [o, p] = await Promise.all([
		c.organisations.countDocuments({ slug: { $in: organisations } }),
		c.places.countDocuments({ slug: { $in: places } })
	]);
	return o === new Set(organisations).size && p === new Set(places).size;
}

const detailsOf = (details: JurorDetails) => ({
	affiliations: {
		organisations: [...new Set(details.affiliations.organisations)],
		places: [...new Set(details.affiliations.places)]
	},
	publicProfile: details.publicProfile,
	bio: details.bio.trim(),
	quotable: details.quotable
});

/** What the audit log keeps of a juror record. */
const audited = (j: JurorDoc) => ({
	affiliations: j.affiliations,
	publicProfile: j.publicProfile,
	bio: j.bio,
	quotable: j.quotable
});

export type NewJuror = JurorDetails & { userId?: string; email?: string };

/**
 * Names a juror of the edition. An existing account (chosen, or found by the address typed) is
 * given the edition's juror role and a record at once; an unknown address gets a record waiting
 * for it and an invitation to the juror role, and the record passes to the account when the
 * invitation is accepted. The unique index makes a repeated or concurrent request add (and
 * audit, and invite) once; `added: false` says the juror was already there.
 */
export async function addJuror(
	db: Db,
	actor: SessionUser,
	editionSlug: string,
	input: NewJuror,
	origin: string
): Promise<JuryChange<{ added: boolean; invited: boolean }>> {
	const c = collections(db);
	const edition = await c.editions.findOne({ slug: editionSlug });
	if (!edition) return { ok: false, reason: 'missing' };
	const verdict = can(actor, 'jury.manage', { edition });
	if (!verdict.ok) return { ok: false, reason: verdict.why };
	const details = detailsOf(input);
	if (!(await affiliationsExist(db, details.affiliations)))
		return { ok: false, reason: 'unknown-affiliation' };

	const email = input.email?.trim().toLowerCase();
	const account = input.userId
		? await c.users.findOne({ _id: input.userId })
		: email
			? await c.users.findOne({ email })
			: null;
	if (input.userId && !account) return { ok: false, reason: 'no-account' };
	if (!account && !email) return { ok: false, reason: 'no-account' };

	const now = new Date();
	const record = (user: string | null, invitedEmail: string | null): JurorDoc => ({
		edition: edition.slug,
		user,
		invitedEmail,
		...details,
		addedBy: actor._id,
		createdAt: now,
		updatedAt: now,
		version: 1
	});
	const insert = async (doc: JurorDoc) => {
		try {
			await c.jurors.insertOne(doc);
			return true;
		} catch (cause) {
			if (isDuplicateKey(cause)) return false;
			throw cause;
		}
	};

	if (account) {
		const granted = await changeRole(db, {
			userId: account._id,
			actor,
			grant: true,
			role: { edition: edition.slug, role: 'juror' }
		});
		if (!granted.ok) return { ok: false, reason: granted.reason };
		const added = await insert(record(account._id, null));
		// An invitation to this address may still wait: the account now has the record instead.
		await c.jurors.deleteMany({ edition: edition.slug, user: null, invitedEmail: account.email });
		if (added)
			await recordAudit(db, {
				actor: actor._id,
				action: 'jury.juror-added',
				subject: { type: 'edition', id: edition.slug },
				after: { account: account.email, ...audited(record(account._id, null)) }
			});
		return { ok: true, added, invited: false };
	}

	const address = email as string;
	const added = await insert(record(null, address));
	if (added) {
		await inviteUser(
			db,
			{ email: address, role: 'juror', edition: edition.slug, organisation: null },
			actor._id,
			origin
		);
		await recordAudit(db, {
			actor: actor._id,
			action: 'jury.juror-invited',
			subject: { type: 'edition', id: edition.slug },
			after: { invited: address, ...audited(record(null, address)) }
		});
	}
	return { ok: true, added, invited: true };
}

function jurorId(id: string): ObjectId | null {
	return ObjectId.isValid(id) && /^[0-9a-f]{24}$/.test(id) ? new ObjectId(id) : null;
}

async function findJuror(db: Db, editionSlug: string, id: string) {
	const _id = jurorId(id);
	return _id ? collections(db).jurors.findOne({ _id, edition: editionSlug }) : null;
}

/** Changes a juror's affiliations and consents, only from the version the organiser read. */
export async function updateJuror(
	db: Db,
	actor: SessionUser,
	editionSlug: string,
	change: JurorDetails & { id: string; version: number }
): Promise<JuryChange> {
	const c = collections(db);
	const edition = await c.editions.findOne({ slug: editionSlug });
	if (!edition) return { ok: false, reason: 'missing' };
	const verdict = can(actor, 'jury.manage', { edition });
	if (!verdict.ok) return { ok: false, reason: verdict.why };
	const before = await findJuror(db, editionSlug, change.id);
	if (!before) return { ok: false, reason: 'missing' };
	const details = detailsOf(change);
	if (!(await affiliationsExist(db, details.affiliations)))
		return { ok: false, reason: 'unknown-affiliation' };
	if (before.version !== change.version) return { ok: false, reason: 'conflict' };
	const after = await guardedUpdate(db, c.jurors, before, { $set: { ...details, updatedAt: new Date() } });
	if (!after) return { ok: false, reason: 'conflict' };
	await recordAudit(db, {
		actor: actor._id,
		action: 'jury.juror-updated',
		subject: { type: 'edition', id: editionSlug },
		before: { juror: before.user ?? before.invitedEmail, ...audited(before) },
		after: { juror: after.user ?? after.invitedEmail, ...audited(after) }
	});
	return { ok: true };
}

/**
 * Takes a juror off the jury and revokes their role (or the invitation still waiting). Only
 * before the review starts (see `JURY_REMOVAL_PHASES`): from then on they may have scored; and
 * never once they have any score in the edition.
 * Repeating it changes nothing more: the role is revoked once, the record deleted once.
 */
export async function removeJuror(
	db: Db,
	actor: SessionUser,
	editionSlug: string,
	{ id, version }: { id: string; version: number }
): Promise<JuryChange> {
	const c = collections(db);
	const edition = await c.editions.findOne({ slug: editionSlug });
	if (!edition) return { ok: false, reason: 'missing' };
	const verdict = can(actor, 'jury.remove', { edition });
	if (!verdict.ok) return { ok: false, reason: verdict.why };
	const juror = await findJuror(db, editionSlug, id);
	if (!juror) return { ok: true };
	if (juror.version !== version) return { ok: false, reason: 'conflict' };
	// Scores are the jury's record: a juror who has any stays, whatever the phase.
	if (juror.user && (await c.scores.countDocuments({ edition: editionSlug, juror: juror.user })) > 0)
		return { ok: false, reason: 'has-scores' };
	if (juror.user) {
		const revoked = await changeRole(db, {
			userId: juror.user,
			actor,
			grant: false,
			role: { edition: editionSlug, role: 'juror' }
		});
		if (!revoked.ok && revoked.reason !== 'missing') return { ok: false, reason: revoked.reason };
	} else if (juror.invitedEmail) {
		// The invitation must not make them a juror after all.
		await c.tokens.deleteMany({
			kind: 'invitation',
			email: juror.invitedEmail,
			'role.edition': editionSlug,
			'role.role': 'juror',
			usedAt: null
		});
	}
	const removed = await c.jurors.deleteOne({ _id: juror._id, version: juror.version });
	if (removed.deletedCount === 1)
		await recordAudit(db, {
			actor: actor._id,
			action: 'jury.juror-removed',
			subject: { type: 'edition', id: editionSlug },
			before: { juror: juror.user ?? juror.invitedEmail, ...audited(juror) }
		});
	return { ok: true };
}

/** The edition's rule on place affiliations, saved only from the version the organiser read. */
export async function setPlaceConflicts(
	db: Db,
	actor: SessionUser,
	editionSlug: string,
	{ placeConflicts, version }: { placeConflicts: boolean; version: number }
): Promise<JuryChange> {
	const editions = collections(db).editions;
	const edition = await editions.findOne({ slug: editionSlug });
	if (!edition) return { ok: false, reason: 'missing' };
	const verdict = can(actor, 'jury.manage', { edition });
	if (!verdict.ok) return { ok: false, reason: verdict.why };
	if (placeConflictsOf(edition) === placeConflicts) return { ok: true };
	if (edition.version !== version) return { ok: false, reason: 'conflict' };
	const after = await guardedUpdate(db, editions, edition, {
		$set: { placeConflicts, updatedAt: new Date() }
	});
	if (!after) return { ok: false, reason: 'conflict' };
	await recordAudit(db, {
		actor: actor._id,
		action: 'edition.place-conflicts-changed',
		subject: { type: 'edition', id: editionSlug },
		before: { placeConflicts: placeConflictsOf(edition) },
		after: { placeConflicts }
	});
	return { ok: true };
}
