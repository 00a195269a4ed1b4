/**
 * Who may do what, over HTTP, in the spirit of HotCRP's permission tests: every route and form
 * action × every kind of visitor × (where it matters) the edition's phase, against the production
 * build running in this process on this file's database. One row per request; one test per
 * row × visitor × phase, named so that a failure says which.
 *
 * Outcomes, as a visitor meets them:
 *   ok        2xx, or a 303 to where a successful request leads (the row names it)
 *   signin    pages and endpoints (GET): 303 to /logowanie?next=<the path>; __data.json and
 *             form actions: 401
 *   forbidden 403
 *   notfound  404 (also what private records of others look like)
 *   refused   another 4xx: a domain refusal such as a closed call (409) or a used link (410)
 * For __data.json and enhanced actions (`x-sveltekit-action`), SvelteKit answers 200 with the
 * outcome inside (a node's error status, `redirect`, `failure`); that is what is compared.
 *
 * Besides the outcome, each test checks that the answer holds no private text the visitor may
 * not see, that state changed exactly when the request was allowed, and that a disabled
 * account's session was dropped.
 */
import { ObjectId } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/lib/server/auth/password';
import { collections, type UserDoc } from '../../src/lib/server/db/collections';
import {
	actors,
	editionSlug,
	entryDoc,
	freshFixtures,
	ORG_A,
	ORG_B,
	pdfWith,
	PLACE_A,
	PLACE_B,
	phases,
	removeCreatedSince,
	signIn,
	type Actor,
	type Fresh,
	type Phase,
	type PhaseFixtures,
	type Secret,
	type World,
	unique,
	startBuiltWorld
} from '../support/access-world';
import { describeBuilt, type BuiltApp } from '../support/built-app';
import { assigningPayloads, payloads } from '../support/form-payloads';

type Outcome = 'ok' | 'signin' | 'forbidden' | 'notfound' | 'refused';
type Expectation = Record<Actor, Outcome>;
type Kind = 'page' | 'data' | 'endpoint' | 'action';
type Transport = 'form' | 'enhance';
/** What a row's preparation created for one test: slugs, ids, tokens. */
type Prepared = Record<string, string>;

interface Ctx {
	world: World;
	actor: Actor;
	user: UserDoc | null;
	session: { token: string; sessionId: string } | null;
	phase: Phase;
	fx: PhaseFixtures;
	fresh: Fresh;
}

interface Row {
	/** What is asked for, e.g. "own draft". */
	name: string;
	/** The route id without its group (`/admin/edycje`); null for a path no route matches. */
	route: string | null;
	kind: Kind;
	/** The form action (`default` for a page's only action). */
	action?: string;
	transport?: Transport;
	/** Run once per edition phase; otherwise once, with the open edition's fixtures. */
	phased: boolean;
	expect: (phase: Phase) => Expectation;
	prepare?: (ctx: Ctx) => Promise<Prepared>;
	/** The page, data or endpoint path, or the page whose action is posted to. */
	path: (ctx: Ctx, p: Prepared) => string;
	body?: (ctx: Ctx, p: Prepared) => URLSearchParams | FormData;
	/** Where a successful request redirects to, if it does. */
	okRedirect?: (ctx: Ctx, p: Prepared) => RegExp;
	/** A redirect that answers a refused request (instead of a 4xx). */
	refusedRedirect?: RegExp;
	/** Text an allowed answer must contain (shows it really is the page, not an error). */
	okContains?: (ctx: Ctx, p: Prepared) => string[];
	/** State the request may change: it must change exactly when the request is allowed. */
	probe?: (ctx: Ctx, p: Prepared) => Promise<unknown>;
	/** Read-only: the probed state must never change. */
	readOnly?: boolean;
	/** Public data: no private text at all, whoever asks. */
	public?: boolean;
	mustNotContain?: (ctx: Ctx, p: Prepared) => string[];
}

// ---------------------------------------------------------------------------------------------
// Expectations

const everyone = (o: Outcome): Expectation =>
	Object.fromEntries(actors.map((actor) => [actor, o])) as Expectation;
/** Signed-in visitors get `o` unless named; the anonymous and disabled accounts must sign in. */
const signedIn = (o: Outcome, but: Partial<Expectation> = {}): Expectation => ({
	...everyone(o),
	anonymous: 'signin',
	disabledApplicantA: 'signin',
	disabledAdmin: 'signin',
	...but
});
const adminOnly = (o: Outcome = 'ok') => signedIn('forbidden', { admin: o });
/**
 * Organisation A's records: its applicant gets `o`; to everyone else signed in they do not exist,
 * the applicants waiting for approval included (even the one who asked to join A).
 */
const orgAOnly = (o: Outcome) => signedIn('notfound', { applicantA: o });
/** The pending applicant's own draft: theirs alone (organisers never see drafts). */
const pendingOnly = (o: Outcome) => signedIn('notfound', { pendingApplicant: o });
const isOpen = (phase: Phase) => phase === 'open';
const isPublished = (phase: Phase) => phase === 'published' || phase === 'archived';
const always = (e: Expectation) => () => e;
/** Phases in which jurors read their entries, and in which the jury discusses them. */
const READING_PHASES: Phase[] = ['review', 'deliberation', 'published', 'archived'];
const DISCUSSION: Phase[] = ['review', 'deliberation'];
/** A juror's standing with an entry × the state of their own score of it. */
const JURY_STANDINGS = (['assigned', 'unassigned', 'conflicted'] as const).flatMap((standing) =>
	(['none', 'draft', 'submitted'] as const).map((own) => [standing, own] as const)
);

// ---------------------------------------------------------------------------------------------
// Row builders

type PageOptions = Pick<
	Row,
	'prepare' | 'okRedirect' | 'refusedRedirect' | 'okContains' | 'public' | 'mustNotContain'
>;

/** A page and its `__data.json`. */
function page(
	route: string | null,
	name: string,
	path: Row['path'],
	expect: Row['expect'],
	options: PageOptions = {}
): Row[] {
	return (['page', 'data'] as const).map((kind) => ({
		name,
		route,
		kind,
		phased: false,
		expect,
		path,
		...options
	}));
}

function endpoint(
	route: string | null,
	name: string,
	path: Row['path'],
	expect: Row['expect'],
	options: PageOptions = {}
): Row {
	return { name, route, kind: 'endpoint', phased: false, expect, path, ...options };
}

type ActionOptions = PageOptions &
	Pick<Row, 'probe' | 'readOnly'> & {
		body: NonNullable<Row['body']>;
		/** Only as a plain form post (the default is both that and an enhanced post). */
		transports?: Transport[];
	};

/** A form action, posted as a plain form and as an enhanced (`use:enhance`) request. */
function action(
	route: string,
	actionName: string,
	name: string,
	path: Row['path'],
	expect: Row['expect'],
	{ transports = ['form', 'enhance'], ...options }: ActionOptions
): Row[] {
	return transports.map((transport) => ({
		name,
		route,
		kind: 'action' as const,
		action: actionName,
		transport,
		phased: false,
		expect,
		path,
		...options
	}));
}

const phased = (rows: Row | Row[]): Row[] => [rows].flat().map((row) => ({ ...row, phased: true }));

// ---------------------------------------------------------------------------------------------
// Probes

const practiceOf = (ctx: Ctx, slug: string) => collections(ctx.world.db).practices.findOne({ slug });
const jurorRecord = (ctx: Ctx, id: string) =>
	collections(ctx.world.db).jurors.findOne({ _id: new ObjectId(id) });
/**
 * A fresh edition in `phase` with one juror (affiliated with organisation A) and organisation
 * A's submitted entry, so the juror is conflicted with it from the start.
 */
async function juryOf(ctx: Ctx, phase: Phase): Promise<Prepared> {
	const c = collections(ctx.world.db);
	const slug = await ctx.fresh.edition(phase);
	const juror = await ctx.fresh.user({ roles: [{ edition: slug, role: 'juror' }] });
	const entry = `fresh-jury-${unique()}`;
	await c.practices.insertOne(
		entryDoc({
			slug: entry,
			title: `Zgloszenie ${entry}`,
			organisation: ORG_A,
			edition: slug,
			status: 'submitted'
		})
	);
	const now = new Date();
	const { insertedId } = await c.jurors.insertOne({
		edition: slug,
		user: juror._id,
		invitedEmail: null,
		affiliations: { organisations: [ORG_A], places: [] },
		publicProfile: false,
		bio: '',
		quotable: false,
		addedBy: ctx.world.users.admin._id,
		createdAt: now,
		updatedAt: now,
		version: 1
	});
	return { slug, juror: juror._id, entry, record: String(insertedId) };
}
/** An edition's stored criteria and their version. */
const criteriaOf = (ctx: Ctx, slug: string) =>
	collections(ctx.world.db)
		.editions.findOne({ slug })
		.then((e) => ({ criteria: e?.criteria, version: e?.criteriaVersion }));
const attachmentsOf = (ctx: Ctx, practice: string) =>
	ctx.world.db.collection('attachments.files').countDocuments({ 'metadata.practice': practice });
const attachmentExists = (ctx: Ctx, id: string) =>
	ctx.world.db
		.collection('attachments.files')
		.findOne({ _id: new ObjectId(id) })
		.then(Boolean);
const userOf = (ctx: Ctx, query: Partial<UserDoc>) => collections(ctx.world.db).users.findOne(query);
const passwordHashOf = (ctx: Ctx) =>
	ctx.user ? userOf(ctx, { _id: ctx.user._id }).then((u) => u?.passwordHash ?? null) : Promise.resolve(null);

/** The visitors' accounts have no password; the password change needs one to check. */
const CURRENT_PASSWORD = 'Szary-Autobus-2033-Wiosna';
let currentPasswordHash: Promise<string> | null = null;
async function givePassword(ctx: Ctx): Promise<Prepared> {
	currentPasswordHash ??= hashPassword(CURRENT_PASSWORD);
	if (ctx.user)
		await collections(ctx.world.db).users.updateOne(
			{ _id: ctx.user._id },
			{ $set: { passwordHash: await currentPasswordHash } }
		);
	return {};
}

// ---------------------------------------------------------------------------------------------
// The table

const A = (ctx: Ctx) => ctx.world.users.applicantA;

// ---------------------------------------------------------------------------------------------
// The organiser's assignment and progress pages, and the juror's preferences page

/** Assignments are made before and during the review. */
const assigningPhase = (phase: Phase) => ['draft', 'open', 'open-past-close', 'review'].includes(phase);
/** Conflicts are declared until the results are out. */
const juryPhase = (phase: Phase) => !isPublished(phase);

/**
 * `juryOf` plus organisation B's submitted entry, which the juror is not conflicted with; `assigned`
 * assigns it to them.
 */
