import { randomBytes } from 'node:crypto';
import type { Db, WithId } from 'mongodb';
import type { PublicPractice } from '../../src/lib/server/catalogue/public';
import {
	collections,
	type EditionDoc,
	type OrganisationDoc,
	type PlaceDoc,
	type ScoreDoc,
	type PracticeDoc,
	type UserDoc
} from '../../src/lib/server/db/collections';
import { renderMarkdown } from '../../src/lib/server/markdown';
import type { EditionPhase, PracticeContent } from '../../src/lib/schemas';

let counter = 0;

/** A number and a random tail: records of one call never collide with another's, nor with hand-made slugs. */
const unique = () => `${++counter}-${randomBytes(3).toString('hex')}`;
const stored = () => ({ createdAt: new Date(), updatedAt: new Date(), origin: 'app' as const, version: 1 });
const DAY = 24 * 60 * 60 * 1000;

/** A complete public practice with plain defaults; override only what a test is about. */
export function publicPractice(overrides: Partial<PublicPractice> = {}): PublicPractice {
	counter++;
	return {
		id: `id-${counter}`,
		slug: `praktyka-${counter}`,
		title: `Praktyka ${counter}`,
		summary: 'Krótki opis.',
		description: '',
		descriptionHtml: '',
		place: { slug: 'warszawa', name: 'Warszawa', kind: 'city', voivodeship: 'mazowieckie' },
		organisations: [],
		partners: [],
		categories: [],
		themes: [],
		targetGroups: [],
		period: { from: null, to: null },
		funding: null,
		keyFigures: [],
		links: [],
		language: 'pl',
		status: 'catalogue',
		edition: null,
		award: null,
		similarActions: [],
		recommendations: [],
		jurorQuotes: [],
		updatedAt: new Date(0).toISOString(),
		mentionedOrganisations: [],
		titleEn: null,
		summaryEn: null,
		sources: [],
		...overrides
	};
}

/** Practice content as the seed or a form provides it. */
export function practiceContent(overrides: Partial<PracticeContent> = {}): PracticeContent {
	counter++;
	return {
		slug: `praktyka-${counter}`,
		title: `Praktyka ${counter}`,
		summary: 'Krótki opis.',
		description: 'Opis **praktyki**.',
		place: 'warszawa',
		organisations: [],
		partners: [],
		categories: [],
		themes: [],
		targetGroups: [],
		period: { from: null, to: null },
		funding: null,
		keyFigures: [],
		links: [],
		language: 'pl',
		status: 'catalogue',
		edition: null,
		jurorQuotes: [],
		...overrides
	};
}

/** A place (a city by default). */
export async function createPlace(db: Db, overrides: Partial<PlaceDoc> = {}): Promise<WithId<PlaceDoc>> {
	const n = unique();
	const place: PlaceDoc = {
		slug: `miasto-${n}`,
		name: `Miasto ${n}`,
		kind: 'city',
		voivodeship: 'mazowieckie',
		lat: 52.23,
		lng: 21.01,
		...stored(),
		...overrides
	};
	await collections(db).places.insertOne(place);
	return place as WithId<PlaceDoc>;
}

/** An organisation (a city office by default); without `place`, a new place is created for it. */
export async function createOrganisation(
	db: Db,
	overrides: Partial<OrganisationDoc> = {}
): Promise<WithId<OrganisationDoc>> {
	const n = unique();
	const organisation: OrganisationDoc = {
		slug: `urzad-${n}`,
		name: `Urząd Miasta ${n}`,
		kind: 'city-office',
		place: overrides.place ?? (await createPlace(db)).slug,
		...stored(),
		...overrides
	};
	await collections(db).organisations.insertOne(organisation);
	return organisation as WithId<OrganisationDoc>;
}

/** Deadlines that fit the phase: an open edition takes submissions now, later phases closed a month ago. */
function datesFor(phase: EditionPhase, now = Date.now()) {
	if (phase === 'draft')
		return { submissionsOpen: new Date(now + 10 * DAY), submissionsClose: new Date(now + 40 * DAY) };
	if (phase === 'open')
		return { submissionsOpen: new Date(now - DAY), submissionsClose: new Date(now + 30 * DAY) };
	return { submissionsOpen: new Date(now - 60 * DAY), submissionsClose: new Date(now - 30 * DAY) };
}

