import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import type { SessionUser } from '../../src/lib/server/auth/session';
import { collections } from '../../src/lib/server/db/collections';
import { guardedUpdate } from '../../src/lib/server/db/guarded';
import { resetPassword, signIn, verifyPassword } from '../../src/lib/server/auth';
import { issueToken } from '../../src/lib/server/auth/tokens';
import { signInThrottled } from '../../src/lib/server/auth/throttle';
import { hit, RATE_LIMITS } from '../../src/lib/server/ratelimit';
import { decideEligibility } from '../../src/lib/server/eligibility';
import { saveDraft, submitPractice } from '../../src/lib/server/submissions';
import { changeRole, setUserDisabled } from '../../src/lib/server/users';
import { approveRegistration } from '../../src/lib/server/users/registration';
import { practiceDraftForm } from '../../src/lib/schemas';
import { useTestDatabase } from '../support/database';
import {
	createEdition,
	createEntry,
	createOrganisation,
	createPlace,
	createUser,
	organiser
} from '../support/factories';

const ORG = 'um-poznan';
const applicant: SessionUser = {
	_id: 'applicant-poznan',
	email: 'poznan@example.org',
	name: 'Poznań',
	isAdmin: false,
	roles: [{ edition: 'open-edition', role: 'applicant' }],
	organisations: [ORG]
};