async function assigningOf(ctx: Ctx, phase: Phase, assigned = false): Promise<Prepared> {
	const c = collections(ctx.world.db);
	const prepared = await juryOf(ctx, phase);
	const free = `fresh-free-${unique()}`;
	await c.practices.insertOne(
		entryDoc({
			slug: free,
			title: `Zgloszenie ${free}`,
			organisation: ORG_B,
			edition: prepared.slug,
			status: 'submitted'
		})
	);
	if (assigned)
		await c.assignments.insertOne({
			edition: prepared.slug,
			juror: prepared.juror,
			entry: free,
			source: 'organiser',
			by: ctx.world.users.admin._id,
			createdAt: new Date()
		});
	const juror = await userOf(ctx, { _id: prepared.juror });
	return { ...prepared, free, email: juror!.email };
}

/** A fresh edition in `phase` with organisation B's submitted entry, the visiting juror on its jury. */
async function preferringOf(ctx: Ctx, phase: Phase): Promise<Prepared> {
	const c = collections(ctx.world.db);
	const slug = await ctx.fresh.edition(phase);
	const entry = `fresh-pref-${unique()}`;
	await c.practices.insertOne(
		entryDoc({
			slug: entry,
			title: `Zgloszenie ${entry}`,
			organisation: ORG_B,
			edition: slug,
			status: 'submitted'
		})
	);
	if (ctx.actor === 'juror' && ctx.user)
		await c.users.updateOne({ _id: ctx.user._id }, { $push: { roles: { edition: slug, role: 'juror' } } });
	return { slug, entry };
}

const assignmentsOf = (ctx: Ctx, edition: string) =>
	collections(ctx.world.db)
		.assignments.find({ edition }, { projection: { _id: 0, juror: 1, entry: 1 } })
		.toArray();

function assigningRows(): Row[] {
	return [
		...phased(
			page(
				'/admin/edycje/[slug]/przydzial',
				'assignment of the edition',
				(ctx) => `/admin/edycje/${ctx.fx.edition}/przydzial`,
				always(adminOnly())
			)
		),
		...phased(
			action(
				'/admin/edycje/[slug]/przydzial',
				'run',
				'the assignment run, every juror on every entry',
				(_, p) => `/admin/edycje/${p.slug}/przydzial`,
				(phase) => adminOnly(assigningPhase(phase) ? 'ok' : 'refused'),
				{
					prepare: (ctx) => assigningOf(ctx, ctx.phase),
					body: () => assigningPayloads.run('all', 2, 1),
					probe: (ctx, p) => assignmentsOf(ctx, p.slug)
				}
			)
		),
		...phased(
			action(
				'/admin/edycje/[slug]/przydzial',
				'add',
				'an entry assigned to a juror by hand',
				(_, p) => `/admin/edycje/${p.slug}/przydzial`,
				(phase) => adminOnly(assigningPhase(phase) ? 'ok' : 'refused'),
				{
					prepare: (ctx) => assigningOf(ctx, ctx.phase),
					body: (_, p) => assigningPayloads.pair(p.juror, p.free),
					probe: (ctx, p) => assignmentsOf(ctx, p.slug)
				}
			)
		),
		...action(
			'/admin/edycje/[slug]/przydzial',
			'add',
			'a conflicted pair assigned by hand',
			(_, p) => `/admin/edycje/${p.slug}/przydzial`,
			always(adminOnly('refused')),
			{
				prepare: (ctx) => assigningOf(ctx, 'review'),
				body: (_, p) => assigningPayloads.pair(p.juror, p.entry),
				probe: (ctx, p) => assignmentsOf(ctx, p.slug)
			}
		),
		...phased(
			action(
				'/admin/edycje/[slug]/przydzial',
				'remove',
				"an entry taken off a juror's assignment",
				(_, p) => `/admin/edycje/${p.slug}/przydzial`,
				(phase) => adminOnly(assigningPhase(phase) ? 'ok' : 'refused'),
				{
					prepare: (ctx) => assigningOf(ctx, ctx.phase, true),
					body: (_, p) => assigningPayloads.pair(p.juror, p.free),
					probe: (ctx, p) => assignmentsOf(ctx, p.slug)
				}
			)
		),
		...action(
			'/admin/edycje/[slug]/przydzial',
			'settings',
			'organisation hidden from jurors and a review deadline',
			(_, p) => `/admin/edycje/${p.slug}/przydzial`,
			always(adminOnly()),
			{
				prepare: async (ctx) => ({ slug: await ctx.fresh.edition('review') }),
				body: () => assigningPayloads.reviewSettings(true, '2031-05-01T12:00', 1),
				probe: (ctx, p) =>
					collections(ctx.world.db)
						.editions.findOne({ slug: p.slug })
						.then((e) => [e?.hideApplicantOrganisation, e?.reviewDeadline, e?.version])
			}
		),
		...phased(
			page(
				'/admin/edycje/[slug]/postep',
				"the jury's progress",
				(ctx) => `/admin/edycje/${ctx.fx.edition}/postep`,
				always(adminOnly())
			)
		),
		...phased(
			action(
				'/admin/edycje/[slug]/postep',
				'remind',
				'jurors with missing scores reminded',
				(_, p) => `/admin/edycje/${p.slug}/postep`,
				(phase) => adminOnly(phase === 'review' ? 'ok' : 'refused'),
				{
					prepare: (ctx) => assigningOf(ctx, ctx.phase, true),
					body: () => assigningPayloads.remind(),
					probe: (ctx, p) => collections(ctx.world.db).outbox.countDocuments({ to: p.email })
				}
			)
		),
		...phased(
			page(
				'/jury/[edition]/preferencje',
				"the juror's preferences",
				(_, p) => `/jury/${p.slug}/preferencje`,
				// The list shows the edition's eligible entries to its jurors, so a fresh edition's.
				always(signedIn('forbidden', { juror: 'ok' })),
				{
					prepare: (ctx) => preferringOf(ctx, ctx.phase),
					okContains: (_, p) => [p.entry]
				}
			)
		),
		...page(
			'/jury/[edition]/preferencje',
			'preferences in an edition that does not exist',
			() => `/jury/nie-ma-takiej-edycji/preferencje`,
			always(signedIn('notfound'))
		),
		...phased(
			action(
				'/jury/[edition]/preferencje',
				'save',
				"the juror's preferences saved",
				(_, p) => `/jury/${p.slug}/preferencje`,
				(phase) => signedIn('forbidden', { juror: assigningPhase(phase) ? 'ok' : 'refused' }),
				{
					prepare: (ctx) => preferringOf(ctx, ctx.phase),
					body: (_, p) => assigningPayloads.preferences({ [p.entry]: 'want' }),
					probe: (ctx, p) =>
						collections(ctx.world.db)
							.preferences.find({ edition: p.slug }, { projection: { _id: 0, preference: 1 } })
							.toArray()
				}
			)
		),
		...phased(
			action(
				'/jury/[edition]/preferencje',
				'conflict',
				'a conflict declared from the preferences',
				(_, p) => `/jury/${p.slug}/preferencje`,
				(phase) => signedIn('forbidden', { juror: juryPhase(phase) ? 'ok' : 'refused' }),
				{
					prepare: (ctx) => preferringOf(ctx, ctx.phase),
					body: (_, p) => assigningPayloads.declareConflict(p.entry),
					probe: (ctx, p) =>
						collections(ctx.world.db)
							.conflicts.find({ edition: p.slug }, { projection: { _id: 0, conflicted: 1 } })
							.toArray()
				}
			)
		)
	];
}

// ---------------------------------------------------------------------------------------------
// The organiser's award decisions

/** A fresh edition in `phase` with award categories and organisation B's submitted entry. */
async function decidingOf(ctx: Ctx, phase: Phase): Promise<Prepared> {
	const c = collections(ctx.world.db);
	const slug = await ctx.fresh.edition(phase);
	await c.editions.updateOne({ slug }, { $set: { awardCategories: ['Nagroda główna'] } });
	const entry = `fresh-award-${unique()}`;
	await c.practices.insertOne(
		entryDoc({
			slug: entry,
			title: `Zgloszenie ${entry}`,
			organisation: ORG_B,
			edition: slug,
			status: 'submitted'
		})
	);
	return { slug, entry };
}

const decisionOf = (ctx: Ctx, p: Prepared) =>
	collections(ctx.world.db)
		.decisions.findOne({ edition: p.slug, entry: p.entry })
		.then((d) => (d ? [d.outcome, d.category, d.version] : null));

function awardRows(): Row[] {
	const deciding = (phase: Phase) => adminOnly(phase === 'deliberation' ? 'ok' : 'refused');
	return [
		...phased(
			page(
				'/admin/edycje/[slug]/nagrody',
				'award decisions of the edition',
				(_, p) => `/admin/edycje/${p.slug}/nagrody`,
				always(adminOnly()),
				{ prepare: (ctx) => decidingOf(ctx, ctx.phase), okContains: (_, p) => [p.entry] }
			)
		),
		...phased(
			page(
				'/admin/edycje/[slug]/nagrody/[entry]',
				'the decision on an eligible entry',
				(_, p) => `/admin/edycje/${p.slug}/nagrody/${p.entry}?q=warszawa`,
				always(adminOnly()),
				{ prepare: (ctx) => decidingOf(ctx, ctx.phase), okContains: (_, p) => [p.entry] }
			)
		),
		...page(
			'/admin/edycje/[slug]/nagrody/[entry]',
			'the decision on a draft',
			(ctx) => `/admin/edycje/${ctx.fx.edition}/nagrody/${ctx.fx.draftA}`,
			always(adminOnly('notfound'))
		),
		...phased(
			action(
				'/admin/edycje/[slug]/nagrody/[entry]',
				'decide',
				'a mention recorded',
				(_, p) => `/admin/edycje/${p.slug}/nagrody/${p.entry}`,
				deciding,
				{
					prepare: (ctx) => decidingOf(ctx, ctx.phase),
					body: () =>
						new URLSearchParams({
							op: 'save',
							outcome: 'mention',
							category: 'Nagroda główna',
							justification: 'Za współpracę.',
							vote: '',
							version: '0'
						}),
					probe: decisionOf
				}
			)
		),
		...action(
			'/admin/edycje/[slug]/nagrody/[entry]',
			'decide',
			'an award in a category the edition does not have',
			(_, p) => `/admin/edycje/${p.slug}/nagrody/${p.entry}`,
			always(adminOnly('refused')),
			{
				prepare: (ctx) => decidingOf(ctx, 'deliberation'),
				body: () =>
					new URLSearchParams({
						op: 'save',
						outcome: 'award',
						category: 'Nagroda publiczności',
						justification: 'Za współpracę.',
						version: '0'
					}),
				probe: decisionOf
			}
		),
		...phased(
			action(
				'/admin/edycje/[slug]/nagrody/[entry]',
				'decide',
				'a mentioned practice created as a similar action',
				(_, p) => `/admin/edycje/${p.slug}/nagrody/${p.entry}`,
				deciding,
				{
					prepare: (ctx) => decidingOf(ctx, ctx.phase),
					body: () =>
						new URLSearchParams({
							op: 'new-practice',
							outcome: 'none',
							version: '0',
							practiceTitle: `Rada imigrantów ${unique()}`,
							practicePlace: PLACE_B,
							practiceSummary: 'Rada doradza miastu w sprawach imigrantów.'
						}),
					probe: (ctx, p) =>
						collections(ctx.world.db).practices.countDocuments({ edition: p.slug, status: 'mentioned' })
				}
			)
		),
		...action(
			'/admin/edycje/[slug]/nagrody/[entry]',
			'decide',
			'a recommendation written for the edition',
			(_, p) => `/admin/edycje/${p.slug}/nagrody/${p.entry}`,
			always(adminOnly()),
			{
				prepare: (ctx) => decidingOf(ctx, 'deliberation'),
				body: () =>
					new URLSearchParams({
						op: 'new-recommendation',
						outcome: 'none',
						version: '0',
						recommendationTitle: `Rady imigrantów ${unique()}`,
						recommendationText: 'Miasta powinny powołać rady imigrantów.'
					}),
				probe: (ctx, p) => collections(ctx.world.db).recommendations.countDocuments({ edition: p.slug })
			}
		)
	];
}