/** An edition, open for submissions unless `phase` says otherwise; its deadlines follow the phase. */
export async function createEdition(
	db: Db,
	overrides: Partial<EditionDoc> = {}
): Promise<WithId<EditionDoc>> {
	const n = unique();
	const phase = overrides.phase ?? 'open';
	const edition: EditionDoc = {
		slug: `edycja-${n}`,
		name: `Edycja ${n}`,
		year: new Date().getFullYear(),
		description: 'Opis edycji.',
		descriptionHtml: '<p>Opis edycji.</p>',
		phase,
		isDemo: false,
		...datesFor(phase),
		resultsDate: null,
		criteria: [
			{ label: 'Trafność', weight: 2, scale: 5 },
			{ label: 'Trwałość', weight: 1, scale: 5 }
		],
		awardCategories: [],
		eligibility: '',
		eligibilityChecklist: [],
		selfRegistration: false,
		languages: ['pl'],
		...stored(),
		...overrides
	};
	await collections(db).editions.insertOne(edition);
	return edition as WithId<EditionDoc>;
}

/**
 * A practice written in the app: a draft of an open edition by default, complete enough to be
 * submitted. Without `edition` an open edition is created for it, without `place` a place
 * (`edition: null` makes one outside any edition).
 */
export async function createEntry(
	db: Db,
	overrides: Partial<PracticeDoc> = {}
): Promise<WithId<PracticeDoc>> {
	const n = unique();
	const description = overrides.description ?? `Opis praktyki ${n}. `.padEnd(140, 'x');
	const entry: PracticeDoc = {
		...practiceContent({
			slug: `zgloszenie-${n}`,
			title: `Zgłoszenie ${n}`,
			summary: 'Streszczenie zgłoszenia, dość długie.',
			categories: ['info-point'],
			targetGroups: ['immigrants'],
			period: { from: '2020', to: null },
			status: 'draft'
		}),
		description,
		descriptionHtml: renderMarkdown(description),
		place: overrides.place ?? (await createPlace(db)).slug,
		edition: overrides.edition === undefined ? (await createEdition(db)).slug : overrides.edition,
		...stored(),
		...overrides
	};
	await collections(db).practices.insertOne(entry);
	return entry as WithId<PracticeDoc>;
}

let userCounter = 0;

/** An account with a known password; hashing is real, so create few of them. */
export async function createUser(
	db: Db,
	overrides: Partial<UserDoc> = {},
	password = 'correct horse battery staple'
) {
	const { hashPassword } = await import('../../src/lib/server/auth/password');
	userCounter++;
	const user: UserDoc = {
		_id: `user-${userCounter}-${Math.random().toString(36).slice(2)}`,
		email: `user${userCounter}-${randomBytes(3).toString('hex')}@example.org`,
		name: `Użytkownik ${userCounter}`,
		passwordHash: await hashPassword(password),
		isAdmin: false,
		roles: [],
		organisations: [],
		disabled: false,
		isDemo: false,
		createdAt: new Date(),
		updatedAt: new Date(),
		version: 1,
		...overrides
	};
	await collections(db).users.insertOne(user);
	return { user, password };
}

/** The organiser as a signed-in user, for domain verbs that take the acting user. */
export function organiser(id = 'admin'): import('../../src/lib/server/auth/session').SessionUser {
	return {
		_id: id,
		email: `${id}@example.org`,
		name: 'Organizator',
		isAdmin: true,
		roles: [],
		organisations: []
	};
}

/** Assigns entries to a juror as the organiser's assignment would (without the solver). */
export async function assign(db: Db, edition: string, juror: string, entries: string[]): Promise<void> {
	if (entries.length === 0) return;
	await collections(db).assignments.insertMany(
		entries.map((entry) => ({
			edition,
			juror,
			entry,
			source: 'organiser' as const,
			by: 'admin',
			createdAt: new Date()
		}))
	);
}

/** A juror's score of an entry, submitted unless `state` says otherwise. */
export async function createScore(
	db: Db,
	score: Pick<ScoreDoc, 'edition' | 'entry' | 'juror'> & Partial<ScoreDoc>
): Promise<WithId<ScoreDoc>> {
	const now = new Date();
	const doc: ScoreDoc = {
		criteria: [],
		privateComment: '',
		feedback: '',
		quote: '',
		recommend: false,
		category: null,
		state: 'submitted',
		submittedAt: score.state === 'draft' ? null : now,
		createdAt: now,
		updatedAt: now,
		version: 1,
		...score
	};
	await collections(db).scores.insertOne(doc);
	return doc as WithId<ScoreDoc>;
}

/** An account as the signed-in user the domain verbs take. */
export const sessionOf = (user: UserDoc): import('../../src/lib/server/auth/session').SessionUser => ({
	_id: user._id,
	email: user.email,
	name: user.name,
	isAdmin: user.isAdmin,
	roles: user.roles,
	organisations: user.organisations
});
