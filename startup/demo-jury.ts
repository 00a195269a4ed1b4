import { MongoServerError, type Db, type OptionalId } from 'mongodb';
import {
	collections,
	ensureIndexes,
	type AssignmentDoc,
	type EditionDoc,
	type JurorDoc,
	type PracticeDoc,
	type PreferenceDoc,
	type ScoreDoc,
	type UserDoc
} from '../src/lib/server/db/collections.ts';
import { guardedUpdate } from '../src/lib/server/db/guarded.ts';
import { criteriaTemplate } from '../src/lib/server/editions/criteria-template.ts';
import { assignBalanced, type Pair } from '../src/lib/server/jury/assignment.ts';
import { conflictsOf } from '../src/lib/server/jury/conflicts.ts';
import { renderMarkdown } from '../src/lib/server/markdown/index.ts';
import {
	AWARD_CATEGORIES,
	CRITERIA,
	DEMO_ENTRIES,
	JUROR_VOICES,
	QUOTES,
	type DemoEntry
} from './demo-jury-content.ts';

export const DEMO_JURY_EDITION = 'demo-jury';
export const DEMO_JUROR_EMAIL = 'juror@demo.miasta-otwarte.test';
const DEMO_ADMIN_EMAIL = 'admin@demo.miasta-otwarte.test';
const JURORS_PER_ENTRY = 3;
const DAY = 24 * 60 * 60 * 1000;

interface DemoJuror {
	_id: string;
	email: string;
	name: string;
	affiliations: JurorDoc['affiliations'];
	bio: string;
	publicProfile: boolean;
	quotable: boolean;
	/** How far this juror's scores sit from the jury's view, where they differ. */
	lean: number;
	/** Of the entries assigned, how many end submitted, and whether the next one is a draft. */
	leaves: 'one-untouched' | 'one-draft' | 'none';
}

/**
 * The jurors who have already scored. The first works at CeBaM UAM, which sends one of the entries:
 * that affiliation makes her conflicted with it, so she is neither assigned nor scores it.
 */
export const DEMO_JURORS: DemoJuror[] = [
	{
		_id: 'demo-jury-juror-1',
		email: 'ewa.nowicka@demo.miasta-otwarte.test',
		name: 'Ewa Nowicka (demo)',
		affiliations: { organisations: ['cebam-uam'], places: [] },
		bio: 'Badaczka migracji zarobkowych; pracuje w Centrum Badań Migracyjnych UAM.',
		publicProfile: true,
		quotable: true,
		lean: -1,
		leaves: 'one-untouched'
	},
	{
		_id: 'demo-jury-juror-2',
		email: 'tomasz.wisniewski@demo.miasta-otwarte.test',
		name: 'Tomasz Wiśniewski (demo)',
		affiliations: { organisations: ['stowarzyszenie-interwencji-prawnej'], places: [] },
		bio: 'Prawnik, doradza cudzoziemcom w sprawach pobytu i pracy.',
		publicProfile: true,
		quotable: false,
		lean: 1,
		leaves: 'one-draft'
	},
	{
		_id: 'demo-jury-juror-3',
		email: 'olena.melnyk@demo.miasta-otwarte.test',
		name: 'Olena Melnyk (demo)',
		affiliations: { organisations: ['kaszubski-uniwersytet-ludowy'], places: [] },
		bio: 'Animatorka społeczności imigranckich i lokalnych, prowadzi warsztaty międzykulturowe.',
		publicProfile: false,
		quotable: true,
		lean: 0,
		leaves: 'none'
	},
	{
		_id: 'demo-jury-juror-4',
		email: 'marek.zielinski@demo.miasta-otwarte.test',
		name: 'Marek Zieliński (demo)',
		affiliations: { organisations: [], places: [] },
		bio: 'Były urzędnik samorządowy, ekspert polityki społecznej.',
		publicProfile: false,
		quotable: false,
		lean: -1,
		leaves: 'one-untouched'
	}
];

/** The entries the demo juror asked to read; the rest they would rather not. */
const DEMO_JUROR_WANTS = [0, 2, 4, 7].map((i) => DEMO_ENTRIES[i].content.slug);

