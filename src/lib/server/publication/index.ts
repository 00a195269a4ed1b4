/**
 * Publication: an edition's decisions become public records in one run that can be repeated.
 *
 * FerretDB v1 has no transactions, so nothing here relies on several writes landing together:
 * every write is an upsert by a deterministic key or a guarded update from the state it expects,
 * and the records written before the last step stay private because public visibility follows
 * the edition's phase (`loadPublicCatalogue`). The phase moves to `published` last; a run that
 * dies half-way is simply run again, and a run after a finished one changes nothing.
 */
import { createHash } from 'node:crypto';
import type { Db, WithId } from 'mongodb';
import { recordAudit } from '../audit';
import { invalidateCatalogueView } from '../catalogue';
import {
	collections,
	type AwardDoc,
	type EditionDoc,
	type PersonDoc,
	type PracticeDoc,
	type UserDoc
} from '../db/collections';
import { guardedUpdate } from '../db/guarded';
import { sendMail } from '../mail';
import { renderMarkdown } from '../markdown';
import { can } from '../policy/rules';
import { slugify } from '../submissions';

export * from './feedback';

/** Test hook: with PUBLICATION_KILL_AFTER_WRITE=k the process kills itself after its k-th write (kill-and-resume test). */
const KILL_AFTER_ENV = 'PUBLICATION_KILL_AFTER_WRITE';

/** Entries a decision may be about: eligible entries, or ones an earlier, unfinished run already moved. */
const DECIDABLE_STATUSES: PracticeDoc['status'][] = ['submitted', 'awarded', 'mentioned'];

const shortHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 8);

/** A slug of at most 120 characters that still ends in a letter or digit. */
const clip = (slug: string) => slug.slice(0, 120).replace(/-+$/, '');

/** The award's slug follows from its level and entry (an entry belongs to one edition). */
export const awardSlugOf = (entry: string, level: 'award' | 'mention') =>
	clip(`${level === 'mention' ? 'wyroznienie' : 'nagroda'}-${entry}`);

/** A juror's public person: readable, and the same for the same account whenever published. */
export const personSlugOf = (user: Pick<UserDoc, '_id' | 'name'>) =>
	clip(`${slugify(user.name, 'juror').slice(0, 100)}-${shortHash(user._id).slice(0, 6)}`);

interface PlannedAward {
	doc: Omit<AwardDoc, '_id' | 'createdAt' | 'updatedAt' | 'origin' | 'version'>;
}
interface PlannedPractice {
	slug: string;
	status: 'awarded' | 'mentioned';
	jurorQuotes: { juror: string; text: string }[];
}
interface PlannedPerson {
	account: string;
	slug: string;
	name: string;
	bio: string;
}
interface Plan {
	edition: WithId<EditionDoc>;
	awards: PlannedAward[];
	practices: PlannedPractice[];
	people: PlannedPerson[];
	recipients: { user: string; email: string }[];
	skippedQuotes: number;
}

export type PublishResult =
	| { ok: true; already: boolean; awards: number; mentions: number }
	| { ok: false; reason: 'missing' | 'conflict' }
	| { ok: false; reason: 'unpublishable'; problems: string[] };

/**
 * What publication needs and refuses without. Rules (any broken one stops publication, nothing
 * written): a decision is about an eligible entry of the edition; an award names one of the
 * edition's categories and has a justification; a mention has a justification (its category is
 * optional); every similar action is a practice that exists, other than the entry itself; every
 * recommendation exists and belongs to no edition, to this one, or to a published one; a chosen
 * quote is non-empty and comes from a juror of the edition. A quote of a juror who has not agreed to
 * be quoted, or who has not agreed to a public profile (their name), is left out, not refused.
 */
