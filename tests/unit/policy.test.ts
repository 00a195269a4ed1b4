/**
 * The policy as a table, in the spirit of HotCRP's permission tests: who (role, membership,
 * approval) × the edition's phase × the entry's status × action → allowed, or why not. The HTTP
 * access matrix proves the same rules from outside; this says them in one screen.
 */
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/server/auth/session';
import type { EditionDoc, PracticeDoc } from '../../src/lib/server/db/collections';
import { can, type EditionState, type EntryState, type Why } from '../../src/lib/server/policy';

const EDITION = 'edycja-2026';
const NOW = new Date('2026-05-15T10:00:00Z');

const person = (overrides: Partial<SessionUser>): SessionUser => ({
	_id: 'someone',
	email: 'someone@example.org',
	name: 'Someone',
	isAdmin: false,
	roles: [],
	organisations: [],
	...overrides
});

const who = {
	anonymous: null,
	/** Applicant of the edition, member of the entry's organisation. */
	member: person({
		_id: 'member',
		roles: [{ edition: EDITION, role: 'applicant' }],
		organisations: ['org-a']
	}),
	/** Applicant of the edition, member of another organisation. */
	otherMember: person({
		_id: 'other',
		roles: [{ edition: EDITION, role: 'applicant' }],
		organisations: ['org-b']
	}),
	/** Member of the organisation without the edition's applicant role. */
	memberNoRole: person({ _id: 'no-role', organisations: ['org-a'] }),
	/** Self-registered, waiting for approval, asked to join org-a; wrote the unassigned draft. */
	pending: person({
		_id: 'pending',
		roles: [{ edition: EDITION, role: 'applicant' }],
		organisations: [],
		pendingApproval: true
	}),
	juror: person({ _id: 'juror', roles: [{ edition: EDITION, role: 'juror' }] }),
	admin: person({ _id: 'admin', isAdmin: true })
} as const;
type Who = keyof typeof who;

const edition = (phase: EditionDoc['phase'], window: Partial<EditionState> = {}): EditionState => ({
	slug: EDITION,
	phase,
	submissionsOpen: null,
	submissionsClose: null,
	...window
});
const editions = {
	draft: edition('draft'),
	open: edition('open'),
	openNotYet: edition('open', { submissionsOpen: new Date('2026-06-01T00:00:00Z') }),
	openPastClose: edition('open', { submissionsClose: new Date('2026-05-15T10:00:00Z') }),
	review: edition('review'),
	deliberation: edition('deliberation'),
	published: edition('published'),
	archived: edition('archived')
};
type EditionKey = keyof typeof editions;

const entry = (status: PracticeDoc['status'], overrides: Partial<EntryState> = {}): EntryState => ({
	origin: 'app',
	status,
	organisations: ['org-a'],
	createdBy: 'member',
	edition: EDITION,
	...overrides
});

// ---------------------------------------------------------------------------------------------
// The applicant's work on an entry: edit (fields, attachments), submit, withdraw

type Row = [
	Who,
	EditionKey,
	PracticeDoc['status'],
	{ edit: Why | 'ok'; submit: Why | 'ok'; withdraw: Why | 'ok' }
];

