/**
 * The rules themselves. Domain code imports them from here: the sentences of `explain` are for
 * pages, and keeping them out lets start-up scripts load domain code outside the SvelteKit build.
 */
import type { SessionUser } from '../auth/session';
import type { EditionDoc, PracticeDoc } from '../db/collections';

/**
 * Why an action is refused; each has one HTTP status (`statusOf`) and a sentence (`explain`).
 * - `sign-in`: nobody is signed in;
 * - `missing`: not theirs to see; answered as if it did not exist, so nothing leaks;
 * - `forbidden`: they see it, but their role does not allow this;
 * - `pending`: their account waits for the organiser's approval;
 * - `closed`: the edition's phase or deadline does not allow it now (or, for its criteria, the
 *   jury has begun scoring);
 * - `not-editable`: the entry's status does not allow it;
 * - `own-account`: nobody may do this to their own account.
 */
export const WHYS = [
	'sign-in',
	'missing',
	'forbidden',
	'pending',
	'closed',
	'not-editable',
	'own-account'
] as const;
export type Why = (typeof WHYS)[number];
/** Whether a verb's reason is one of the policy's (verbs add reasons of their own, such as `conflict`). */
export const isWhy = (reason: string): reason is Why => (WHYS as readonly string[]).includes(reason);

export type Verdict = { ok: true } | { ok: false; why: Why };

/** What a rule needs to know of an edition. */
export type EditionState = Pick<EditionDoc, 'slug' | 'phase' | 'submissionsOpen' | 'submissionsClose'>;
/** What a rule needs to know of an entry (a practice). */
export type EntryState = Pick<PracticeDoc, 'origin' | 'status' | 'organisations' | 'createdBy' | 'edition'>;

type EntryWork = { entry: EntryState; edition: EditionState | null; now?: Date };

/**
 * A juror and one entry of their edition: whether the organiser assigned it to them and whether
 * they are conflicted with it (from affiliations or a statement, see `jury/conflicts.ts`).
 */
export type JuryWork = { edition: EditionState; assigned: boolean; conflicted: boolean };
/** The same, knowing whether the juror has submitted their own score of the entry. */
export type JuryReading = JuryWork & { submitted: boolean };

/** Every action the policy knows, with what it is decided on. */
export interface Contexts {
	/** Start a draft in an edition. */
	'entry.create': { edition: EditionState; now?: Date };
	/** Open an entry in the applicant's editor (and its attachments list). */
	'entry.open': { entry: EntryState };
	/** Change an entry's fields or attachments. */
	'entry.edit': EntryWork;
	'entry.submit': EntryWork;
	'entry.withdraw': EntryWork;
	/** Read the jury's result, averages and feedback on one's entry (after publication). */
	'entry.results': { entry: EntryState; edition: EditionState | null };
	/** Applicants their own entries' files; organisers all; jurors those of entries they may read. */
	'attachment.download': { entry: EntryState; jury?: JuryWork };
	/** Read a sent entry whole, with its attachments, to decide its eligibility (drafts stay private). */
	'eligibility.read': { entry: EntryState };
	'eligibility.decide': { entry: EntryState; edition: EditionState | null };
	'catalogue.curate': { entry: EntryState };
	/** Change an edition's jury criteria; `scored` once any score of the edition exists. */
	'edition.criteria': { scored: boolean };
	/** Grant roles, approve registrations: the organiser's work on accounts. */
	'account.manage': Record<string, never>;
	'account.disable': { account: string };
	'account.revoke-admin': { account: string };
	/** Name jurors, change their affiliations and consents, add or clear conflicts. */
	'jury.manage': { edition: EditionState };
	/** Take a juror off the jury (and their role with it). */
	'jury.remove': { edition: EditionState };
	/** A juror declaring a conflict with an entry of the edition. */
	'conflict.declare': { edition: EditionState };
	/** Run the assignment, add or remove single assignments, choose the mode. */
	'assignment.manage': { edition: EditionState };
	/** A juror saying, before the assignment is made, which entries they want to read. */
	'assignment.prefer': { edition: EditionState; assignmentMade: boolean };
	/** A juror confirming the entries assigned to them. */
	'assignment.acknowledge': { edition: EditionState; assigned: boolean };
	/** Mail each juror the scores they still owe. */
	'jury.remind': { edition: EditionState };
	/** Open an entry as its juror: the whole submission, its attachments and one's own score. */
	'jury.read': JuryWork;
	/** Save, submit or change one's own score of an entry. */
	'score.edit': JuryWork;
	/** See the other jurors' scores and comments on an entry (blind until one's own is submitted). */
	'jury.see-others': JuryReading;
	/** Read and write an entry's jury discussion. */
	'jury.discuss': JuryReading;
	/**
	 * Record the decision on an entry (award, mention or none) with what is published with it, and
	 * create the mentioned practices and recommendations it links to.
	 */
	'award.decide': { edition: EditionState };
	/** Read the deliberation table: organisers from the review on, the edition's jurors while it deliberates. */
	'deliberation.read': { edition: EditionState };
	/** Shortlist entries and set the disagreement thresholds: organisers, while the edition deliberates. */
	'deliberation.manage': { edition: EditionState };
	/** Download the scores and the ranking as CSV: organisers, from the review on. */
	'deliberation.export': { edition: EditionState };
}