async function planPublication(
	db: Db,
	edition: WithId<EditionDoc>
): Promise<{ plan: Plan; problems: string[] }> {
	const c = collections(db);
	const decisions = await c.decisions.find({ edition: edition.slug }).sort({ entry: 1 }).toArray();
	const distinguished = decisions.filter((d) => d.outcome !== 'none');
	const entries = await c.practices
		.find({ edition: edition.slug, origin: 'app' }, { projection: { slug: 1, title: 1, status: 1 } })
		.toArray();
	const entryBySlug = new Map(entries.map((e) => [e.slug, e]));
	const jurors = await c.jurors.find({ edition: edition.slug, user: { $ne: null } }).toArray();
	const jurorByUser = new Map(jurors.map((j) => [j.user!, j]));
	const jurorAccounts = await c.users.find({ _id: { $in: [...jurorByUser.keys()] } }).toArray();
	const accountById = new Map(jurorAccounts.map((u) => [u._id, u]));
	const similarSlugs = [...new Set(distinguished.flatMap((d) => d.similarActions))];
	const knownSimilar = new Set(
		(await c.practices.find({ slug: { $in: similarSlugs } }, { projection: { slug: 1 } }).toArray()).map(
			(p) => p.slug
		)
	);
	const recommendationSlugs = [...new Set(distinguished.flatMap((d) => d.recommendations))];
	const recommendations = await c.recommendations.find({ slug: { $in: recommendationSlugs } }).toArray();
	const publishedEditions = new Set(
		(
			await c.editions
				.find({ phase: { $in: ['published', 'archived'] } }, { projection: { slug: 1 } })
				.toArray()
		).map((e) => e.slug)
	);
	const recommendationBySlug = new Map(recommendations.map((r) => [r.slug, r]));
	const categories = edition.awardCategories ?? [];

	const problems: string[] = [];
	const awards: PlannedAward[] = [];
	const practices: PlannedPractice[] = [];
	const people = new Map<string, PlannedPerson>();
	let skippedQuotes = 0;

	const personOf = (juror: string) => {
		const record = jurorByUser.get(juror);
		const account = accountById.get(juror);
		if (!record || !account || !record.publicProfile) return null;
		const person = {
			account: juror,
			slug: personSlugOf(account),
			name: account.name,
			bio: record.bio.trim()
		};
		people.set(juror, person);
		return person;
	};
	// The jury as published: every juror who agreed to a public profile, quoted or not.
	for (const juror of jurors) personOf(juror.user!);

	for (const decision of distinguished) {
		const entry = entryBySlug.get(decision.entry);
		const name = entry ? `„${entry.title}”` : decision.entry;
		if (!entry || !DECIDABLE_STATUSES.includes(entry.status)) {
			problems.push(`${name}: to nie jest dopuszczone zgłoszenie tej edycji.`);
			continue;
		}
		const level = decision.outcome === 'mention' ? 'mention' : 'award';
		const category = decision.category?.trim() || null;
		if (level === 'award' && !category) problems.push(`${name}: nagroda bez kategorii.`);
		if (category && !categories.includes(category))
			problems.push(`${name}: kategorii „${category}” nie ma wśród kategorii edycji.`);
		if (!decision.justification.trim()) problems.push(`${name}: brak uzasadnienia.`);
		for (const similar of decision.similarActions) {
			if (similar === decision.entry)
				problems.push(`${name}: praktyka nie może być podobna do samej siebie.`);
			else if (!knownSimilar.has(similar)) problems.push(`${name}: nie ma praktyki podobnej „${similar}”.`);
		}
		for (const slug of decision.recommendations) {
			const recommendation = recommendationBySlug.get(slug);
			if (!recommendation) problems.push(`${name}: nie ma rekomendacji „${slug}”.`);
			else if (
				recommendation.edition !== null &&
				recommendation.edition !== edition.slug &&
				!publishedEditions.has(recommendation.edition)
			)
				problems.push(`${name}: rekomendacja „${recommendation.title}” należy do nieopublikowanej edycji.`);
		}
		const jurorQuotes: PlannedPractice['jurorQuotes'] = [];
		for (const quote of decision.quotes) {
			if (!jurorByUser.has(quote.juror)) {
				problems.push(`${name}: cytat osoby spoza jury tej edycji.`);
				continue;
			}
			if (!quote.text.trim()) {
				problems.push(`${name}: pusty cytat.`);
				continue;
			}
			const person = jurorByUser.get(quote.juror)!.quotable ? personOf(quote.juror) : null;
			if (!person) skippedQuotes++;
			else jurorQuotes.push({ juror: person.slug, text: quote.text.trim() });
		}
		awards.push({
			doc: {
				slug: awardSlugOf(decision.entry, level),
				edition: edition.slug,
				practice: decision.entry,
				title: level === 'mention' ? 'Wyróżnienie' : 'Nagroda',
				titleEn: level === 'mention' ? 'Mention' : 'Award',
				category: category ? slugify(category, 'kategoria') : level,
				...(category ? { categoryName: category } : {}),
				level,
				justification: decision.justification,
				justificationHtml: decision.justificationHtml || renderMarkdown(decision.justification),
				similarActions: decision.similarActions,
				recommendations: decision.recommendations,
				order: 0
			}
		});
		practices.push({
			slug: decision.entry,
			status: level === 'mention' ? 'mentioned' : 'awarded',
			jurorQuotes
		});
	}

	// Awards in the order of the edition's categories, mentions after them; by entry within.
	const rank = (a: PlannedAward) =>
		(a.doc.level === 'mention' ? 1000 : 0) +
		(a.doc.categoryName ? categories.indexOf(a.doc.categoryName) : categories.length);
	awards.sort((a, b) => rank(a) - rank(b) || a.doc.practice.localeCompare(b.doc.practice));
	awards.forEach((a, i) => (a.doc.order = i));

	return {
		plan: {
			edition,
			awards,
			practices,
			people: [...people.values()],
			recipients: await applicantsOf(db, edition.slug),
			skippedQuotes
		},
		problems
	};
}