const entryWork: Row[] = [
	['member', 'open', 'draft', { edit: 'ok', submit: 'ok', withdraw: 'not-editable' }],
	['member', 'open', 'submitted', { edit: 'ok', submit: 'not-editable', withdraw: 'ok' }],
	['member', 'open', 'withdrawn', { edit: 'not-editable', submit: 'not-editable', withdraw: 'not-editable' }],
	[
		'member',
		'open',
		'ineligible',
		{ edit: 'not-editable', submit: 'not-editable', withdraw: 'not-editable' }
	],
	['member', 'openNotYet', 'draft', { edit: 'closed', submit: 'closed', withdraw: 'closed' }],
	['member', 'openPastClose', 'draft', { edit: 'closed', submit: 'closed', withdraw: 'closed' }],
	['member', 'openPastClose', 'submitted', { edit: 'closed', submit: 'closed', withdraw: 'closed' }],
	['member', 'draft', 'draft', { edit: 'closed', submit: 'closed', withdraw: 'closed' }],
	['member', 'review', 'submitted', { edit: 'closed', submit: 'closed', withdraw: 'closed' }],
	['member', 'deliberation', 'submitted', { edit: 'closed', submit: 'closed', withdraw: 'closed' }],
	['member', 'published', 'awarded', { edit: 'closed', submit: 'closed', withdraw: 'closed' }],
	['member', 'archived', 'draft', { edit: 'closed', submit: 'closed', withdraw: 'closed' }],
	['otherMember', 'open', 'draft', { edit: 'missing', submit: 'missing', withdraw: 'missing' }],
	['otherMember', 'open', 'submitted', { edit: 'missing', submit: 'missing', withdraw: 'missing' }],
	['memberNoRole', 'open', 'draft', { edit: 'forbidden', submit: 'forbidden', withdraw: 'forbidden' }],
	['pending', 'open', 'draft', { edit: 'missing', submit: 'missing', withdraw: 'missing' }],
	['juror', 'open', 'submitted', { edit: 'missing', submit: 'missing', withdraw: 'missing' }],
	['juror', 'review', 'submitted', { edit: 'missing', submit: 'missing', withdraw: 'missing' }],
	['admin', 'open', 'draft', { edit: 'missing', submit: 'missing', withdraw: 'missing' }],
	['anonymous', 'open', 'draft', { edit: 'sign-in', submit: 'sign-in', withdraw: 'sign-in' }]
];

const verdictOf = (result: ReturnType<typeof can>) => (result.ok ? 'ok' : result.why);

describe("policy: the applicant's work on an entry of organisation A", () => {
	for (const [visitor, phase, status, expected] of entryWork) {
		for (const action of ['edit', 'submit', 'withdraw'] as const) {
			it(`${visitor}_${phase}_${status}_${action}_${expected[action]}`, () => {
				const context = { entry: entry(status), edition: editions[phase], now: NOW };
				expect(verdictOf(can(who[visitor], `entry.${action}`, context))).toBe(expected[action]);
			});
		}
	}

	it('noEdition_editIsClosed', () => {
		expect(verdictOf(can(who.member, 'entry.edit', { entry: entry('draft'), edition: null, now: NOW }))).toBe(
			'closed'
		);
	});
	it('catalogueRecord_notAnEntryOfTheApp_readsAsMissing', () => {
		const seeded = entry('catalogue', { origin: 'seed' } as Partial<EntryState>);
		expect(verdictOf(can(who.member, 'entry.open', { entry: seeded }))).toBe('missing');
	});
});

describe('policy: an applicant waiting for approval', () => {
	const ownDraft = entry('draft', { organisations: [], createdBy: 'pending' });
	const context = { entry: ownDraft, edition: editions.open, now: NOW };

	it('ownUnassignedDraft_mayBeOpenedAndEdited', () => {
		expect(verdictOf(can(who.pending, 'entry.open', { entry: ownDraft }))).toBe('ok');
		expect(verdictOf(can(who.pending, 'entry.edit', context))).toBe('ok');
	});
	it('ownUnassignedDraft_mayNotBeSubmittedBeforeApproval', () => {
		expect(verdictOf(can(who.pending, 'entry.submit', context))).toBe('pending');
	});
	it('theOrganisationsEntries_readAsMissing', () => {
		expect(verdictOf(can(who.pending, 'entry.open', { entry: entry('draft') }))).toBe('missing');
	});
	it('anotherPersonsUnassignedDraft_readsAsMissing', () => {
		const theirs = entry('draft', { organisations: [], createdBy: 'someone-else' });
		expect(verdictOf(can(who.pending, 'entry.open', { entry: theirs }))).toBe('missing');
	});
	it('afterApproval_theirOwnUnassignedDraftStaysTheirs', () => {
		const approved = person({ _id: 'pending', roles: who.pending.roles, organisations: ['org-a'] });
		expect(verdictOf(can(approved, 'entry.submit', context))).toBe('ok');
	});
});

