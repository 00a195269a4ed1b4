import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { collections } from '../../src/lib/server/db/collections';
import { acceptInvitation } from '../../src/lib/server/invitations';
import {
	addJuror,
	conflictedEntries,
	conflictsOf,
	declareConflict,
	listJury,
	removeJuror,
	setConflict,
	setPlaceConflicts,
	updateJuror
} from '../../src/lib/server/jury';
import type { EditionPhase } from '../../src/lib/schemas';
import { useTestDatabase } from '../support/database';
import { linkSentTo } from '../support/mail';
import {
	createEdition,
	createEntry,
	createOrganisation,
	createPlace,
	createUser,
	organiser,
	sessionOf
} from '../support/factories';

const ORIGIN = 'https://miasta.test';
const none = {
	affiliations: { organisations: [], places: [] },
	publicProfile: false,
	bio: '',
	quotable: false
};

describe('jury', () => {
	let db: Db;
	beforeAll(async () => {
		db = await useTestDatabase();
	});

	const auditOf = (action: string, id: string) =>
		collections(db).audit.countDocuments({ action, 'subject.id': id });

	/** An edition in `phase` with one submitted entry of an office (and a partner) in a place. */
	async function world(phase: EditionPhase = 'review', placeConflicts?: boolean) {
		const edition = await createEdition(db, {
			phase,
			...(placeConflicts === undefined ? {} : { placeConflicts })
		});
		const place = await createPlace(db);
		const office = await createOrganisation(db, { place: place.slug });
		const partner = await createOrganisation(db);
		const entry = await createEntry(db, {
			status: 'submitted',
			edition: edition.slug,
			organisations: [office.slug],
			partners: [partner.slug],
			place: place.slug
		});
		const { user: juror } = await createUser(db);
		return { edition, place, office, partner, entry, juror };
	}

	it('addingAnAccount_grantsTheRoleOnce_evenWhenRetriedConcurrently', async () => {
		const { edition, juror, office } = await world('open');
		const input = { ...none, userId: juror._id, affiliations: { organisations: [office.slug], places: [] } };
		const results = await Promise.all(
			[1, 2, 3].map(() => addJuror(db, organiser(), edition.slug, input, ORIGIN))
		);
		expect(results.every((r) => r.ok)).toBe(true);
		expect(results.filter((r) => r.ok && r.added)).toHaveLength(1);
		const account = await collections(db).users.findOne({ _id: juror._id });
		expect(account?.roles).toEqual([{ edition: edition.slug, role: 'juror' }]);
		expect(await collections(db).jurors.countDocuments({ edition: edition.slug })).toBe(1);
		expect(await auditOf('jury.juror-added', edition.slug)).toBe(1);
		expect(await auditOf('role.granted', juror.email)).toBe(1);
		const [listed] = await listJury(db, edition.slug);
		expect(listed.account?.email).toBe(juror.email);
		expect(listed.juror.affiliations.organisations).toEqual([office.slug]);
	});

	it('anUnknownAddress_isInvited_andTheRecordPassesToTheAccountOnAcceptance', async () => {
		const { edition, place } = await world('open');
		const email = `juror-${Date.now()}@example.org`;
		const input = {
			...none,
			email: email.toUpperCase(),
			affiliations: { organisations: [], places: [place.slug] },
			publicProfile: true,
			bio: 'Badaczka migracji.'
		};
		const first = await addJuror(db, organiser(), edition.slug, input, ORIGIN);
		const again = await addJuror(db, organiser(), edition.slug, input, ORIGIN);
		expect(first).toEqual({ ok: true, added: true, invited: true });
		expect(again).toEqual({ ok: true, added: false, invited: true });
		expect(await collections(db).outbox.countDocuments({ to: email })).toBe(1);
		const [pending] = await listJury(db, edition.slug);
		expect(pending.account).toBeNull();
		expect(pending.juror.invitedEmail).toBe(email);

		const token = await linkSentTo(db, email, '/zaproszenie');
		const accepted = await acceptInvitation(db, token, 'Anna Jurorka', 'Zielony-Tramwaj-2031-Lato');
		expect(accepted.ok).toBe(true);
		const [linked] = await listJury(db, edition.slug);
		expect(linked.account?.name).toBe('Anna Jurorka');
		expect(linked.juror).toMatchObject({
			invitedEmail: null,
			publicProfile: true,
			bio: 'Badaczka migracji.'
		});
		expect(linked.account?.roles).toEqual([{ edition: edition.slug, role: 'juror' }]);
	});

	it('affiliations_withTheOrganisation_aPartner_andThePlace_makeConflicts', async () => {
		const { edition, office, partner, place, entry } = await world();
		const jurors = await Promise.all([1, 2, 3, 4].map(async () => (await createUser(db)).user));
		const affiliations = [
			{ organisations: [office.slug], places: [] },
			{ organisations: [partner.slug], places: [] },
			{ organisations: [], places: [place.slug] },
			{ organisations: [(await createOrganisation(db)).slug], places: [] }
		];
		for (const [i, juror] of jurors.entries())
			await addJuror(
				db,
				organiser(),
				edition.slug,
				{ ...none, userId: juror._id, affiliations: affiliations[i] },
				ORIGIN
			);
		const conflicts = await conflictsOf(db, edition.slug);
		expect(conflicts.get(jurors[0]._id)?.get(entry.slug)?.affiliations).toEqual([
			{ kind: 'organisation', slug: office.slug }
		]);
		expect(conflicts.get(jurors[1]._id)?.get(entry.slug)?.affiliations).toEqual([
			{ kind: 'partner', slug: partner.slug }
		]);
		expect(conflicts.get(jurors[2]._id)?.get(entry.slug)?.affiliations).toEqual([
			{ kind: 'place', slug: place.slug }
		]);
		expect(conflicts.get(jurors[3]._id)).toBeUndefined();
		for (const juror of jurors.slice(0, 3))
			expect(await conflictedEntries(db, edition.slug, juror._id)).toEqual(new Set([entry.slug]));
	});

	it('placeAffiliations_doNotCount_whenTheEditionSaysSo', async () => {
		const { edition, place, entry, juror } = await world('review', false);
		await addJuror(
			db,
			organiser(),
			edition.slug,
			{ ...none, userId: juror._id, affiliations: { organisations: [], places: [place.slug] } },
			ORIGIN
		);
		expect(await conflictedEntries(db, edition.slug, juror._id)).toEqual(new Set());
		// Turned back on through the jury page's setting, guarded by the version read.
		expect(
			await setPlaceConflicts(db, organiser(), edition.slug, {
				placeConflicts: true,
				version: edition.version + 1
			})
		).toEqual({ ok: false, reason: 'conflict' });
		expect(
			await setPlaceConflicts(db, organiser(), edition.slug, {
				placeConflicts: true,
				version: edition.version
			})
		).toEqual({ ok: true });
		expect(await conflictedEntries(db, edition.slug, juror._id)).toEqual(new Set([entry.slug]));
		expect(await auditOf('edition.place-conflicts-changed', edition.slug)).toBe(1);
	});

	it('aJuror_declaresAConflict_andTheOrganiserAddsAndClearsThem', async () => {
		const { edition, entry, juror, office } = await world();
		const other = await createEntry(db, { status: 'submitted', edition: edition.slug });
		await addJuror(
			db,
			organiser(),
			edition.slug,
			{ ...none, userId: juror._id, affiliations: { organisations: [office.slug], places: [] } },
			ORIGIN
		);
		const asJuror = sessionOf((await collections(db).users.findOne({ _id: juror._id }))!);

		// Declared: on the other entry, twice (recorded and audited once).
		const declaration = {
			edition: edition.slug,
			entry: other.slug,
			reason: 'Doradzałam przy tym projekcie.'
		};
		expect(await declareConflict(db, asJuror, declaration)).toEqual({ ok: true });
		expect(await declareConflict(db, asJuror, declaration)).toEqual({ ok: true });
		expect(await auditOf('conflict.declared', other.slug)).toBe(1);
		expect(await conflictedEntries(db, edition.slug, juror._id)).toEqual(new Set([entry.slug, other.slug]));
		expect((await conflictsOf(db, edition.slug)).get(juror._id)?.get(other.slug)?.statement?.source).toBe(
			'declared'
		);

		// Cleared by the organiser: the affiliation stays on record, the conflict no longer counts.
		const clear = {
			juror: juror._id,
			entry: entry.slug,
			conflicted: false,
			reason: 'Juror odszedł z urzędu w 2019 r.'
		};
		expect(await setConflict(db, organiser(), edition.slug, clear)).toEqual({ ok: true });
		expect(await setConflict(db, organiser(), edition.slug, clear)).toEqual({ ok: true });
		const pair = (await conflictsOf(db, edition.slug)).get(juror._id)?.get(entry.slug);
		expect(pair).toMatchObject({ conflicted: false, affiliations: [{ kind: 'organisation' }] });
		expect(pair?.statement).toMatchObject({ source: 'organiser', reason: clear.reason });
		expect(await conflictedEntries(db, edition.slug, juror._id)).toEqual(new Set([other.slug]));
		const cleared = await collections(db)
			.audit.find({ action: 'conflict.cleared', 'subject.id': entry.slug })
			.toArray();
		expect(cleared).toHaveLength(1);
		expect(cleared[0]).toMatchObject({
			before: { statement: null },
			after: { statement: { conflicted: false } }
		});

		// Added back by the organiser, with another reason.
		const add = { ...clear, conflicted: true, reason: 'Jednak nadal współpracuje z urzędem.' };
		expect(await setConflict(db, organiser(), edition.slug, add)).toEqual({ ok: true });
		expect(await conflictedEntries(db, edition.slug, juror._id)).toEqual(new Set([entry.slug, other.slug]));
		expect(await auditOf('conflict.added', entry.slug)).toBe(1);
	});

	it('thePolicy_refuses_outsidersAndClosedEditions', async () => {
		const { edition, entry, juror } = await world('published');
		const { user: applicant } = await createUser(db);
		const input = { ...none, userId: juror._id };
		expect(await addJuror(db, sessionOf(applicant), edition.slug, input, ORIGIN)).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		expect(await addJuror(db, organiser(), edition.slug, input, ORIGIN)).toEqual({
			ok: false,
			reason: 'closed'
		});
		expect(await collections(db).jurors.countDocuments({ edition: edition.slug })).toBe(0);

		const review = await world('review');
		await addJuror(db, organiser(), review.edition.slug, { ...none, userId: review.juror._id }, ORIGIN);
		// Someone who is not on this jury may not declare a conflict.
		expect(
			await declareConflict(db, sessionOf(applicant), {
				edition: review.edition.slug,
				entry: entry.slug,
				reason: 'Znam ich.'
			})
		).toEqual({ ok: false, reason: 'forbidden' });
		// From the review on, jurors stay on the jury.
		const [record] = await listJury(db, review.edition.slug);
		expect(
			await removeJuror(db, organiser(), review.edition.slug, {
				id: String(record.juror._id),
				version: record.juror.version
			})
		).toEqual({ ok: false, reason: 'closed' });
		expect(await conflictsOf(db, review.edition.slug)).toEqual(new Map());
	});

	it('anUnknownAffiliation_isRefused_andAnUpdateFromAnOldVersionToo', async () => {
		const { edition, juror, office } = await world('open');
		expect(
			await addJuror(
				db,
				organiser(),
				edition.slug,
				{ ...none, userId: juror._id, affiliations: { organisations: ['nie-ma-takiej'], places: [] } },
				ORIGIN
			)
		).toEqual({ ok: false, reason: 'unknown-affiliation' });
		await addJuror(db, organiser(), edition.slug, { ...none, userId: juror._id }, ORIGIN);
		const [{ juror: record }] = await listJury(db, edition.slug);
		const change = {
			...none,
			id: String(record._id),
			version: record.version,
			affiliations: { organisations: [office.slug], places: [] },
			quotable: true
		};
		expect(await updateJuror(db, organiser(), edition.slug, change)).toEqual({ ok: true });
		expect(await updateJuror(db, organiser(), edition.slug, { ...change, quotable: false })).toEqual({
			ok: false,
			reason: 'conflict'
		});
		expect(await collections(db).jurors.findOne({ _id: record._id })).toMatchObject({
			quotable: true,
			version: 2
		});
		expect(await auditOf('jury.juror-updated', edition.slug)).toBe(1);
	});

	it('removingAJuror_beforeTheReview_revokesTheRole_once', async () => {
		const { edition, juror } = await world('open');
		await addJuror(db, organiser(), edition.slug, { ...none, userId: juror._id }, ORIGIN);
		const [{ juror: record }] = await listJury(db, edition.slug);
		const which = { id: String(record._id), version: record.version };
		const results = await Promise.all([1, 2].map(() => removeJuror(db, organiser(), edition.slug, which)));
		expect(results).toEqual([{ ok: true }, { ok: true }]);
		expect(await collections(db).jurors.countDocuments({ edition: edition.slug })).toBe(0);
		expect((await collections(db).users.findOne({ _id: juror._id }))?.roles).toEqual([]);
		expect(await auditOf('jury.juror-removed', edition.slug)).toBe(1);
		expect(await auditOf('role.revoked', juror.email)).toBe(1);
	});
});