// ---------------------------------------------------------------------------------------------
// The deliberation: the organiser's table, its actions and CSVs, and the jurors' read-only table

/** Organisers read the ranking and download it from the review on. */
const rankingPhase = (phase: Phase) => READING_PHASES.includes(phase);

/**
 * A fresh edition in `phase` with two submitted entries assigned to the world's juror, who is on its
 * jury: one of organisation B, one of organisation A, which the juror is affiliated with. The second
 * one's title is a secret only organisers may see: the juror's table leaves it out.
 */
async function deliberatingOf(ctx: Ctx, phase: Phase): Promise<Prepared> {
	const c = collections(ctx.world.db);
	const slug = await ctx.fresh.edition(phase);
	const juror = ctx.world.users.juror._id;
	await c.users.updateOne({ _id: juror }, { $addToSet: { roles: { edition: slug, role: 'juror' } } });
	const entry = `fresh-delib-${unique()}`;
	const conflicted = `fresh-delib-${unique()}`;
	await c.practices.insertMany([
		entryDoc({
			slug: entry,
			title: `Zgloszenie ${entry}`,
			organisation: ORG_B,
			edition: slug,
			status: 'submitted'
		}),
		entryDoc({
			slug: conflicted,
			title: `Konflikt ${ctx.fresh.secret('deliberation conflicted entry', ['admin'])}`,
			organisation: ORG_A,
			edition: slug,
			status: 'submitted'
		})
	]);
	const now = new Date();
	await c.assignments.insertMany(
		[entry, conflicted].map((e) => ({
			edition: slug,
			juror,
			entry: e,
			source: 'organiser' as const,
			by: ctx.world.users.admin._id,
			createdAt: now
		}))
	);
	await c.jurors.insertOne({
		edition: slug,
		user: juror,
		invitedEmail: null,
		affiliations: { organisations: [ORG_A], places: [] },
		publicProfile: false,
		bio: '',
		quotable: false,
		addedBy: ctx.world.users.admin._id,
		createdAt: now,
		updatedAt: now,
		version: 1
	});
	return { slug, entry };
}

function deliberationRows(): Row[] {
	return [
		...phased(
			page(
				'/admin/edycje/[slug]/obrady',
				'the deliberation table',
				(ctx) => `/admin/edycje/${ctx.fx.edition}/obrady`,
				(phase) => adminOnly(rankingPhase(phase) ? 'ok' : 'refused')
			)
		),
		...page(
			'/admin/edycje/[slug]/obrady',
			'the deliberation table sorted and filtered by query',
			() => `/admin/edycje/${editionSlug('deliberation')}/obrady?sort=stdev&dir=desc&filter=unscored&q=a`,
			always(adminOnly())
		),
		...phased(
			action(
				'/admin/edycje/[slug]/obrady',
				'shortlist',
				'an entry put on the shortlist',
				(_, p) => `/admin/edycje/${p.slug}/obrady`,
				(phase) => adminOnly(phase === 'deliberation' ? 'ok' : 'refused'),
				{
					prepare: (ctx) => assigningOf(ctx, ctx.phase),
					body: (_, p) => assigningPayloads.shortlist(p.free, true),
					probe: (ctx, p) =>
						collections(ctx.world.db)
							.shortlist.find({ edition: p.slug }, { projection: { _id: 0, entry: 1 } })
							.toArray()
				}
			)
		),
		...phased(
			action(
				'/admin/edycje/[slug]/obrady',
				'thresholds',
				'the disagreement thresholds',
				(_, p) => `/admin/edycje/${p.slug}/obrady`,
				(phase) => adminOnly(phase === 'deliberation' ? 'ok' : 'refused'),
				{
					prepare: async (ctx) => ({ slug: await ctx.fresh.edition(ctx.phase) }),
					body: () => assigningPayloads.thresholds(10, 20, 1),
					probe: (ctx, p) =>
						collections(ctx.world.db)
							.editions.findOne({ slug: p.slug })
							.then((e) => [e?.disagreementStdev, e?.disagreementRange, e?.version])
				}
			)
		),
		...(['oceny.csv', 'ranking.csv'] as const)
			.map((file) =>
				phased(
					endpoint(
						`/admin/edycje/[slug]/${file}`,
						`the ${file} download`,
						(ctx) => `/admin/edycje/${ctx.fx.edition}/${file}`,
						(phase) => adminOnly(rankingPhase(phase) ? 'ok' : 'refused'),
						{
							okContains: () => [file === 'oceny.csv' ? 'entry,entry_title,juror' : 'rank_mean,rank_z,entry']
						}
					)
				)
			)
			.flat(),
		...phased(
			page(
				'/jury/[edition]/obrady',
				"the jurors' deliberation table",
				(_, p) => `/jury/${p.slug}/obrady`,
				(phase) =>
					signedIn('notfound', {
						juror: phase === 'deliberation' ? 'ok' : 'refused',
						admin: rankingPhase(phase) ? 'ok' : 'refused'
					}),
				{ prepare: (ctx) => deliberatingOf(ctx, ctx.phase), okContains: (_, p) => [p.entry] }
			)
		),
		...page(
			'/jury/[edition]/obrady',
			'the deliberation table of an edition that does not exist',
			() => `/jury/nie-ma-takiej-edycji/obrady`,
			always(signedIn('notfound'))
		)
	];
}