/** The edition's applicants who may open one of its entries that went to the jury. */
async function applicantsOf(db: Db, edition: string) {
	const c = collections(db);
	const entries = await c.practices
		.find({ edition, origin: 'app', status: { $in: DECIDABLE_STATUSES } })
		.toArray();
	// FerretDB v1 has no $elemMatch: the role is checked here.
	const users = await c.users.find({ 'roles.edition': edition, disabled: false }).sort({ _id: 1 }).toArray();
	return users
		.filter((user) => user.roles.some((r) => r.edition === edition && r.role === 'applicant'))
		.filter((user) => entries.some((entry) => can(user, 'entry.open', { entry }).ok))
		.map((user) => ({ user: user._id, email: user.email }));
}

/** Whether the edition's decisions can be published now; the reasons when not. */
export async function publicationProblems(db: Db, editionSlug: string): Promise<string[]> {
	const edition = await collections(db).editions.findOne({ slug: editionSlug });
	if (!edition) return ['Nie ma takiej edycji.'];
	return (await planPublication(db, edition)).problems;
}

/**
 * Publishes an edition in deliberation: the people of its public jury, the awards and mentions,
 * the entries' statuses and chosen quotes, the applicants' mail, and, last, the phase. Safe to run
 * again after it died at any point, and a no-op once it has finished.
 */
