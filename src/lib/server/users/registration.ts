import { randomUUID } from 'node:crypto';
import { byPolishName } from '../../collation';
import { MongoServerError, type Db } from 'mongodb';
import { recordAudit } from '../audit';
import { hashPassword } from '../auth/password';
import { consumeToken, findUsableToken, issueToken } from '../auth/tokens';
import { collections, type OrganisationDoc, type OrganisationRequest, type UserDoc } from '../db/collections';
import { guardedUpdate } from '../db/guarded';
import type { SessionUser } from '../auth/session';
import { acceptsSubmissions, can, type Why } from '../policy/rules';
import { sendMail } from '../mail';
import { listOrganisations } from '../organisations';
import { adoptOwnDrafts, slugify } from '../submissions';

const REGISTRATION_LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Editions whose applicants may register themselves now. */
export async function editionsOpenForRegistration(db: Db, now = new Date()) {
	const editions = await collections(db).editions.find({ selfRegistration: true }).toArray();
	return editions.filter((e) => acceptsSubmissions(e, now));
}

/** The organisations a registration may ask to join and the places a new one may be in, by name. */
export async function registrationChoices(db: Db) {
	const [organisations, places] = await Promise.all([
		listOrganisations(db),
		collections(db)
			.places.find({}, { projection: { _id: 0, slug: 1, name: 1 } })
			.toArray()
	]);
	return { organisations: byPolishName(organisations), places: byPolishName(places) };
}

export interface Registration {
	name: string;
	email: string;
	password: string;
	edition: string;
	organisationRequest: OrganisationRequest;
}

export type RegistrationResult = { ok: true } | { ok: false; reason: 'closed' | 'organisation' | 'place' };

/**
 * Asks for an account. The answer, and the work done, are the same whether the address is known
 * or not, so registration cannot tell who has an account: the password is hashed and a one-time
 * token stored either way. A new address is mailed the link that creates the account; a known
 * one is mailed a notice to its owner instead (its token is never sent, so it can never be used).
 */
export async function requestRegistration(
	db: Db,
	registration: Registration,
	origin: string
): Promise<RegistrationResult> {
	const c = collections(db);
	const email = registration.email.trim().toLowerCase();
	const open = await editionsOpenForRegistration(db);
	if (!open.some((e) => e.slug === registration.edition)) return { ok: false, reason: 'closed' };
	const request = registration.organisationRequest;
	if (request.kind === 'join' && !(await c.organisations.findOne({ slug: request.organisation })))
		return { ok: false, reason: 'organisation' };
	if (request.kind === 'new' && !(await c.places.findOne({ slug: request.place })))
		return { ok: false, reason: 'place' };

	const passwordHash = await hashPassword(registration.password);
	const known = await c.users.findOne({ email });
	const token = await issueToken(
		db,
		{
			kind: 'registration',
			email,
			createdBy: null,
			registration: {
				name: registration.name,
				passwordHash,
				edition: registration.edition,
				organisationRequest: request
			}
		},
		REGISTRATION_LINK_LIFETIME_MS
	);
	await sendMail(
		db,
		known
			? {
					to: email,
					subject: 'Próba rejestracji w platformie Miasta Otwarte',
					text: `Dzień dobry,\n\nktoś próbował założyć konto w platformie Miasta Otwarte z tym adresem e-mail, ale konto z tym adresem już istnieje. Jeśli to Ty, zaloguj się:\n${origin}/logowanie\nalbo ustaw nowe hasło:\n${origin}/reset-hasla\n\nJeśli to nie Ty, zignoruj tę wiadomość — nic nie zostało zmienione.\n\nMiasta Otwarte`
				}
			: {
					to: email,
					subject: 'Potwierdź rejestrację — Miasta Otwarte',
					text: `Dzień dobry,\n\naby założyć konto w platformie Miasta Otwarte, otwórz w ciągu 24 godzin link:\n${origin}/rejestracja/${token}\n\nJeśli to nie Ty, zignoruj tę wiadomość — konto nie zostanie założone.\n\nMiasta Otwarte`
				}
	);
	await recordAudit(db, {
		actor: null,
		action: known ? 'registration.attempted-existing' : 'registration.requested',
		subject: { type: 'account', id: email },
		after: { edition: registration.edition, organisationRequest: request }
	});
	return { ok: true };
}

export function findRegistration(db: Db, token: string) {
	return findUsableToken(db, token, 'registration');
}

type LinkRefusal = { ok: false; reason: 'invalid' | 'exists' };

/** What a registration link would do now: create the account for its address, or nothing. */
export async function registrationLink(db: Db, token: string) {
	const found = await findRegistration(db, token);
	if (!found?.registration) return { ok: false, reason: 'invalid' } as LinkRefusal;
	if (await collections(db).users.findOne({ email: found.email }, { projection: { _id: 1 } }))
		return { ok: false, reason: 'exists' } as LinkRefusal;
	return { ok: true as const, email: found.email, registration: found.registration };
}

export type ConfirmResult = { ok: true; userId: string } | LinkRefusal;