const table: Row[] = [
	// Public catalogue
	...page('/', 'home', () => '/', always(everyone('ok')), { public: true }),
	...page('/praktyki', 'catalogue', () => '/praktyki', always(everyone('ok')), { public: true }),
	...page(
		'/praktyki/[slug]',
		'public practice',
		(ctx) => `/praktyki/${ctx.world.publicPractice.slug}`,
		always(everyone('ok')),
		{ public: true, okContains: (ctx) => [ctx.world.publicPractice.title] }
	),
	...phased(
		page(
			'/praktyki/[slug]',
			"organisation A's draft",
			(ctx) => `/praktyki/${ctx.fx.draftA}`,
			always(everyone('notfound')),
			{
				public: true
			}
		)
	),
	...phased(
		page(
			'/praktyki/[slug]',
			"organisation A's awarded entry",
			(ctx) => `/praktyki/${ctx.fx.awardedA}`,
			(phase) => everyone(isPublished(phase) ? 'ok' : 'notfound'),
			{ public: true, okContains: (ctx) => [ctx.fx.text.awardedA] }
		)
	),
	...page('/rekomendacje', 'recommendations', () => '/rekomendacje', always(everyone('ok')), {
		public: true
	}),
	...page(
		'/rekomendacje/[slug]',
		'public recommendation',
		(ctx) => `/rekomendacje/${ctx.world.recommendation}`,
		always(everyone('ok')),
		{ public: true, okContains: () => ['Rekomendacja publiczna'] }
	),
	...page('/miejsca', 'places', () => '/miejsca', always(everyone('ok')), { public: true }),
	...page(
		'/miejsca/[slug]',
		'place with a public practice',
		() => `/miejsca/${PLACE_A}`,
		always(everyone('ok')),
		{
			public: true,
			okContains: (ctx) => [ctx.world.publicPractice.title]
		}
	),
	...page('/edycje', 'editions', () => '/edycje', always(everyone('ok')), { public: true }),
	...phased(
		page(
			'/edycje/[slug]',
			'edition',
			(ctx) => `/edycje/${ctx.fx.edition}`,
			(phase) => everyone(isPublished(phase) ? 'ok' : 'notfound'),
			{ public: true, okContains: (ctx) => [ctx.fx.text.awardedA] }
		)
	),
	...page('/api', 'open data', () => '/api', always(everyone('ok')), { public: true }),
	endpoint('/api/v1/practices', 'practices', () => '/api/v1/practices', always(everyone('ok')), {
		public: true
	}),
	endpoint(
		'/api/v1/practices/[slug]',
		'public practice',
		(ctx) => `/api/v1/practices/${ctx.world.publicPractice.slug}`,
		always(everyone('ok')),
		{ public: true }
	),
	...phased(
		endpoint(
			'/api/v1/practices/[slug]',
			"organisation A's submitted entry",
			(ctx) => `/api/v1/practices/${ctx.fx.submittedA}`,
			always(everyone('notfound')),
			{ public: true }
		)
	),
	...phased(
		endpoint(
			'/api/v1/practices/[slug]',
			"organisation A's awarded entry",
			(ctx) => `/api/v1/practices/${ctx.fx.awardedA}`,
			(phase) => everyone(isPublished(phase) ? 'ok' : 'notfound'),
			{ public: true }
		)
	),
	endpoint(
		'/api/v1/recommendations',
		'recommendations',
		() => '/api/v1/recommendations',
		always(everyone('ok')),
		{
			public: true
		}
	),
	endpoint('/api/v1/editions', 'editions', () => '/api/v1/editions', always(everyone('ok')), {
		public: true,
		mustNotContain: (ctx) =>
			phases.filter((p) => !isPublished(p)).map((p) => `"${ctx.world.perPhase[p].edition}"`)
	}),
	endpoint('/api/v1/places', 'places', () => '/api/v1/places', always(everyone('ok')), { public: true }),
	...(['/api/v1/export.json', '/api/v1/export.csv', '/sitemap.xml'] as const).map((route) =>
		endpoint(route, 'everything public', () => route, always(everyone('ok')), {
			public: true,
			okContains: (ctx) => [ctx.world.publicPractice.slug],
			// No slug of a private entry either.
			mustNotContain: (ctx) =>
				phases.flatMap((p) => {
					const fx = ctx.world.perPhase[p];
					return [fx.draftA, fx.submittedA, fx.draftB, ...(isPublished(p) ? [] : [fx.awardedA])];
				})
		})
	),
	endpoint('/api/v1/openapi.json', 'API description', () => '/api/v1/openapi.json', always(everyone('ok')), {
		public: true
	}),
	endpoint('/healthz', 'health check', () => '/healthz', always(everyone('ok')), { public: true }),
	endpoint('/robots.txt', 'robots', () => '/robots.txt', always(everyone('ok')), { public: true }),
	// The page hooks render for a refusal; asked for directly it refuses, and shows nothing else.
	...page('/odmowa/[status]', 'refusal page', () => '/odmowa/403', always(everyone('forbidden')), {
		public: true
	}),
	...page(
		'/odmowa/[status]',
		'refusal page, unknown status',
		() => '/odmowa/500',
		always(everyone('notfound')),
		{
			public: true
		}
	),

	// Accounts
	...page('/logowanie', 'sign-in', () => '/logowanie', always(everyone('ok')), {
		// Someone already signed in is sent on to their work: an applicant's entries, else their account.
		okRedirect: () => /^\/(konto|zgloszenia)$/
	}),
	...action('/logowanie', 'default', 'valid credentials', () => '/logowanie', always(everyone('ok')), {
		body: (ctx) => payloads.signIn(ctx.world.login.email, ctx.world.login.password),
		okRedirect: () => /^\/konto$/,
		probe: (ctx) =>
			userOf(ctx, { email: ctx.world.login.email }).then((u) =>
				collections(ctx.world.db).sessions.countDocuments({ userId: u!._id })
			)
	}),
	...action(
		'/logowanie',
		'default',
		'valid credentials, next pointing off the site',
		() => '/logowanie?next=%2F%2Fevil.example%2F',
		always(everyone('ok')),
		{
			body: (ctx) => payloads.signIn(ctx.world.login.email, ctx.world.login.password),
			okRedirect: () => /^\/konto$/,
			transports: ['form']
		}
	),
	// Refused credentials re-render the sign-in page, whose load sends someone already signed in
	// on to their own account: for them a plain form post ends in that redirect.
	...action('/logowanie', 'default', 'unknown account', () => '/logowanie', always(everyone('refused')), {
		refusedRedirect: /^\/(konto|zgloszenia)$/,
		prepare: async () => ({ email: `nobody-${unique()}@example.org` }),
		body: (_, p) => payloads.signIn(p.email, 'Niebieski-Rower-2032-Zima')
	}),
	...action('/logowanie', 'default', 'disabled account', () => '/logowanie', always(everyone('refused')), {
		refusedRedirect: /^\/(konto|zgloszenia)$/,
		body: (ctx) => payloads.signIn(ctx.world.disabledLogin.email, ctx.world.disabledLogin.password),
		// Sessions other than the one this test signed in with (the app drops that one: see below).
		probe: (ctx) =>
			collections(ctx.world.db).sessions.countDocuments({
				userId: ctx.world.users.disabledApplicantA._id,
				_id: { $ne: ctx.session?.sessionId ?? '' }
			})
	}),
	...page('/rejestracja', 'self-registration', () => '/rejestracja', always(everyone('ok'))),
	...phased(
		action(
			'/rejestracja',
			'default',
			'registration to the edition',
			() => '/rejestracja',
			(phase) => everyone(isOpen(phase) ? 'ok' : 'refused'),
			{
				prepare: async () => ({ email: `registered-${unique()}@example.org` }),
				body: (ctx, p) => payloads.register({ email: p.email, edition: ctx.fx.edition, organisation: ORG_B }),
				okContains: () => ['Sprawdź skrzynkę'],
				// A link is mailed; the account waits for it.
				probe: (ctx, p) =>
					Promise.all([
						collections(ctx.world.db).tokens.countDocuments({ email: p.email, kind: 'registration' }),
						userOf(ctx, { email: p.email }).then(Boolean)
					])
			}
		)
	),
	...action(
		'/rejestracja',
		'default',
		'registration for a known address, a new organisation',
		() => '/rejestracja',
		always(everyone('ok')),
		{
			// The same answer as for a new address; the owner is mailed instead.
			body: (ctx) =>
				payloads.register({
					email: ctx.world.login.email,
					edition: ctx.fx.edition,
					organisation: '_new',
					newOrganisationName: 'Fundacja Nowa',
					newOrganisationPlace: PLACE_B
				}),
			okContains: () => ['Sprawdź skrzynkę'],
			probe: (ctx) =>
				collections(ctx.world.db).outbox.countDocuments({
					to: ctx.world.login.email,
					subject: /Próba rejestracji/
				})
		}
	),
	...action(
		'/rejestracja',
		'default',
		'registration asking for a new organisation without naming it',
		() => '/rejestracja',
		always(everyone('refused')),
		{
			prepare: async () => ({ email: `bez-nazwy-${unique()}@example.org` }),
			body: (ctx, p) =>
				payloads.register({
					email: p.email,
					edition: ctx.fx.edition,
					organisation: '_new',
					newOrganisationPlace: PLACE_B
				}),
			probe: (ctx, p) => collections(ctx.world.db).tokens.countDocuments({ email: p.email })
		}
	),
	...page(
		'/rejestracja/[token]',
		'valid registration link',
		(_, p) => `/rejestracja/${p.token}`,
		always(everyone('ok')),
		{ prepare: async (ctx) => ctx.fresh.registration(), okContains: (_, p) => [p.email] }
	),
	...page(
		'/rejestracja/[token]',
		'used registration link',
		(_, p) => `/rejestracja/${p.token}`,
		always(everyone('refused')),
		{ prepare: async (ctx) => ctx.fresh.registration(true) }
	),
	...action(
		'/rejestracja/[token]',
		'default',
		'valid registration link',
		(_, p) => `/rejestracja/${p.token}`,
		always(everyone('ok')),
		{
			prepare: async (ctx) => ctx.fresh.registration(),
			body: () => payloads.confirmRegistration(),
			okRedirect: () => /^\/konto$/,
			probe: (ctx, p) =>
				userOf(ctx, { email: p.email }).then((u) => u && [u.pendingApproval, u.organisations])
		}
	),
	...action(
		'/rejestracja/[token]',
		'default',
		'used registration link',
		(_, p) => `/rejestracja/${p.token}`,
		always(everyone('refused')),
		{
			prepare: async (ctx) => ctx.fresh.registration(true),
			body: () => payloads.confirmRegistration(),
			probe: (ctx, p) => userOf(ctx, { email: p.email }).then(Boolean)
		}
	),
	...page(
		'/zaproszenie/[token]',
		'valid invitation',
		(_, p) => `/zaproszenie/${p.token}`,
		always(everyone('ok')),
		{ prepare: async (ctx) => ctx.fresh.invitation(), okContains: (_, p) => [p.email] }
	),
	...action(
		'/zaproszenie/[token]',
		'default',
		'valid invitation',
		(_, p) => `/zaproszenie/${p.token}`,
		always(everyone('ok')),
		{
			prepare: async (ctx) => ctx.fresh.invitation(),
			body: () => payloads.acceptInvitation(),
			okRedirect: () => /^\/konto$/,
			probe: (ctx, p) => userOf(ctx, { email: p.email }).then(Boolean)
		}
	),
	...action(
		'/zaproszenie/[token]',
		'default',
		'unknown invitation',
		() => '/zaproszenie/nieznany',
		always(everyone('refused')),
		{
			body: () => payloads.acceptInvitation()
		}
	),
	...page('/reset-hasla', 'password reset', () => '/reset-hasla', always(everyone('ok'))),
	...action('/reset-hasla', 'default', 'reset for an account', () => '/reset-hasla', always(everyone('ok')), {
		body: (ctx) => payloads.requestPasswordReset(ctx.world.login.email),
		probe: (ctx) => collections(ctx.world.db).tokens.countDocuments({ email: ctx.world.login.email })
	}),
	...page(
		'/reset-hasla/[token]',
		'valid reset link',
		(_, p) => `/reset-hasla/${p.token}`,
		always(everyone('ok')),
		{
			prepare: async (ctx) => {
				const { token } = await ctx.fresh.passwordReset();
				return { token };
			}
		}
	),
	...action(
		'/reset-hasla/[token]',
		'default',
		'valid reset link',
		(_, p) => `/reset-hasla/${p.token}`,
		always(everyone('ok')),
		{
			prepare: async (ctx) => {
				const { token, user } = await ctx.fresh.passwordReset();
				return { token, userId: user._id };
			},
			body: () => payloads.resetPassword(),
			okRedirect: () => /^\/logowanie\?haslo=zmienione$/,
			probe: (ctx, p) => userOf(ctx, { _id: p.userId }).then((u) => u?.passwordHash ?? null)
		}
	),
	...action(
		'/reset-hasla/[token]',
		'default',
		'unknown reset link',
		() => '/reset-hasla/nieznany',
		always(everyone('refused')),
		{
			body: () => payloads.resetPassword()
		}
	),
	...page('/wyloguj', 'sign-out', () => '/wyloguj', always(signedIn('ok')), {
		okRedirect: () => /^\/konto$/
	}),
	...action('/wyloguj', 'default', 'sign-out', () => '/wyloguj', always(signedIn('ok')), {
		body: () => payloads.signOut(),
		okRedirect: () => /^\/$/,
		// A disabled account's session is dropped whatever the request (checked for every test).
		probe: (ctx) =>
			ctx.session && !ctx.actor.startsWith('disabled')
				? collections(ctx.world.db).sessions.findOne({ _id: ctx.session.sessionId }).then(Boolean)
				: Promise.resolve(null)
	}),
	...page('/konto', 'own account', () => '/konto', always(signedIn('ok')), {
		okContains: (ctx) => [ctx.user!.email]
	}),
	...action('/konto', 'password', 'own password, current one right', () => '/konto', always(signedIn('ok')), {
		prepare: givePassword,
		body: () => payloads.changePassword(CURRENT_PASSWORD),
		probe: passwordHashOf
	}),
	...action(
		'/konto',
		'password',
		'own password, current one wrong',
		() => '/konto',
		always(signedIn('refused')),
		{
			prepare: givePassword,
			body: () => payloads.changePassword('Nie-To-Haslo-2030'),
			probe: passwordHashOf
		}
	),

	// The applicant's workspace
	...page('/zgloszenia', 'own entries', () => '/zgloszenia', always(signedIn('ok')), {
		okContains: (ctx) =>
			({
				applicantA: [ctx.fx.text.draftA, ctx.fx.text.submittedA],
				pendingApplicant: [ctx.fx.text.draftPending]
			})[ctx.actor as string] ?? []
	}),
	...phased(
		action(
			'/zgloszenia',
			'create',
			'new draft in the edition',
			() => '/zgloszenia',
			(phase) =>
				signedIn('forbidden', {
					applicantA: isOpen(phase) ? 'ok' : 'refused',
					applicantB: isOpen(phase) ? 'ok' : 'refused',
					// Drafts of their own, in no organisation yet.
					pendingApplicant: isOpen(phase) ? 'ok' : 'refused',
					claimantA: isOpen(phase) ? 'ok' : 'refused'
				}),
			{
				prepare: async () => ({ title: `Nowy szkic ${unique()}` }),
				body: (ctx, p) => payloads.createDraft(ctx.fx.edition, p.title),
				okRedirect: () => /^\/zgloszenia\/nowy-szkic-[a-z0-9-]+$/,
				probe: (ctx, p) => collections(ctx.world.db).practices.countDocuments({ title: p.title })
			}
		)
	),
	...phased(
		page(
			'/zgloszenia/[slug]',
			"organisation A's draft",
			(ctx) => `/zgloszenia/${ctx.fx.draftA}`,
			always(orgAOnly('ok')),
			{
				okContains: (ctx) => [ctx.fx.text.draftA]
			}
		)
	),
	...page(
		'/zgloszenia/[slug]',
		"organisation A's submitted entry with an attachment",
		(ctx) => `/zgloszenia/${ctx.fx.submittedA}`,
		always(orgAOnly('ok')),
		{ okContains: (ctx) => [ctx.fx.text.submittedA, ctx.fx.text.attachmentA] }
	),
	...page(
		'/zgloszenia/[slug]',
		'no such entry',
		() => '/zgloszenia/nie-ma-takiego',
		always(signedIn('notfound'))
	),
	...phased(
		action(
			'/zgloszenia/[slug]',
			'save',
			"organisation A's draft",
			(_, p) => `/zgloszenia/${p.slug}`,
			(phase) => orgAOnly(isOpen(phase) ? 'ok' : 'refused'),
			{
				prepare: (ctx) => ctx.fresh.entry(ctx.phase, 'draft'),
				body: () =>
					payloads.saveDraft({ title: 'Szkic po zmianie', organisation: ORG_A, place: PLACE_A, version: 1 }),
				probe: (ctx, p) => practiceOf(ctx, p.slug).then((d) => [d?.version, d?.title])
			}
		)
	),
	...action(
		'/zgloszenia/[slug]',
		'save',
		"organisation A's draft, moved to organisation B",
		(_, p) => `/zgloszenia/${p.slug}`,
		always(orgAOnly('forbidden')),
		{
			prepare: (ctx) => ctx.fresh.entry('open', 'draft'),
			body: () =>
				payloads.saveDraft({ title: 'Szkic przeniesiony', organisation: ORG_B, place: PLACE_A, version: 1 }),
			probe: (ctx, p) => practiceOf(ctx, p.slug).then((d) => [d?.version, d?.organisations])
		}
	),
	...phased(
		action(
			'/zgloszenia/[slug]',
			'preview',
			"organisation A's draft",
			(ctx) => `/zgloszenia/${ctx.fx.draftA}`,
			always(orgAOnly('ok')),
			{
				body: () =>
					payloads.previewDraft({ title: 'Podgląd', organisation: ORG_A, place: PLACE_A, version: 1 }),
				probe: (ctx) => practiceOf(ctx, ctx.fx.draftA).then((d) => d?.version),
				readOnly: true
			}
		)
	),
	...phased(
		action(
			'/zgloszenia/[slug]',
			'upload',
			"organisation A's draft",
			(_, p) => `/zgloszenia/${p.slug}`,
			(phase) => orgAOnly(isOpen(phase) ? 'ok' : 'refused'),
			{
				prepare: (ctx) => ctx.fresh.entry(ctx.phase, 'draft'),
				body: () =>
					payloads.uploadAttachment(
						new File([pdfWith('nowy zalacznik')], 'sprawozdanie.pdf', { type: 'application/pdf' })
					),
				okRedirect: (_, p) => new RegExp(`^/zgloszenia/${p.slug}#attachments$`),
				probe: (ctx, p) => attachmentsOf(ctx, p.slug)
			}
		)
	),
	...phased(
		action(
			'/zgloszenia/[slug]',
			'deleteAttachment',
			"organisation A's draft, its own attachment",
			(_, p) => `/zgloszenia/${p.slug}`,
			(phase) => orgAOnly(isOpen(phase) ? 'ok' : 'refused'),
			{
				prepare: async (ctx) => {
					const { slug } = await ctx.fresh.entry(ctx.phase, 'draft');
					return { slug, id: await ctx.fresh.attachment(slug, A(ctx)._id, ['applicantA']) };
				},
				body: (_, p) => payloads.deleteAttachment(p.id),
				okRedirect: (_, p) => new RegExp(`^/zgloszenia/${p.slug}#attachments$`),
				probe: (ctx, p) => attachmentExists(ctx, p.id)
			}
		)
	),
	...action(
		'/zgloszenia/[slug]',
		'deleteAttachment',
		"organisation A's draft, organisation B's attachment",
		(_, p) => `/zgloszenia/${p.slug}`,
		always(signedIn('notfound')),
		{
			prepare: async (ctx) => {
				const { slug } = await ctx.fresh.entry('open', 'draft');
				const other = await ctx.fresh.entry('open', 'draft', ORG_B);
				return {
					slug,
					id: await ctx.fresh.attachment(other.slug, ctx.world.users.applicantB._id, ['applicantB'])
				};
			},
			body: (_, p) => payloads.deleteAttachment(p.id),
			okRedirect: (_, p) => new RegExp(`^/zgloszenia/${p.slug}#attachments$`),
			probe: (ctx, p) => attachmentExists(ctx, p.id)
		}
	),
	// Submitting and withdrawing are confirmed on a page of their own, which works without JavaScript.
	...phased(
		page(
			'/zgloszenia/[slug]/wyslij',
			"organisation A's draft, before submitting",
			(ctx) => `/zgloszenia/${ctx.fx.draftA}/wyslij`,
			always(orgAOnly('ok')),
			{ okContains: (ctx) => [ctx.fx.text.draftA] }
		)
	),
	...page(
		'/zgloszenia/[slug]/wyslij',
		'no such entry, before submitting',
		() => '/zgloszenia/nie-ma-takiego/wyslij',
		always(signedIn('notfound'))
	),
	...phased(
		action(
			'/zgloszenia/[slug]/wyslij',
			'default',
			"organisation A's complete draft",
			(_, p) => `/zgloszenia/${p.slug}/wyslij`,
			(phase) => orgAOnly(isOpen(phase) ? 'ok' : 'refused'),
			{
				prepare: (ctx) => ctx.fresh.entry(ctx.phase, 'draft'),
				body: () => payloads.submit(),
				okRedirect: (_, p) => new RegExp(`^/zgloszenia/${p.slug}/potwierdzenie$`),
				probe: (ctx, p) => practiceOf(ctx, p.slug).then((d) => [d?.status, d?.receipt?.number])
			}
		)
	),
	...page(
		'/zgloszenia/[slug]/potwierdzenie',
		"organisation A's receipt",
		(_, p) => `/zgloszenia/${p.slug}/potwierdzenie`,
		always(orgAOnly('ok')),
		{
			prepare: async (ctx) => {
				const entry = await ctx.fresh.entry('open', 'submitted');
				await collections(ctx.world.db).practices.updateOne(
					{ slug: entry.slug },
					{ $set: { receipt: { number: `MO-2026-${unique().slice(-6).padStart(6, '0')}`, at: new Date() } } }
				);
				return entry;
			},
			okContains: (_, p) => [p.title]
		}
	),
	...page(
		'/zgloszenia/[slug]/potwierdzenie',
		"organisation A's draft, which has no receipt",
		(ctx) => `/zgloszenia/${ctx.fx.draftA}/potwierdzenie`,
		always(signedIn('notfound'))
	),
	...page(
		'/zgloszenia/[slug]/wycofaj',
		"organisation A's submitted entry, before withdrawing",
		(ctx) => `/zgloszenia/${ctx.fx.submittedA}/wycofaj`,
		always(orgAOnly('ok')),
		{ okContains: (ctx) => [ctx.fx.text.submittedA] }
	),
	...phased(
		action(
			'/zgloszenia/[slug]/wycofaj',
			'default',
			"organisation A's submitted entry",
			(_, p) => `/zgloszenia/${p.slug}/wycofaj`,
			(phase) => orgAOnly(isOpen(phase) ? 'ok' : 'refused'),
			{
				prepare: (ctx) => ctx.fresh.entry(ctx.phase, 'submitted'),
				body: () => payloads.withdraw(),
				okRedirect: (_, p) => new RegExp(`^/zgloszenia/${p.slug}$`),
				probe: (ctx, p) => practiceOf(ctx, p.slug).then((d) => d?.status)
			}
		)
	),
	...phased(
		page(
			'/zgloszenia/[slug]',
			"pending applicant's own draft",
			(ctx) => `/zgloszenia/${ctx.fx.draftPending}`,
			always(pendingOnly('ok')),
			{ okContains: (ctx) => [ctx.fx.text.draftPending, ctx.fx.text.attachmentPending] }
		)
	),
	...phased(
		action(
			'/zgloszenia/[slug]',
			'save',
			"pending applicant's own draft",
			(_, p) => `/zgloszenia/${p.slug}`,
			(phase) => pendingOnly(isOpen(phase) ? 'ok' : 'refused'),
			{
				prepare: (ctx) => ctx.fresh.pendingEntry(ctx.phase),
				body: () =>
					payloads.saveDraft({ title: 'Szkic po zmianie', organisation: '', place: PLACE_A, version: 1 }),
				probe: (ctx, p) => practiceOf(ctx, p.slug).then((d) => [d?.version, d?.title, d?.organisations])
			}
		)
	),
	...action(
		'/zgloszenia/[slug]',
		'save',
		"pending applicant's own draft, moved into organisation A",
		(_, p) => `/zgloszenia/${p.slug}`,
		always(pendingOnly('forbidden')),
		{
			prepare: (ctx) => ctx.fresh.pendingEntry('open'),
			body: () =>
				payloads.saveDraft({ title: 'Szkic przeniesiony', organisation: ORG_A, place: PLACE_A, version: 1 }),
			probe: (ctx, p) => practiceOf(ctx, p.slug).then((d) => [d?.version, d?.organisations])
		}
	),
	...phased(
		action(
			'/zgloszenia/[slug]',
			'upload',
			"pending applicant's own draft",
			(_, p) => `/zgloszenia/${p.slug}`,
			(phase) => pendingOnly(isOpen(phase) ? 'ok' : 'refused'),
			{
				prepare: (ctx) => ctx.fresh.pendingEntry(ctx.phase),
				body: () =>
					payloads.uploadAttachment(
						new File([pdfWith('zalacznik oczekujacego')], 'plan.pdf', { type: 'application/pdf' })
					),
				okRedirect: (_, p) => new RegExp(`^/zgloszenia/${p.slug}#attachments$`),
				probe: (ctx, p) => attachmentsOf(ctx, p.slug)
			}
		)
	),
	...action(
		'/zgloszenia/[slug]',
		'deleteAttachment',
		"pending applicant's own draft, its own attachment",
		(_, p) => `/zgloszenia/${p.slug}`,
		always(pendingOnly('ok')),
		{
			prepare: async (ctx) => {
				const { slug } = await ctx.fresh.pendingEntry('open');
				const owner = ctx.world.users.pendingApplicant._id;
				return { slug, id: await ctx.fresh.attachment(slug, owner, ['pendingApplicant', 'admin']) };
			},
			body: (_, p) => payloads.deleteAttachment(p.id),
			okRedirect: (_, p) => new RegExp(`^/zgloszenia/${p.slug}#attachments$`),
			probe: (ctx, p) => attachmentExists(ctx, p.id)
		}
	),
	...phased(
		action(
			'/zgloszenia/[slug]/wyslij',
			'default',
			"pending applicant's own complete draft",
			(_, p) => `/zgloszenia/${p.slug}/wyslij`,
			// Never before approval; after the deadline the closed call is the reason given.
			(phase) => pendingOnly(isOpen(phase) ? 'forbidden' : 'refused'),
			{
				prepare: (ctx) => ctx.fresh.pendingEntry(ctx.phase),
				body: () => payloads.submit(),
				probe: (ctx, p) => practiceOf(ctx, p.slug).then((d) => d?.status)
			}
		)
	),
	...phased(
		endpoint(
			'/zalaczniki/[id]',
			"pending applicant's attachment",
			(ctx) => `/zalaczniki/${ctx.fx.attachmentPending}`,
			always(signedIn('notfound', { pendingApplicant: 'ok', admin: 'ok' })),
			{ okContains: (ctx) => [ctx.fx.text.attachmentPending] }
		)
	),
	...phased(
		endpoint(
			'/zalaczniki/[id]',
			"organisation A's attachment",
			(ctx) => `/zalaczniki/${ctx.fx.attachmentA}`,
			always(signedIn('notfound', { applicantA: 'ok', admin: 'ok' })),
			{ okContains: (ctx) => [ctx.fx.text.attachmentA] }
		)
	),
	...phased(
		endpoint(
			'/zalaczniki/[id]',
			"organisation B's attachment",
			(ctx) => `/zalaczniki/${ctx.fx.attachmentB}`,
			always(signedIn('notfound', { applicantB: 'ok', admin: 'ok' })),
			{ okContains: (ctx) => [ctx.fx.text.attachmentB] }
		)
	),
	endpoint(
		'/zalaczniki/[id]',
		'malformed id',
		() => '/zalaczniki/%7B%22%24ne%22%3Anull%7D',
		always(signedIn('notfound'))
	),

	// Administration
	...page('/admin', 'administration', () => '/admin', always(adminOnly())),
	...page('/admin/poczta', 'outbox', () => '/admin/poczta', always(adminOnly()), {
		prepare: async (ctx) => ({ subject: await ctx.fresh.mail() }),
		okContains: (_, p) => [p.subject]
	}),
	...page('/admin/dziennik', 'audit log', () => '/admin/dziennik', always(adminOnly()), {
		prepare: async (ctx) => ({ id: await ctx.fresh.auditEvent() }),
		okContains: (_, p) => [p.id]
	}),
	...page('/admin/uzytkownicy', 'accounts', () => '/admin/uzytkownicy', always(adminOnly()), {
		okContains: (ctx) => [ctx.world.users.applicantA.email]
	}),
	...action(
		'/admin/uzytkownicy',
		'setDisabled',
		'disable an account',
		() => '/admin/uzytkownicy',
		always(adminOnly()),
		{
			prepare: async (ctx) => ({ id: (await ctx.fresh.user())._id }),
			body: (_, p) => payloads.setDisabled(p.id, true),
			probe: (ctx, p) => userOf(ctx, { _id: p.id }).then((u) => u?.disabled)
		}
	),
	...page(
		'/admin/uzytkownicy/[id]',
		"organisation A's applicant",
		(ctx) => `/admin/uzytkownicy/${A(ctx)._id}`,
		always(adminOnly()),
		{ okContains: (ctx) => [A(ctx).email] }
	),
	...action(
		'/admin/uzytkownicy/[id]',
		'approve',
		'pending registration',
		(_, p) => `/admin/uzytkownicy/${p.id}`,
		always(adminOnly()),
		{
			prepare: async (ctx) => ({ id: (await ctx.fresh.user({ pendingApproval: true }))._id }),
			body: () => payloads.approve(),
			probe: (ctx, p) => userOf(ctx, { _id: p.id }).then((u) => u?.pendingApproval)
		}
	),
	...action(
		'/admin/uzytkownicy/[id]',
		'approve',
		'request to join organisation B',
		(_, p) => `/admin/uzytkownicy/${p.id}`,
		always(adminOnly()),
		{
			prepare: async (ctx) => {
				const applicant = await ctx.fresh.user({
					pendingApproval: true,
					organisationRequest: { kind: 'join', organisation: ORG_B }
				});
				return { id: applicant._id };
			},
			body: () => payloads.approve(),
			probe: (ctx, p) => userOf(ctx, { _id: p.id }).then((u) => [u?.pendingApproval, u?.organisations])
		}
	),
	...action(
		'/admin/uzytkownicy/[id]',
		'approve',
		'pending registration, from a stale page',
		(_, p) => `/admin/uzytkownicy/${p.id}`,
		always(adminOnly('refused')),
		{
			prepare: async (ctx) => ({ id: (await ctx.fresh.user({ pendingApproval: true }))._id }),
			body: () => payloads.approve(2),
			probe: (ctx, p) => userOf(ctx, { _id: p.id }).then((u) => u?.pendingApproval)
		}
	),
	...action(
		'/admin/uzytkownicy/[id]',
		'role',
		'grant a juror role',
		(_, p) => `/admin/uzytkownicy/${p.id}`,
		always(adminOnly()),
		{
			prepare: async (ctx) => ({ id: (await ctx.fresh.user())._id }),
			body: () => payloads.changeRole({ grant: true, role: 'juror', edition: editionSlug('open') }),
			probe: (ctx, p) => userOf(ctx, { _id: p.id }).then((u) => u?.roles)
		}
	),
	...page('/admin/edycje', 'editions', () => '/admin/edycje', always(adminOnly())),
	...action('/admin/edycje', 'create', 'new edition', () => '/admin/edycje', always(adminOnly()), {
		prepare: async () => ({ slug: `nowa-${unique()}` }),
		body: (_, p) => payloads.createEdition(p.slug),
		okRedirect: (_, p) => new RegExp(`^/admin/edycje/${p.slug}$`),
		probe: (ctx, p) => collections(ctx.world.db).editions.countDocuments({ slug: p.slug })
	}),
	...phased(
		page('/admin/edycje/[slug]', 'edition', (ctx) => `/admin/edycje/${ctx.fx.edition}`, always(adminOnly()))
	),
	...action(
		'/admin/edycje/[slug]',
		'save',
		'edition settings',
		(_, p) => `/admin/edycje/${p.slug}`,
		always(adminOnly()),
		{
			prepare: async (ctx) => ({ slug: await ctx.fresh.edition('draft') }),
			body: (_, p) => payloads.saveEdition(p.slug, 1),
			probe: (ctx, p) =>
				collections(ctx.world.db)
					.editions.findOne({ slug: p.slug })
					.then((e) => e?.version)
		}
	),
	...action(
		'/admin/edycje/[slug]',
		'criteria',
		'edition criteria',
		(_, p) => `/admin/edycje/${p.slug}`,
		always(adminOnly()),
		{
			prepare: async (ctx) => ({ slug: await ctx.fresh.edition('draft') }),
			body: () => payloads.saveCriteria(1, 'Innowacyjność'),
			probe: (ctx, p) => criteriaOf(ctx, p.slug)
		}
	),
	...action(
		'/admin/edycje/[slug]',
		'criteria',
		'criteria row added, not saved',
		(_, p) => `/admin/edycje/${p.slug}`,
		always(adminOnly()),
		{
			prepare: async (ctx) => ({ slug: await ctx.fresh.edition('draft') }),
			body: () => payloads.saveCriteria(1, 'Innowacyjność', 'add'),
			probe: (ctx, p) => criteriaOf(ctx, p.slug),
			readOnly: true
		}
	),
	...action(
		'/admin/edycje/[slug]',
		'criteria',
		'criteria once scoring began',
		(_, p) => `/admin/edycje/${p.slug}`,
		always(adminOnly('refused')),
		{
			prepare: async (ctx) => ({ slug: await ctx.fresh.scoredEdition() }),
			body: () => payloads.saveCriteria(1, 'Innowacyjność'),
			probe: (ctx, p) => criteriaOf(ctx, p.slug)
		}
	),
	...phased(
		action(
			'/admin/edycje/[slug]',
			'phase',
			'to the next phase',
			(_, p) => `/admin/edycje/${p.slug}`,
			(phase) => adminOnly(phase === 'archived' ? 'refused' : 'ok'),
			{
				prepare: async (ctx) => ({ slug: await ctx.fresh.edition(ctx.phase), to: nextPhase(ctx.phase) }),
				body: (_, p) => payloads.changePhase(p.to),
				probe: (ctx, p) =>
					collections(ctx.world.db)
						.editions.findOne({ slug: p.slug })
						.then((e) => e?.phase)
			}
		)
	),
	...phased(
		action(
			'/admin/edycje/[slug]',
			'phase',
			'back to draft',
			(_, p) => `/admin/edycje/${p.slug}`,
			always(adminOnly('refused')),
			{
				prepare: async (ctx) => ({ slug: await ctx.fresh.edition(ctx.phase) }),
				body: () => payloads.changePhase('draft'),
				probe: (ctx, p) =>
					collections(ctx.world.db)
						.editions.findOne({ slug: p.slug })
						.then((e) => e?.phase)
			}
		)
	),
	...phased(
		page(
			'/admin/edycje/[slug]/jury',
			'jury of the edition',
			(ctx) => `/admin/edycje/${ctx.fx.edition}/jury`,
			always(adminOnly())
		)
	),
	...phased(
		action(
			'/admin/edycje/[slug]/jury',
			'add',
			'an account named a juror',
			(_, p) => `/admin/edycje/${p.slug}/jury`,
			(phase) => adminOnly(isPublished(phase) ? 'refused' : 'ok'),
			{
				prepare: async (ctx) => ({
					slug: await ctx.fresh.edition(ctx.phase),
					id: (await ctx.fresh.user())._id
				}),
				body: (_, p) => payloads.addJuror(p.id),
				probe: (ctx, p) =>
					Promise.all([
						collections(ctx.world.db).jurors.countDocuments({ edition: p.slug }),
						userOf(ctx, { _id: p.id }).then((u) => u?.roles)
					])
			}
		)
	),
	...action(
		'/admin/edycje/[slug]/jury',
		'update',
		"a juror's affiliations and consents",
		(_, p) => `/admin/edycje/${p.slug}/jury`,
		always(adminOnly()),
		{
			prepare: (ctx) => juryOf(ctx, 'open'),
			body: (_, p) => payloads.updateJuror(p.record, 1),
			probe: (ctx, p) => jurorRecord(ctx, p.record).then((j) => [j?.version, j?.quotable, j?.bio])
		}
	),
	...phased(
		action(
			'/admin/edycje/[slug]/jury',
			'remove',
			'a juror taken off the jury',
			(_, p) => `/admin/edycje/${p.slug}/jury`,
			// From the review on, jurors may have scored: they stay.
			(phase) => adminOnly(['draft', 'open', 'open-past-close'].includes(phase) ? 'ok' : 'refused'),
			{
				prepare: (ctx) => juryOf(ctx, ctx.phase),
				body: (_, p) => payloads.removeJuror(p.record, 1),
				probe: (ctx, p) =>
					Promise.all([
						jurorRecord(ctx, p.record).then(Boolean),
						userOf(ctx, { _id: p.juror }).then((u) => u?.roles)
					])
			}
		)
	),
	...action(
		'/admin/edycje/[slug]/jury',
		'placeConflicts',
		'place affiliations no longer conflicts',
		(_, p) => `/admin/edycje/${p.slug}/jury`,
		always(adminOnly()),
		{
			prepare: async (ctx) => ({ slug: await ctx.fresh.edition('review') }),
			body: () => payloads.placeConflicts(false, 1),
			probe: (ctx, p) =>
				collections(ctx.world.db)
					.editions.findOne({ slug: p.slug })
					.then((e) => [e?.placeConflicts, e?.version])
		}
	),
	...phased(
		action(
			'/admin/edycje/[slug]/jury',
			'conflict',
			"a juror's conflict with an entry cleared",
			(_, p) => `/admin/edycje/${p.slug}/jury`,
			(phase) => adminOnly(isPublished(phase) ? 'refused' : 'ok'),
			{
				prepare: (ctx) => juryOf(ctx, ctx.phase),
				body: (_, p) => payloads.conflict({ juror: p.juror, entry: p.entry, conflicted: false }),
				probe: (ctx, p) =>
					collections(ctx.world.db).conflicts.find({ edition: p.slug, entry: p.entry }).toArray()
			}
		)
	),
	...page('/admin/zaproszenia', 'invitations', () => '/admin/zaproszenia', always(adminOnly())),
	...action(
		'/admin/zaproszenia',
		'default',
		'invite an applicant',
		() => '/admin/zaproszenia',
		always(adminOnly()),
		{
			prepare: async () => ({ email: `zaproszony-${unique()}@example.org` }),
			body: (_, p) =>
				payloads.invite({
					email: p.email,
					role: 'applicant',
					edition: editionSlug('open'),
					organisation: ORG_A
				}),
			probe: (ctx, p) => collections(ctx.world.db).tokens.countDocuments({ email: p.email })
		}
	),
	...page('/admin/zgloszenia', 'entries', () => '/admin/zgloszenia', always(adminOnly()), {
		okContains: (ctx) => [ctx.fx.text.submittedA]
	}),
	...page(
		'/admin/zgloszenia/[slug]',
		"organisation A's submitted entry, read to decide on",
		(_, p) => `/admin/zgloszenia/${p.slug}`,
		always(adminOnly()),
		{ prepare: (ctx) => ctx.fresh.entry('open', 'submitted'), okContains: (_, p) => [p.title] }
	),
	...page(
		'/admin/zgloszenia/[slug]',
		"organisation A's draft (not sent)",
		(_, p) => `/admin/zgloszenia/${p.slug}`,
		always(adminOnly('notfound')),
		{ prepare: (ctx) => ctx.fresh.entry('open', 'draft') }
	),
	...phased(
		action(
			'/admin/zgloszenia/[slug]',
			'eligibility',
			"organisation A's submitted entry found ineligible",
			(_, p) => `/admin/zgloszenia/${p.slug}`,
			// Decided while entries come in and during the review; from deliberation on, the field is fixed.
			(phase) => adminOnly(['open', 'open-past-close', 'review'].includes(phase) ? 'ok' : 'refused'),
			{
				prepare: (ctx) => ctx.fresh.entry(ctx.phase, 'submitted'),
				body: (_, p) => payloads.eligibility(p.slug, false),
				probe: (ctx, p) => practiceOf(ctx, p.slug).then((d) => [d?.status, d?.eligibilityReason])
			}
		)
	),
	...action(
		'/admin/zgloszenia/[slug]',
		'eligibility',
		"organisation A's draft (not sent)",
		(_, p) => `/admin/zgloszenia/${p.slug}`,
		// Refused; posted as a plain form, the page shown after it does not exist for a draft (404).
		always(adminOnly('notfound')),
		{
			transports: ['form'],
			prepare: (ctx) => ctx.fresh.entry('open', 'draft'),
			body: (_, p) => payloads.eligibility(p.slug, false),
			probe: (ctx, p) => practiceOf(ctx, p.slug).then((d) => [d?.status, d?.eligibilityReason])
		}
	),
	...action(
		'/admin/zgloszenia/[slug]',
		'eligibility',
		"organisation A's draft (not sent)",
		(_, p) => `/admin/zgloszenia/${p.slug}`,
		always(adminOnly('refused')),
		{
			transports: ['enhance'],
			prepare: (ctx) => ctx.fresh.entry('open', 'draft'),
			body: (_, p) => payloads.eligibility(p.slug, false),
			probe: (ctx, p) => practiceOf(ctx, p.slug).then((d) => [d?.status, d?.eligibilityReason])
		}
	),
	...page('/admin/katalog', 'catalogue curation', () => '/admin/katalog', always(adminOnly()), {
		okContains: (ctx) => [ctx.world.publicPractice.title]
	}),
	...page(
		'/admin/katalog/[slug]',
		'public practice',
		(ctx) => `/admin/katalog/${ctx.world.publicPractice.slug}`,
		always(adminOnly())
	),
	...action(
		'/admin/katalog/[slug]',
		'default',
		'curate a practice',
		(_, p) => `/admin/katalog/${p.slug}`,
		always(adminOnly()),
		{
			prepare: async (ctx) => ({ slug: await ctx.fresh.cataloguePractice() }),
			body: () => payloads.curate(1),
			probe: (ctx, p) => practiceOf(ctx, p.slug).then((d) => d?.version)
		}
	),

	// The juror's workspace
	...page('/jury', "juror's editions", () => '/jury', always(signedIn('ok'))),
	...phased(
		page(
			'/jury/[edition]',
			"juror's entries of the edition",
			(ctx) => `/jury/${ctx.fx.edition}`,
			always(signedIn('notfound', { juror: 'ok' })),
			{ okContains: (ctx) => [`Edycja ${ctx.fx.edition}`] }
		)
	),
	...phased(
		action(
			'/jury/[edition]',
			'acknowledge',
			'assignment acknowledged',
			(_, p) => `/jury/${p.edition}`,
			// The edition's page is the juror's own: to anyone else it does not exist.
			(phase) => signedIn('notfound', { juror: isPublished(phase) ? 'refused' : 'ok' }),
			{
				prepare: (ctx) => ctx.fresh.unconfirmedJuror(ctx.phase),
				body: () => new URLSearchParams(),
				probe: (ctx, p) =>
					collections(ctx.world.db)
						.jurors.findOne({ edition: p.edition, user: ctx.world.users.juror._id })
						.then((j) => j?.acknowledgedAt ?? null)
			}
		)
	),
	...JURY_STANDINGS.flatMap(([standing, own]) => {
		const name = `entry ${standing} to the juror, own score ${own}`;
		const prepare = (ctx: Ctx) => ctx.fresh.juryEntry(ctx.phase, standing, own);
		const path = (_: Ctx, p: Prepared) => `/jury/${p.edition}/${p.slug}`;
		const assigned = standing === 'assigned';
		const scoreOf = (ctx: Ctx, p: Prepared) =>
			collections(ctx.world.db)
				.scores.findOne({ edition: p.edition, entry: p.slug, juror: ctx.world.users.juror._id })
				.then((d) => (d ? [d.version, d.state, d.privateComment] : null));
		const scoreBody = (_: Ctx, p: Prepared) =>
			new URLSearchParams({ version: p.version, privateComment: `Zmiana ${unique()}`, feedback: '' });
		// Every standing posts as a plain form; one also as an enhanced request.
		const transports: Transport[] =
			standing === 'assigned' && own === 'none' ? ['form', 'enhance'] : ['form'];
		const scoring = (phase: Phase) =>
			signedIn('notfound', {
				admin: 'forbidden',
				juror: !assigned ? 'notfound' : phase === 'review' ? 'ok' : 'refused'
			});
		return phased([
			...page(
				'/jury/[edition]/[entry]',
				name,
				path,
				(phase) =>
					signedIn('notfound', {
						admin: 'ok',
						juror: !assigned ? 'notfound' : READING_PHASES.includes(phase) ? 'ok' : 'refused'
					}),
				{ prepare, okContains: (_, p) => [p.slug] }
			),
			...action('/jury/[edition]/[entry]', 'save', name, path, scoring, {
				prepare,
				body: scoreBody,
				probe: scoreOf,
				transports
			}),
			...action('/jury/[edition]/[entry]', 'submit', name, path, scoring, {
				prepare: (ctx) => ctx.fresh.juryEntry(ctx.phase, standing, own, true),
				body: scoreBody,
				probe: scoreOf,
				transports
			}),
			...action(
				'/jury/[edition]/[entry]',
				'discuss',
				name,
				path,
				(phase) =>
					signedIn('notfound', {
						admin: DISCUSSION.includes(phase) ? 'ok' : 'refused',
						juror: !assigned
							? 'notfound'
							: !READING_PHASES.includes(phase)
								? 'refused'
								: own !== 'submitted'
									? 'forbidden'
									: DISCUSSION.includes(phase)
										? 'ok'
										: 'refused'
					}),
				{
					prepare,
					body: () => new URLSearchParams({ text: `Moim zdaniem ${unique()}` }),
					probe: (ctx, p) =>
						collections(ctx.world.db).discussion.countDocuments({ edition: p.edition, entry: p.slug }),
					transports
				}
			),
			...action(
				'/jury/[edition]/[entry]',
				'conflict',
				name,
				path,
				(phase) =>
					signedIn('notfound', {
						admin: 'forbidden',
						juror: !assigned ? 'notfound' : DISCUSSION.includes(phase) ? 'ok' : 'refused'
					}),
				{
					prepare,
					body: () => new URLSearchParams({ reason: 'Współpracowałam z autorami.' }),
					okRedirect: (_, p) => new RegExp(`^/jury/${p.edition}\\?konflikt=${p.slug}$`),
					probe: (ctx, p) =>
						collections(ctx.world.db)
							.conflicts.find({ edition: p.edition, entry: p.slug })
							.toArray()
							.then((all) => all.map((d) => [d.juror, d.conflicted])),
					transports
				}
			),
			endpoint(
				'/zalaczniki/[id]',
				`attachment of the ${name}`,
				(_, p) => `/zalaczniki/${p.attachment}`,
				(phase) =>
					signedIn('notfound', {
						admin: 'ok',
						juror: assigned && READING_PHASES.includes(phase) ? 'ok' : 'notfound'
					}),
				{ prepare }
			)
		]);
	}),
	...page('/jury', "juror's editions in English", () => '/en/jury', always(signedIn('ok'))),

	// English pages are the same routes, reached through the reroute
	...page('/praktyki', 'catalogue in English', () => '/en/praktyki', always(everyone('ok')), {
		public: true
	}),
	...page('/zgloszenia', 'own entries in English', () => '/en/zgloszenia', always(signedIn('ok'))),
	...page(
		'/zgloszenia/[slug]',
		"organisation A's draft in English",
		(ctx) => `/en/zgloszenia/${ctx.fx.draftA}`,
		always(orgAOnly('ok')),
		{ okContains: (ctx) => [ctx.fx.text.draftA] }
	),
	...page('/admin/edycje', 'editions in English', () => '/en/admin/edycje', always(adminOnly())),

	// No route at all
	...page(null, 'no such page', () => '/nie-ma-takiej-strony', always(everyone('notfound')), {
		public: true
	}),
	...assigningRows(),
	...awardRows(),
	...deliberationRows()
];