export async function publishEdition(db: Db, actor: string, editionSlug: string): Promise<PublishResult> {
	const c = collections(db);
	const edition = await c.editions.findOne({ slug: editionSlug });
	if (!edition) return { ok: false, reason: 'missing' };
	const progress = await c.publications.findOne({ _id: editionSlug });
	if (edition.phase === 'published' || edition.phase === 'archived') {
		// Only the last write (the phase) is public; a run that died right after it has nothing left but the record.
		if (progress && progress.state !== 'done') await finish(db, actor, edition, null);
		return { ok: true, already: true, awards: 0, mentions: 0 };
	}
	if (edition.phase !== 'deliberation') return { ok: false, reason: 'conflict' };

	const { plan, problems } = await planPublication(db, edition);
	if (problems.length > 0) return { ok: false, reason: 'unpublishable', problems };

	const now = new Date();
	if (!progress) {
		await c.publications
			.insertOne({
				_id: editionSlug,
				state: 'running',
				steps: [],
				runs: 1,
				startedBy: actor,
				startedAt: now,
				updatedAt: now,
				finishedAt: null
			})
			.catch(() => c.publications.updateOne({ _id: editionSlug }, { $inc: { runs: 1 } }));
	} else
		await c.publications.updateOne({ _id: editionSlug }, { $inc: { runs: 1 }, $set: { updatedAt: now } });
	const done = new Set(progress?.steps ?? []);
	await recordAudit(db, {
		actor,
		action: 'edition.publication-run',
		subject: { type: 'edition', id: editionSlug },
		after: { run: (progress?.runs ?? 0) + 1, resumedAfter: progress?.steps.length ?? 0 }
	});

	const killAfter = Number(process.env[KILL_AFTER_ENV] ?? 0);
	let writes = 0;
	/** Runs one step unless a run already finished it with the same content, then records it. */
	const step = async (name: string, target: unknown, work: () => Promise<void>) => {
		const key = `${name}:${shortHash(JSON.stringify(target))}`;
		if (done.has(key)) return;
		await work();
		await c.publications.updateOne({ _id: editionSlug }, { $addToSet: { steps: key } });
		done.add(key);
		writes++;
		if (killAfter > 0 && writes === killAfter) process.kill(process.pid, 'SIGKILL');
	};

	for (const person of plan.people)
		await step(`person:${person.account}`, { ...person, editionSlug }, () =>
			upsertPerson(db, person, editionSlug)
		);
	for (const { doc } of plan.awards) await step(`award:${doc.practice}`, doc, () => upsertAward(db, doc));
	for (const practice of plan.practices)
		await step(`practice:${practice.slug}`, practice, () =>
			moveEntry(db, practice.slug, practice.status, practice.jurorQuotes)
		);
	// What an earlier run published and a decision since taken back: back to an undistinguished entry.
	const planned = new Set(plan.practices.map((p) => p.slug));
	for (const stale of await c.awards
		.find({ edition: editionSlug, practice: { $nin: [...planned] } })
		.toArray()) {
		await moveEntry(db, stale.practice, 'submitted', []);
		await c.awards.deleteOne({ _id: stale._id });
	}
	for (const recipient of plan.recipients)
		await step(`mail:${recipient.user}`, recipient.user, () => mailResults(db, edition, recipient));
	await step('phase', 'published', async () => {
		const current = await c.editions.findOne({ slug: editionSlug });
		if (!current || current.phase === 'published') return;
		const moved = await guardedUpdate(
			db,
			c.editions,
			current,
			{ $set: { phase: 'published', updatedAt: new Date() } },
			{ phase: 'deliberation' }
		);
		// A run racing this one may have moved it first; anything else is a real conflict.
		if (!moved && (await c.editions.findOne({ slug: editionSlug }))?.phase !== 'published')
			throw new Error(`The phase of ${editionSlug} changed during publication.`);
	});
	await finish(db, actor, edition, plan);
	const mentions = plan.awards.filter((a) => a.doc.level === 'mention').length;
	return { ok: true, already: false, awards: plan.awards.length - mentions, mentions };
}

async function finish(db: Db, actor: string, edition: WithId<EditionDoc>, plan: Plan | null) {
	const c = collections(db);
	const at = new Date();
	const finished = await c.publications.updateOne(
		{ _id: edition.slug, state: 'running' },
		{ $set: { state: 'done', finishedAt: at, updatedAt: at } }
	);
	// Its entries, awards and jurors: every practice of the edition is read again.
	await invalidateCatalogueView(db, { editions: [edition.slug] });
	if (finished.modifiedCount === 0) return;
	await recordAudit(db, {
		actor,
		action: 'edition.published',
		subject: { type: 'edition', id: edition.slug },
		before: { phase: 'deliberation' },
		after: plan
			? {
					phase: 'published',
					awards: plan.awards.map((a) => a.doc.slug),
					people: plan.people.map((p) => p.slug),
					mails: plan.recipients.length,
					quotesLeftOut: plan.skippedQuotes
				}
			: { phase: 'published' }
	});
}

