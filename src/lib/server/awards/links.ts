import { MongoServerError, type Db } from 'mongodb';
import { DECISION_LIMITS } from '../../awards';
import { publicStatuses } from '../../schemas';
import { recordAudit } from '../audit';
import type { SessionUser } from '../auth/session';
import type { PublicPractice } from '../catalogue/public';
import { createPracticeIndex } from '../catalogue/search';
import { collections, type PracticeDoc, type RecommendationDoc } from '../db/collections';
import { renderMarkdown } from '../markdown';
import { can, type Why } from '../policy/rules';
import { slugify } from '../submissions';

/** A practice as the decision page lists it: a similar action chosen or found. */
export interface PracticeRef {
	slug: string;
	title: string;
	place: string;
	status: PracticeDoc['status'];
}

const isDuplicateKey = (cause: unknown) => cause instanceof MongoServerError && cause.code === 11000;

/**
 * Practices that may be named as similar actions: the catalogue's (awarded, mentioned or outside
 * any competition), including those created for an edition not yet published. Entries still in a
 * competition are not: they are not public, and may never be.
 */
const SIMILAR_CANDIDATE = { status: { $in: [...publicStatuses] } } as const;

/** Practices by slug, as the page shows them, in the order asked for (unknown slugs left out). */
export async function practiceRefs(db: Db, slugs: string[]): Promise<PracticeRef[]> {
	if (slugs.length === 0) return [];
	const c = collections(db);
	const practices = await c.practices
		.find({ slug: { $in: slugs } }, { projection: { slug: 1, title: 1, place: 1, status: 1 } })
		.toArray();
	const places = await c.places.find({ slug: { $in: practices.map((p) => p.place) } }).toArray();
	const placeName = new Map(places.map((p) => [p.slug, p.name]));
	const bySlug = new Map(practices.map((p) => [p.slug, p]));
	return slugs.flatMap((slug) => {
		const p = bySlug.get(slug);
		return p ? [{ slug, title: p.title, place: placeName.get(p.place) ?? p.place, status: p.status }] : [];
	});
}

/** Whether a practice may be a similar action of `entry`: it exists, is a candidate, and is not the entry. */
export async function similarCandidate(
	db: Db,
	entry: string,
	slug: string
): Promise<'ok' | 'self' | 'unknown'> {
	if (slug === entry) return 'self';
	const found = await collections(db).practices.findOne(
		{ slug, ...SIMILAR_CANDIDATE },
		{ projection: { _id: 1 } }
	);
	return found ? 'ok' : 'unknown';
}

/**
 * Finds practices to name as similar actions of `entry`, with the catalogue's own search (folded
 * diacritics, whole words and beginnings first, typos tolerated), over the candidates. The index
 * reads only the fields filled in here.
 */
export async function searchSimilar(
	db: Db,
	entry: string,
	query: string,
	limit = 10
): Promise<PracticeRef[]> {
	if (query.trim() === '') return [];
	const c = collections(db);
	const [practices, places, organisations] = await Promise.all([
		c.practices
			.find(
				{ ...SIMILAR_CANDIDATE, slug: { $ne: entry } },
				{ projection: { slug: 1, title: 1, summary: 1, place: 1, organisations: 1, status: 1 } }
			)
			.sort({ title: 1 })
			.toArray(),
		c.places.find({}, { projection: { slug: 1, name: 1 } }).toArray(),
		c.organisations.find({}, { projection: { slug: 1, name: 1 } }).toArray()
	]);
	const placeName = new Map(places.map((p) => [p.slug, p.name]));
	const organisationName = new Map(organisations.map((o) => [o.slug, o.name]));
	const indexed = practices.map(
		(p) =>
			({
				slug: p.slug,
				title: p.title,
				summary: p.summary,
				description: '',
				keyFigures: [],
				place: { slug: p.place, name: placeName.get(p.place) ?? p.place },
				organisations: p.organisations.map((o) => ({ slug: o, name: organisationName.get(o) ?? o }))
			}) as unknown as PublicPractice
	);
	const bySlug = new Map(practices.map((p) => [p.slug, p]));
	return createPracticeIndex(indexed)
		.search(query)
		.hits.slice(0, limit)
		.map(({ item }) => ({
			slug: item.slug,
			title: item.title,
			place: item.place.name,
			status: bySlug.get(item.slug)!.status
		}));
}

