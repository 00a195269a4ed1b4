import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { collections } from '../../src/lib/server/db/collections';
import {
	countAwaitingEligibility,
	decideEligibility,
	entryForEligibility,
	listEntries
} from '../../src/lib/server/eligibility';
import { entryStatusLabel } from '../../src/lib/labels';
import type { EditionPhase } from '../../src/lib/schemas';
import { useTestDatabase } from '../support/database';
import { createEdition, createEntry, createOrganisation, createUser, organiser } from '../support/factories';

describe('eligibility', () => {
	let db: Db;
	beforeAll(async () => {
		db = await useTestDatabase();
	});

	/** An entry an office submitted to an edition now in `phase`. */
	async function submittedEntry(phase: EditionPhase = 'review') {
		const edition = await createEdition(db, { phase });
		const office = await createOrganisation(db);
		const entry = await createEntry(db, {
			status: 'submitted',
			edition: edition.slug,
			organisations: [office.slug],
			place: office.place
		});
		return { edition, office, entry };
	}

	it('entryList_leavesDraftsOut', async () => {
		const { edition, entry } = await submittedEntry();
		await createEntry(db, { status: 'draft', edition: edition.slug });
		expect((await listEntries(db, { edition: edition.slug })).map((p) => p.slug)).toEqual([entry.slug]);
	});

	it('ineligibleDecision_storesTheReasonAndTellsTheMembersOnly', async () => {
		const { office, entry } = await submittedEntry();
		const { user: member } = await createUser(db, { organisations: [office.slug] });
		// Self-registered and not approved, listed under the office as registration once recorded it.
		const { user: claimant } = await createUser(db, { organisations: [office.slug], pendingApproval: true });
		expect(
			await decideEligibility(db, organiser('admin'), {
				slug: entry.slug,
				eligible: false,
				reason: 'Działanie trwa krócej niż rok.'
			})
		).toEqual({ ok: true });
		expect(await collections(db).practices.findOne({ slug: entry.slug })).toMatchObject({
			status: 'ineligible',
			eligibilityReason: 'Działanie trwa krócej niż rok.'
		});
		const message = await collections(db).outbox.findOne({ to: member.email });
		expect(message?.text).toContain('Działanie trwa krócej niż rok.');
		expect(await collections(db).outbox.findOne({ to: claimant.email })).toBeNull();
	});

	it('theDecision_changesTheWordTheApplicantSees', async () => {
		const { entry } = await submittedEntry();
		const { entry: other } = await submittedEntry();
		const wordOf = async (slug: string, locale: 'pl' | 'en') =>
			entryStatusLabel((await collections(db).practices.findOne({ slug }))!, locale);
		expect(await wordOf(entry.slug, 'pl')).toBe('Zgłoszona');
		await decideEligibility(db, organiser('admin'), { slug: entry.slug, eligible: true, reason: '' });
		await decideEligibility(db, organiser('admin'), {
			slug: other.slug,
			eligible: false,
			reason: 'Brak udziału miasta.'
		});
		expect(await wordOf(entry.slug, 'pl')).toBe('Dopuszczona');
		expect(await wordOf(entry.slug, 'en')).toBe('Admitted');
		expect(await wordOf(other.slug, 'pl')).toBe('Niedopuszczona (Brak udziału miasta.)');
		expect(await wordOf(other.slug, 'en')).toBe('Not admitted (Brak udziału miasta.)');
	});

	it('aDraft_isNotReviewable', async () => {
		const draft = await createEntry(db, {
			status: 'draft',
			edition: (await createEdition(db, { phase: 'review' })).slug
		});
		expect(
			await decideEligibility(db, organiser('admin'), { slug: draft.slug, eligible: true, reason: '' })
		).toEqual({ ok: false, reason: 'not-editable' });
		expect((await collections(db).practices.findOne({ slug: draft.slug }))?.status).toBe('draft');
	});

	it('fromDeliberationOn_eligibilityIsNoLongerDecided', async () => {
		const { entry } = await submittedEntry('deliberation');
		expect(
			await decideEligibility(db, organiser('admin'), {
				slug: entry.slug,
				eligible: false,
				reason: 'Za późno.'
			})
		).toEqual({ ok: false, reason: 'closed' });
		expect(await collections(db).practices.findOne({ slug: entry.slug })).toMatchObject({
			status: 'submitted',
			version: 1
		});
	});

	it('theListFiltersByDecision_awaitingEligibleIneligible', async () => {
		const edition = await createEdition(db, { phase: 'review' });
		const office = await createOrganisation(db);
		const make = () =>
			createEntry(db, { status: 'submitted', edition: edition.slug, organisations: [office.slug] });
		const [waiting, accepted, refused] = [await make(), await make(), await make()];
		const awaitingBefore = await countAwaitingEligibility(db);
		const admin = organiser('admin');
		await decideEligibility(db, admin, { slug: accepted.slug, eligible: true, reason: '' });
		await decideEligibility(db, admin, { slug: refused.slug, eligible: false, reason: 'Poza tematem.' });
		const slugs = async (decision?: 'awaiting' | 'eligible' | 'ineligible') =>
			(await listEntries(db, { edition: edition.slug, decision })).map((p) => p.slug).sort();
		expect(await slugs('awaiting')).toEqual([waiting.slug]);
		expect(await slugs('eligible')).toEqual([accepted.slug]);
		expect(await slugs('ineligible')).toEqual([refused.slug]);
		expect(await slugs()).toEqual([waiting.slug, accepted.slug, refused.slug].sort());
		expect(await countAwaitingEligibility(db)).toBe(awaitingBefore - 2);
	});

	it('theOrganiserReadsASentEntryWhole_butNoDraftAndNoOneElse', async () => {
		const { entry, edition } = await submittedEntry('open');
		const view = await entryForEligibility(db, organiser('admin'), entry.slug);
		expect(view.ok && view.entry.title).toBe(entry.title);
		expect(view.ok && view.edition?.slug).toBe(edition.slug);
		expect(view.ok && view.decision).toBe('awaiting');
		expect(view.ok && view.decidable.ok).toBe(true);
		const { user: member } = await createUser(db, { organisations: entry.organisations });
		expect(await entryForEligibility(db, { ...member, isAdmin: false } as never, entry.slug)).toEqual({
			ok: false,
			why: 'missing'
		});
		const draft = await createEntry(db, { status: 'draft', edition: edition.slug });
		expect(await entryForEligibility(db, organiser('admin'), draft.slug)).toEqual({
			ok: false,
			why: 'missing'
		});
	});
});
