import { randomUUID } from 'node:crypto';
import type { Db } from 'mongodb';
import { recordAudit } from '../audit';
import { hashPassword } from '../auth/password';
import { collections } from '../db/collections';
import { acceptsSubmissions } from '../editions';
import { sendMail } from '../mail';

/** Editions whose applicants may register themselves now. */
export async function editionsOpenForRegistration(db: Db, now = new Date()) {
	const editions = await collections(db).editions.find({ selfRegistration: true }).toArray();
	return editions.filter((e) => acceptsSubmissions(e, now));
}

export interface Registration {
	name: string;
	email: string;
	password: string;
	edition: string;
	organisation: string;
}

export type RegistrationResult =
	{ ok: true; userId: string } | { ok: false; reason: 'closed' | 'organisation' | 'taken' };

export async function registerApplicant(db: Db, registration: Registration): Promise<RegistrationResult> {
	const c = collections(db);
	const email = registration.email.trim().toLowerCase();
	const open = await editionsOpenForRegistration(db);
	if (!open.some((e) => e.slug === registration.edition)) return { ok: false, reason: 'closed' };
	if (!(await c.organisations.findOne({ slug: registration.organisation })))
		return { ok: false, reason: 'organisation' };
	if (await c.users.findOne({ email })) return { ok: false, reason: 'taken' };
	const now = new Date();
	const userId = randomUUID();
	await c.users.insertOne({
		_id: userId,
		email,
		name: registration.name,
		passwordHash: await hashPassword(registration.password),
		isAdmin: false,
		roles: [{ edition: registration.edition, role: 'applicant' }],
		organisations: [registration.organisation],
		disabled: false,
		isDemo: false,
		pendingApproval: true,
		createdAt: now,
		updatedAt: now,
		version: 1
	});
	await recordAudit(db, {
		actor: userId,
		action: 'registration.requested',
		subject: { type: 'account', id: email },
		after: { edition: registration.edition, organisation: registration.organisation }
	});
	await sendMail(db, {
		to: email,
		subject: 'Rejestracja w platformie Miasta Otwarte',
		text: `Dzień dobry,\n\nkonto zostało założone. Możesz już pisać szkice; zgłosić praktykę będzie można po zatwierdzeniu konta przez organizatora.\n\nMiasta Otwarte`
	});
	return { ok: true, userId };
}

export async function approveRegistration(db: Db, userId: string, actor: string): Promise<boolean> {
	const users = collections(db).users;
	const user = await users.findOneAndUpdate(
		{ _id: userId, pendingApproval: true },
		{ $set: { pendingApproval: false, updatedAt: new Date() }, $inc: { version: 1 } },
		{ returnDocument: 'after' }
	);
	if (!user) return false;
	await recordAudit(db, {
		actor,
		action: 'registration.approved',
		subject: { type: 'account', id: user.email }
	});
	await sendMail(db, {
		to: user.email,
		subject: 'Konto zatwierdzone — Miasta Otwarte',
		text: `Dzień dobry,\n\norganizator zatwierdził Twoje konto. Możesz już zgłaszać praktyki.\n\nMiasta Otwarte`
	});
	return true;
}