export type LinkCreation =
	| { ok: true; slug: string; created: boolean }
	| { ok: false; reason: Why }
	| { ok: false; reason: 'invalid'; errors: Record<string, string> };

/** What the organiser types for a practice named only as a similar action (as the seed's are). */
export interface MentionedPracticeInput {
	title: string;
	place: string;
	organisation: string;
	summary: string;
}

/** A slug from `base` that no practice or recommendation has yet: the unique insert decides. */
async function insertWithSlug<T extends { slug: string }>(
	insert: (doc: T) => Promise<unknown>,
	base: string,
	doc: Omit<T, 'slug'>
): Promise<string> {
	for (let n = 1; n < 50; n++) {
		const slug = n === 1 ? base : `${base}-${n}`;
		try {
			await insert({ ...doc, slug } as T);
			return slug;
		} catch (cause) {
			if (!isDuplicateKey(cause)) throw cause;
		}
	}
	throw new Error(`No free slug from ${base}`);
}

/**
 * Creates a practice with status `mentioned`: a title, a place, optionally an organisation and a
 * line of description (its summary), like the seed's similar actions. It belongs to the edition, so
 * it stays out of the public catalogue until the edition is published (a practice in no edition
 * would be public at once). The same practice asked for again (a retried request) is found, not
 * created twice. Audited.
 */
export async function createMentionedPractice(
	db: Db,
	user: SessionUser,
	editionSlug: string,
	input: MentionedPracticeInput
): Promise<LinkCreation> {
	const c = collections(db);
	const edition = await c.editions.findOne({ slug: editionSlug });
	if (!edition) return { ok: false, reason: 'missing' };
	const verdict = can(user, 'award.decide', { edition });
	if (!verdict.ok) return { ok: false, reason: verdict.why };

	const title = input.title.trim();
	const summary = input.summary.trim();
	const errors: Record<string, string> = {};
	if (title.length < 3 || title.length > DECISION_LIMITS.practiceTitle) errors.practiceTitle = 'title';
	if (summary.length < 3 || summary.length > DECISION_LIMITS.practiceSummary)
		errors.practiceSummary = 'summary';
	const place = input.place ? await c.places.findOne({ slug: input.place }) : null;
	if (!place) errors.practicePlace = 'place';
	const organisation = input.organisation
		? await c.organisations.findOne({ slug: input.organisation })
		: null;
	if (input.organisation && !organisation) errors.practiceOrganisation = 'organisation';
	if (Object.keys(errors).length > 0 || !place) return { ok: false, reason: 'invalid', errors };

	const same = await c.practices.findOne({
		edition: editionSlug,
		status: 'mentioned',
		title,
		place: place.slug
	});
	if (same) return { ok: true, slug: same.slug, created: false };

	const now = new Date();
	const doc: Omit<PracticeDoc, 'slug'> = {
		title,
		summary,
		description: '',
		descriptionHtml: '',
		place: place.slug,
		organisations: organisation ? [organisation.slug] : [],
		partners: [],
		categories: [],
		themes: [],
		targetGroups: [],
		period: { from: null, to: null },
		funding: null,
		keyFigures: [],
		links: [],
		language: 'pl',
		status: 'mentioned',
		edition: editionSlug,
		jurorQuotes: [],
		createdBy: user._id,
		createdAt: now,
		updatedAt: now,
		origin: 'app',
		version: 1
	};
	const slug = await insertWithSlug<PracticeDoc>(
		(d) => c.practices.insertOne(d),
		slugify(`${place.slug} ${title}`, 'praktyka'),
		doc
	);
	await recordAudit(db, {
		actor: user._id,
		action: 'practice.mentioned',
		subject: { type: 'practice', id: slug },
		before: null,
		after: { edition: editionSlug, title, place: place.slug, organisations: doc.organisations, summary }
	});
	return { ok: true, slug, created: true };
}

