import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { validateSessionToken, createSession, generateSessionToken } from '../../src/lib/server/auth';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { collections, type OrganisationRequest } from '../../src/lib/server/db/collections';
import {
	createDraft,
	getOwnPractice,
	listOwnPractices,
	saveDraft,
	submitPractice
} from '../../src/lib/server/submissions';
import { changeRole } from '../../src/lib/server/users';
import {
	approveRegistration,
	confirmRegistration,
	findRegistration,
	requestRegistration
} from '../../src/lib/server/users/registration';
import { practiceDraftForm } from '../../src/lib/schemas';
import { useTestDatabase } from '../support/database';
import { createEdition, createOrganisation, createPlace, createUser, organiser } from '../support/factories';

const ORIGIN = 'http://localhost:3000';

const draftForm = (version: number, organisation: string) =>
	practiceDraftForm.parse({
		title: 'Punkt Obsługi Cudzoziemców',
		summary: 'Informacja dla cudzoziemców w Biurze Obsługi Mieszkańców.',
		description: 'Punkt udziela informacji o usługach urzędu i instytucji dla cudzoziemców. '.repeat(3),
		place: 'lublin',
		organisation,
		categories: ['info-point'],
		themes: [],
		targetGroups: ['immigrants'],
		periodFrom: '',
		periodTo: '',
		funding: '',
		keyFigures: '',
		links: '',
		version
	});