export interface DemoJurySummary {
	edition: string;
	entries: number;
	jurors: number;
	scores: number;
	/** Entries assigned to the demo juror that they have not scored yet. */
	toScore: number;
}

const isDuplicateKey = (cause: unknown) => cause instanceof MongoServerError && cause.code === 11000;

/** Inserts a record unless the unique index already holds it: what makes every start safe to repeat. */
async function insertOnce<T extends object>(
	collection: { insertOne(doc: OptionalId<T>): Promise<unknown> },
	doc: OptionalId<T>
) {
	try {
		await collection.insertOne(doc);
		return true;
	} catch (cause) {
		if (isDuplicateKey(cause)) return false;
		throw cause;
	}
}

const clamp = (score: number) => Math.min(5, Math.max(1, score));

/** One juror's view of one entry, deterministic, with the juror's own voice in every comment. */
export function demoScore(
	entry: DemoEntry,
	entryIndex: number,
	juror: DemoJuror,
	jurorIndex: number,
	state: 'draft' | 'submitted'
): Pick<ScoreDoc, 'criteria' | 'privateComment' | 'feedback' | 'quote' | 'recommend' | 'category'> {
	const weights = new Map(criteriaTemplate().map((c) => [c.id, c.weight]));
	const criteria = CRITERIA.map((id, c) => {
		if (state === 'draft' && c >= 3) return { id, score: null, comment: '' };
		const leans = (entryIndex + c + jurorIndex) % 3 === 0;
		const score = clamp(entry.scores[c] + (leans ? juror.lean : 0));
		return { id, score, comment: `${JUROR_VOICES[jurorIndex][score - 1]} ${entry.remarks[c]}` };
	});
	let total = 0;
	let weight = 0;
	for (const { id, score } of criteria) {
		if (score === null) continue;
		total += score * weights.get(id)!;
		weight += weights.get(id)!;
	}
	const recommend = state === 'submitted' && total / weight >= 3.8;
	return {
		criteria,
		privateComment: (entryIndex + jurorIndex) % 2 === 0 ? entry.privateComment : '',
		feedback: state === 'submitted' && (entryIndex + jurorIndex) % 3 !== 1 ? entry.feedback : '',
		quote: recommend && juror.quotable ? (QUOTES[entry.content.slug] ?? '') : '',
		recommend,
		category: recommend ? entry.category : null
	};
}

/**
 * A demo edition in review, so a newcomer signed in as the demo juror can score at once: submitted
 * entries written from the seed practices, four jurors who have scored most of theirs (one of them
 * conflicted with an entry through her affiliation), a balanced assignment made by the solver, and
 * the demo juror on the jury with entries still to score. Every record is inserted against a
 * unique index under a fixed id or slug, so a second start (or two at once) adds nothing.
 * Needs the seed catalogue (places and organisations) and the demo accounts; returns null without them.
 */
