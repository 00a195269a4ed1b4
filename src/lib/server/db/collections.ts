import type { Db, ObjectId } from 'mongodb';
import type {
	Award,
	Criterion,
	Edition,
	Organisation,
	Person,
	Place,
	PracticeContent,
	Recommendation,
	VocabularyTerm
} from '../../schemas/records';

/** Bookkeeping every stored record carries. `origin` tells seeded records from ones written in the app. */
interface Stored {
	_id?: ObjectId;
	createdAt: Date;
	updatedAt: Date;
	origin: 'seed' | 'app';
	/**
	 * Optimistic-concurrency counter, incremented by every write (but a part of a record edited in
	 * a form of its own may keep a counter of its own, such as an edition's `criteriaVersion`).
	 */
	version: number;
}

export type PracticeDoc = PracticeContent &
	Stored & {
		/** Sanitised HTML rendered from `description` at write time. */
		descriptionHtml: string;
		/** The organiser's reason when an entry is found ineligible; shown to the applicant. */
		eligibilityReason?: string | null;
		/** The organiser's eligibility decision, once taken (an eligible entry stays `submitted`). */
		eligibilityDecision?: 'eligible' | 'ineligible' | null;
		/** The receipt given when the entry was submitted (see `submissions/receipts.ts`). */
		receipt?: { number: string; at: Date } | null;
		/** The account that wrote it in the app (recorded from 2026 on; older entries lack it). */
		createdBy?: string;
	};
export type AwardDoc = Award & Stored & { justificationHtml: string };
export type RecommendationDoc = Recommendation & Stored & { textHtml: string };
export type PlaceDoc = Place & Stored;
export type OrganisationDoc = Organisation &
	Stored & {
		/** The applicant whose registration asked for it; lets a repeated approval find it again. */
		requestedBy?: string;
	};
export type PersonDoc = Person &
	Stored & {
		/** The juror's account a person written by publication stands for (never public). */
		account?: string;
	};
export interface EditionSettings {
	submissionsOpen?: Date | null;
	submissionsClose?: Date | null;
	resultsDate?: Date | null;
	/** The jury's criteria, in order; read them through `criteriaOf`, which also reads the older shape. */
	criteria?: (Criterion | LegacyCriterion)[];
	/**
	 * The criteria's own version: they are saved in a form apart from the other settings, so saving
	 * one form does not make the other look out of date. Absent in editions from before it existed.
	 */
	criteriaVersion?: number;
	awardCategories?: string[];
	eligibility?: string;
	eligibilityChecklist?: string[];
	/** Applicants may register themselves (an organiser approves them before they submit). */
	selfRegistration?: boolean;
	languages?: ('pl' | 'en')[];
	/** A juror affiliated with a place is conflicted with that place's entries; true when missing. */
	placeConflicts?: boolean;
	/** Every juror reads every eligible entry, or `jurorsPerEntry` jurors per entry, balanced. */
	assignmentMode?: 'all' | 'balanced';
	jurorsPerEntry?: number;
	/** Jurors do not see the applicant organisation while they score (the city stays visible). */
	hideApplicantOrganisation?: boolean;
	/** When the jury's scores are due (shown to jurors in Warsaw time); the phase still decides. */
	reviewDeadline?: Date | null;
	/** Deliberation: an entry's totals disagree when their sample standard deviation reaches this (15 when missing)… */
	disagreementStdev?: number;
	/** …or when max − min reaches this (30 when missing). */
	disagreementRange?: number;
}
/** How criteria were stored before they had an id, a description and meanings of scores: a scale 1…`scale`. */
export interface LegacyCriterion {
	label: string;
	weight: number;
	scale: number;
}
export type EditionDoc = Edition & Stored & EditionSettings & { descriptionHtml: string };
export type VocabularyDoc = VocabularyTerm & Stored;

export interface AuditEventDoc {
	_id?: ObjectId;
	at: Date;
	/** User id, or null for an anonymous attempt. */
	actor: string | null;
	action: string;
	subject: { type: string; id: string };
	/** Client address, when known. */
	from?: string;
	before?: unknown;
	after?: unknown;
}

export type EditionRole = 'juror' | 'applicant';

/** What a self-registered applicant asked for: to join a listed organisation, or a new one. */
export type OrganisationRequest =
	{ kind: 'join'; organisation: string } | { kind: 'new'; name: string; place: string };

export interface UserDoc {
	/** Random, opaque; never the email, so an address can change. */
	_id: string;
	email: string;
	name: string;
	passwordHash: string | null;
	isAdmin: boolean;
	roles: { edition: string; role: EditionRole }[];
	organisations: string[];
	disabled: boolean;
	isDemo: boolean;
	/**
	 * A self-registered applicant waits for an organiser: until then they belong to no
	 * organisation and see only the drafts they wrote themselves.
	 */
	pendingApproval?: boolean;
	organisationRequest?: OrganisationRequest;
	createdAt: Date;
	updatedAt: Date;
	version: number;
}