export type Action = keyof Contexts;

const allow: Verdict = { ok: true };
const deny = (why: Why): Verdict => ({ ok: false, why });

/** Entry statuses an applicant may still change. */
const EDITABLE_STATUSES: readonly PracticeDoc['status'][] = ['draft', 'submitted'];
/** Entry statuses the organiser decides eligibility on (an ineligible one may be reconsidered). */
export const REVIEWABLE_STATUSES: readonly PracticeDoc['status'][] = ['submitted', 'ineligible'];
/**
 * Eligibility is decided while entries come in and the jury reads them; from deliberation on, the
 * field of entries is fixed, so a late decision cannot change a ranking or published results.
 */
const ELIGIBILITY_PHASES: readonly EditionDoc['phase'][] = ['open', 'review'];
/** Once results are out, the jury of an edition is a matter of record. */
export const JURY_PHASES: readonly EditionDoc['phase'][] = ['draft', 'open', 'review', 'deliberation'];
/**
 * Jurors are taken off only before the review starts: from then on they may have scored, and
 * removing them would silently change the ranking.
 */
export const JURY_REMOVAL_PHASES: readonly EditionDoc['phase'][] = ['draft', 'open'];

/** Jurors read entries from the review on; the record of their work stays readable to them. */
export const READING_PHASES: readonly EditionDoc['phase'][] = [
	'review',
	'deliberation',
	'published',
	'archived'
];
/** An entry's results reach its applicant with the public results, not before. */
export const RESULTS_PHASES: readonly EditionDoc['phase'][] = ['published', 'archived'];
/** Entries the jury decided on: their applicants get results (a withdrawn or ineligible one was not judged). */
const RESULT_STATUSES: readonly PracticeDoc['status'][] = ['submitted', 'awarded', 'mentioned'];
/** Scores are given and changed only while the edition is in review. */
export const SCORING_PHASES: readonly EditionDoc['phase'][] = ['review'];
/** The jury discusses entries while it reviews and deliberates. */
export const DISCUSSION_PHASES: readonly EditionDoc['phase'][] = ['review', 'deliberation'];
/**
 * Decisions are recorded in deliberation only: in review the jury is still scoring, so a decision
 * would run ahead of the scores it rests on; once published, the results are a matter of record.
 */
export const DECISION_PHASES: readonly EditionDoc['phase'][] = ['deliberation'];
/** Organisers follow the ranking from the review on; the record stays readable afterwards. */
export const DELIBERATION_READ_PHASES: readonly EditionDoc['phase'][] = READING_PHASES;
/** Jurors see the jury's table while the edition deliberates. */
export const DELIBERATION_JUROR_PHASES: readonly EditionDoc['phase'][] = ['deliberation'];
/** The shortlist and thresholds are the deliberation's own. */
export const DELIBERATION_PHASES: readonly EditionDoc['phase'][] = ['deliberation'];
/** Assignments are made before and during the review. */
export const ASSIGNMENT_PHASES: readonly EditionDoc['phase'][] = ['draft', 'open', 'review'];

const isJurorOf = (user: SessionUser, edition: string) =>
	user.roles.some((r) => r.edition === edition && r.role === 'juror');

/** Statuses of practices the organiser curates for the catalogue. */
export const CURATED_STATUSES: readonly PracticeDoc['status'][] = ['mentioned', 'catalogue'];

