/**
 * The fixed world of the access-matrix tests: an edition in every phase, two organisations with
 * private entries and attachments in each, and one account per kind of visitor. Written straight
 * into the database (phases only move forward in the app), before the built app starts.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from 'mongodb';
import { storeAttachment } from '../../src/lib/server/attachments';
import { createSession, generateSessionToken, sessionIdOf } from '../../src/lib/server/auth/session';
import {
	collections,
	type EditionDoc,
	type PracticeDoc,
	type UserDoc
} from '../../src/lib/server/db/collections';
import { issueToken } from '../../src/lib/server/auth/tokens';
import { startBuiltApp, type BuiltApp } from './built-app';
import { useTestDatabase } from './database';
import { createScore, createUser } from './factories';

export const actors = [
	'anonymous',
	'applicantA',
	'applicantB',
	'juror',
	'admin',
	'disabledApplicantA',
	'disabledAdmin',
	/** Self-registered, not approved yet, asked for a new organisation; has drafts of their own. */
	'pendingApplicant',
	/** Self-registered, not approved yet, asked to join organisation A. */
	'claimantA'
] as const;
export type Actor = (typeof actors)[number];

/** Edition phases, with "open" split at its closing date: the server clock is a gate too. */
export const phases = [
	'draft',
	'open',
	'open-past-close',
	'review',
	'deliberation',
	'published',
	'archived'
] as const;
export type Phase = (typeof phases)[number];

/** Text that only some actors may ever receive in a response body. */
export interface Secret {
	text: string;
	label: string;
	seenBy: Actor[];
}

export const ORG_A = 'org-a';
export const ORG_B = 'org-b';
export const PLACE_A = 'miasto-a';
export const PLACE_B = 'miasto-b';
const HOUR = 60 * 60 * 1000;
/** Phases in which jurors read their entries. */
const READING: Phase[] = ['review', 'deliberation', 'published', 'archived'];
const DAY = 24 * HOUR;

const hex = () => randomBytes(4).toString('hex');
/** A short random suffix for names a test makes up (not private: the visitor typed them). */
export const unique = hex;
const stored = () => ({ createdAt: new Date(), updatedAt: new Date(), origin: 'app' as const, version: 1 });