describe('self-registration', () => {
	let db: Db;
	const member: SessionUser = {
		_id: 'member-lublin',
		email: 'urzednik@lublin.eu',
		name: 'Urzędnik',
		isAdmin: false,
		roles: [{ edition: 'open-to-all', role: 'applicant' }],
		organisations: ['um-lublin']
	};

	beforeAll(async () => {
		db = await useTestDatabase();
		await createPlace(db, { slug: 'lublin', name: 'Lublin', voivodeship: 'lubelskie' });
		await createOrganisation(db, { slug: 'um-lublin', name: 'Urząd Miasta Lublin', place: 'lublin' });
		await createOrganisation(db, {
			slug: 'fundacja-nowy-dom',
			name: 'Fundacja Nowy Dom',
			kind: 'ngo',
			place: 'lublin'
		});
		await createEdition(db, { slug: 'open-to-all', name: 'Z rejestracją', selfRegistration: true });
		await createEdition(db, { slug: 'invitation-only', name: 'Tylko zaproszenia' });
	});

	const joinLublin: OrganisationRequest = { kind: 'join', organisation: 'um-lublin' };
	const registration = (email: string, organisationRequest: OrganisationRequest = joinLublin) => ({
		name: 'Ewa Nowak',
		email,
		password: 'Długie hasło urzędniczki 2026',
		edition: 'open-to-all',
		organisationRequest
	});

	/** Registers, opens the mailed link and signs in: the applicant as the site then sees them. */
	async function registerAndConfirm(email: string, request: OrganisationRequest = joinLublin) {
		expect(await requestRegistration(db, registration(email, request), ORIGIN)).toEqual({ ok: true });
		const mail = await collections(db).outbox.findOne({ to: email.toLowerCase() }, { sort: { at: -1 } });
		const token = mail!.text.match(/\/rejestracja\/([a-z0-9]+)/)![1];
		const confirmed = await confirmRegistration(db, token);
		if (!confirmed.ok) throw new Error(`not confirmed: ${confirmed.reason}`);
		const session = generateSessionToken();
		await createSession(db, session, confirmed.userId);
		return { userId: confirmed.userId, token, session };
	}
	const userOf = async (session: string) => (await validateSessionToken(db, session)).user!;

	it('editionWithoutSelfRegistration_refuses', async () => {
		expect(
			await requestRegistration(db, { ...registration('x@lublin.eu'), edition: 'invitation-only' }, ORIGIN)
		).toEqual({ ok: false, reason: 'closed' });
	});

	it('unknownPlaceForANewOrganisation_refuses', async () => {
		expect(
			await requestRegistration(
				db,
				registration('y@lublin.eu', { kind: 'new', name: 'Fundacja', place: 'atlantyda' }),
				ORIGIN
			)
		).toEqual({ ok: false, reason: 'place' });
	});

	it('knownAndUnknownAddresses_getTheSameAnswerAndWork_onlyTheMailDiffers', async () => {
		const c = collections(db);
		const { user: owner } = await createUser(db, { email: 'wlasciciel@lublin.eu' });
		const usersBefore = await c.users.countDocuments();

		const known = await requestRegistration(db, registration('Wlasciciel@Lublin.eu'), ORIGIN);
		const unknown = await requestRegistration(db, registration('nowa@lublin.eu'), ORIGIN);
		expect(known).toEqual(unknown);
		// Both hashed a password into a stored one-time token; neither created an account.
		for (const email of ['wlasciciel@lublin.eu', 'nowa@lublin.eu']) {
			const token = await c.tokens.findOne({ email, kind: 'registration' });
			expect(token?.registration?.passwordHash).toMatch(/^\$argon2id\$/);
		}
		expect(await c.users.countDocuments()).toBe(usersBefore);

		const toOwner = await c.outbox.findOne({ to: 'wlasciciel@lublin.eu' });
		expect(toOwner?.text).toContain('konto z tym adresem już istnieje');
		expect(toOwner?.text).toContain(`${ORIGIN}/reset-hasla`);
		expect(toOwner?.text).not.toContain('/rejestracja/');
		const toNewcomer = await c.outbox.findOne({ to: 'nowa@lublin.eu' });
		expect(toNewcomer?.text).toMatch(new RegExp(`${ORIGIN}/rejestracja/[a-z0-9]+`));
		expect((await c.users.findOne({ _id: owner._id }))?.version).toBe(owner.version);
	});

	it('confirmationLink_createsAPendingAccountOfNoOrganisation_once', async () => {
		const { userId, token } = await registerAndConfirm('Jan@Lublin.eu');
		expect(await collections(db).users.findOne({ _id: userId })).toMatchObject({
			email: 'jan@lublin.eu',
			organisations: [],
			pendingApproval: true,
			organisationRequest: joinLublin,
			roles: [{ edition: 'open-to-all', role: 'applicant' }]
		});
		expect(await confirmRegistration(db, token)).toEqual({ ok: false, reason: 'invalid' });
		expect(await findRegistration(db, token)).toBeNull();
	});

	it('expiredLink_createsNothing', async () => {
		await requestRegistration(db, registration('spozniona@lublin.eu'), ORIGIN);
		const mail = await collections(db).outbox.findOne({ to: 'spozniona@lublin.eu' });
		const token = mail!.text.match(/\/rejestracja\/([a-z0-9]+)/)![1];
		await collections(db).tokens.updateOne(
			{ email: 'spozniona@lublin.eu' },
			{ $set: { expiresAt: new Date(Date.now() - 1000) } }
		);
		expect(await confirmRegistration(db, token)).toEqual({ ok: false, reason: 'invalid' });
		expect(await collections(db).users.findOne({ email: 'spozniona@lublin.eu' })).toBeNull();
	});

	it('twoLinksForOneAddress_createOneAccount', async () => {
		await requestRegistration(db, registration('dwa@lublin.eu'), ORIGIN);
		await requestRegistration(db, registration('dwa@lublin.eu'), ORIGIN);
		const links = (await collections(db).outbox.find({ to: 'dwa@lublin.eu' }).toArray()).map(
			(mail) => mail.text.match(/\/rejestracja\/([a-z0-9]+)/)![1]
		);
		expect(links).toHaveLength(2);
		expect((await confirmRegistration(db, links[0])).ok).toBe(true);
		expect(await confirmRegistration(db, links[1])).toEqual({ ok: false, reason: 'exists' });
		expect(await collections(db).users.countDocuments({ email: 'dwa@lublin.eu' })).toBe(1);
	});

	it('claimantOfAnOrganisation_seesOnlyOwnDraftsUntilApproved', async () => {
		const theirs = await createDraft(db, member, 'open-to-all', 'Szkic urzędu');
		if (!theirs.ok) throw new Error('draft refused');
		const { session } = await registerAndConfirm('ewa@lublin.eu');
		const claimant = await userOf(session);
		expect(claimant.pendingApproval).toBe(true);

		expect(await getOwnPractice(db, claimant, theirs.practice.slug)).toBeNull();
		const own = await createDraft(db, claimant, 'open-to-all', 'Punkt Obsługi Cudzoziemców');
		if (!own.ok) throw new Error('draft refused');
		expect((await listOwnPractices(db, claimant)).map((p) => p.slug)).toEqual([own.practice.slug]);
		expect(await getOwnPractice(db, member, own.practice.slug)).toBeNull();
		expect((await saveDraft(db, claimant, own.practice.slug, draftForm(1, ''))).ok).toBe(true);
		expect(await submitPractice(db, claimant, own.practice.slug)).toEqual({ ok: false, reason: 'pending' });
	});

	it('approvingAJoinRequest_makesThemAMemberAndMovesTheirDrafts_onceAndAudited', async () => {
		const { userId, session } = await registerAndConfirm('anna@lublin.eu');
		const own = await createDraft(db, await userOf(session), 'open-to-all', 'Szkic Anny');
		if (!own.ok) throw new Error('draft refused');

		// A stale page (another version) changes nothing.
		expect(await approveRegistration(db, userId, organiser('admin-1'), 7)).toEqual({
			ok: false,
			reason: 'not-pending'
		});
		expect(await approveRegistration(db, userId, organiser('admin-1'), 1)).toEqual({
			ok: true,
			organisation: 'um-lublin'
		});
		expect(await approveRegistration(db, userId, organiser('admin-1'), 1)).toEqual({
			ok: false,
			reason: 'not-pending'
		});

		const approved = await userOf(session);
		expect(approved.pendingApproval).toBeUndefined();
		expect(approved.organisations).toEqual(['um-lublin']);
		const moved = await collections(db).practices.findOne({ slug: own.practice.slug });
		expect(moved?.organisations).toEqual(['um-lublin']);
		// Now a member: the organisation's entries are theirs too, and the draft can be sent.
		expect(await getOwnPractice(db, member, own.practice.slug)).not.toBeNull();
		await saveDraft(db, approved, own.practice.slug, draftForm(moved!.version, 'um-lublin'));
		expect((await submitPractice(db, approved, own.practice.slug)).ok).toBe(true);

		const actions = (await collections(db).audit.find({ 'subject.id': 'anna@lublin.eu' }).toArray()).map(
			(e) => e.action
		);
		expect(actions).toEqual(['registration.requested', 'registration.confirmed', 'registration.approved']);
		const mail = await collections(db).outbox.findOne({ to: 'anna@lublin.eu', subject: /zatwierdzone/ });
		expect(mail?.text).toContain('Urząd Miasta Lublin');
	});

	it('approvingANewOrganisationRequest_createsItWithAUniqueSlug_andARetryReusesIt', async () => {
		const c = collections(db);
		const request: OrganisationRequest = { kind: 'new', name: 'Fundacja Nowy Dom', place: 'lublin' };
		const first = await registerAndConfirm('fundacja@lublin.eu', request);
		expect(await approveRegistration(db, first.userId, organiser('admin-1'), 1)).toEqual({
			ok: true,
			organisation: 'fundacja-nowy-dom-2'
		});
		expect(await c.organisations.findOne({ slug: 'fundacja-nowy-dom-2' })).toMatchObject({
			name: 'Fundacja Nowy Dom',
			place: 'lublin',
			requestedBy: first.userId
		});
		expect((await userOf(first.session)).organisations).toEqual(['fundacja-nowy-dom-2']);

		// An approval that stopped after creating the organisation finds it again on the next try.
		const second = await registerAndConfirm('druga@lublin.eu', { ...request, name: 'Stowarzyszenie Razem' });
		await createOrganisation(db, {
			slug: 'stowarzyszenie-razem',
			name: 'Stowarzyszenie Razem',
			kind: 'other',
			place: 'lublin',
			requestedBy: second.userId
		});
		expect(await approveRegistration(db, second.userId, organiser('admin-1'), 1)).toEqual({
			ok: true,
			organisation: 'stowarzyszenie-razem'
		});
		expect(await c.organisations.countDocuments({ name: 'Stowarzyszenie Razem' })).toBe(1);
	});
});