export async function ensureDemoJury(db: Db, now = new Date()): Promise<DemoJurySummary | null> {
	const c = collections(db);
	await ensureIndexes(db);
	const organisations = [
		...new Set([
			...DEMO_ENTRIES.flatMap((e) => [...e.content.organisations, ...e.content.partners]),
			...DEMO_JURORS.flatMap((j) => j.affiliations.organisations)
		])
	];
	const places = [...new Set(DEMO_ENTRIES.map((e) => e.content.place))];
	const [knownOrganisations, knownPlaces, demoJuror, admin] = await Promise.all([
		c.organisations.countDocuments({ slug: { $in: organisations } }),
		c.places.countDocuments({ slug: { $in: places } }),
		c.users.findOne({ email: DEMO_JUROR_EMAIL }),
		c.users.findOne({ email: DEMO_ADMIN_EMAIL })
	]);
	if (knownOrganisations !== organisations.length || knownPlaces !== places.length || !demoJuror) return null;
	const by = admin?._id ?? 'demo';

	const description =
		'Edycja do wypróbowania pracy jury: zgłoszenia czekają na ocenę. Nie jest prawdziwym konkursem.';
	await insertOnce<EditionDoc>(c.editions, {
		slug: DEMO_JURY_EDITION,
		name: 'Edycja demonstracyjna: ocena jury',
		year: now.getFullYear(),
		description,
		descriptionHtml: renderMarkdown(description),
		phase: 'review',
		isDemo: true,
		submissionsOpen: new Date(now.getTime() - 60 * DAY),
		submissionsClose: new Date(now.getTime() - 14 * DAY),
		resultsDate: new Date(now.getTime() + 42 * DAY),
		reviewDeadline: new Date(now.getTime() + 21 * DAY),
		criteria: criteriaTemplate(),
		criteriaVersion: 1,
		awardCategories: AWARD_CATEGORIES,
		eligibility: '',
		eligibilityChecklist: [],
		selfRegistration: false,
		languages: ['pl'],
		assignmentMode: 'balanced',
		jurorsPerEntry: JURORS_PER_ENTRY,
		hideApplicantOrganisation: false,
		createdAt: now,
		updatedAt: now,
		origin: 'app',
		version: 1
	});

	for (const [i, entry] of DEMO_ENTRIES.entries()) {
		const sent = new Date(now.getTime() - (40 - i) * DAY);
		await insertOnce<PracticeDoc>(c.practices, {
			...entry.content,
			descriptionHtml: renderMarkdown(entry.content.description),
			language: 'pl',
			status: 'submitted',
			edition: DEMO_JURY_EDITION,
			jurorQuotes: [],
			createdAt: sent,
			updatedAt: sent,
			origin: 'app',
			version: 3
		});
	}

	for (const juror of DEMO_JURORS) {
		// No password: these accounts only stand for other jury members; nobody signs in as them.
		await insertOnce<UserDoc>(c.users, {
			_id: juror._id,
			email: juror.email,
			name: juror.name,
			passwordHash: null,
			isAdmin: false,
			roles: [{ edition: DEMO_JURY_EDITION, role: 'juror' }],
			organisations: [],
			disabled: false,
			isDemo: true,
			createdAt: now,
			updatedAt: now,
			version: 1
		});
	}
	await grantJurorRole(db, demoJuror._id);

	const jurorIds = [...DEMO_JURORS.map((j) => j._id), demoJuror._id];
	for (const juror of [...DEMO_JURORS, null]) {
		await insertOnce<JurorDoc>(c.jurors, {
			edition: DEMO_JURY_EDITION,
			user: juror?._id ?? demoJuror._id,
			invitedEmail: null,
			affiliations: juror?.affiliations ?? { organisations: [], places: [] },
			publicProfile: juror?.publicProfile ?? false,
			bio: juror?.bio ?? '',
			quotable: juror?.quotable ?? false,
			acknowledgedAt: juror ? new Date(now.getTime() - 12 * DAY) : null,
			addedBy: by,
			createdAt: now,
			updatedAt: now,
			version: 1
		});
	}
	for (const entry of DEMO_ENTRIES) {
		const preference = DEMO_JUROR_WANTS.includes(entry.content.slug) ? 'want' : 'rather-not';
		await insertOnce<PreferenceDoc>(c.preferences, {
			edition: DEMO_JURY_EDITION,
			juror: demoJuror._id,
			entry: entry.content.slug,
			preference,
			updatedAt: now
		});
	}

	// The solver on what is stored: conflicts as the app computes them and the demo juror's wishes.
	// The same input gives the same plan, so two starts at once insert the same pairs. Assignments
	// are only added while the stored ones are part of the plan (none yet, or a start cut short):
	// once the organiser has changed them, they are theirs.
	const pairs = await conflictsOf(db, DEMO_JURY_EDITION);
	const conflicts: Pair[] = [...pairs.values()].flatMap((ofJuror) =>
		[...ofJuror.values()].filter((p) => p.conflicted).map((p) => [p.juror, p.entry] as const)
	);
	const preferences = await c.preferences.find({ edition: DEMO_JURY_EDITION }).toArray();
	const wishes: Record<string, Record<string, PreferenceDoc['preference']>> = {};
	for (const p of preferences) (wishes[p.juror] ??= {})[p.entry] = p.preference;
	const plan = assignBalanced({
		entries: DEMO_ENTRIES.map((e) => e.content.slug),
		jurors: jurorIds,
		conflicts,
		perEntry: JURORS_PER_ENTRY,
		preferences: wishes
	});
	const key = (juror: string, entry: string) => `${juror}\u0000${entry}`;
	const planned = new Set(plan.assignments.map(([juror, entry]) => key(juror, entry)));
	const existing = await c.assignments.find({ edition: DEMO_JURY_EDITION }).toArray();
	if (existing.every((a) => planned.has(key(a.juror, a.entry)))) {
		const stored = new Set(existing.map((a) => key(a.juror, a.entry)));
		for (const [juror, entry] of plan.assignments) {
			if (stored.has(key(juror, entry))) continue;
			await insertOnce<AssignmentDoc>(c.assignments, {
				edition: DEMO_JURY_EDITION,
				juror,
				entry,
				source: 'solver',
				by,
				createdAt: new Date(now.getTime() - 13 * DAY)
			});
		}
	}

	const conflicted = new Set(conflicts.map(([juror, entry]) => key(juror, entry)));
	const assigned = await c.assignments.find({ edition: DEMO_JURY_EDITION }).toArray();
	const entryIndex = new Map(DEMO_ENTRIES.map((e, i) => [e.content.slug, i]));
	for (const [j, juror] of DEMO_JURORS.entries()) {
		const theirs = assigned
			.filter((a) => a.juror === juror._id && entryIndex.has(a.entry))
			.filter((a) => !conflicted.has(key(a.juror, a.entry)))
			.map((a) => a.entry)
			.sort((a, b) => entryIndex.get(a)! - entryIndex.get(b)!);
		const submitted = juror.leaves === 'none' ? theirs.length : theirs.length - 1;
		for (const [k, slug] of theirs.entries()) {
			const state = k < submitted ? 'submitted' : juror.leaves === 'one-draft' ? 'draft' : null;
			if (!state) continue;
			const written = new Date(now.getTime() - (10 - k) * DAY);
			const i = entryIndex.get(slug)!;
			await insertOnce<ScoreDoc>(c.scores, {
				edition: DEMO_JURY_EDITION,
				entry: slug,
				juror: juror._id,
				...demoScore(DEMO_ENTRIES[i], i, juror, j, state),
				state,
				submittedAt: state === 'submitted' ? new Date(written.getTime() + 3_600_000) : null,
				createdAt: written,
				updatedAt: state === 'submitted' ? new Date(written.getTime() + 3_600_000) : written,
				version: state === 'submitted' ? 2 : 1
			});
		}
	}

	const [scores, demoAssigned, demoScored] = await Promise.all([
		c.scores.countDocuments({ edition: DEMO_JURY_EDITION }),
		c.assignments.countDocuments({ edition: DEMO_JURY_EDITION, juror: demoJuror._id }),
		c.scores.countDocuments({ edition: DEMO_JURY_EDITION, juror: demoJuror._id })
	]);
	return {
		edition: DEMO_JURY_EDITION,
		entries: DEMO_ENTRIES.length,
		jurors: DEMO_JURORS.length,
		scores,
		toScore: demoAssigned - demoScored
	};
}

/** The demo juror's role in the demo jury's edition, added once (a guarded write, as roles change). */
async function grantJurorRole(db: Db, userId: string) {
	const users = collections(db).users;
	const role = { edition: DEMO_JURY_EDITION, role: 'juror' as const };
	for (let attempt = 0; attempt < 5; attempt++) {
		const user = await users.findOne({ _id: userId });
		if (!user || user.roles.some((r) => r.edition === role.edition && r.role === role.role)) return;
		const done = await guardedUpdate(db, users, user, {
			$push: { roles: role },
			$set: { updatedAt: new Date() }
		});
		if (done) return;
	}
}