export interface RecommendationInput {
	title: string;
	text: string;
	themes: string[];
}

/** Every recommendation, to pick from: this edition's first, then by title. */
export async function recommendationChoices(db: Db, editionSlug: string) {
	const all = await collections(db)
		.recommendations.find({}, { projection: { slug: 1, title: 1, edition: 1 } })
		.toArray();
	return all
		.map((r) => ({ slug: r.slug, title: r.title, edition: r.edition }))
		.sort(
			(a, b) =>
				Number(b.edition === editionSlug) - Number(a.edition === editionSlug) ||
				a.title.localeCompare(b.title, 'pl')
		);
}

/** Recommendations by slug, in the order asked for (unknown slugs left out). */
export async function recommendationRefs(db: Db, slugs: string[]) {
	if (slugs.length === 0) return [];
	const found = await collections(db)
		.recommendations.find({ slug: { $in: slugs } }, { projection: { slug: 1, title: 1, edition: 1 } })
		.toArray();
	const bySlug = new Map(found.map((r) => [r.slug, r]));
	return slugs.flatMap((slug) => {
		const r = bySlug.get(slug);
		return r ? [{ slug, title: r.title, edition: r.edition }] : [];
	});
}

/**
 * Writes an expert recommendation of the edition: a title, Markdown text (rendered and sanitised)
 * and themes from the vocabulary. It belongs to the edition, so it is public only once the edition
 * is published. The same title asked for again in the edition (a retried request) is found, not
 * created twice. Audited.
 */
export async function createRecommendation(
	db: Db,
	user: SessionUser,
	editionSlug: string,
	input: RecommendationInput
): Promise<LinkCreation> {
	const c = collections(db);
	const edition = await c.editions.findOne({ slug: editionSlug });
	if (!edition) return { ok: false, reason: 'missing' };
	const verdict = can(user, 'award.decide', { edition });
	if (!verdict.ok) return { ok: false, reason: verdict.why };

	const title = input.title.trim();
	const text = input.text.trim();
	const themes = [...new Set(input.themes)];
	const errors: Record<string, string> = {};
	if (title.length < 3 || title.length > DECISION_LIMITS.recommendationTitle)
		errors.recommendationTitle = 'title';
	if (text.length < 3 || text.length > DECISION_LIMITS.recommendationText) errors.recommendationText = 'text';
	const known = await c.vocabulary.countDocuments({ kind: 'theme', code: { $in: themes } });
	if (known !== themes.length) errors.recommendationThemes = 'themes';
	if (Object.keys(errors).length > 0) return { ok: false, reason: 'invalid', errors };

	const same = await c.recommendations.findOne({ edition: editionSlug, title });
	if (same) return { ok: true, slug: same.slug, created: false };

	const now = new Date();
	const order = await c.recommendations.countDocuments({ edition: editionSlug });
	const doc: Omit<RecommendationDoc, 'slug'> = {
		edition: editionSlug,
		title,
		text,
		textHtml: renderMarkdown(text),
		themes,
		order,
		createdAt: now,
		updatedAt: now,
		origin: 'app',
		version: 1
	};
	const slug = await insertWithSlug<RecommendationDoc>(
		(d) => c.recommendations.insertOne(d),
		slugify(title, 'rekomendacja'),
		doc
	);
	await recordAudit(db, {
		actor: user._id,
		action: 'recommendation.created',
		subject: { type: 'recommendation', id: slug },
		before: null,
		after: { edition: editionSlug, title, themes }
	});
	return { ok: true, slug, created: true };
}