describe('roles', () => {
	let db: Db;
	beforeAll(async () => {
		db = await useTestDatabase();
	});

	it('grantingAndRevokingARole_changesTheAccountAndIsAudited', async () => {
		const { user } = await createUser(db);
		const applicant = { edition: 'demo', role: 'applicant' as const };
		await changeRole(db, {
			userId: user._id,
			actor: organiser('admin-1'),
			grant: true,
			role: applicant,
			organisation: 'um-lublin'
		});
		await changeRole(db, {
			userId: user._id,
			actor: organiser('admin-1'),
			grant: true,
			role: applicant,
			organisation: 'um-lublin'
		});
		expect(await collections(db).users.findOne({ _id: user._id })).toMatchObject({
			roles: [applicant],
			organisations: ['um-lublin']
		});
		await changeRole(db, { userId: user._id, actor: organiser('admin-1'), grant: false, role: applicant });
		await changeRole(db, { userId: user._id, actor: organiser('admin-1'), grant: true, role: 'admin' });
		expect(await collections(db).users.findOne({ _id: user._id })).toMatchObject({
			roles: [],
			isAdmin: true
		});
		const events = await collections(db).audit.find({ 'subject.id': user.email }).sort({ at: 1 }).toArray();
		// The repeated grant changed nothing, so it records nothing.
		expect(events.map((e) => e.action)).toEqual(['role.granted', 'role.revoked', 'role.granted']);
		expect(events[1].before).toMatchObject({ roles: [applicant] });
	});
});