export interface SessionDoc {
	/** SHA-256 of the token held by the browser; the token itself is never stored. */
	_id: string;
	userId: string;
	createdAt: Date;
	expiresAt: Date;
	/** Sliding renewals never pass this. */
	absoluteExpiresAt: Date;
}

/**
 * An address an account recently signed in from (it escapes the account-wide lockout). Kept apart
 * from the account: on FerretDB v1 any update rewrites the whole document, so a sign-in recording
 * its address on the account could undo a role change made at the same moment, and the reverse.
 */
export interface SignInAddressDoc {
	/** "<user id>:<hash>": one record per account and address. */
	_id: string;
	userId: string;
	/** SHA-256 of the address; the address itself is never stored. */
	hash: string;
	at: Date;
}

/** One counted request for a rate limit (see `ratelimit`). */
export interface ThrottleDoc {
	/** "<key>:<n>", n = 1…the limit: one of the key's places. */
	_id: string;
	/** "<action>:<scope>:<hash of the address, account or email>". */
	key: string;
	at: Date;
	/** Which request took the place (to give it back). */
	claim: string;
	/** When it no longer counts and may be swept. */
	expiresAt: Date;
}

/** One-time link for an invitation, a password reset or a registration; only its hash is stored. */
export interface TokenDoc {
	_id: string;
	kind: 'invitation' | 'password-reset' | 'registration';
	email: string;
	isAdmin?: boolean;
	role?: { edition: string; role: EditionRole };
	organisation?: string | null;
	/** The account a confirmed registration creates (the password already hashed). */
	registration?: {
		name: string;
		passwordHash: string;
		edition: string;
		organisationRequest: OrganisationRequest;
	};
	createdBy: string | null;
	createdAt: Date;
	expiresAt: Date;
	usedAt: Date | null;
}

/**
 * A juror of an edition. An account named by the organiser has `user`; someone invited by email
 * has `invitedEmail` until they accept, when the record is moved to their new account (see
 * `jury/invited.ts`), so the list shows who has not accepted yet and nothing is kept on the side.
 * One record per (edition, user) and per (edition, invited address): a unique index on the three.
 */
export interface JurorDoc {
	_id?: ObjectId;
	edition: string;
	user: string | null;
	invitedEmail: string | null;
	affiliations: { organisations: string[]; places: string[] };
	/** Agrees that their name and short bio are shown publicly. */
	publicProfile: boolean;
	bio: string;
	/** Agrees to be quoted (their public quotes shown under their name). */
	quotable: boolean;
	/** When the juror confirmed their assigned entries; null or missing until they do. */
	acknowledgedAt?: Date | null;
	addedBy: string;
	createdAt: Date;
	updatedAt: Date;
	version: number;
}

/**
 * What a person said about one juror × entry pair: declared by the juror, or added or cleared by
 * the organiser; the latest statement replaces the earlier one (the audit log keeps them all).
 * Conflicts from affiliations are not stored: they are computed from the jurors' affiliations and
 * the entries whenever asked, so a changed affiliation is never out of step with a stored copy.
 * A statement overrides the computed answer for its pair, which is how an organiser clears one.
 */
export interface ConflictDoc {
	_id?: ObjectId;
	edition: string;
	/** The juror's account id. */
	juror: string;
	/** The entry's (practice's) slug. */
	entry: string;
	conflicted: boolean;
	source: 'declared' | 'organiser';
	reason: string;
	by: string;
	createdAt: Date;
	updatedAt: Date;
	version: number;
}

/**
 * A submission's receipt number, under its number: the unique insert that hands each number out
 * once, and the unique index on `entry` that gives an entry one number however often it is sent.
 */
export interface ReceiptDoc {
	/** "MO-2026-000123". */
	_id: string;
	year: number;
	/** The entry's (practice's) slug. */
	entry: string;
	edition: string;
	at: Date;
}

export interface OutboxDoc {
	_id?: ObjectId;
	to: string;
	subject: string;
	text: string;
	at: Date;
	delivered: boolean;
}

/**
 * One juror's scoring of one entry: a score and a comment per criterion (by the criterion's id),
 * written as a draft and then submitted; editable until the review phase ends. Its own document,
 * so two jurors' saves never rewrite each other. One per edition, entry and juror (a unique index).
 */