function nextPhase(phase: Phase): string {
	const order = ['draft', 'open', 'review', 'deliberation', 'published', 'archived'];
	const stored = phase === 'open-past-close' ? 'open' : phase;
	// From the last phase there is none; ask for the last one again.
	return order[order.indexOf(stored) + 1] ?? 'archived';
}

// ---------------------------------------------------------------------------------------------
// Requests and what came back

function requestPath(ctx: Ctx, row: Row, p: Prepared): string {
	const path = row.path(ctx, p);
	if (row.kind === 'data') {
		const [pathname, search] = path.split('?');
		return `${pathname === '/' ? '' : pathname}/__data.json${search ? `?${search}` : ''}`;
	}
	if (row.kind === 'action' && row.action !== 'default')
		return `${path}${path.includes('?') ? '&' : '?'}/${row.action}`;
	return path;
}

async function send(app: BuiltApp, ctx: Ctx, row: Row, p: Prepared): Promise<Response> {
	const headers: Record<string, string> = { accept: 'text/html' };
	if (ctx.session) headers.cookie = `session=${ctx.session.token}`;
	const path = requestPath(ctx, row, p);
	if (row.kind !== 'action') return app.fetch(path, { headers });
	headers.origin = app.origin;
	if (row.transport === 'enhance') {
		headers.accept = 'application/json';
		headers['x-sveltekit-action'] = 'true';
	}
	return app.fetch(path, { method: 'POST', headers, body: row.body!(ctx, p) });
}