describe('policy: starting a draft', () => {
	const table: [Who, EditionKey, Why | 'ok'][] = [
		['member', 'open', 'ok'],
		['pending', 'open', 'ok'],
		['member', 'openNotYet', 'closed'],
		['member', 'openPastClose', 'closed'],
		['member', 'draft', 'closed'],
		['member', 'review', 'closed'],
		['memberNoRole', 'open', 'forbidden'],
		['juror', 'open', 'forbidden'],
		['admin', 'open', 'forbidden'],
		['anonymous', 'open', 'sign-in']
	];
	for (const [visitor, phase, expected] of table) {
		it(`${visitor}_${phase}_${expected}`, () => {
			expect(verdictOf(can(who[visitor], 'entry.create', { edition: editions[phase], now: NOW }))).toBe(
				expected
			);
		});
	}
});

describe('policy: attachments', () => {
	const table: [Who, Why | 'ok'][] = [
		['member', 'ok'],
		['admin', 'ok'],
		['otherMember', 'missing'],
		['memberNoRole', 'ok'],
		['pending', 'missing'],
		['juror', 'missing'],
		['anonymous', 'sign-in']
	];
	for (const [visitor, expected] of table) {
		it(`download_${visitor}_${expected}`, () => {
			expect(verdictOf(can(who[visitor], 'attachment.download', { entry: entry('submitted') }))).toBe(
				expected
			);
		});
	}
});

describe("policy: the organiser's decisions", () => {
	const eligibility: [Who, EditionKey, PracticeDoc['status'], Why | 'ok'][] = [
		['admin', 'open', 'submitted', 'ok'],
		['admin', 'review', 'submitted', 'ok'],
		['admin', 'review', 'ineligible', 'ok'],
		['admin', 'deliberation', 'submitted', 'closed'],
		['admin', 'published', 'submitted', 'closed'],
		['admin', 'draft', 'submitted', 'closed'],
		['admin', 'open', 'draft', 'not-editable'],
		['admin', 'review', 'withdrawn', 'not-editable'],
		['admin', 'review', 'awarded', 'not-editable'],
		['juror', 'review', 'submitted', 'forbidden'],
		['member', 'open', 'submitted', 'forbidden'],
		['anonymous', 'open', 'submitted', 'sign-in']
	];
	for (const [visitor, phase, status, expected] of eligibility) {
		it(`eligibility_${visitor}_${phase}_${status}_${expected}`, () => {
			const context = { entry: entry(status), edition: editions[phase] };
			expect(verdictOf(can(who[visitor], 'eligibility.decide', context))).toBe(expected);
		});
	}

	// Reading an entry whole to decide on it: organisers, any sent entry, in any phase; drafts stay private.
	const reading: [Who, PracticeDoc['status'], Why | 'ok'][] = [
		['admin', 'submitted', 'ok'],
		['admin', 'ineligible', 'ok'],
		['admin', 'withdrawn', 'ok'],
		['admin', 'draft', 'missing'],
		['juror', 'submitted', 'missing'],
		['member', 'submitted', 'missing'],
		['anonymous', 'submitted', 'sign-in']
	];
	for (const [visitor, status, expected] of reading) {
		it(`eligibilityRead_${visitor}_${status}_${expected}`, () => {
			expect(verdictOf(can(who[visitor], 'eligibility.read', { entry: entry(status) }))).toBe(expected);
		});
	}

	const curation: [Who, PracticeDoc['status'], Why | 'ok'][] = [
		['admin', 'catalogue', 'ok'],
		['admin', 'mentioned', 'ok'],
		['admin', 'submitted', 'not-editable'],
		['admin', 'awarded', 'not-editable'],
		['member', 'catalogue', 'forbidden'],
		['juror', 'mentioned', 'forbidden']
	];
	for (const [visitor, status, expected] of curation) {
		it(`curation_${visitor}_${status}_${expected}`, () => {
			expect(verdictOf(can(who[visitor], 'catalogue.curate', { entry: entry(status) }))).toBe(expected);
		});
	}

	/** Criteria change until the first score, whatever the phase; never by anyone but the organiser. */
	const criteria: [Who, boolean, Why | 'ok'][] = [
		['admin', false, 'ok'],
		['admin', true, 'closed'],
		['juror', false, 'forbidden'],
		['member', false, 'forbidden'],
		['anonymous', false, 'sign-in']
	];
	for (const [visitor, scored, expected] of criteria) {
		it(`criteria_${visitor}_${scored ? 'scored' : 'unscored'}_${expected}`, () => {
			expect(verdictOf(can(who[visitor], 'edition.criteria', { scored }))).toBe(expected);
		});
	}
});