async function upsertPerson(db: Db, person: PlannedPerson, edition: string) {
	const now = new Date();
	await retryOnDuplicate(() =>
		collections(db).people.updateOne(
			{ slug: person.slug },
			{
				$set: {
					name: person.name,
					bio: person.bio,
					publicProfile: true,
					account: person.account,
					updatedAt: now
				},
				$addToSet: { editions: edition },
				$setOnInsert: { createdAt: now, origin: 'app', version: 1 } as Partial<PersonDoc>
			},
			{ upsert: true }
		)
	);
}

async function upsertAward(db: Db, doc: PlannedAward['doc']) {
	const now = new Date();
	const awards = collections(db).awards;
	// A level changed since an earlier run changes the slug: the record stays one per entry.
	await retryOnDuplicate(() =>
		awards.updateOne(
			{ edition: doc.edition, practice: doc.practice },
			{
				$set: { ...doc, updatedAt: now },
				$setOnInsert: { createdAt: now, origin: 'app', version: 1 }
			},
			{ upsert: true }
		)
	);
	if (!doc.categoryName)
		await awards.updateOne(
			{ edition: doc.edition, practice: doc.practice, categoryName: { $exists: true } },
			{ $unset: { categoryName: '' } }
		);
}

/** Two upserts racing on FerretDB may both insert: the loser of the unique index tries again as an update. */
async function retryOnDuplicate(write: () => Promise<unknown>) {
	try {
		await write();
	} catch (cause) {
		if ((cause as { code?: number }).code !== 11000) throw cause;
		await write();
	}
}

/** Moves an entry to its published status, from whatever status it is in, guarded by that status. */
async function moveEntry(
	db: Db,
	slug: string,
	status: PracticeDoc['status'],
	jurorQuotes: PlannedPractice['jurorQuotes']
) {
	const practices = collections(db).practices;
	for (let attempt = 0; attempt < 3; attempt++) {
		const practice = await practices.findOne({ slug });
		if (!practice) return;
		if (practice.status === status && JSON.stringify(practice.jurorQuotes) === JSON.stringify(jurorQuotes))
			return;
		if (!DECIDABLE_STATUSES.includes(practice.status))
			throw new Error(`Entry ${slug} is ${practice.status}.`);
		const moved = await guardedUpdate(
			db,
			practices,
			practice,
			{ $set: { status, jurorQuotes, updatedAt: new Date() } },
			{ status: practice.status }
		);
		if (moved) return;
	}
	throw new Error(`Entry ${slug} kept changing during publication.`);
}

/**
 * Tells an applicant the results are in their workspace, once per edition: the unique record is
 * claimed first; a claim left without `sentAt` by a run that died is sent unless the outbox shows it went.
 */
async function mailResults(db: Db, edition: EditionDoc, recipient: { user: string; email: string }) {
	const c = collections(db);
	const id = `${edition.slug}:${recipient.user}`;
	const message = {
		to: recipient.email,
		subject: `${edition.name}: wyniki konkursu`,
		text: `Dzień dobry,\n\nwyniki edycji „${edition.name}” są opublikowane. Wynik Państwa zgłoszeń, średnie ocen jury według kryteriów i uwagi jurorów znajdą Państwo w panelu zgłoszeń (/zgloszenia).\n\nMiasta Otwarte`
	};
	const existing = await c.resultMails.findOne({ _id: id });
	if (existing?.sentAt) return;
	if (!existing) {
		try {
			await c.resultMails.insertOne({
				_id: id,
				edition: edition.slug,
				to: recipient.email,
				at: new Date(),
				sentAt: null
			});
		} catch (cause) {
			if ((cause as { code?: number }).code !== 11000) throw cause;
			return; // another run holds it
		}
	} else if (await c.outbox.findOne({ to: message.to, subject: message.subject })) {
		await c.resultMails.updateOne({ _id: id }, { $set: { sentAt: new Date() } });
		return;
	}
	await sendMail(db, message);
	await c.resultMails.updateOne({ _id: id }, { $set: { sentAt: new Date() } });
}