interface Seen {
	outcome: string;
	status: number;
	location: string | null;
	cacheControl: string | null;
	body: string;
}

/** Reduces a response to an outcome, reading SvelteKit's JSON envelopes where it uses them. */
async function observe(response: Response, ctx: Ctx, row: Row, p: Prepared): Promise<Seen> {
	const body = await response.text();
	let status = response.status;
	let location = response.headers.get('location');
	const json = () => {
		try {
			return JSON.parse(body);
		} catch {
			return null;
		}
	};
	if (row.kind === 'data' && status === 200) {
		const data = json();
		if (data?.type === 'redirect') [status, location] = [303, data.location];
		else if (data?.type === 'data') {
			const failed = data.nodes.find((node: { type?: string } | null) => node?.type === 'error');
			if (failed) status = failed.status ?? 500;
		} else status = -1;
	}
	if (row.kind === 'action' && row.transport === 'enhance' && status === 200) {
		const result = json();
		if (result?.type === 'redirect') [status, location] = [result.status, result.location];
		else if (result?.type === 'failure') status = result.status;
		else if (result?.type !== 'success') status = -1;
	}

	const path = row.path(ctx, p);
	// A page or a download asked for without a session is sent to sign in; the rest get 401.
	const isPageGet = row.kind === 'page' || row.kind === 'endpoint';
	const redirect = status >= 300 && status < 400 && location !== null;
	let outcome: string;
	if (status >= 200 && status < 300) outcome = 'ok';
	else if (redirect && isPageGet && location!.startsWith('/logowanie?next='))
		outcome =
			location === `/logowanie?next=${encodeURIComponent(path)}` ? 'signin' : `sign-in, next ${location}`;
	else if (redirect && row.okRedirect?.(ctx, p).test(location!)) outcome = 'ok';
	else if (redirect && row.refusedRedirect?.test(location!)) outcome = 'refused';
	else if (status === 401 && !isPageGet) outcome = 'signin';
	else if (status === 403) outcome = 'forbidden';
	else if (status === 404) outcome = 'notfound';
	else if ([400, 405, 409, 410, 413, 415, 429].includes(status)) outcome = 'refused';
	else outcome = `unexpected ${status}${location ? ` → ${location}` : ''}`;
	return { outcome, status, location, cacheControl: response.headers.get('cache-control'), body };
}