describe('policy: accounts', () => {
	const table: [Who, 'account.disable' | 'account.revoke-admin', string, Why | 'ok'][] = [
		['admin', 'account.disable', 'member', 'ok'],
		['admin', 'account.disable', 'admin', 'own-account'],
		['admin', 'account.revoke-admin', 'other-admin', 'ok'],
		['admin', 'account.revoke-admin', 'admin', 'own-account'],
		['member', 'account.disable', 'otherMember', 'forbidden'],
		['juror', 'account.revoke-admin', 'admin', 'forbidden'],
		['anonymous', 'account.disable', 'member', 'sign-in']
	];
	for (const [visitor, action, account, expected] of table) {
		it(`${action}_${visitor}_on_${account}_${expected}`, () => {
			expect(verdictOf(can(who[visitor], action, { account }))).toBe(expected);
		});
	}
	it('manage_onlyTheOrganiser', () => {
		expect(verdictOf(can(who.admin, 'account.manage', {}))).toBe('ok');
		expect(verdictOf(can(who.member, 'account.manage', {}))).toBe('forbidden');
	});
});

describe('policy: the jury', () => {
	/** A juror of another edition. */
	const otherJuror = person({ _id: 'other-juror', roles: [{ edition: 'inna-edycja', role: 'juror' }] });
	type JuryRow = [
		Who | 'otherJuror',
		EditionKey,
		{ manage: Why | 'ok'; remove: Why | 'ok'; declare: Why | 'ok' }
	];
	const table: JuryRow[] = [
		['admin', 'draft', { manage: 'ok', remove: 'ok', declare: 'forbidden' }],
		['admin', 'open', { manage: 'ok', remove: 'ok', declare: 'forbidden' }],
		['admin', 'review', { manage: 'ok', remove: 'closed', declare: 'forbidden' }],
		['admin', 'deliberation', { manage: 'ok', remove: 'closed', declare: 'forbidden' }],
		['admin', 'published', { manage: 'closed', remove: 'closed', declare: 'forbidden' }],
		['admin', 'archived', { manage: 'closed', remove: 'closed', declare: 'forbidden' }],
		['juror', 'open', { manage: 'forbidden', remove: 'forbidden', declare: 'ok' }],
		['juror', 'review', { manage: 'forbidden', remove: 'forbidden', declare: 'ok' }],
		['juror', 'deliberation', { manage: 'forbidden', remove: 'forbidden', declare: 'ok' }],
		['juror', 'published', { manage: 'forbidden', remove: 'forbidden', declare: 'closed' }],
		['otherJuror', 'review', { manage: 'forbidden', remove: 'forbidden', declare: 'forbidden' }],
		['member', 'review', { manage: 'forbidden', remove: 'forbidden', declare: 'forbidden' }],
		['anonymous', 'review', { manage: 'sign-in', remove: 'sign-in', declare: 'sign-in' }]
	];
	for (const [visitor, phase, expected] of table) {
		const user = visitor === 'otherJuror' ? otherJuror : who[visitor];
		const context = { edition: editions[phase] };
		it(`${visitor}_${phase}_manage_${expected.manage}`, () => {
			expect(verdictOf(can(user, 'jury.manage', context))).toBe(expected.manage);
		});
		it(`${visitor}_${phase}_remove_${expected.remove}`, () => {
			expect(verdictOf(can(user, 'jury.remove', context))).toBe(expected.remove);
		});
		it(`${visitor}_${phase}_declare_${expected.declare}`, () => {
			expect(verdictOf(can(user, 'conflict.declare', context))).toBe(expected.declare);
		});
	}
});

