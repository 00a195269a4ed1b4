import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { collections } from '../../src/lib/server/db/collections';
import { advancePhase } from '../../src/lib/server/editions';
import {
	createDraft,
	getOwnPractice,
	listOwnPractices,
	saveDraft,
	submitPractice,
	withdrawPractice
} from '../../src/lib/server/submissions';
import { practiceDraftForm } from '../../src/lib/schemas';
import { useTestDatabase } from '../support/database';
import { createEdition, createOrganisation, createPlace, createUser } from '../support/factories';

const HOUR = 60 * 60 * 1000;

const applicantOf = (organisation: string, edition = 'open-edition'): SessionUser => ({
	_id: `applicant-${organisation}`,
	email: `${organisation}@example.org`,
	name: organisation,
	isAdmin: false,
	roles: [{ edition, role: 'applicant' }],
	organisations: [organisation]
});
const poznan = applicantOf('um-poznan');
const lublin = applicantOf('um-lublin');

const completeForm = (version: number) =>
	practiceDraftForm.parse({
		title: 'Migrant Info Point',
		summary: 'Punkt informacyjny dla cudzoziemców w Poznaniu, prowadzony z uczelnią.',
		description: 'Punkt udziela porad studentom i pracownikom z zagranicy. '.repeat(4),
		place: 'poznan',
		organisation: 'um-poznan',
		categories: ['info-point'],
		themes: [],
		targetGroups: ['immigrants'],
		periodFrom: '2013',
		periodTo: '',
		funding: '',
		keyFigures: 'Porady: ponad 1000',
		links: '',
		version
	});