const formAt = (version: number, title: string) =>
	practiceDraftForm.parse({
		title,
		summary: 'Punkt informacyjny dla cudzoziemców w Poznaniu, prowadzony z uczelnią.',
		description: 'Punkt udziela porad studentom i pracownikom z zagranicy. '.repeat(4),
		place: 'poznan',
		organisation: ORG,
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

describe('guarded writes (racing requests on the real database)', () => {
	let db: Db;
	const entry = (slug: string, status: 'draft' | 'submitted', edition: string) =>
		createEntry(db, { slug, title: slug, organisations: [ORG], place: 'poznan', edition, status });

	beforeAll(async () => {
		db = await useTestDatabase();
		await createPlace(db, { slug: 'poznan', name: 'Poznań', voivodeship: 'wielkopolskie' });
		await createOrganisation(db, { slug: ORG, name: 'Urząd Miasta Poznania', place: 'poznan' });
		await createEdition(db, { slug: 'open-edition', phase: 'open' });
		await createEdition(db, { slug: 'review-edition', phase: 'review' });
		await createUser(db, applicant);
	});

	it('guardedUpdate_tenRacersFromOneVersion_exactlyOneWinsAndVersionRisesByOne', async () => {
		const practices = collections(db).practices;
		const doc = await entry('race-primitive', 'draft', 'open-edition');
		const results = await Promise.all(
			Array.from({ length: 10 }, (_, n) =>
				guardedUpdate(db, practices, { _id: doc._id, version: 1 }, { $set: { title: `writer ${n}` } })
			)
		);
		const winners = results.filter((r) => r !== null);
		expect(winners).toHaveLength(1);
		const stored = await practices.findOne({ _id: doc._id });
		expect(stored?.version).toBe(2);
		expect(stored?.title).toBe(winners[0]!.title);
		expect(await collections(db).writeClaims.countDocuments()).toBe(0);
	});

	it('guardedUpdate_updateFails_releasesItsClaim', async () => {
		const practices = collections(db).practices;
		const doc = await entry('failing-update', 'draft', 'open-edition');
		// Two operators on one path: the server refuses the update after the claim was taken.
		await expect(
			guardedUpdate(
				db,
				practices,
				{ _id: doc._id, version: 1 },
				{ $set: { title: 'a' }, $unset: { title: '' } }
			)
		).rejects.toThrow();
		expect(await collections(db).writeClaims.countDocuments()).toBe(0);
		const done = await guardedUpdate(db, practices, { _id: doc._id, version: 1 }, { $set: { title: 'b' } });
		expect(done?.title).toBe('b');
	});

	it('guardedUpdate_abandonedClaim_isTakenOverOnceStale', async () => {
		const practices = collections(db).practices;
		const doc = await entry('abandoned-claim', 'draft', 'open-edition');
		const claim = `practices:${String(doc._id)}:1`;
		await collections(db).writeClaims.insertOne({ _id: claim, at: new Date() });
		expect(
			await guardedUpdate(db, practices, { _id: doc._id, version: 1 }, { $set: { title: 'x' } })
		).toBeNull();
		await collections(db).writeClaims.updateOne(
			{ _id: claim },
			{ $set: { at: new Date(Date.now() - 60_000) } }
		);
		const done = await guardedUpdate(db, practices, { _id: doc._id, version: 1 }, { $set: { title: 'y' } });
		expect(done?.title).toBe('y');
	});

	it('guardedUpdate_retryAfterSuccess_isRefusedByTheVersion', async () => {
		const practices = collections(db).practices;
		const doc = await entry('retried-write', 'draft', 'open-edition');
		expect(
			await guardedUpdate(db, practices, { _id: doc._id, version: 1 }, { $set: { title: 'once' } })
		).not.toBeNull();
		expect(
			await guardedUpdate(db, practices, { _id: doc._id, version: 1 }, { $set: { title: 'twice' } })
		).toBeNull();
		expect((await practices.findOne({ _id: doc._id }))?.title).toBe('once');
	});

	it('saveDraft_savesOfOneVersionAtOnce_oneSavedTheOthersConflict', async () => {
		for (let round = 0; round < 5; round++) {
			const slug = `race-save-${round}`;
			await entry(slug, 'draft', 'open-edition');
			const results = await Promise.all(
				Array.from({ length: 6 }, (_, n) => saveDraft(db, applicant, slug, formAt(1, `Zapis ${n}`)))
			);
			expect(results.filter((r) => r.ok)).toHaveLength(1);
			expect(results.filter((r) => !r.ok && r.reason === 'conflict')).toHaveLength(5);
			expect((await collections(db).practices.findOne({ slug }))?.version).toBe(2);
			// Each loser is shown what the winner saved, not the version it lost with.
			for (const r of results) if (!r.ok && r.reason === 'conflict') expect(r.current.version).toBe(2);
		}
	});

	it('submitPractice_concurrentSubmits_oneSubmissionOneAuditOneMail', async () => {
		await entry('race-submit', 'draft', 'open-edition');
		const results = await Promise.all(
			Array.from({ length: 4 }, () => submitPractice(db, applicant, 'race-submit'))
		);
		// One request submits; the others, finding it submitted, answer with the same receipt.
		expect(results.filter((r) => r.ok && !('repeated' in r))).toHaveLength(1);
		expect(results.filter((r) => r.ok && 'repeated' in r)).toHaveLength(3);
		const receipts = results.map((r) => (r.ok ? r.practice.receipt?.number : null));
		expect(new Set(receipts).size).toBe(1);
		expect(receipts[0]).toMatch(/^MO-\d{4}-\d{6}$/);
		const c = collections(db);
		expect(await c.audit.countDocuments({ action: 'practice.submitted', 'subject.id': 'race-submit' })).toBe(
			1
		);
		expect(await c.outbox.countDocuments({ subject: { $regex: receipts[0]! } })).toBe(1);
		expect((await c.practices.findOne({ slug: 'race-submit' }))?.version).toBe(2);
	});

	it('decideEligibility_opposingDecisionsAtOnce_oneDecidesTheOtherIsToldWhatHappened', async () => {
		await entry('race-eligibility', 'submitted', 'review-edition');
		const decide = (eligible: boolean) =>
			decideEligibility(db, organiser('org'), {
				slug: 'race-eligibility',
				eligible,
				reason: 'Poza zakresem konkursu.'
			});
		const results = await Promise.all([decide(false), decide(true), decide(false), decide(true)]);
		const c = collections(db);
		expect(
			await c.audit.countDocuments({ action: 'practice.eligibility', 'subject.id': 'race-eligibility' })
		).toBe(1);
		// One message per member (another test may have made someone else a member too).
		expect(
			await c.outbox.countDocuments({ to: applicant.email, subject: { $regex: 'race-eligibility' } })
		).toBe(1);
		const final = await c.practices.findOne({ slug: 'race-eligibility' });
		expect(final?.version).toBe(2);
		// Whoever lost learns the entry's state now; a loser who wanted the same outcome is done too.
		for (const result of results) {
			if (result.ok) continue;
			expect(result).toEqual({ ok: false, reason: 'conflict', status: final?.status });
		}
		expect(results.filter((r) => r.ok).length).toBeGreaterThanOrEqual(1);
	});

	it('approveRegistration_approvedTwiceAtOnce_oneApprovalOneAuditOneMail', async () => {
		await createUser(db, {
			_id: 'pending-racer',
			email: 'pending-racer@example.org',
			pendingApproval: true,
			organisationRequest: { kind: 'join', organisation: ORG }
		});
		const results = await Promise.all(
			Array.from({ length: 4 }, () => approveRegistration(db, 'pending-racer', organiser('org'), 1))
		);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		const c = collections(db);
		expect(
			await c.audit.countDocuments({
				action: 'registration.approved',
				'subject.id': 'pending-racer@example.org'
			})
		).toBe(1);
		expect(await c.outbox.countDocuments({ to: 'pending-racer@example.org' })).toBe(1);
	});

	it('changeRole_differentGrantsAtOnce_allOfThemLand', async () => {
		await createUser(db, { _id: 'role-racer', email: 'role-racer@example.org' });
		const editions = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'];
		await Promise.all(
			editions.map((edition) =>
				changeRole(db, {
					userId: 'role-racer',
					actor: organiser('admin'),
					grant: true,
					role: { edition, role: 'juror' }
				})
			)
		);
		const user = await collections(db).users.findOne({ _id: 'role-racer' });
		expect(user?.roles.map((r) => r.edition).sort()).toEqual(editions);
		expect(user?.version).toBe(1 + editions.length);
		expect(
			await collections(db).audit.countDocuments({
				action: 'role.granted',
				'subject.id': 'role-racer@example.org'
			})
		).toBe(editions.length);
	});

	it('setUserDisabled_disabledTwiceAtOnce_recordedOnce', async () => {
		await createUser(db, { _id: 'disable-racer', email: 'disable-racer@example.org' });
		const results = await Promise.all(
			Array.from({ length: 4 }, () =>
				setUserDisabled(db, { userId: 'disable-racer', disabled: true, actor: organiser('admin') })
			)
		);
		expect(results).toEqual([{ ok: true }, { ok: true }, { ok: true }, { ok: true }]);
		expect(
			await collections(db).audit.countDocuments({
				action: 'account.disabled',
				'subject.id': 'disable-racer@example.org'
			})
		).toBe(1);
		expect((await collections(db).users.findOne({ _id: 'disable-racer' }))?.disabled).toBe(true);
	});

	it('signIn_racingWithRoleChanges_keepsEveryRoleAndEveryAddress', async () => {
		const { user, password } = await createUser(db);
		const editions = ['s1', 's2', 's3', 's4', 's5', 's6'];
		const addresses = Array.from({ length: 8 }, (_, i) => `10.40.0.${i}`);
		const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
		const signIns = await Promise.all([
			...addresses.map((address) => signIn(db, { email: user.email, password, address })),
			// Spread over the time the sign-ins take to check the password and record the address.
			...editions.map((edition, n) =>
				pause(n * 40).then(() =>
					changeRole(db, {
						userId: user._id,
						actor: organiser('admin'),
						grant: true,
						role: { edition, role: 'juror' }
					})
				)
			)
		]);
		expect(signIns.slice(0, addresses.length)).toEqual(addresses.map(() => ({ ok: true, userId: user._id })));
		const stored = await collections(db).users.findOne({ _id: user._id });
		expect(stored?.roles.map((r) => r.edition).sort()).toEqual(editions);
		expect(stored?.version).toBe(1 + editions.length);

		// Every address it signed in from is known: with the account-wide count full, each still may try.
		const { account } = RATE_LIMITS['sign-in-failure'];
		for (let i = 0; i < account.max; i++) await hit(db, 'sign-in-failure', { account: user.email });
		for (const address of addresses) {
			expect((await signInThrottled(db, user.email, address, stored)).limited, address).toBe(false);
		}
		expect((await signInThrottled(db, user.email, '10.41.0.1', stored)).limited).toBe(true);
	});

	it('resetPassword_racingWithRoleChanges_keepsEveryRoleAndTheNewPassword', async () => {
		for (let round = 0; round < 3; round++) {
			const { user } = await createUser(db);
			const editions = ['r1', 'r2', 'r3', 'r4'].map((edition) => `${edition}-${round}`);
			const token = await issueToken(
				db,
				{ kind: 'password-reset', email: user.email, createdBy: null },
				60 * 60 * 1000
			);
			const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
			const [reset] = await Promise.all([
				resetPassword(db, token, 'Zupełnie nowe hasło 2026'),
				// Spread over the time the reset takes to hash the password and write it.
				...editions.map((edition, n) =>
					pause(n * 30).then(() =>
						changeRole(db, {
							userId: user._id,
							actor: organiser('admin'),
							grant: true,
							role: { edition, role: 'juror' }
						})
					)
				)
			]);
			expect(reset).toBe(true);
			const stored = await collections(db).users.findOne({ _id: user._id });
			expect(stored?.roles.map((r) => r.edition).sort(), `round ${round}`).toEqual(editions);
			expect(await verifyPassword(stored!.passwordHash!, 'Zupełnie nowe hasło 2026'), `round ${round}`).toBe(
				true
			);
			expect(stored?.version).toBe(1 + editions.length + 1);
		}
	});
});