// ---------------------------------------------------------------------------------------------
// The jury's work on one entry: the juror's standing with the entry (assigned or not, conflicted,
// own score submitted) × the edition's phase → read, score, see the others, discuss, download.

describe('policy: a juror and one entry', () => {
	type Standing = 'assigned' | 'submitted' | 'unassigned' | 'conflicted';
	const standings: Record<Standing, { assigned: boolean; conflicted: boolean; submitted: boolean }> = {
		assigned: { assigned: true, conflicted: false, submitted: false },
		submitted: { assigned: true, conflicted: false, submitted: true },
		unassigned: { assigned: false, conflicted: false, submitted: false },
		conflicted: { assigned: true, conflicted: true, submitted: false }
	};
	type Outcome = Why | 'ok';
	type Row = [
		Who,
		Standing,
		EditionKey,
		{ read: Outcome; score: Outcome; others: Outcome; discuss: Outcome; download: Outcome }
	];
	const table: Row[] = [
		[
			'juror',
			'assigned',
			'open',
			{ read: 'closed', score: 'closed', others: 'closed', discuss: 'closed', download: 'missing' }
		],
		[
			'juror',
			'assigned',
			'review',
			{ read: 'ok', score: 'ok', others: 'forbidden', discuss: 'forbidden', download: 'ok' }
		],
		[
			'juror',
			'submitted',
			'review',
			{ read: 'ok', score: 'ok', others: 'ok', discuss: 'ok', download: 'ok' }
		],
		[
			'juror',
			'submitted',
			'deliberation',
			{ read: 'ok', score: 'closed', others: 'ok', discuss: 'ok', download: 'ok' }
		],
		[
			'juror',
			'submitted',
			'published',
			{ read: 'ok', score: 'closed', others: 'ok', discuss: 'closed', download: 'ok' }
		],
		[
			'juror',
			'assigned',
			'deliberation',
			{ read: 'ok', score: 'closed', others: 'forbidden', discuss: 'forbidden', download: 'ok' }
		],
		[
			'juror',
			'unassigned',
			'review',
			{ read: 'missing', score: 'missing', others: 'missing', discuss: 'missing', download: 'missing' }
		],
		[
			'juror',
			'conflicted',
			'review',
			{ read: 'missing', score: 'missing', others: 'missing', discuss: 'missing', download: 'missing' }
		],
		[
			'admin',
			'unassigned',
			'review',
			{ read: 'ok', score: 'forbidden', others: 'ok', discuss: 'ok', download: 'ok' }
		],
		[
			'admin',
			'unassigned',
			'published',
			{ read: 'ok', score: 'forbidden', others: 'ok', discuss: 'closed', download: 'ok' }
		],
		[
			'member',
			'assigned',
			'review',
			{ read: 'missing', score: 'missing', others: 'missing', discuss: 'missing', download: 'missing' }
		],
		[
			'anonymous',
			'assigned',
			'review',
			{ read: 'sign-in', score: 'sign-in', others: 'sign-in', discuss: 'sign-in', download: 'sign-in' }
		]
	];
	// An entry of another organisation than the member's, so an applicant's own access does not count.
	const foreign = entry('submitted', { organisations: ['org-c'], createdBy: 'someone' });
	for (const [visitor, standing, phase, expected] of table) {
		const work = { edition: editions[phase], ...standings[standing] };
		const name = `${visitor}_${standing}_${phase}`;
		it(`${name}_read_${expected.read}`, () => {
			expect(verdictOf(can(who[visitor], 'jury.read', work))).toBe(expected.read);
		});
		it(`${name}_score_${expected.score}`, () => {
			expect(verdictOf(can(who[visitor], 'score.edit', work))).toBe(expected.score);
		});
		it(`${name}_others_${expected.others}`, () => {
			expect(verdictOf(can(who[visitor], 'jury.see-others', work))).toBe(expected.others);
		});
		it(`${name}_discuss_${expected.discuss}`, () => {
			expect(verdictOf(can(who[visitor], 'jury.discuss', work))).toBe(expected.discuss);
		});
		it(`${name}_download_${expected.download}`, () => {
			const verdict = can(who[visitor], 'attachment.download', { entry: foreign, jury: work });
			expect(verdictOf(verdict)).toBe(expected.download);
		});
	}
});