/** The server clock decides: submissions are accepted only while the edition is open and before its close. */
export function acceptsSubmissions(
	edition: Pick<EditionState, 'phase' | 'submissionsOpen' | 'submissionsClose'>,
	now = new Date()
): boolean {
	if (edition.phase !== 'open') return false;
	if (edition.submissionsOpen && now < edition.submissionsOpen) return false;
	if (edition.submissionsClose && now >= edition.submissionsClose) return false;
	return true;
}

const isApplicantOf = (user: SessionUser, edition: string | null) =>
	edition !== null && user.roles.some((r) => r.edition === edition && r.role === 'applicant');

/**
 * Who may open an entry written in the app. An approved member: entries of their organisations,
 * and drafts they wrote before they had one. An applicant still waiting for approval: only the
 * drafts they wrote themselves, which belong to no organisation yet, whatever organisation they
 * asked to join.
 */
function opens(user: SessionUser, entry: EntryState): boolean {
	if (entry.origin !== 'app') return false;
	const ownUnassigned = entry.createdBy === user._id && entry.organisations.length === 0;
	if (user.pendingApproval) return ownUnassigned;
	return ownUnassigned || entry.organisations.some((o) => user.organisations.includes(o));
}

/** The checks every change of an entry by its applicant shares, in the order they are told. */
function entryWork(
	user: SessionUser,
	{ entry, edition, now }: EntryWork,
	statuses: readonly string[]
): Verdict {
	if (!opens(user, entry)) return deny('missing');
	if (!isApplicantOf(user, entry.edition)) return deny('forbidden');
	if (!edition || !acceptsSubmissions(edition, now)) return deny('closed');
	if (!statuses.includes(entry.status)) return deny('not-editable');
	return allow;
}

const adminOnly =
	<C>(rule: (user: SessionUser, context: C) => Verdict) =>
	(user: SessionUser, context: C): Verdict =>
		user.isAdmin ? rule(user, context) : deny('forbidden');

/**
 * The juror's side of reading an entry. A conflicted juror and a juror it was not assigned to are
 * told it does not exist, so not even its existence leaks; so is anyone not on the edition's jury.
 */
function jurorReads(user: SessionUser, { edition, assigned, conflicted }: JuryWork): Verdict {
	if (!isJurorOf(user, edition.slug) || !assigned || conflicted) return deny('missing');
	return READING_PHASES.includes(edition.phase) ? allow : deny('closed');
}

/** Blindness: the others' scores, comments and discussion only after one's own score is submitted. */
function jurorSeesOthers(user: SessionUser, work: JuryReading): Verdict {
	const reads = jurorReads(user, work);
	if (!reads.ok) return reads;
	return work.submitted ? allow : deny('forbidden');
}