/** Creates the pending account from a valid link, once; it belongs to no organisation yet. */
export async function confirmRegistration(db: Db, token: string): Promise<ConfirmResult> {
	const link = await registrationLink(db, token);
	if (!link.ok) return link;
	if (!(await consumeToken(db, token))) return { ok: false, reason: 'invalid' };
	const found = link;
	const users = collections(db).users;
	const { name, passwordHash, edition, organisationRequest } = found.registration;
	const now = new Date();
	const userId = randomUUID();
	try {
		await users.insertOne({
			_id: userId,
			email: found.email,
			name,
			passwordHash,
			isAdmin: false,
			roles: [{ edition, role: 'applicant' }],
			organisations: [],
			disabled: false,
			isDemo: false,
			pendingApproval: true,
			organisationRequest,
			createdAt: now,
			updatedAt: now,
			version: 1
		});
	} catch (e) {
		// Two links for one address, opened at once: the unique index lets one account through.
		if (e instanceof MongoServerError && e.code === 11000) return { ok: false, reason: 'exists' };
		throw e;
	}
	await recordAudit(db, {
		actor: userId,
		action: 'registration.confirmed',
		subject: { type: 'account', id: found.email },
		after: { edition, organisationRequest }
	});
	return { ok: true, userId };
}

export type ApprovalResult =
	| { ok: true; organisation: string | null }
	| { ok: false; reason: Why | 'not-pending' | 'organisation' | 'place' };

/**
 * The organiser grants what the applicant asked for: membership of the organisation they named,
 * or a new organisation of which they become the member; their own drafts move into it. Guarded
 * by the account's version, so a repeated or stale approval changes nothing; a new organisation
 * is found again by `requestedBy` if an earlier attempt stopped halfway.
 */
export async function approveRegistration(
	db: Db,
	userId: string,
	actor: SessionUser,
	version: number
): Promise<ApprovalResult> {
	const verdict = can(actor, 'account.manage', {});
	if (!verdict.ok) return { ok: false, reason: verdict.why };
	const c = collections(db);
	const pending = await c.users.findOne({ _id: userId, pendingApproval: true, version });
	if (!pending) return { ok: false, reason: 'not-pending' };
	const request = pending.organisationRequest;
	let organisation: OrganisationDoc | null = null;
	if (request?.kind === 'join') {
		organisation = await c.organisations.findOne({ slug: request.organisation });
		if (!organisation) return { ok: false, reason: 'organisation' };
	} else if (request?.kind === 'new') {
		if (!(await c.places.findOne({ slug: request.place }))) return { ok: false, reason: 'place' };
		organisation = await organisationFor(db, pending._id, request);
	}
	// Accounts registered before requests were recorded keep the organisations they listed.
	const approved = await guardedUpdate(
		db,
		c.users,
		pending,
		{
			$set: { pendingApproval: false, updatedAt: new Date() },
			...(organisation ? { $addToSet: { organisations: organisation.slug } } : {})
		},
		{ pendingApproval: true }
	);
	if (!approved) return { ok: false, reason: 'not-pending' };
	const moved = organisation ? await adoptOwnDrafts(db, userId, organisation.slug) : 0;
	await recordAudit(db, {
		actor: actor._id,
		action: 'registration.approved',
		subject: { type: 'account', id: approved.email },
		before: { pendingApproval: true, organisations: pending.organisations, organisationRequest: request },
		after: { pendingApproval: false, organisations: approved.organisations, draftsMoved: moved }
	});
	await sendMail(db, approvalMail(approved, organisation));
	return { ok: true, organisation: organisation?.slug ?? null };
}

function approvalMail(user: UserDoc, organisation: OrganisationDoc | null) {
	const member = organisation
		? ` jako członka organizacji „${organisation.name}”. Twoje szkice należą teraz do tej organizacji`
		: '';
	return {
		to: user.email,
		subject: 'Konto zatwierdzone — Miasta Otwarte',
		text: `Dzień dobry,\n\norganizator zatwierdził Twoje konto${member}. Możesz już zgłaszać praktyki.\n\nMiasta Otwarte`
	};
}

/** The organisation a "new organisation" request asked for: created once, with a unique slug. */
async function organisationFor(
	db: Db,
	userId: string,
	request: Extract<OrganisationRequest, { kind: 'new' }>
): Promise<OrganisationDoc> {
	const organisations = collections(db).organisations;
	const earlier = await organisations.findOne({ requestedBy: userId });
	if (earlier) return earlier;
	const base = slugify(request.name, 'organizacja');
	for (let n = 1; ; n++) {
		const now = new Date();
		const doc: OrganisationDoc = {
			slug: n === 1 ? base : `${base}-${n}`,
			name: request.name,
			kind: 'other',
			place: request.place,
			requestedBy: userId,
			createdAt: now,
			updatedAt: now,
			origin: 'app',
			version: 1
		};
		try {
			await organisations.insertOne(doc);
			return doc;
		} catch (e) {
			if (!(e instanceof MongoServerError && e.code === 11000)) throw e;
		}
	}
}
