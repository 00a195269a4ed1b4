import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { attachmentFor, storeAttachment } from '../../src/lib/server/attachments';
import { collections, type EditionDoc } from '../../src/lib/server/db/collections';
import { criteriaTemplate } from '../../src/lib/server/editions/criteria-template';
import { criteriaOf, saveCriteria } from '../../src/lib/server/editions';
import {
	acknowledgeAssignment,
	entryWorkspace,
	jurorEditionView,
	juryEditionsOf,
	postToDiscussion,
	saveScore,
	setConflict
} from '../../src/lib/server/jury';
import { rowOf, type EditionPhase } from '../../src/lib/schemas';
import { useTestDatabase } from '../support/database';
import {
	assign,
	createEdition,
	createEntry,
	createOrganisation,
	createScore,
	createUser,
	organiser,
	sessionOf
} from '../support/factories';

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

describe('jury scoring', () => {
	let db: Db;
	beforeAll(async () => {
		db = await useTestDatabase();
	});

	async function juror(edition: string, { quotable = false, organisations = [] as string[] } = {}) {
		const { user } = await createUser(db, { roles: [{ edition, role: 'juror' }] });
		const now = new Date();
		await collections(db).jurors.insertOne({
			edition,
			user: user._id,
			invitedEmail: null,
			affiliations: { organisations, places: [] },
			publicProfile: false,
			bio: '',
			quotable,
			addedBy: 'admin',
			createdAt: now,
			updatedAt: now,
			version: 1
		});
		return sessionOf(user);
	}

	/** An edition in `phase` with the template criteria, two submitted entries and two jurors on both. */
	async function world(phase: EditionPhase = 'review', settings: Partial<EditionDoc> = {}) {
		const edition = await createEdition(db, {
			phase,
			criteria: criteriaTemplate(),
			criteriaVersion: 1,
			awardCategories: ['Nagroda główna', 'Wyróżnienie'],
			...settings
		});
		const office = await createOrganisation(db, { name: 'Urząd Miasta Testowo' });
		const partner = await createOrganisation(db, { name: 'Fundacja Partnerska' });
		const first = await createEntry(db, {
			edition: edition.slug,
			status: 'submitted',
			origin: 'app',
			organisations: [office.slug],
			partners: [partner.slug]
		});
		const second = await createEntry(db, { edition: edition.slug, status: 'submitted', origin: 'app' });
		const anna = await juror(edition.slug, { quotable: true });
		const piotr = await juror(edition.slug);
		await assign(db, edition.slug, anna._id, [first.slug, second.slug]);
		await assign(db, edition.slug, piotr._id, [first.slug, second.slug]);
		const criteria = criteriaOf(edition);
		const target = { edition: edition.slug, entry: first.slug };
		return { edition, first, second, anna, piotr, criteria, target, office, partner };
	}

	/** A complete form: every criterion scored at its scale's top, with comments. */
	function complete(
		criteria: ReturnType<typeof criteriaOf>,
		version: number,
		extra: Record<string, string> = {}
	) {
		const values: Record<string, string> = {
			version: String(version),
			privateComment: 'Dobrze udokumentowane.',
			feedback: '',
			quote: '',
			category: ''
		};
		for (const c of criteria) {
			values[`score-${c.id}`] = String(c.scale.max);
			values[`comment-${c.id}`] = `Uwagi do ${c.id}`;
		}
		return { ...values, ...extra };
	}

	const scoreOf = (target: { edition: string; entry: string }, juror: string) =>
		collections(db).scores.findOne({ ...target, juror });
	const auditOf = (entry: string, actor: string) =>
		collections(db).audit.find({ 'subject.id': entry, actor }).sort({ at: 1 }).toArray();

	it('draftThenSubmitThenEdit_areStoredAndAuditedWithBeforeAndAfter', async () => {
		const { anna, criteria, target } = await world();
		const partial = { version: '0', [`score-${criteria[0].id}`]: '3', privateComment: 'Na razie tyle.' };
		const draft = await saveScore(db, anna, target, partial, { submit: false });
		expect(draft).toEqual({ ok: true, version: 1, state: 'draft', changed: true });

		const submitted = await saveScore(db, anna, target, complete(criteria, 1), { submit: true });
		expect(submitted).toEqual({ ok: true, version: 2, state: 'submitted', changed: true });

		// Saving a submitted score keeps it submitted.
		const edited = await saveScore(
			db,
			anna,
			target,
			complete(criteria, 2, { [`score-${criteria[0].id}`]: '2' }),
			{ submit: false }
		);
		expect(edited).toEqual({ ok: true, version: 3, state: 'submitted', changed: true });
		const stored = await scoreOf(target, anna._id);
		expect(stored?.state).toBe('submitted');
		expect(stored?.criteria[0]).toEqual({
			id: criteria[0].id,
			score: 2,
			comment: `Uwagi do ${criteria[0].id}`
		});

		const audit = await auditOf(target.entry, anna._id);
		expect(audit.map((a) => a.action)).toEqual(['score.saved', 'score.submitted', 'score.saved']);
		expect(audit[0].before).toBeNull();
		type Audited = { state: string; criteria: { id: string; score: number | null }[] };
		const [before, after] = [audit[2].before as Audited, audit[2].after as Audited];
		expect([before.state, before.criteria[0]]).toEqual([
			'submitted',
			{ id: criteria[0].id, score: 5, comment: `Uwagi do ${criteria[0].id}` }
		]);
		expect([after.state, after.criteria[0]]).toEqual([
			'submitted',
			{ id: criteria[0].id, score: 2, comment: `Uwagi do ${criteria[0].id}` }
		]);
	});

	it('submitWithoutEveryCriterion_isRefusedFieldByField_andNothingIsStored', async () => {
		const { anna, criteria, target } = await world();
		const values = complete(criteria, 0, {
			[`score-${criteria[1].id}`]: '',
			[`score-${criteria[2].id}`]: '99'
		});
		const result = await saveScore(db, anna, target, values, { submit: true });
		expect(result.ok).toBe(false);
		if (result.ok || result.reason !== 'invalid') throw new Error('expected invalid');
		expect(Object.keys(result.errors).sort()).toEqual(
			[`score-${criteria[1].id}`, `score-${criteria[2].id}`].sort()
		);
		expect(await scoreOf(target, anna._id)).toBeNull();
		// An unknown category is refused too.
		const category = await saveScore(
			db,
			anna,
			target,
			{ version: '0', recommend: 'on', category: 'Inna' },
			{ submit: false }
		);
		expect(category).toMatchObject({
			ok: false,
			reason: 'invalid',
			errors: { category: expect.any(String) }
		});
	});

	it('quote_isKeptOnlyFromAJurorWhoAgreedToBeQuoted', async () => {
		const { anna, piotr, criteria, target } = await world();
		await saveScore(db, anna, target, complete(criteria, 0, { quote: 'Wzorcowe.' }), { submit: false });
		await saveScore(db, piotr, target, complete(criteria, 0, { quote: 'Wzorcowe.' }), { submit: false });
		expect((await scoreOf(target, anna._id))?.quote).toBe('Wzorcowe.');
		expect((await scoreOf(target, piotr._id))?.quote).toBe('');
	});

	it('staleSave_isRefusedWithBothVersions_andARetryOfASucceededSaveAnswersSuccess', async () => {
		const { anna, criteria, target } = await world();
		await saveScore(db, anna, target, complete(criteria, 0), { submit: false });
		const otherTab = complete(criteria, 1, { privateComment: 'Z drugiej karty.' });
		expect(await saveScore(db, anna, target, otherTab, { submit: false })).toMatchObject({
			ok: true,
			version: 2
		});

		// The first tab still holds version 1 and typed something else.
		const mine = complete(criteria, 1, { privateComment: 'Z pierwszej karty.' });
		const stale = await saveScore(db, anna, target, mine, { submit: false });
		expect(stale).toMatchObject({
			ok: false,
			reason: 'stale',
			version: 2,
			theirs: { privateComment: 'Z drugiej karty.' },
			yours: { privateComment: 'Z pierwszej karty.' }
		});
		expect((await scoreOf(target, anna._id))?.privateComment).toBe('Z drugiej karty.');

		// The second tab's request sent again (its answer was lost): success, nothing new written.
		const auditBefore = (await auditOf(target.entry, anna._id)).length;
		expect(await saveScore(db, anna, target, otherTab, { submit: false })).toEqual({
			ok: true,
			version: 2,
			state: 'draft',
			changed: false
		});
		expect((await auditOf(target.entry, anna._id)).length).toBe(auditBefore);
	});

	it('twoTabsSavingFromOneVersionAtOnce_oneWinsAndTheOtherIsToldStale', async () => {
		const { anna, criteria, target } = await world();
		await saveScore(db, anna, target, complete(criteria, 0), { submit: false });
		const results = await Promise.all(
			['A', 'B'].map((tab) =>
				saveScore(db, anna, target, complete(criteria, 1, { privateComment: `Karta ${tab}` }), {
					submit: false
				})
			)
		);
		const won = results.filter((r) => r.ok);
		const lost = results.filter((r) => !r.ok);
		expect(won).toHaveLength(1);
		expect(lost).toHaveLength(1);
		expect(lost[0]).toMatchObject({ ok: false, reason: 'stale', version: 2 });
		const stored = await scoreOf(target, anna._id);
		expect(stored?.version).toBe(2);
		// Nothing lost: the loser holds its own text and sees the winner's, which is what is stored.
		if (lost[0].ok || lost[0].reason !== 'stale') throw new Error('expected stale');
		expect(lost[0].theirs.privateComment).toBe(stored?.privateComment);
		expect(lost[0].yours.privateComment).not.toBe(stored?.privateComment);
	});

	it('twoTabsSavingTheFirstScoreAtOnce_oneInsertWins', async () => {
		const { anna, criteria, target } = await world();
		const results = await Promise.all(
			['A', 'B'].map((tab) =>
				saveScore(db, anna, target, complete(criteria, 0, { privateComment: `Karta ${tab}` }), {
					submit: false
				})
			)
		);
		expect(results.filter((r) => r.ok)).toHaveLength(1);
		expect(results.filter((r) => !r.ok)[0]).toMatchObject({ reason: 'stale', version: 1 });
		expect(await collections(db).scores.countDocuments({ ...target, juror: anna._id })).toBe(1);
	});

	it('firstScoreAndCriteriaSaveAtOnce_neverLeaveAScoreUnderChangedCriteria', async () => {
		for (let round = 0; round < 4; round++) {
			const { edition, anna, criteria, target } = await world();
			const rows = criteriaOf(edition)
				.slice(1)
				.map((c) => rowOf({ ...c, label: `${c.label} (zmienione)` }));
			const [criteriaSave, score] = await Promise.all([
				saveCriteria(db, organiser(), edition.slug, rows, 1),
				saveScore(db, anna, target, complete(criteria, 0), { submit: false })
			]);
			const stored = await scoreOf(target, anna._id);
			expect(score.ok).toBe(true);
			if (criteriaSave.ok) {
				// The criteria changed first: the score was taken against them.
				expect(stored?.criteria.map((c) => c.id)).toEqual(rows.map((r) => r.id));
				const changed = await collections(db).audit.findOne({
					action: 'edition.criteria-changed',
					'subject.id': edition.slug
				});
				expect(changed!.at.getTime()).toBeLessThanOrEqual(stored!.createdAt.getTime());
			} else {
				expect(['closed', 'conflict']).toContain(criteriaSave.reason);
				const now = await collections(db).editions.findOne({ slug: edition.slug });
				expect(criteriaOf(now!).map((c) => c.id)).toEqual(criteria.map((c) => c.id));
			}
		}
	});

	it('outsideReview_scoresAreReadOnly_andConflictedOrUnassignedJurorsAreToldMissing', async () => {
		const closed = await world('deliberation');
		expect(
			await saveScore(db, closed.anna, closed.target, complete(closed.criteria, 0), { submit: false })
		).toEqual({ ok: false, reason: 'closed' });

		const { edition, anna, criteria, target, second } = await world();
		const outsider = await juror(edition.slug);
		await assign(db, edition.slug, outsider._id, [second.slug]);
		expect(await saveScore(db, outsider, target, complete(criteria, 0), { submit: false })).toEqual({
			ok: false,
			reason: 'missing'
		});
		await setConflict(db, organiser(), edition.slug, {
			juror: anna._id,
			entry: target.entry,
			conflicted: true,
			reason: 'Pracowała przy projekcie.'
		});
		expect(await saveScore(db, anna, target, complete(criteria, 0), { submit: false })).toEqual({
			ok: false,
			reason: 'missing'
		});
		expect(await entryWorkspace(db, anna, edition.slug, target.entry)).toEqual({ ok: false, why: 'missing' });
		expect(await scoreOf(target, anna._id)).toBeNull();
	});

	it('blindness_othersAbsentBeforeOwnSubmission_presentAfter_conflictedNever', async () => {
		const { edition, anna, piotr, criteria, target } = await world();
		const marta = await juror(edition.slug);
		await assign(db, edition.slug, marta._id, [target.entry]);
		await createScore(db, { ...target, juror: piotr._id, privateComment: 'Sekret Piotra' });
		await createScore(db, { ...target, juror: marta._id, privateComment: 'Sekret Marty' });
		await setConflict(db, organiser(), edition.slug, {
			juror: marta._id,
			entry: target.entry,
			conflicted: true,
			reason: 'Konflikt'
		});
		await postToDiscussion(db, piotr, target, 'Moim zdaniem **świetne**.');

		const before = await entryWorkspace(db, anna, edition.slug, target.entry);
		expect(JSON.stringify(before)).not.toContain('Sekret');
		expect(JSON.stringify(before)).not.toContain('świetne');
		if (!before.ok) throw new Error('expected a workspace');
		expect(before.others).toEqual([]);
		expect(before.discussion).toMatchObject({ readable: false, messages: [] });
		expect(await postToDiscussion(db, anna, target, 'Wcześnie')).toEqual({ ok: false, reason: 'forbidden' });

		await saveScore(db, anna, target, complete(criteria, 0), { submit: true });
		const after = await entryWorkspace(db, anna, edition.slug, target.entry);
		if (!after.ok) throw new Error('expected a workspace');
		expect(after.others.map((o) => o.fields.privateComment)).toEqual(['Sekret Piotra']);
		expect(after.discussion.messages.map((d) => d.textHtml)).toEqual([
			'<p>Moim zdaniem <strong>świetne</strong>.</p>\n'
		]);
		expect(JSON.stringify(after)).not.toContain('Sekret Marty');
		expect(await postToDiscussion(db, anna, target, '<script>x</script>Zgadzam się')).toEqual({ ok: true });
		const messages = await collections(db).discussion.find(target).toArray();
		expect(messages.map((d) => d.textHtml).join('')).not.toContain('<script');

		// Organisers see every non-conflicted juror's score, give none.
		const admin = await entryWorkspace(db, organiser(), edition.slug, target.entry);
		if (!admin.ok) throw new Error('expected a workspace');
		expect(admin.others.map((o) => o.fields.privateComment).sort()).toEqual(
			['Dobrze udokumentowane.', 'Sekret Piotra'].sort()
		);
		expect(admin.scoring).toEqual({ ok: false, why: 'forbidden' });
	});

	it('hiddenOrganisation_isAbsentFromTheJurorsWorkspace_butShownToOrganisers', async () => {
		const { edition, anna, target, office, partner } = await world('review', {
			hideApplicantOrganisation: true
		});
		const view = await entryWorkspace(db, anna, edition.slug, target.entry);
		const text = JSON.stringify(view);
		for (const hidden of [office.name, office.slug, partner.name, partner.slug])
			expect(text).not.toContain(hidden);
		expect(JSON.stringify(await entryWorkspace(db, organiser(), edition.slug, target.entry))).toContain(
			office.name
		);

		const shown = await world('review');
		const visible = await entryWorkspace(db, shown.anna, shown.edition.slug, shown.target.entry);
		if (!visible.ok) throw new Error('expected a workspace');
		expect(visible.entry.organisations).toEqual([shown.office.name]);
		expect(visible.entry.partners).toEqual([shown.partner.name]);
	});

	it('progressAndAcknowledgement_countOnlyAssignedNonConflictedEntries', async () => {
		const { edition, anna, criteria, target, second } = await world();
		const conflicted = await createEntry(db, { edition: edition.slug, status: 'submitted', origin: 'app' });
		await assign(db, edition.slug, anna._id, [conflicted.slug]);
		await setConflict(db, organiser(), edition.slug, {
			juror: anna._id,
			entry: conflicted.slug,
			conflicted: true,
			reason: 'Konflikt'
		});
		await createScore(db, { edition: edition.slug, entry: conflicted.slug, juror: anna._id });
		await saveScore(db, anna, target, complete(criteria, 0), { submit: true });
		await saveScore(db, anna, { ...target, entry: second.slug }, { version: '0' }, { submit: false });

		const view = await jurorEditionView(db, anna, edition.slug);
		expect(view?.progress).toEqual({ submitted: 1, total: 2 });
		expect(view?.entries.map((e) => [e.slug, e.state]).sort()).toEqual(
			[
				[target.entry, 'submitted'],
				[second.slug, 'draft']
			].sort()
		);
		const editions = await juryEditionsOf(db, anna);
		expect(editions.find((e) => e.slug === edition.slug)?.progress).toEqual({ submitted: 1, total: 2 });

		const first = await acknowledgeAssignment(db, anna, edition.slug);
		const again = await acknowledgeAssignment(db, anna, edition.slug);
		expect(first).toMatchObject({ ok: true, changed: true });
		expect(again).toMatchObject({ ok: true, changed: false });
		if (first.ok && again.ok) expect(again.at).toEqual(first.at);
		expect(
			await collections(db).audit.countDocuments({ action: 'assignment.acknowledged', actor: anna._id })
		).toBe(1);
		const stranger = sessionOf((await createUser(db)).user);
		expect(await jurorEditionView(db, stranger, edition.slug)).toBeNull();
	});

	it('attachments_assignedJurorsInAReadingPhaseDownload_conflictedAndUnassignedDoNot', async () => {
		const { edition, anna, piotr, target, second } = await world();
		const stored = await storeAttachment(db, new File([PDF], 'opis.pdf', { type: 'application/pdf' }), {
			practice: target.entry,
			uploadedBy: 'someone'
		});
		if (!stored.ok) throw new Error('expected a stored file');
		expect((await attachmentFor(db, anna, stored.id))?.filename).toBe('opis.pdf');

		const outsider = await juror(edition.slug);
		await assign(db, edition.slug, outsider._id, [second.slug]);
		expect(await attachmentFor(db, outsider, stored.id)).toBeNull();
		await setConflict(db, organiser(), edition.slug, {
			juror: piotr._id,
			entry: target.entry,
			conflicted: true,
			reason: 'Konflikt'
		});
		expect(await attachmentFor(db, piotr, stored.id)).toBeNull();

		await collections(db).editions.updateOne({ slug: edition.slug }, { $set: { phase: 'open' } });
		expect(await attachmentFor(db, anna, stored.id)).toBeNull();
	});
});