describe('submissions', () => {
	let db: Db;
	beforeAll(async () => {
		db = await useTestDatabase();
		await createPlace(db, { slug: 'poznan', name: 'Poznań', voivodeship: 'wielkopolskie' });
		await createPlace(db, { slug: 'lublin', name: 'Lublin', voivodeship: 'lubelskie' });
		await createOrganisation(db, { slug: 'um-poznan', name: 'Urząd Miasta Poznania', place: 'poznan' });
		await createOrganisation(db, { slug: 'um-lublin', name: 'Urząd Miasta Lublin', place: 'lublin' });
		await createEdition(db, { slug: 'open-edition', phase: 'open' });
		await createEdition(db, {
			slug: 'closed-edition',
			phase: 'open',
			submissionsClose: new Date(Date.now() - HOUR)
		});
	});

	it('applicant_createsADraftForTheirOrganisation', async () => {
		const result = await createDraft(db, poznan, 'open-edition', 'Punkt Obsługi Cudzoziemców');
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.practice.slug).toMatch(/^punkt-obslugi-cudzoziemcow-[0-9a-f]{8}$/);
		expect(result.practice).toMatchObject({
			status: 'draft',
			place: 'poznan',
			organisations: ['um-poznan'],
			version: 1
		});
	});

	it('otherOrganisation_cannotSeeTheDraft', async () => {
		const created = await createDraft(db, poznan, 'open-edition', 'Tylko dla Poznania');
		if (!created.ok) throw new Error('draft not created');
		expect(await getOwnPractice(db, lublin, created.practice.slug)).toBeNull();
		expect((await saveDraft(db, lublin, created.practice.slug, completeForm(1))).ok).toBe(false);
	});

	it('pastTheDeadline_noDraftIsAccepted', async () => {
		expect(
			await createDraft(db, applicantOf('um-poznan', 'closed-edition'), 'closed-edition', 'Za późno')
		).toEqual({ ok: false, reason: 'closed' });
	});

	it('notAnApplicantOfTheEdition_isRefused', async () => {
		expect(await createDraft(db, poznan, 'closed-edition', 'Nie moja edycja')).toEqual({
			ok: false,
			reason: 'forbidden'
		});
	});

	it('twoOfficialsSavingTheSameVersion_secondGetsAConflictWithTheStoredVersion', async () => {
		const created = await createDraft(db, poznan, 'open-edition', 'Wspólny szkic');
		if (!created.ok) throw new Error('draft not created');
		const first = await saveDraft(db, poznan, created.practice.slug, {
			...completeForm(1),
			summary: 'Wersja pierwszej osoby, dość długa.'
		});
		const second = await saveDraft(db, poznan, created.practice.slug, {
			...completeForm(1),
			summary: 'Wersja drugiej osoby.'
		});
		expect(first.ok).toBe(true);
		expect(second.ok).toBe(false);
		if (second.ok || second.reason !== 'conflict') throw new Error('expected a conflict');
		expect(second.current.summary).toBe('Wersja pierwszej osoby, dość długa.');
		expect(second.current.version).toBe(2);
	});

	it('aPlaceThatDoesNotExist_isRefusedAndNothingIsStored', async () => {
		const created = await createDraft(db, poznan, 'open-edition', 'Szkic z miejscem');
		if (!created.ok) throw new Error('draft not created');
		expect(
			await saveDraft(db, poznan, created.practice.slug, { ...completeForm(1), place: 'atlantyda' })
		).toEqual({ ok: false, reason: 'unknown-place' });
		expect(await getOwnPractice(db, poznan, created.practice.slug)).toMatchObject({
			place: 'poznan',
			version: 1
		});
	});

	it('incompleteDraft_cannotBeSubmitted', async () => {
		const created = await createDraft(db, poznan, 'open-edition', 'Pusty szkic');
		if (!created.ok) throw new Error('draft not created');
		expect(await submitPractice(db, poznan, created.practice.slug)).toEqual({
			ok: false,
			reason: 'incomplete',
			missing: ['summary', 'description', 'categories', 'targetGroups']
		});
	});

	it('completeDraft_isSubmittedWithAReceiptAndCanBeWithdrawn', async () => {
		const created = await createDraft(db, poznan, 'open-edition', 'Migrant Info Point');
		if (!created.ok) throw new Error('draft not created');
		await saveDraft(db, poznan, created.practice.slug, completeForm(1));
		const submitted = await submitPractice(db, poznan, created.practice.slug);
		expect(submitted.ok && submitted.practice.status).toBe('submitted');
		const receipt = await collections(db).outbox.findOne({ to: poznan.email, subject: /Migrant Info Point/ });
		expect(receipt?.text).toContain('otrzymaliśmy zgłoszenie');
		const withdrawn = await withdrawPractice(db, poznan, created.practice.slug);
		expect(withdrawn.ok && withdrawn.practice.status).toBe('withdrawn');
		const events = await collections(db).audit.find({ 'subject.id': created.practice.slug }).toArray();
		expect(events.map((e) => e.action)).toEqual([
			'practice.draft-created',
			'practice.submitted',
			'practice.withdrawn'
		]);
	});

	it('submittingAgain_givesTheSameReceiptNumberAndNoSecondMail', async () => {
		const created = await createDraft(db, poznan, 'open-edition', 'Punkt z numerem');
		if (!created.ok) throw new Error('draft not created');
		await saveDraft(db, poznan, created.practice.slug, completeForm(1));
		const [first, second] = await Promise.all([
			submitPractice(db, poznan, created.practice.slug),
			submitPractice(db, poznan, created.practice.slug)
		]);
		const third = await submitPractice(db, poznan, created.practice.slug);
		const numbers = [first, second, third].map((r) => (r.ok ? r.practice.receipt?.number : r.reason));
		expect(numbers[0]).toMatch(/^MO-\d{4}-\d{6}$/);
		expect(new Set(numbers).size).toBe(1);
		const stored = await collections(db).practices.findOne({ slug: created.practice.slug });
		expect(stored?.receipt?.number).toBe(numbers[0]);
		expect(await collections(db).receipts.countDocuments({ entry: created.practice.slug })).toBe(1);
		const mails = await collections(db)
			.outbox.find({ to: poznan.email, subject: new RegExp(numbers[0]!) })
			.toArray();
		expect(mails).toHaveLength(1);
	});

	it('differentEntries_getDifferentReceiptNumbersEvenAtOnce', async () => {
		const drafts = await Promise.all(
			['Pierwszy', 'Drugi', 'Trzeci'].map((title) => createDraft(db, poznan, 'open-edition', title))
		);
		const slugs = drafts.map((d) => {
			if (!d.ok) throw new Error('draft not created');
			return d.practice.slug;
		});
		for (const slug of slugs) await saveDraft(db, poznan, slug, completeForm(1));
		const results = await Promise.all(slugs.map((slug) => submitPractice(db, poznan, slug)));
		const numbers = results.map((r) => (r.ok ? r.practice.receipt?.number : r.reason));
		expect(numbers.every((n) => /^MO-\d{4}-\d{6}$/.test(n ?? ''))).toBe(true);
		expect(new Set(numbers).size).toBe(3);
	});

	it('receiptMail_saysWarsawTimeTheEditionsNameAndTheNumber', async () => {
		const edition = await createEdition(db, {
			slug: 'edycja-z-nazwa',
			name: 'Miasta Otwarte 2027',
			phase: 'open',
			submissionsClose: new Date('2099-01-10T08:00:00Z')
		});
		const official = applicantOf('um-poznan', edition.slug);
		const created = await createDraft(db, official, edition.slug, 'Mail z godziną');
		if (!created.ok) throw new Error('draft not created');
		await saveDraft(db, official, created.practice.slug, completeForm(1));
		const result = await submitPractice(db, official, created.practice.slug);
		if (!result.ok) throw new Error('not submitted');
		const { number, at } = result.practice.receipt!;
		const mail = await collections(db).outbox.findOne({ subject: new RegExp(number) });
		const warsaw = new Intl.DateTimeFormat('pl-PL', {
			timeZone: 'Europe/Warsaw',
			day: '2-digit',
			month: '2-digit',
			year: 'numeric',
			hour: '2-digit',
			minute: '2-digit'
		}).formatToParts(at);
		const part = (type: string) => warsaw.find((p) => p.type === type)!.value;
		const local = `${part('day')}.${part('month')}.${part('year')}, ${part('hour')}:${part('minute')} (czas polski)`;
		expect(mail?.text).toContain(`Numer potwierdzenia: ${number}`);
		expect(mail?.text).toContain(`Data i godzina zgłoszenia: ${local}`);
		expect(mail?.text).toContain('„Miasta Otwarte 2027”');
		expect(mail?.text).toContain('10.01.2099, 09:00 (czas polski)');
		expect(mail?.text).not.toContain(edition.slug);
		expect(mail?.text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
	});

	it('pendingApplicantNamingAnOrganisation_cannotReadOrChangeItsEntries', async () => {
		const draft = await createDraft(db, poznan, 'open-edition', 'Szkic Poznania');
		const sent = await createDraft(db, poznan, 'open-edition', 'Zgłoszenie Poznania');
		if (!draft.ok || !sent.ok) throw new Error('drafts not created');
		await saveDraft(db, poznan, sent.practice.slug, completeForm(1));
		expect((await submitPractice(db, poznan, sent.practice.slug)).ok).toBe(true);
		// Self-registered, not approved, naming Poznań's office (as registration once recorded it).
		const claimant: SessionUser = { ...applicantOf('um-poznan'), _id: 'claimant', pendingApproval: true };

		const listed = (await listOwnPractices(db, claimant)).map((p) => p.slug);
		expect(listed).not.toContain(draft.practice.slug);
		expect(listed).not.toContain(sent.practice.slug);
		expect(await getOwnPractice(db, claimant, draft.practice.slug)).toBeNull();
		expect(await saveDraft(db, claimant, draft.practice.slug, completeForm(1))).toEqual({
			ok: false,
			reason: 'missing'
		});
		expect(await withdrawPractice(db, claimant, sent.practice.slug)).toEqual({
			ok: false,
			reason: 'missing'
		});
		expect((await collections(db).practices.findOne({ slug: sent.practice.slug }))?.status).toBe('submitted');
	});

	it('pendingApplicant_writesDraftsOfNoOrganisationThatOnlyTheySee', async () => {
		const pending: SessionUser = {
			...applicantOf('x'),
			_id: 'pending-1',
			organisations: [],
			pendingApproval: true
		};
		await createUser(db, { ...pending, organisationRequest: { kind: 'join', organisation: 'um-lublin' } });
		const created = await createDraft(db, pending, 'open-edition', 'Mój pierwszy szkic');
		if (!created.ok) throw new Error('draft not created');
		expect(created.practice).toMatchObject({ organisations: [], place: 'lublin', createdBy: 'pending-1' });
		expect((await listOwnPractices(db, pending)).map((p) => p.slug)).toEqual([created.practice.slug]);

		const form = { ...completeForm(1), organisation: '' };
		const saved = await saveDraft(db, pending, created.practice.slug, form);
		expect(saved.ok && saved.practice.organisations).toEqual([]);
		// Nor can the draft be moved into an organisation before approval.
		expect(
			await saveDraft(db, pending, created.practice.slug, { ...completeForm(2), organisation: 'um-lublin' })
		).toEqual({ ok: false, reason: 'forbidden' });
		expect(await submitPractice(db, pending, created.practice.slug)).toEqual({
			ok: false,
			reason: 'pending'
		});

		// Lublin's members, another pending applicant: it does not exist for them.
		expect(await getOwnPractice(db, lublin, created.practice.slug)).toBeNull();
		const other: SessionUser = { ...pending, _id: 'pending-2' };
		expect(await getOwnPractice(db, other, created.practice.slug)).toBeNull();
		expect(await listOwnPractices(db, other)).toEqual([]);
	});

	it('onceTheEditionMovesToReview_editingIsRefused', async () => {
		// An edition of its own: the others' tests keep theirs open.
		const edition = await createEdition(db, { phase: 'open' });
		const applicant = applicantOf('um-poznan', edition.slug);
		const created = await createDraft(db, applicant, edition.slug, 'Ostatnia chwila');
		if (!created.ok) throw new Error('draft not created');
		await advancePhase(db, edition.slug, 'review', 'admin');
		expect(await saveDraft(db, applicant, created.practice.slug, completeForm(1))).toEqual({
			ok: false,
			reason: 'closed'
		});
		expect(await advancePhase(db, edition.slug, 'published', 'admin')).toEqual({
			ok: false,
			reason: 'conflict'
		});
	});
});