const rules: { [A in Action]: (user: SessionUser, context: Contexts[A]) => Verdict } = {
	'entry.create': (user, { edition, now }) => {
		if (!isApplicantOf(user, edition.slug)) return deny('forbidden');
		return acceptsSubmissions(edition, now) ? allow : deny('closed');
	},
	'entry.open': (user, { entry }) => (opens(user, entry) ? allow : deny('missing')),
	'entry.edit': (user, context) => entryWork(user, context, EDITABLE_STATUSES),
	'entry.submit': (user, context) => {
		const verdict = entryWork(user, context, ['draft']);
		if (!verdict.ok) return verdict;
		return user.pendingApproval ? deny('pending') : allow;
	},
	'entry.withdraw': (user, context) => entryWork(user, context, ['submitted']),
	'entry.results': (user, { entry, edition }) => {
		if (!opens(user, entry)) return deny('missing');
		if (!RESULT_STATUSES.includes(entry.status)) return deny('not-editable');
		return edition && RESULTS_PHASES.includes(edition.phase) ? allow : deny('closed');
	},
	'attachment.download': (user, { entry, jury }) =>
		user.isAdmin || opens(user, entry) || (jury !== undefined && jurorReads(user, jury).ok)
			? allow
			: deny('missing'),
	'eligibility.read': (user, { entry }) =>
		user.isAdmin && entry.origin === 'app' && entry.status !== 'draft' ? allow : deny('missing'),
	'eligibility.decide': adminOnly((_, { entry, edition }) => {
		if (entry.origin !== 'app' || !REVIEWABLE_STATUSES.includes(entry.status)) return deny('not-editable');
		return edition && ELIGIBILITY_PHASES.includes(edition.phase) ? allow : deny('closed');
	}),
	'catalogue.curate': adminOnly((_, { entry }) =>
		CURATED_STATUSES.includes(entry.status) ? allow : deny('not-editable')
	),
	// Scores refer to the criteria as they were when given: from the first score on they are frozen.
	'edition.criteria': adminOnly((_, { scored }) => (scored ? deny('closed') : allow)),
	'account.manage': adminOnly(() => allow),
	'account.disable': adminOnly((user, { account }) => (account === user._id ? deny('own-account') : allow)),
	'account.revoke-admin': adminOnly((user, { account }) =>
		account === user._id ? deny('own-account') : allow
	),
	'jury.manage': adminOnly((_, { edition }) =>
		JURY_PHASES.includes(edition.phase) ? allow : deny('closed')
	),
	'jury.remove': adminOnly((_, { edition }) =>
		JURY_REMOVAL_PHASES.includes(edition.phase) ? allow : deny('closed')
	),
	'conflict.declare': (user, { edition }) => {
		if (!isJurorOf(user, edition.slug)) return deny('forbidden');
		return JURY_PHASES.includes(edition.phase) ? allow : deny('closed');
	},
	'assignment.manage': adminOnly((_, { edition }) =>
		ASSIGNMENT_PHASES.includes(edition.phase) ? allow : deny('closed')
	),
	'assignment.prefer': (user, { edition, assignmentMade }) => {
		if (!isJurorOf(user, edition.slug)) return deny('forbidden');
		return ASSIGNMENT_PHASES.includes(edition.phase) && !assignmentMade ? allow : deny('closed');
	},
	'assignment.acknowledge': (user, { edition, assigned }) => {
		if (!isJurorOf(user, edition.slug)) return deny('forbidden');
		if (!assigned) return deny('missing');
		return JURY_PHASES.includes(edition.phase) ? allow : deny('closed');
	},
	'jury.remind': adminOnly((_, { edition }) =>
		SCORING_PHASES.includes(edition.phase) ? allow : deny('closed')
	),
	'jury.read': (user, work) => (user.isAdmin ? allow : jurorReads(user, work)),
	// Organisers see every score but give none: the jury's ranking is the jurors' alone.
	'score.edit': (user, work) => {
		if (user.isAdmin) return deny('forbidden');
		const reads = jurorReads(user, work);
		if (!reads.ok) return reads;
		return SCORING_PHASES.includes(work.edition.phase) ? allow : deny('closed');
	},
	'jury.see-others': (user, work) => (user.isAdmin ? allow : jurorSeesOthers(user, work)),
	'jury.discuss': (user, work) => {
		const sees = user.isAdmin ? allow : jurorSeesOthers(user, work);
		if (!sees.ok) return sees;
		return DISCUSSION_PHASES.includes(work.edition.phase) ? allow : deny('closed');
	},
	'award.decide': adminOnly((_, { edition }) =>
		DECISION_PHASES.includes(edition.phase) ? allow : deny('closed')
	),
	'deliberation.read': (user, { edition }) => {
		if (user.isAdmin) return DELIBERATION_READ_PHASES.includes(edition.phase) ? allow : deny('closed');
		// As the jury's other pages: an edition whose jury they are not on does not exist for them.
		if (!isJurorOf(user, edition.slug)) return deny('missing');
		return DELIBERATION_JUROR_PHASES.includes(edition.phase) ? allow : deny('closed');
	},
	'deliberation.manage': adminOnly((_, { edition }) =>
		DELIBERATION_PHASES.includes(edition.phase) ? allow : deny('closed')
	),
	'deliberation.export': adminOnly((_, { edition }) =>
		DELIBERATION_READ_PHASES.includes(edition.phase) ? allow : deny('closed')
	)
};

/**
 * The one place that says who may do what. Domain verbs call it before they write; pages take
 * their flags (`editable`, `canSubmit`, `decidable`, …) from it; a refusal carries its `why`.
 */
export function can<A extends Action>(user: SessionUser | null, action: A, context: Contexts[A]): Verdict {
	if (!user) return deny('sign-in');
	return rules[action](user, context);
}