describe('policy: assignment', () => {
	type Outcome = Why | 'ok';
	type Row = [
		Who,
		EditionKey,
		{ manage: Outcome; prefer: Outcome; preferAfter: Outcome; acknowledge: Outcome; remind: Outcome }
	];
	const table: Row[] = [
		[
			'admin',
			'open',
			{
				manage: 'ok',
				prefer: 'forbidden',
				preferAfter: 'forbidden',
				acknowledge: 'forbidden',
				remind: 'closed'
			}
		],
		[
			'admin',
			'review',
			{ manage: 'ok', prefer: 'forbidden', preferAfter: 'forbidden', acknowledge: 'forbidden', remind: 'ok' }
		],
		[
			'admin',
			'deliberation',
			{
				manage: 'closed',
				prefer: 'forbidden',
				preferAfter: 'forbidden',
				acknowledge: 'forbidden',
				remind: 'closed'
			}
		],
		[
			'juror',
			'open',
			{ manage: 'forbidden', prefer: 'ok', preferAfter: 'closed', acknowledge: 'ok', remind: 'forbidden' }
		],
		[
			'juror',
			'review',
			{ manage: 'forbidden', prefer: 'ok', preferAfter: 'closed', acknowledge: 'ok', remind: 'forbidden' }
		],
		[
			'juror',
			'published',
			{
				manage: 'forbidden',
				prefer: 'closed',
				preferAfter: 'closed',
				acknowledge: 'closed',
				remind: 'forbidden'
			}
		],
		[
			'member',
			'review',
			{
				manage: 'forbidden',
				prefer: 'forbidden',
				preferAfter: 'forbidden',
				acknowledge: 'forbidden',
				remind: 'forbidden'
			}
		]
	];
	for (const [visitor, phase, expected] of table) {
		const edition = editions[phase];
		const user = who[visitor];
		it(`${visitor}_${phase}_manage_${expected.manage}`, () => {
			expect(verdictOf(can(user, 'assignment.manage', { edition }))).toBe(expected.manage);
		});
		it(`${visitor}_${phase}_prefer_${expected.prefer}`, () => {
			expect(verdictOf(can(user, 'assignment.prefer', { edition, assignmentMade: false }))).toBe(
				expected.prefer
			);
		});
		it(`${visitor}_${phase}_prefer-after-assignment_${expected.preferAfter}`, () => {
			expect(verdictOf(can(user, 'assignment.prefer', { edition, assignmentMade: true }))).toBe(
				expected.preferAfter
			);
		});
		it(`${visitor}_${phase}_acknowledge_${expected.acknowledge}`, () => {
			expect(verdictOf(can(user, 'assignment.acknowledge', { edition, assigned: true }))).toBe(
				expected.acknowledge
			);
		});
		it(`${visitor}_${phase}_remind_${expected.remind}`, () => {
			expect(verdictOf(can(user, 'jury.remind', { edition }))).toBe(expected.remind);
		});
	}
	it('a juror with nothing assigned has nothing to acknowledge', () => {
		expect(
			verdictOf(can(who.juror, 'assignment.acknowledge', { edition: editions.review, assigned: false }))
		).toBe('missing');
	});
});