// ---------------------------------------------------------------------------------------------
// The tests

interface Case {
	title: string;
	row: Row;
	actor: Actor;
	phase: Phase;
	expected: Outcome;
}

function label(row: Row): string {
	const where = row.route ?? '(no route)';
	switch (row.kind) {
		case 'page':
			return `GET ${where}`;
		case 'data':
			return `GET ${where === '/' ? '' : where}/__data.json`;
		case 'endpoint':
			return `GET ${where}`;
		case 'action':
			return `POST ${where}${row.action === 'default' ? '' : `?/${row.action}`} (${row.transport})`;
	}
}

const cases: Case[] = table.flatMap((row) =>
	(row.phased ? [...phases] : (['open'] as Phase[])).flatMap((phase) =>
		actors.map((actor) => {
			const expected = row.expect(phase)[actor];
			const during = row.phased ? ` × ${phase}` : '';
			return {
				title: `${label(row)} [${row.name}] × ${actor}${during} → ${expected}`,
				row,
				actor,
				phase,
				expected
			};
		})
	)
);

/** One case: its outcome, no leak, state changed exactly when allowed, a disabled session dropped. */
async function check(world: World, app: BuiltApp, { row, actor, phase, expected }: Case) {
	const started = new Date();
	try {
		const secrets: Secret[] = [...world.secrets];
		const session = await signIn(world, actor);
		const ctx: Ctx = {
			world,
			actor,
			user: actor === 'anonymous' ? null : world.users[actor],
			session,
			phase,
			fx: world.perPhase[phase],
			fresh: freshFixtures(world, secrets)
		};
		const prepared = row.prepare ? await row.prepare(ctx) : {};
		const before = row.probe ? await row.probe(ctx, prepared) : undefined;

		const seen = await observe(await send(app, ctx, row, prepared), ctx, row, prepared);
		expect(seen.outcome, `status ${seen.status}, body: ${seen.body.slice(0, 300)}`).toBe(expected);

		for (const secret of secrets) {
			if (row.public || !secret.seenBy.includes(actor)) {
				expect(seen.body.includes(secret.text), `the answer shows ${secret.label}`).toBe(false);
			}
		}
		for (const text of row.mustNotContain?.(ctx, prepared) ?? []) {
			expect(seen.body.includes(text), `the answer shows ${text}`).toBe(false);
		}
		if (expected === 'ok') {
			for (const text of row.okContains?.(ctx, prepared) ?? []) expect(seen.body).toContain(text);
			// Nothing shown to a signed-in visitor may be kept by a shared cache.
			if (ctx.user && !ctx.user.disabled) expect(seen.cacheControl).toContain('no-store');
		}
		if (row.probe) {
			const after = await row.probe(ctx, prepared);
			if (expected === 'ok' && !row.readOnly)
				expect(after, 'the allowed request changed nothing').not.toEqual(before);
			else expect(after, 'the refused request changed the state').toEqual(before);
		}
		if (actor.startsWith('disabled')) {
			const kept = await collections(world.db).sessions.findOne({ _id: session!.sessionId });
			expect(kept, "the disabled account's session was kept").toBeNull();
		}
	} finally {
		// Only actions and prepared rows create records; a GET leaves just its session.
		if (row.kind === 'action' || row.prepare) await removeCreatedSince(world.db, started);
		else await collections(world.db).sessions.deleteMany({ createdAt: { $gte: started } });
	}
}