/** A minimal PDF whose bytes carry `marker`, so a download can be recognised. */
export const pdfWith = (marker: string) =>
	new TextEncoder().encode(`%PDF-1.4\n% ${marker}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);

export function editionSlug(phase: Phase) {
	return `ed-${phase}`;
}

/** The stored phase and deadlines of an edition in each (pseudo-)phase. */
export function editionTimes(
	phase: Phase,
	now = Date.now()
): Pick<EditionDoc, 'phase'> & {
	submissionsOpen: Date;
	submissionsClose: Date;
} {
	switch (phase) {
		case 'draft':
			return { phase, submissionsOpen: new Date(now + 10 * DAY), submissionsClose: new Date(now + 40 * DAY) };
		case 'open':
			return { phase, submissionsOpen: new Date(now - DAY), submissionsClose: new Date(now + 30 * DAY) };
		case 'open-past-close':
			return {
				phase: 'open',
				submissionsOpen: new Date(now - 30 * DAY),
				submissionsClose: new Date(now - HOUR)
			};
		default:
			return { phase, submissionsOpen: new Date(now - 60 * DAY), submissionsClose: new Date(now - 30 * DAY) };
	}
}

export function editionDoc(slug: string, phase: Phase, name = `Edycja ${slug}`): EditionDoc {
	return {
		slug,
		name,
		year: 2026,
		description: 'Opis edycji.',
		descriptionHtml: '<p>Opis edycji.</p>',
		isDemo: false,
		selfRegistration: true,
		languages: ['pl'],
		...editionTimes(phase),
		...stored()
	};
}

/**
 * A practice written in the app by an organisation, or (organisation null) by an applicant still
 * waiting for approval; complete enough to be submitted.
 */
export function entryDoc(fields: {
	slug: string;
	title: string;
	organisation: string | null;
	edition: string | null;
	status: PracticeDoc['status'];
	origin?: PracticeDoc['origin'];
	createdBy?: string;
}): PracticeDoc {
	const description = `Opis praktyki ${fields.title}. `.padEnd(140, 'x');
	return {
		slug: fields.slug,
		title: fields.title,
		summary: 'Streszczenie praktyki, dość długie.',
		description,
		descriptionHtml: `<p>${description}</p>`,
		place: fields.organisation === ORG_A ? PLACE_A : PLACE_B,
		organisations: fields.organisation ? [fields.organisation] : [],
		partners: [],
		categories: ['info-point'],
		themes: [],
		targetGroups: ['immigrants'],
		period: { from: '2020', to: null },
		funding: null,
		keyFigures: [],
		links: [],
		language: 'pl',
		status: fields.status,
		edition: fields.edition,
		jurorQuotes: [],
		...stored(),
		origin: fields.origin ?? 'app',
		...(fields.createdBy ? { createdBy: fields.createdBy } : {})
	};
}

export interface PhaseFixtures {
	edition: string;
	draftA: string;
	submittedA: string;
	awardedA: string;
	draftB: string;
	/** The pending applicant's own draft, of no organisation yet. */
	draftPending: string;
	/** Attachment ids: on organisation A's submitted entry, on B's draft, on the pending draft. */
	attachmentA: string;
	attachmentB: string;
	attachmentPending: string;
	/** The private text of each: titles, and the marker in each attachment's name and bytes. */
	text: Record<
		| 'draftA'
		| 'submittedA'
		| 'awardedA'
		| 'draftB'
		| 'draftPending'
		| 'attachmentA'
		| 'attachmentB'
		| 'attachmentPending',
		string
	>;
}

export interface World {
	db: Db;
	run: string;
	users: Record<Exclude<Actor, 'anonymous'>, UserDoc>;
	perPhase: Record<Phase, PhaseFixtures>;
	publicPractice: { slug: string; title: string };
	recommendation: string;
	/** Accounts with a real password, for the sign-in form. */
	login: { email: string; password: string };
	disabledLogin: { email: string; password: string };
	secrets: Secret[];
}

/** Only organisation A's applicant (and, where organisers see entries, the admin) may see these. */
const A_ONLY: Actor[] = ['applicantA'];
const A_AND_ADMIN: Actor[] = ['applicantA', 'admin'];

function user(id: string, fields: Partial<UserDoc>): UserDoc {
	return {
		_id: id,
		email: `${id}@example.org`,
		name: `Konto ${id}`,
		passwordHash: null,
		isAdmin: false,
		roles: [],
		organisations: [],
		disabled: false,
		isDemo: false,
		createdAt: new Date(),
		updatedAt: new Date(),
		version: 1,
		...fields
	};
}

export async function buildWorld(db: Db): Promise<World> {
	const c = collections(db);
	const run = hex();
	const secrets: Secret[] = [];
	const secret = (label: string, seenBy: Actor[]) => {
		const text = `tajne${label.replace(/[^a-z0-9]/gi, '')}${hex()}`;
		secrets.push({ text, label, seenBy });
		return text;
	};

	await c.places.insertMany([
		{
			slug: PLACE_A,
			name: 'Miasto A',
			kind: 'city',
			voivodeship: 'mazowieckie',
			lat: 52.2,
			lng: 21,
			...stored()
		},
		{
			slug: PLACE_B,
			name: 'Miasto B',
			kind: 'city',
			voivodeship: 'lubelskie',
			lat: 51.2,
			lng: 22.5,
			...stored()
		}
	]);
	await c.organisations.insertMany([
		{ slug: ORG_A, name: 'Urząd Miasta A', kind: 'city-office', place: PLACE_A, ...stored() },
		{ slug: ORG_B, name: 'Urząd Miasta B', kind: 'city-office', place: PLACE_B, ...stored() }
	]);
	await c.vocabulary.insertMany([
		{
			kind: 'category',
			code: 'info-point',
			pl: 'Punkt informacyjny',
			en: 'Information point',
			order: 0,
			...stored()
		},
		{ kind: 'targetGroup', code: 'immigrants', pl: 'Imigranci', en: 'Immigrants', order: 0, ...stored() }
	]);

	const editions = phases.map((phase) => editionDoc(editionSlug(phase), phase));
	await c.editions.insertMany(editions);
	const allEditions = (role: 'applicant' | 'juror') => editions.map((e) => ({ edition: e.slug, role }));

	const applicantA = user(`applicant-a-${run}`, {
		email: `${secret('applicant A email', A_AND_ADMIN)}@example.org`,
		roles: allEditions('applicant'),
		organisations: [ORG_A]
	});
	const users = {
		applicantA,
		applicantB: user(`applicant-b-${run}`, { roles: allEditions('applicant'), organisations: [ORG_B] }),
		juror: user(`juror-${run}`, { roles: allEditions('juror') }),
		admin: user(`admin-${run}`, { isAdmin: true }),
		disabledAdmin: user(`disabled-admin-${run}`, { isAdmin: true, disabled: true }),
		pendingApplicant: user(`pending-${run}`, {
			roles: allEditions('applicant'),
			pendingApproval: true,
			organisationRequest: { kind: 'new', name: 'Nowa Fundacja', place: PLACE_B }
		}),
		// Listed as a member of A, as self-registration recorded it before approvals existed: the
		// rule must rest on the approval, not on the list being empty.
		claimantA: user(`claimant-a-${run}`, {
			roles: allEditions('applicant'),
			organisations: [ORG_A],
			pendingApproval: true,
			organisationRequest: { kind: 'join', organisation: ORG_A }
		})
	};
	await c.users.insertMany(Object.values(users));
	const disabledLogin = { email: `disabled-a-${run}@example.org`, password: 'Zielony-Tramwaj-2031-Lato' };
	const { user: disabledApplicantA } = await createUser(
		db,
		{
			_id: `disabled-applicant-a-${run}`,
			email: disabledLogin.email,
			roles: allEditions('applicant'),
			organisations: [ORG_A],
			disabled: true
		},
		disabledLogin.password
	);
	const login = { email: `login-${run}@example.org`, password: 'Niebieski-Rower-2032-Zima' };
	await createUser(db, { email: login.email }, login.password);

	const perPhase = {} as Record<Phase, PhaseFixtures>;
	for (const phase of phases) {
		const edition = editionSlug(phase);
		const published = phase === 'published' || phase === 'archived';
		const text = {
			draftA: `Szkic A ${secret(`draft A ${phase}`, A_ONLY)}`,
			submittedA: `Zgloszenie A ${secret(`submitted A ${phase}`, A_AND_ADMIN)}`,
			// Awarded entries become public when the edition's results are published.
			awardedA: published
				? `Nagrodzona A ${phase}`
				: `Nagrodzona A ${secret(`awarded A ${phase}`, A_AND_ADMIN)}`,
			draftB: `Szkic B ${secret(`draft B ${phase}`, ['applicantB'])}`,
			draftPending: `Szkic oczekujacy ${secret(`pending draft ${phase}`, ['pendingApplicant'])}`,
			attachmentA: secret(`attachment A ${phase}`, A_AND_ADMIN),
			attachmentB: secret(`attachment B ${phase}`, ['applicantB', 'admin']),
			attachmentPending: secret(`pending attachment ${phase}`, ['pendingApplicant', 'admin'])
		};
		const fx: PhaseFixtures = {
			edition,
			draftA: `a-draft-${phase}`,
			submittedA: `a-submitted-${phase}`,
			awardedA: `a-awarded-${phase}`,
			draftB: `b-draft-${phase}`,
			draftPending: `pending-draft-${phase}`,
			attachmentA: '',
			attachmentB: '',
			attachmentPending: '',
			text
		};
		await c.practices.insertMany([
			entryDoc({ slug: fx.draftA, title: text.draftA, organisation: ORG_A, edition, status: 'draft' }),
			entryDoc({
				slug: fx.submittedA,
				title: text.submittedA,
				organisation: ORG_A,
				edition,
				status: 'submitted'
			}),
			entryDoc({ slug: fx.awardedA, title: text.awardedA, organisation: ORG_A, edition, status: 'awarded' }),
			entryDoc({ slug: fx.draftB, title: text.draftB, organisation: ORG_B, edition, status: 'draft' }),
			entryDoc({
				slug: fx.draftPending,
				title: text.draftPending,
				organisation: null,
				edition,
				status: 'draft',
				createdBy: users.pendingApplicant._id
			})
		]);
		await c.awards.insertOne({
			slug: `award-${phase}`,
			edition,
			practice: fx.awardedA,
			title: published ? `Nagroda ${phase}` : `Nagroda ${secret(`award ${phase}`, ['admin'])}`,
			category: 'info-point',
			justification: 'Uzasadnienie jury.',
			justificationHtml: '<p>Uzasadnienie jury.</p>',
			similarActions: [],
			recommendations: [],
			order: 0,
			...stored()
		});
		fx.attachmentA = await attach(db, fx.submittedA, applicantA._id, text.attachmentA);
		fx.attachmentB = await attach(db, fx.draftB, users.applicantB._id, text.attachmentB);
		fx.attachmentPending = await attach(
			db,
			fx.draftPending,
			users.pendingApplicant._id,
			text.attachmentPending
		);
		perPhase[phase] = fx;
	}

	const publicPractice = { slug: 'praktyka-publiczna', title: 'Praktyka publiczna z katalogu' };
	await c.practices.insertOne(
		entryDoc({ ...publicPractice, organisation: ORG_A, edition: null, status: 'catalogue', origin: 'seed' })
	);
	await c.recommendations.insertOne({
		slug: 'rekomendacja-publiczna',
		edition: null,
		title: 'Rekomendacja publiczna',
		text: 'Tekst rekomendacji.',
		textHtml: '<p>Tekst rekomendacji.</p>',
		themes: [],
		order: 0,
		...stored()
	});
	await c.outbox.insertOne({
		to: applicantA.email,
		subject: `Wiadomosc ${secret('outbox', ['admin'])}`,
		text: 'Tresc.',
		at: new Date(),
		delivered: false
	});

	return {
		db,
		run,
		users: { ...users, disabledApplicantA },
		perPhase,
		publicPractice,
		recommendation: 'rekomendacja-publiczna',
		login,
		disabledLogin,
		secrets
	};
}

async function attach(db: Db, practice: string, uploadedBy: string, marker: string): Promise<string> {
	const stored = await storeAttachment(db, new File([pdfWith(marker)], `zalacznik-${marker}.pdf`), {
		practice,
		uploadedBy
	});
	if (!stored.ok) throw new Error(`attachment not stored: ${stored.reason}`);
	return stored.id;
}

/** A new session for the actor (none for the anonymous visitor), as the sign-in form would create it. */
export async function signIn(
	world: World,
	actor: Actor
): Promise<{ token: string; sessionId: string } | null> {
	if (actor === 'anonymous') return null;
	const token = generateSessionToken();
	await createSession(world.db, token, world.users[actor]._id);
	return { token, sessionId: sessionIdOf(token) };
}

/**
 * Records a test creates for itself, so that actions which change state never touch the fixed
 * world and every test can run alone. Text a fresh record must not leak is added to `secrets`.
 */
export function freshFixtures(world: World, secrets: Secret[]) {
	const c = collections(world.db);
	const secret = (label: string, seenBy: Actor[]) => {
		const text = `tajne${label.replace(/[^a-z0-9]/gi, '')}${hex()}`;
		secrets.push({ text, label, seenBy });
		return text;
	};
	/** The world's juror's record in an edition (made once), affiliated with `organisation` if given. */
	const jurorRecordOf = async (edition: string, { organisation }: { organisation?: string }) => {
		const juror = world.users.juror._id;
		const found = await c.jurors.findOne({ edition, user: juror });
		if (!found) {
			const now = new Date();
			await c.jurors.insertOne({
				edition,
				user: juror,
				invitedEmail: null,
				affiliations: { organisations: organisation ? [organisation] : [], places: [] },
				publicProfile: false,
				bio: '',
				quotable: false,
				addedBy: world.users.admin._id,
				createdAt: now,
				updatedAt: now,
				version: 1
			});
		} else if (organisation) {
			await c.jurors.updateOne(
				{ _id: found._id },
				{ $set: { 'affiliations.organisations': [...found.affiliations.organisations, organisation] } }
			);
		}
	};
	const newUser = async (fields: Partial<UserDoc> = {}) => {
		const doc = user(`fresh-${hex()}`, fields);
		await c.users.insertOne(doc);
		return doc;
	};
	return {
		secret,
		user: newUser,
		async entry(phase: Phase, status: 'draft' | 'submitted', organisation = ORG_A) {
			const slug = `fresh-${status}-${hex()}`;
			// Organisers see entries once sent, never drafts.
			const seenBy: Actor[] = [organisation === ORG_A ? 'applicantA' : 'applicantB'];
			if (status === 'submitted') seenBy.push('admin');
			const title = `Nowe ${secret(`fresh ${status}`, seenBy)}`;
			await c.practices.insertOne(
				entryDoc({ slug, title, organisation, edition: world.perPhase[phase].edition, status })
			);
			return { slug, title };
		},
		/** A draft of the pending applicant's own, in no organisation. */
		async pendingEntry(phase: Phase) {
			const slug = `fresh-pending-${hex()}`;
			const title = `Nowe ${secret('fresh pending draft', ['pendingApplicant'])}`;
			await c.practices.insertOne(
				entryDoc({
					slug,
					title,
					organisation: null,
					edition: world.perPhase[phase].edition,
					status: 'draft',
					createdBy: world.users.pendingApplicant._id
				})
			);
			return { slug, title };
		},
		async attachment(practice: string, uploadedBy: string, seenBy: Actor[]) {
			return attach(world.db, practice, uploadedBy, secret('fresh attachment', seenBy));
		},
		async edition(phase: Phase) {
			const slug = `fresh-ed-${hex()}`;
			await c.editions.insertOne(editionDoc(slug, phase));
			return slug;
		},
		/** An edition in review whose jury has begun scoring: its criteria are frozen. */
		async scoredEdition() {
			const slug = `fresh-scored-${hex()}`;
			await c.editions.insertOne(editionDoc(slug, 'review'));
			await createScore(world.db, {
				edition: slug,
				entry: `fresh-entry-${hex()}`,
				juror: world.users.juror._id
			});
			return slug;
		},
		/**
		 * A submitted entry of the phase's edition as the world's juror meets it: assigned to them,
		 * not, or assigned but conflicted through an affiliation with its organisation; with their
		 * own score (none, a draft, submitted), another juror's submitted score, a message in its
		 * discussion and an attachment. Editions in deliberation and published hide the applicant
		 * organisation from jurors. Each text is a secret seen by whom the rules say (once the request,
		 * when `submitting`, is done).
		 */
		async juryEntry(
			phase: Phase,
			standing: 'assigned' | 'unassigned' | 'conflicted',
			own: 'none' | 'draft' | 'submitted',
			/** The request submits the juror's score: once it may, they see the others' in its answer. */
			submitting = false
		) {
			const edition = world.perPhase[phase].edition;
			const juror = world.users.juror._id;
			const reads = standing === 'assigned' && READING.includes(phase);
			const seesOthers = reads && (own === 'submitted' || (submitting && phase === 'review'));
			const hidden = phase === 'deliberation' || phase === 'published';
			await c.editions.updateOne({ slug: edition }, { $set: { hideApplicantOrganisation: hidden } });
			const reader: Actor[] = reads ? ['admin', 'juror'] : ['admin'];
			const organisation = `org-${secret('jury organisation', hidden ? ['admin'] : reader).toLowerCase()}`;
			const slug = `fresh-jury-${hex()}`;
			// Its title is listed to the juror it is assigned to whatever the phase (to confirm the
			// assignment); the submission itself only from the review on.
			const title = `Do oceny ${secret('jury entry', standing === 'assigned' ? ['admin', 'juror'] : ['admin'])}`;
			await c.practices.insertOne({
				...entryDoc({ slug, title, organisation, edition, status: 'submitted' }),
				keyFigures: [{ label: 'Porady', value: secret('jury entry content', reader) }]
			});
			const now = new Date();
			if (standing !== 'unassigned')
				await c.assignments.insertOne({
					edition,
					juror,
					entry: slug,
					source: 'organiser',
					by: world.users.admin._id,
					createdAt: now
				});
			if (standing === 'conflicted') await jurorRecordOf(edition, { organisation });
			if (own !== 'none')
				await createScore(world.db, {
					edition,
					entry: slug,
					juror,
					state: own,
					privateComment: 'Moja ocena.'
				});
			const other = await newUser({ roles: [{ edition, role: 'juror' }] });
			await c.assignments.insertOne({
				edition,
				juror: other._id,
				entry: slug,
				source: 'organiser',
				by: world.users.admin._id,
				createdAt: now
			});
			const othersComment = secret('other juror comment', seesOthers ? ['admin', 'juror'] : ['admin']);
			await createScore(world.db, { edition, entry: slug, juror: other._id, privateComment: othersComment });
			const message = secret('jury discussion', seesOthers ? ['admin', 'juror'] : ['admin']);
			await c.discussion.insertOne({
				edition,
				entry: slug,
				author: other._id,
				text: message,
				textHtml: `<p>${message}</p>`,
				createdAt: now
			});
			const attachment = await attach(world.db, slug, other._id, secret('jury attachment', reader));
			return { slug, edition, attachment, version: own === 'none' ? '0' : '1' };
		},
		/** The world's juror's record in the phase's edition, with their assignment unconfirmed. */
		async unconfirmedJuror(phase: Phase) {
			const edition = world.perPhase[phase].edition;
			const entry = await this.juryEntry(phase, 'assigned', 'none');
			await jurorRecordOf(edition, {});
			await c.jurors.updateOne({ edition, user: world.users.juror._id }, { $set: { acknowledgedAt: null } });
			return entry;
		},
		async cataloguePractice() {
			const slug = `fresh-catalogue-${hex()}`;
			await c.practices.insertOne(
				entryDoc({
					slug,
					title: `Katalog ${slug}`,
					organisation: ORG_B,
					edition: null,
					status: 'catalogue',
					origin: 'seed'
				})
			);
			return slug;
		},
		async invitation(email = `invited-${hex()}@example.org`) {
			const token = await issueToken(
				world.db,
				{
					kind: 'invitation',
					email,
					role: { edition: editionSlug('open'), role: 'applicant' },
					organisation: ORG_A,
					createdBy: world.users.admin._id
				},
				DAY
			);
			return { token, email };
		},
		/** A mailed registration link for a new address; `used` as if it had been opened already. */
		async registration(used = false) {
			const email = `registering-${hex()}@example.org`;
			const token = await issueToken(
				world.db,
				{
					kind: 'registration',
					email,
					createdBy: null,
					registration: {
						name: 'Nowa Osoba',
						passwordHash: 'not-a-real-hash',
						edition: editionSlug('open'),
						organisationRequest: { kind: 'join', organisation: ORG_A }
					}
				},
				DAY
			);
			if (used) await c.tokens.updateOne({ _id: sessionIdOf(token) }, { $set: { usedAt: new Date() } });
			return { token, email };
		},
		async passwordReset() {
			const target = await newUser();
			const token = await issueToken(
				world.db,
				{ kind: 'password-reset', email: target.email, createdBy: null },
				HOUR
			);
			return { token, user: target };
		},
		async mail() {
			const subject = `Poczta ${secret('fresh mail', ['admin'])}`;
			await c.outbox.insertOne({
				to: 'someone@example.org',
				subject,
				text: 'Tresc.',
				at: new Date(),
				delivered: false
			});
			return subject;
		},
		async auditEvent() {
			const id = secret('fresh audit', ['admin']);
			await c.audit.insertOne({
				at: new Date(),
				actor: null,
				action: 'test.marker',
				subject: { type: 'test', id }
			});
			return id;
		}
	};
}
export type Fresh = ReturnType<typeof freshFixtures>;

/**
 * Removes what a test (or the app, answering it) created since `since`: the world stays as built,
 * and queries do not slow down as thousands of tests add records.
 */
export async function removeCreatedSince(db: Db, since: Date): Promise<void> {
	const c = collections(db);
	const files = db.collection('attachments.files');
	const fileIds = (await files.find({ uploadDate: { $gte: since } }).toArray()).map((f) => f._id);
	const created = { createdAt: { $gte: since } };
	await c.practices.deleteMany(created);
	await c.editions.deleteMany(created);
	await c.scores.deleteMany(created);
	await c.assignments.deleteMany(created);
	await c.discussion.deleteMany(created);
	await c.conflicts.deleteMany(created);
	await c.decisions.deleteMany(created);
	await c.recommendations.deleteMany(created);
	await c.shortlist.deleteMany(created);
	await c.users.deleteMany(created);
	await c.sessions.deleteMany(created);
	// Rate-limit entries too: the matrix asks from one address, far more often than a person would.
	await c.throttle.deleteMany({ at: { $gte: since } });
	await files.deleteMany({ _id: { $in: fileIds } });
	await db.collection('attachments.chunks').deleteMany({ files_id: { $in: fileIds } });
}

/** The world in a fresh database, served by the production build (one per test file). */
export async function startBuiltWorld(): Promise<{ world: World; app: BuiltApp }> {
	const world = await buildWorld(await useTestDatabase());
	return { world, app: await startBuiltApp(world.db) };
}