export interface ScoreDoc {
	_id?: ObjectId;
	edition: string;
	/** The practice's slug. */
	entry: string;
	/** The juror's user id. */
	juror: string;
	/** A score is null while the juror has not chosen one (a draft may be incomplete). */
	criteria: { id: string; score: number | null; comment: string }[];
	/** To the other jurors and organisers only. */
	privateComment: string;
	/** To the applicant, if the organiser passes feedback on. */
	feedback: string;
	/** For publication under the juror's name; kept only when the juror agreed to be quoted. */
	quote: string;
	recommend: boolean;
	/** The award category suggested with a recommendation. */
	category: string | null;
	state: 'draft' | 'submitted';
	submittedAt: Date | null;
	createdAt: Date;
	updatedAt: Date;
	version: number;
}

/** Who reads which entry: written by the organiser's assignment (solver or by hand). */
export interface AssignmentDoc {
	_id?: ObjectId;
	edition: string;
	juror: string;
	entry: string;
	source: 'solver' | 'organiser';
	by: string;
	createdAt: Date;
}

/** A juror's wish, before assignment, to read an entry or not. */
export interface PreferenceDoc {
	_id?: ObjectId;
	edition: string;
	juror: string;
	entry: string;
	preference: 'want' | 'can' | 'rather-not';
	updatedAt: Date;
}

/** One message in an entry's jury discussion (its non-conflicted jurors and the organisers). */
export interface DiscussionDoc {
	_id?: ObjectId;
	edition: string;
	entry: string;
	author: string;
	text: string;
	/** Sanitised HTML rendered from `text` at write time. */
	textHtml: string;
	createdAt: Date;
}

/** The organiser's decision on one entry in deliberation; published by `publishEdition`. */
export interface DecisionDoc {
	_id?: ObjectId;
	edition: string;
	/** The entry's (practice's) slug. */
	entry: string;
	outcome: 'award' | 'mention' | 'none';
	/** One of the edition's awardCategories when outcome is 'award' (may be set for 'mention'). */
	category: string | null;
	/** Markdown, published as the award's justification. */
	justification: string;
	justificationHtml: string;
	/** Practice slugs (catalogue practices or ones created on the spot with status 'mentioned'). */
	similarActions: string[];
	/** Recommendation slugs. */
	recommendations: string[];
	/** Quotes chosen from those jurors offered (ScoreDoc.quote of a quotable juror). */
	quotes: { juror: string; text: string }[];
	/** Optional record of the jury's vote, e.g. "5 za, 1 przeciw". */
	vote: string;
	decidedBy: string;
	decidedAt: Date;
	createdAt: Date;
	updatedAt: Date;
	version: number;
}

/** An entry the organiser put on the deliberation's shortlist; one per edition and entry (a unique index). */
export interface ShortlistDoc {
	_id?: ObjectId;
	edition: string;
	entry: string;
	by: string;
	createdAt: Date;
}

/**
 * Where an edition's publication stands (one per edition, under its slug): a run that died is
 * run again from the start, every step skipping what is already done; `done` makes a re-run a no-op.
 */
export interface PublicationDoc {
	_id: string;
	state: 'running' | 'done';
	/** Names of the steps finished so far (by any run). */
	steps: string[];
	runs: number;
	startedBy: string;
	startedAt: Date;
	updatedAt: Date;
	finishedAt: Date | null;
}

/**
 * The public catalogue's version (`_id: 'catalogue'`): a new random value after every write that
 * changes what is public, so every instance can tell cheaply that its in-memory catalogue is old.
 */
export interface MetaDoc {
	_id: string;
	version: string;
	/** How many times it changed (for people reading the database; the value itself is `version`). */
	changes: number;
	changedAt: Date;
}

/** What one catalogue version changed (see `catalogue/version.ts`), under the version. */
export interface CatalogueChangeDoc {
	_id: string;
	at: Date;
	/** The practices whose stored documents changed; null: any may have. */
	practices: ObjectId[] | null;
	/** Editions whose every practice may have changed. */
	editions: string[];
}

/**
 * The GridFS bucket of the catalogue snapshots kept in the database (`catalogue/shared-snapshot.ts`):
 * derived from the other collections, so left out of backups.
 */
export const CATALOGUE_SNAPSHOT_BUCKET = 'catalogueSnapshots';