describe("policy: the organiser's decision on an entry (award, mention or none)", () => {
	// Deliberation only: in review the jury is still scoring, once published the results are on record.
	const table: [Who, EditionKey, Why | 'ok'][] = [
		['admin', 'draft', 'closed'],
		['admin', 'open', 'closed'],
		['admin', 'review', 'closed'],
		['admin', 'deliberation', 'ok'],
		['admin', 'published', 'closed'],
		['admin', 'archived', 'closed'],
		['juror', 'deliberation', 'forbidden'],
		['member', 'deliberation', 'forbidden'],
		['pending', 'deliberation', 'forbidden'],
		['anonymous', 'deliberation', 'sign-in']
	];
	for (const [visitor, phase, expected] of table) {
		it(`${visitor}_${phase}_decide_${expected}`, () => {
			expect(verdictOf(can(who[visitor], 'award.decide', { edition: editions[phase] }))).toBe(expected);
		});
	}
});

describe('policy: deliberation', () => {
	type Outcome = Why | 'ok';
	type Row = [Who, EditionKey, { read: Outcome; manage: Outcome; export: Outcome }];
	const table: Row[] = [
		['admin', 'open', { read: 'closed', manage: 'closed', export: 'closed' }],
		['admin', 'review', { read: 'ok', manage: 'closed', export: 'ok' }],
		['admin', 'deliberation', { read: 'ok', manage: 'ok', export: 'ok' }],
		['admin', 'published', { read: 'ok', manage: 'closed', export: 'ok' }],
		['admin', 'archived', { read: 'ok', manage: 'closed', export: 'ok' }],
		['juror', 'review', { read: 'closed', manage: 'forbidden', export: 'forbidden' }],
		['juror', 'deliberation', { read: 'ok', manage: 'forbidden', export: 'forbidden' }],
		['juror', 'published', { read: 'closed', manage: 'forbidden', export: 'forbidden' }],
		// Not on the edition's jury: as the jury's other pages, it does not exist for them.
		['member', 'deliberation', { read: 'missing', manage: 'forbidden', export: 'forbidden' }],
		['anonymous', 'deliberation', { read: 'sign-in', manage: 'sign-in', export: 'sign-in' }]
	];
	for (const [visitor, phase, expected] of table) {
		const edition = editions[phase];
		const user = who[visitor];
		it(`${visitor}_${phase}_read_${expected.read}`, () => {
			expect(verdictOf(can(user, 'deliberation.read', { edition }))).toBe(expected.read);
		});
		it(`${visitor}_${phase}_manage_${expected.manage}`, () => {
			expect(verdictOf(can(user, 'deliberation.manage', { edition }))).toBe(expected.manage);
		});
		it(`${visitor}_${phase}_export_${expected.export}`, () => {
			expect(verdictOf(can(user, 'deliberation.export', { edition }))).toBe(expected.export);
		});
	}
});

describe('policy: an entry’s results for its applicant', () => {
	const table: [Who, EditionKey, PracticeDoc['status'], Why | 'ok'][] = [
		['member', 'published', 'awarded', 'ok'],
		['member', 'archived', 'submitted', 'ok'],
		['member', 'published', 'mentioned', 'ok'],
		// Publication writes statuses before it moves the phase: nothing shows until the phase moved.
		['member', 'deliberation', 'awarded', 'closed'],
		['member', 'review', 'submitted', 'closed'],
		['member', 'published', 'withdrawn', 'not-editable'],
		['member', 'published', 'ineligible', 'not-editable'],
		['otherMember', 'published', 'awarded', 'missing'],
		['juror', 'published', 'awarded', 'missing'],
		['admin', 'published', 'awarded', 'missing'],
		['anonymous', 'published', 'awarded', 'sign-in']
	];
	it.each(table)('%s, edition %s, entry %s → %s', (person, phase, status, expected) => {
		expect(
			verdictOf(can(who[person], 'entry.results', { entry: entry(status), edition: editions[phase] }))
		).toBe(expected);
	});
});
