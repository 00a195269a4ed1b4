import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { validateSessionToken, createSession, generateSessionToken } from '../../src/lib/server/auth';
import { collections } from '../../src/lib/server/db/collections';
import { createDraft, saveDraft, submitPractice } from '../../src/lib/server/submissions';
import { approveRegistration, registerApplicant } from '../../src/lib/server/users/registration';
import { practiceDraftForm } from '../../src/lib/schemas';
import { useTestDatabase } from '../support/database';

const stored = { createdAt: new Date(), updatedAt: new Date(), origin: 'app' as const, version: 1 };
const edition = {
	description: '',
	descriptionHtml: '',
	year: 2026,
	isDemo: false,
	phase: 'open' as const,
	...stored
};

describe('self-registration', () => {
	let db: Db;
	beforeAll(async () => {
		db = await useTestDatabase();
		const c = collections(db);
		await c.places.insertOne({
			slug: 'lublin',
			name: 'Lublin',
			kind: 'city',
			voivodeship: 'lubelskie',
			lat: 51.2,
			lng: 22.5,
			...stored
		});
		await c.organisations.insertOne({
			slug: 'um-lublin',
			name: 'Urząd Miasta Lublin',
			kind: 'city-office',
			place: 'lublin',
			...stored
		});
		await c.editions.insertMany([
			{ ...edition, slug: 'open-to-all', name: 'Z rejestracją', selfRegistration: true },
			{ ...edition, slug: 'invitation-only', name: 'Tylko zaproszenia' }
		]);
	});

	const registration = {
		name: 'Ewa Nowak',
		email: 'Ewa@Lublin.eu',
		password: 'Długie hasło urzędniczki 2026',
		organisation: 'um-lublin'
	};

	it('editionWithoutSelfRegistration_refuses', async () => {
		expect(await registerApplicant(db, { ...registration, edition: 'invitation-only' })).toEqual({
			ok: false,
			reason: 'closed'
		});
	});

	it('registeredApplicant_writesDraftsButSubmitsOnlyAfterApproval', async () => {
		const registered = await registerApplicant(db, { ...registration, edition: 'open-to-all' });
		expect(registered.ok).toBe(true);
		if (!registered.ok) return;
		expect(await registerApplicant(db, { ...registration, edition: 'open-to-all' })).toEqual({
			ok: false,
			reason: 'taken'
		});

		const token = generateSessionToken();
		await createSession(db, token, registered.userId);
		const pendingUser = (await validateSessionToken(db, token)).user!;
		expect(pendingUser.pendingApproval).toBe(true);

		const draft = await createDraft(db, pendingUser, 'open-to-all', 'Punkt Obsługi Cudzoziemców');
		if (!draft.ok) throw new Error('draft refused');
		await saveDraft(
			db,
			pendingUser,
			draft.practice.slug,
			practiceDraftForm.parse({
				title: 'Punkt Obsługi Cudzoziemców',
				summary: 'Informacja dla cudzoziemców w Biurze Obsługi Mieszkańców.',
				description: 'Punkt udziela informacji o usługach urzędu i instytucji dla cudzoziemców. '.repeat(3),
				place: 'lublin',
				organisation: 'um-lublin',
				categories: ['info-point'],
				themes: [],
				targetGroups: ['immigrants'],
				periodFrom: '',
				periodTo: '',
				funding: '',
				keyFigures: '',
				links: '',
				version: 1
			})
		);
		expect(await submitPractice(db, pendingUser, draft.practice.slug)).toEqual({
			ok: false,
			reason: 'pending'
		});

		expect(await approveRegistration(db, registered.userId, 'admin-1')).toBe(true);
		const approvedUser = (await validateSessionToken(db, token)).user!;
		expect(approvedUser.pendingApproval).toBeUndefined();
		expect((await submitPractice(db, approvedUser, draft.practice.slug)).ok).toBe(true);
		const actions = (await collections(db).audit.find({ 'subject.id': 'ewa@lublin.eu' }).toArray()).map(
			(e) => e.action
		);
		expect(actions).toEqual(['registration.requested', 'registration.approved']);
	});
});