describeBuilt('access matrix over HTTP', () => {
	let world: World;
	let app: BuiltApp;

	beforeAll(async () => ({ world, app } = await startBuiltWorld()));
	afterAll(() => app?.close());

	// A loop rather than it.each, whose `$title` would be cut short.
	for (const testCase of cases) it(testCase.title, () => check(world, app, testCase));
});

describe('access matrix completeness', () => {
	/** `../../src/routes/(admin)/admin/+page.svelte` → `/admin`: the route id, its group dropped. */
	const routeIdOf = (file: string) => {
		const id = file
			.replace('../../src/routes', '')
			.replace(/\/\([a-z]+\)/, '')
			.replace(/\/\+(page\.server\.ts|server\.ts|page\.svelte)$/, '');
		return id === '' ? '/' : id;
	};

	it('everyRoute_hasRows', () => {
		const routes = Object.keys(import.meta.glob('../../src/routes/**/+{page.svelte,server.ts}')).map(
			routeIdOf
		);
		const covered = new Set(table.map((row) => row.route));
		expect(routes.filter((route) => !covered.has(route))).toEqual([]);
	});

	it('everyPage_hasItsDataJsonRow', () => {
		const pages = Object.keys(import.meta.glob('../../src/routes/**/+page.svelte')).map(routeIdOf);
		const withData = new Set(table.filter((row) => row.kind === 'data').map((row) => row.route));
		expect(pages.filter((route) => !withData.has(route))).toEqual([]);
	});

	it('everyFormAction_hasRows', async () => {
		const modules = import.meta.glob<{ actions?: Record<string, unknown> }>(
			'../../src/routes/**/+page.server.ts'
		);
		const missing: string[] = [];
		for (const [file, load] of Object.entries(modules)) {
			const route = routeIdOf(file);
			for (const name of Object.keys((await load()).actions ?? {})) {
				if (!table.some((row) => row.kind === 'action' && row.route === route && row.action === name))
					missing.push(`${route} ?/${name}`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('everyEndpointMethod_hasRows', async () => {
		const modules = import.meta.glob<Record<string, unknown>>('../../src/routes/**/+server.ts');
		const missing: string[] = [];
		for (const [file, load] of Object.entries(modules)) {
			const route = routeIdOf(file);
			for (const method of Object.keys(await load()).filter((name) => /^[A-Z]+$/.test(name))) {
				// The table only sends GET to endpoints; another method needs rows of its own.
				if (method !== 'GET' || !table.some((row) => row.kind === 'endpoint' && row.route === route))
					missing.push(`${method} ${route}`);
			}
		}
		expect(missing).toEqual([]);
	});
});