export function collections(db: Db) {
	return {
		editions: db.collection<EditionDoc>('editions'),
		places: db.collection<PlaceDoc>('places'),
		organisations: db.collection<OrganisationDoc>('organisations'),
		practices: db.collection<PracticeDoc>('practices'),
		awards: db.collection<AwardDoc>('awards'),
		recommendations: db.collection<RecommendationDoc>('recommendations'),
		people: db.collection<PersonDoc>('people'),
		vocabulary: db.collection<VocabularyDoc>('vocabulary'),
		audit: db.collection<AuditEventDoc>('audit'),
		users: db.collection<UserDoc>('users'),
		sessions: db.collection<SessionDoc>('sessions'),
		signInAddresses: db.collection<SignInAddressDoc>('signInAddresses'),
		throttle: db.collection<ThrottleDoc>('throttle'),
		outbox: db.collection<OutboxDoc>('outbox'),
		receipts: db.collection<ReceiptDoc>('receipts'),
		tokens: db.collection<TokenDoc>('tokens'),
		jurors: db.collection<JurorDoc>('jurors'),
		conflicts: db.collection<ConflictDoc>('conflicts'),
		scores: db.collection<ScoreDoc>('scores'),
		assignments: db.collection<AssignmentDoc>('assignments'),
		preferences: db.collection<PreferenceDoc>('preferences'),
		discussion: db.collection<DiscussionDoc>('discussion'),
		decisions: db.collection<DecisionDoc>('decisions'),
		shortlist: db.collection<ShortlistDoc>('shortlist'),
		publications: db.collection<PublicationDoc>('publications'),
		/** "<edition>:<user id>": the unique insert that sends an applicant the results mail once. */
		resultMails: db.collection<{ _id: string; edition: string; to: string; at: Date; sentAt: Date | null }>(
			'resultMails'
		),
		/** One per used token, under its id: the unique insert that makes a link single-use. */
		tokenUses: db.collection<{ _id: string; at: Date }>('tokenUses'),
		/** "<collection>:<id>:<version>" while a guarded update from that version runs (see `guarded.ts`). */
		writeClaims: db.collection<{ _id: string; at: Date }>('writeClaims'),
		/** Small records of the whole site, by name: `catalogue` holds the public catalogue's version. */
		meta: db.collection<MetaDoc>('meta'),
		catalogueChanges: db.collection<CatalogueChangeDoc>('catalogueChanges')
	};
}

/** Creates the indexes the app relies on; safe to run at every start. */
export async function ensureIndexes(db: Db): Promise<void> {
	const c = collections(db);
	await Promise.all([
		c.editions.createIndex({ slug: 1 }, { unique: true }),
		c.places.createIndex({ slug: 1 }, { unique: true }),
		c.organisations.createIndex({ slug: 1 }, { unique: true }),
		c.practices.createIndex({ slug: 1 }, { unique: true }),
		c.practices.createIndex({ status: 1 }),
		c.practices.createIndex({ edition: 1 }),
		c.practices.createIndex({ place: 1 }),
		c.practices.createIndex({ createdBy: 1 }),
		c.awards.createIndex({ slug: 1 }, { unique: true }),
		c.awards.createIndex({ edition: 1, practice: 1 }, { unique: true }),
		c.recommendations.createIndex({ slug: 1 }, { unique: true }),
		c.people.createIndex({ slug: 1 }, { unique: true }),
		c.vocabulary.createIndex({ kind: 1, code: 1 }, { unique: true }),
		c.audit.createIndex({ at: -1 }),
		c.users.createIndex({ email: 1 }, { unique: true }),
		c.sessions.createIndex({ userId: 1 }),
		c.sessions.createIndex({ expiresAt: 1 }),
		c.signInAddresses.createIndex({ userId: 1, at: -1 }),
		c.outbox.createIndex({ at: -1 }),
		c.receipts.createIndex({ entry: 1 }, { unique: true }),
		c.receipts.createIndex({ year: 1 }),
		c.tokens.createIndex({ email: 1 }),
		c.throttle.createIndex({ key: 1, at: 1 }),
		c.throttle.createIndex({ expiresAt: 1 }),
		c.jurors.createIndex({ edition: 1, user: 1, invitedEmail: 1 }, { unique: true }),
		c.jurors.createIndex({ invitedEmail: 1 }),
		c.conflicts.createIndex({ edition: 1, juror: 1, entry: 1 }, { unique: true }),
		c.scores.createIndex({ edition: 1, entry: 1, juror: 1 }, { unique: true }),
		c.scores.createIndex({ edition: 1, juror: 1 }),
		c.assignments.createIndex({ edition: 1, juror: 1, entry: 1 }, { unique: true }),
		c.assignments.createIndex({ edition: 1, entry: 1 }),
		c.preferences.createIndex({ edition: 1, juror: 1, entry: 1 }, { unique: true }),
		c.discussion.createIndex({ edition: 1, entry: 1, createdAt: 1 }),
		c.decisions.createIndex({ edition: 1, entry: 1 }, { unique: true }),
		c.shortlist.createIndex({ edition: 1, entry: 1 }, { unique: true }),
		c.catalogueChanges.createIndex({ at: 1 })
	]);
}
