import { isDeepStrictEqual } from 'node:util';
import type { Db } from 'mongodb';
import type { PracticeCardData } from '../../catalogue';
import { publicStatuses, type EditionPhase, type SourceDocument } from '../../schemas';
import {
	collections,
	type AwardDoc,
	type EditionDoc,
	type OrganisationDoc,
	type PersonDoc,
	type PlaceDoc,
	type PracticeDoc,
	type RecommendationDoc
} from '../db/collections';
import type { CatalogueChanges } from './version';

/** Editions whose results may be shown; awards of any other edition are still private. */
export const publishedPhases: EditionPhase[] = ['published', 'archived'];

export interface PublicPlace {
	slug: string;
	name: string;
	kind: PlaceDoc['kind'];
	voivodeship: string;
	lat: number;
	lng: number;
}
export interface PublicOrganisation {
	slug: string;
	name: string;
	shortName: string | null;
	kind: OrganisationDoc['kind'];
	place: string;
	website: string | null;
}
/** A document a record was written from: title, publisher and date as it gives them (or null). */
export type PublicSource = SourceDocument;

export interface PublicAward {
	slug: string;
	edition: string;
	practice: string;
	title: string;
	category: string;
	/** The category's name as the edition lists it; null where `category` is a vocabulary code. */
	categoryName: string | null;
	/** An award, or a mention (a lesser distinction). */
	level: 'award' | 'mention';
	justification: string;
	justificationHtml: string;
	similarActions: string[];
	recommendations: string[];
	/** English title and a summary of the justification; the Polish text is the text of record. */
	titleEn: string | null;
	summaryEn: string | null;
	sources: PublicSource[];
}
export interface PublicRecommendation {
	id: string;
	slug: string;
	edition: string | null;
	title: string;
	text: string;
	textHtml: string;
	themes: string[];
	awards: string[];
	titleEn: string | null;
	summaryEn: string | null;
	sources: PublicSource[];
}
export interface PublicEdition {
	slug: string;
	name: string;
	year: number;
	phase: EditionPhase;
	description: string;
	descriptionHtml: string;
	/** How the year is known when the documents do not state it; null when they do. */
	yearNote: string | null;
}
export interface PublicJuror {
	slug: string;
	name: string;
	bio: string | null;
	/** Editions whose jury they sat on, where known. */
	editions: string[];
}

/** One practice as researchers receive it: the open-data contract of design.md. */
export interface PublicPractice {
	id: string;
	slug: string;
	title: string;
	summary: string;
	description: string;
	descriptionHtml: string;
	place: Pick<PublicPlace, 'slug' | 'name' | 'kind' | 'voivodeship'>;
	organisations: Pick<PublicOrganisation, 'slug' | 'name'>[];
	partners: Pick<PublicOrganisation, 'slug' | 'name'>[];
	/** Other organisations the sources name beside the practice, with what they say each did. */
	mentionedOrganisations: (Pick<PublicOrganisation, 'slug' | 'name'> & { role: string })[];
	categories: string[];
	themes: string[];
	targetGroups: string[];
	period: PracticeDoc['period'];
	funding: string | null;
	keyFigures: { label: string; value: string }[];
	links: { label: string; url: string }[];
	language: string;
	status: PracticeDoc['status'];
	edition: string | null;
	award: {
		slug: string;
		title: string;
		category: string;
		categoryName: string | null;
		level: 'award' | 'mention';
		justification: string;
		justificationHtml: string;
		titleEn: string | null;
		summaryEn: string | null;
	} | null;
	similarActions: string[];
	recommendations: string[];
	jurorQuotes: { juror: string; jurorSlug: string; text: string }[];
	updatedAt: string;
	/** English title and summary for readers abroad; the Polish text is the text of record. */
	titleEn: string | null;
	summaryEn: string | null;
	/** The documents the entry was written from (empty for an entry written in the app). */
	sources: PublicSource[];
}

export interface PublicCatalogue {
	editions: PublicEdition[];
	places: PublicPlace[];
	organisations: PublicOrganisation[];
	practices: PublicPractice[];
	awards: PublicAward[];
	recommendations: PublicRecommendation[];
	jurors: PublicJuror[];
	vocabulary: { kind: string; code: string; pl: string; en: string }[];
}

const statusIsPublic = new Set<string>(publicStatuses);

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

/** The catalogue a rebuild replaces: what it may keep of it. */
export type PreviousCatalogue = Pick<
	PublicCatalogue,
	'editions' | 'places' | 'organisations' | 'practices' | 'jurors'
> & { practiceBySlug: ReadonlyMap<string, PublicPractice> };

/**
 * Reads everything public and joins it in code (no $lookup). Only practices with a public status,
 * in no edition or in a published one, are included; awards only from published editions. Demo
 * editions count as unpublished.
 *
 * Given the catalogue it replaces and what changed since (see `version.ts`), it reads again only
 * the changed practices; the others are taken from `previous` (practices are most of the reading:
 * on FerretDB about 0.3 ms each). Everything else is small and always read.
 */
export async function loadPublicCatalogue(
	db: Db,
	previous?: PreviousCatalogue | null,
	changes?: CatalogueChanges | null
): Promise<PublicCatalogue> {
	const c = collections(db);
	const [
		editionDocs,
		placeDocs,
		organisationDocs,
		awardDocs,
		recommendationDocs,
		peopleDocs,
		vocabularyDocs
	] = await Promise.all([
		// A demo edition is never public, whatever its phase: its entries and awards stay out with it.
		c.editions
			.find({ phase: { $in: publishedPhases }, isDemo: { $ne: true } })
			.sort({ year: -1 })
			.toArray(),
		c.places.find().sort({ name: 1 }).toArray(),
		c.organisations.find().sort({ name: 1 }).toArray(),
		c.awards.find().toArray(),
		c.recommendations.find().toArray(),
		c.people.find({ publicProfile: true }).sort({ name: 1 }).toArray(),
		c.vocabulary.find().toArray()
	]);

	const editionSlugs = new Set(editionDocs.map((e) => e.slug));
	// A juror written by publication is public once one of their editions is (the seed's people have none).
	const people = peopleDocs
		.filter((p) => !p.editions?.length || p.editions.some((e) => editionSlugs.has(e)))
		.map((p) => ({ ...p, editions: p.editions?.filter((e) => editionSlugs.has(e)) }));
	const placeBySlug = new Map(placeDocs.map((p) => [p.slug, p]));
	const organisationBySlug = new Map(organisationDocs.map((o) => [o.slug, o]));
	const personBySlug = new Map(people.map((p) => [p.slug, p]));

	// Practices are the bulk: each stored document is turned into its public form as it arrives
	// and then dropped, rather than all of them held at once. Sorted here rather than by the
	// database (FerretDB sorts a large result in memory before sending the first document): by
	// title, then slug, so that equal titles keep one order.
	const ctx = { placeBySlug, organisationBySlug, personBySlug };
	const shared = new SharedValues(previous?.practiceBySlug);
	const practices: PublicPractice[] = [];
	const isPublic = (p: PracticeDoc) =>
		statusIsPublic.has(p.status) && (p.edition === null || editionSlugs.has(p.edition));
	const add = (p: PracticeDoc) => {
		if (!isPublic(p)) return;
		const read = shared.practice(toPublicPractice(p, ctx));
		// Read again unchanged (a rebuild reading everything): the object of the view it replaces,
		// so that the two views hold one, and the one read is dropped at once.
		const before = previous?.practiceBySlug.get(read.slug);
		practices.push(before && sameContent(before, read) ? before : read);
	};
	const reread =
		previous && changes ? practicesToReadAgain(previous, changes, { editionSlugs, ctx, people }) : null;
	if (previous && reread) {
		for (const p of previous.practices)
			if (
				!reread.practices.has(p.id) &&
				(p.edition === null || (editionSlugs.has(p.edition) && !reread.editions.has(p.edition)))
			)
				practices.push(p);
		// One query each: FerretDB finds a document by `_id` alone without reading them all.
		for (const _id of reread.practices.values()) {
			const p = await c.practices.findOne({ _id });
			if (p && !(p.edition !== null && reread.editions.has(p.edition))) add(p);
		}
		if (reread.editions.size)
			for await (const p of c.practices.find({ edition: { $in: [...reread.editions] } })) add(p);
	} else {
		for await (const p of c.practices.find({ status: { $in: [...publicStatuses] } })) add(p);
	}
	practices.sort((a, b) =>
		a.title < b.title ? -1 : a.title > b.title ? 1 : a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0
	);

	const visibleSlugs = new Set(practices.map((p) => p.slug));
	const awards = awardDocs
		.filter((a) => editionSlugs.has(a.edition) && visibleSlugs.has(a.practice))
		.sort(byOrder)
		.map((a) => toPublicAward(a, visibleSlugs));
	const recommendations = recommendationDocs
		.filter((r) => r.edition === null || editionSlugs.has(r.edition))
		.sort(byOrder)
		.map((r) => toPublicRecommendation(r, awards));

	// Each practice's award (the first listed) and the awarded practices linking to it, looked up
	// once rather than by scanning every award for every practice.
	const awardOf = new Map<string, PublicAward>();
	const linkedFrom = new Map<string, string[]>();
	for (const award of awards) {
		if (!awardOf.has(award.practice)) awardOf.set(award.practice, award);
		for (const slug of award.similarActions) {
			const list = linkedFrom.get(slug);
			if (list) list.push(award.practice);
			else linkedFrom.set(slug, [award.practice]);
		}
	}
	for (let i = 0; i < practices.length; i++)
		practices[i] = withAward(practices[i], awardOf.get(practices[i].slug) ?? null, linkedFrom);

	const usedPlaces = new Set(practices.map((p) => p.place.slug));
	const usedOrganisations = new Set(
		practices.flatMap((p) =>
			[...p.organisations, ...p.partners, ...p.mentionedOrganisations].map((o) => o.slug)
		)
	);
	return {
		editions: editionDocs.map(toPublicEdition),
		places: placeDocs.filter((p) => usedPlaces.has(p.slug) || p.kind === 'voivodeship').map(toPublicPlace),
		organisations: organisationDocs.filter((o) => usedOrganisations.has(o.slug)).map(toPublicOrganisation),
		practices,
		awards,
		recommendations,
		jurors: people.map(toPublicJuror),
		vocabulary: vocabularyDocs
			.sort((a, b) => a.kind.localeCompare(b.kind) || a.order - b.order)
			.map(({ kind, code, pl, en }) => ({ kind, code, pl, en }))
	};
}

/**
 * What a rebuild from `previous` must read again, or null when it must read every practice. A kept
 * practice carries the names of its place, organisations and quoted jurors: it can be kept only
 * while those are as they were. Practices of an edition published since are read, and those of
 * the editions of a juror who appeared, went or was renamed (a juror of no edition is public
 * whatever is published, so one of them changing means reading everything).
 */
function practicesToReadAgain(
	previous: PreviousCatalogue,
	changes: CatalogueChanges,
	now: { editionSlugs: Set<string>; ctx: JoinContext; people: PersonDoc[] }
): CatalogueChanges | null {
	for (const place of previous.places) {
		const found = now.ctx.placeBySlug.get(place.slug);
		if (found?.name !== place.name || found.kind !== place.kind || found.voivodeship !== place.voivodeship)
			return null;
	}
	for (const organisation of previous.organisations)
		if (now.ctx.organisationBySlug.get(organisation.slug)?.name !== organisation.name) return null;

	const editions = new Set(changes.editions);
	const editionsBefore = new Set(previous.editions.map((e) => e.slug));
	for (const slug of now.editionSlugs) if (!editionsBefore.has(slug)) editions.add(slug);
	const jurorsBefore = new Map(previous.jurors.map((j) => [j.slug, j]));
	for (const person of now.people) {
		if (jurorsBefore.get(person.slug)?.name === person.name) continue;
		if (!person.editions?.length) return null;
		for (const slug of person.editions) editions.add(slug);
	}
	for (const juror of previous.jurors) {
		if (now.ctx.personBySlug.has(juror.slug)) continue;
		if (!juror.editions.length) return null;
		for (const slug of juror.editions) editions.add(slug);
	}
	return { practices: changes.practices, editions };
}

function toPublicEdition(e: EditionDoc): PublicEdition {
	return {
		slug: e.slug,
		name: e.name,
		year: e.year,
		phase: e.phase,
		description: e.description,
		descriptionHtml: e.descriptionHtml,
		yearNote: e.yearNote ?? null
	};
}

function toPublicPlace(p: PlaceDoc): PublicPlace {
	return { slug: p.slug, name: p.name, kind: p.kind, voivodeship: p.voivodeship, lat: p.lat, lng: p.lng };
}

function toPublicOrganisation(o: OrganisationDoc): PublicOrganisation {
	return {
		slug: o.slug,
		name: o.name,
		shortName: o.shortName ?? null,
		kind: o.kind,
		place: o.place,
		website: o.website ?? null
	};
}

function toPublicJuror(p: PersonDoc): PublicJuror {
	return { slug: p.slug, name: p.name, bio: p.bio || null, editions: p.editions ?? [] };
}

function toPublicAward(a: AwardDoc, visibleSlugs: Set<string>): PublicAward {
	return {
		slug: a.slug,
		edition: a.edition,
		practice: a.practice,
		title: a.title,
		category: a.category,
		categoryName: a.categoryName ?? null,
		level: a.level ?? 'award',
		justification: a.justification,
		justificationHtml: a.justificationHtml,
		similarActions: a.similarActions.filter((s) => visibleSlugs.has(s)),
		recommendations: a.recommendations,
		titleEn: a.titleEn ?? null,
		summaryEn: a.summaryEn ?? null,
		sources: publicSources(a.sources)
	};
}

function toPublicRecommendation(r: RecommendationDoc, awards: PublicAward[]): PublicRecommendation {
	return {
		id: r.slug,
		slug: r.slug,
		edition: r.edition,
		title: r.title,
		text: r.text,
		textHtml: r.textHtml,
		themes: r.themes,
		awards: awards.filter((a) => a.recommendations.includes(r.slug)).map((a) => a.slug),
		titleEn: r.titleEn ?? null,
		summaryEn: r.summaryEn ?? null,
		sources: publicSources(r.sources)
	};
}

function publicSources(sources: SourceDocument[] | undefined): PublicSource[] {
	return (sources ?? []).map(({ id, title, publisher, date, description }) => ({
		id,
		title,
		publisher,
		date,
		description
	}));
}

/** An empty list shared by every practice that has nothing in it (never changed: frozen). */
const NONE = Object.freeze([]) as never[];
const orNone = <T>(items: T[]): T[] => (items.length ? items : NONE);

/** The long texts of a practice: most of a catalogue's memory. */
const LONG_TEXTS = [
	'title',
	'summary',
	'description',
	'descriptionHtml',
	'funding',
	'titleEn',
	'summaryEn'
] as const;

/**
 * Equal values of different practices as one: short strings (codes, statuses, years, dates), lists
 * of codes, places, organisations, periods and empty lists. Each practice read from the database
 * (or a snapshot) brings its own copy of each; at 100 000 practices the copies cost tens of
 * megabytes. What is shared is frozen, as a change to it would change every practice holding it.
 *
 * Given the practices of the view being replaced, a practice's long texts that did not change
 * are that view's strings: while both views are alive (during a rebuild) the texts are held once.
 */
export class SharedValues {
	readonly #strings = new Map<string, string>();
	readonly #objects = new Map<string, object>();
	readonly #previous: ReadonlyMap<string, PublicPractice> | undefined;

	constructor(previous?: ReadonlyMap<string, PublicPractice>) {
		this.#previous = previous;
	}

	text<T extends string | null>(value: T): T {
		if (value === null) return value;
		const found = this.#strings.get(value);
		if (found !== undefined) return found as T;
		this.#strings.set(value, value);
		return value;
	}

	/** One frozen object per key: the first given. */
	#object<T extends object>(key: string, value: T): T {
		const found = this.#objects.get(key) as T | undefined;
		if (found) return found;
		this.#objects.set(key, Object.freeze(value));
		return value;
	}

	#codes(values: string[]): string[] {
		if (values.length === 0) return NONE;
		return this.#object(
			`codes:${values.join('\u0000')}`,
			values.map((v) => this.text(v))
		);
	}

	#organisation<T extends { slug: string; name: string }>(ref: T): T {
		return Object.keys(ref).length === 2
			? this.#object(`organisation:${ref.slug}\u0000${ref.name}`, ref)
			: ref;
	}

	/** The practice with its equal values shared (changed in place; its keys keep their order). */
	practice(p: PublicPractice): PublicPractice {
		const { place, period } = p;
		p.place = this.#object(
			`place:${place.slug}\u0000${place.name}\u0000${place.kind}\u0000${place.voivodeship}`,
			place
		);
		p.organisations = orNone(p.organisations.map((o) => this.#organisation(o)));
		p.partners = orNone(p.partners.map((o) => this.#organisation(o)));
		p.mentionedOrganisations = orNone(p.mentionedOrganisations);
		p.categories = this.#codes(p.categories);
		p.themes = this.#codes(p.themes);
		p.targetGroups = this.#codes(p.targetGroups);
		if (Object.keys(period).length === 2)
			p.period = this.#object(`period:${JSON.stringify([period.from, period.to])}`, {
				from: this.text(period.from),
				to: this.text(period.to)
			});
		p.keyFigures = orNone(p.keyFigures);
		for (const figure of p.keyFigures) figure.label = this.text(figure.label);
		p.links = orNone(p.links);
		p.language = this.text(p.language);
		p.status = this.text(p.status);
		p.edition = this.text(p.edition);
		p.similarActions = orNone(p.similarActions);
		p.recommendations = orNone(p.recommendations);
		p.jurorQuotes = orNone(p.jurorQuotes);
		p.updatedAt = this.text(p.updatedAt);
		p.sources = orNone(p.sources);
		const before = this.#previous?.get(p.slug);
		if (before) {
			const texts = p as Record<(typeof LONG_TEXTS)[number], string | null>;
			for (const key of LONG_TEXTS) if (texts[key] === before[key]) texts[key] = before[key];
		}
		return p;
	}
}

interface JoinContext {
	placeBySlug: Map<string, PlaceDoc>;
	organisationBySlug: Map<string, OrganisationDoc>;
	personBySlug: Map<string, PersonDoc>;
}

function toPublicPractice(p: PracticeDoc, ctx: JoinContext): PublicPractice {
	const place = ctx.placeBySlug.get(p.place);
	const organisationRef = (slug: string) => ({ slug, name: ctx.organisationBySlug.get(slug)?.name ?? slug });
	return {
		id: String(p._id),
		slug: p.slug,
		title: p.title,
		summary: p.summary,
		description: p.description,
		descriptionHtml: p.descriptionHtml,
		place: {
			slug: p.place,
			name: place?.name ?? p.place,
			kind: place?.kind ?? 'city',
			voivodeship: place?.voivodeship ?? ''
		},
		organisations: p.organisations.map(organisationRef),
		partners: p.partners.map(organisationRef),
		mentionedOrganisations: (p.mentionedOrganisations ?? []).map(({ organisation, role }) => ({
			...organisationRef(organisation),
			role
		})),
		categories: p.categories,
		themes: p.themes,
		targetGroups: p.targetGroups,
		period: { from: p.period.from, to: p.period.to, ...(p.period.note ? { note: p.period.note } : {}) },
		funding: p.funding,
		keyFigures: p.keyFigures.map(({ label, value }) => ({ label, value })),
		links: p.links.map(({ label, url }) => ({ label, url })),
		language: p.language,
		status: p.status,
		edition: p.edition,
		// Set by joinAward once the awards are known, in these places so the key order stays.
		award: null,
		similarActions: [],
		recommendations: [],
		jurorQuotes: p.jurorQuotes
			.filter((q) => ctx.personBySlug.has(q.juror))
			.map((q) => ({ juror: ctx.personBySlug.get(q.juror)!.name, jurorSlug: q.juror, text: q.text })),
		updatedAt: p.updatedAt.toISOString(),
		titleEn: p.titleEn ?? null,
		summaryEn: p.summaryEn ?? null,
		sources: publicSources(p.sources)
	};
}

/**
 * The practice with its award and its similar actions (curated links read both ways). A copy when
 * they change, as the practice may belong to the view still serving; else the practice itself.
 */
function withAward(
	practice: PublicPractice,
	award: PublicAward | null,
	linkedFrom: Map<string, string[]>
): PublicPractice {
	// The awarded practice lists its similar actions, each of them lists it back.
	const linked = linkedFrom.get(practice.slug) ?? [];
	const similarActions = orNone(
		[...new Set([...(award?.similarActions ?? []), ...linked])].filter((s) => s !== practice.slug)
	);
	const recommendations = award?.recommendations ?? NONE;
	const joined: PublicPractice['award'] = award
		? {
				slug: award.slug,
				title: award.title,
				category: award.category,
				categoryName: award.categoryName,
				level: award.level,
				justification: award.justification,
				justificationHtml: award.justificationHtml,
				titleEn: award.titleEn,
				summaryEn: award.summaryEn
			}
		: null;
	const unchanged =
		isDeepStrictEqual(similarActions, practice.similarActions) &&
		isDeepStrictEqual(recommendations, practice.recommendations) &&
		isDeepStrictEqual(joined, practice.award);
	return unchanged ? practice : { ...practice, award: joined, similarActions, recommendations };
}

/** What `withAward` sets: not part of what is read. */
const JOINED = new Set<keyof PublicPractice>(['award', 'similarActions', 'recommendations']);

/** Equal but for the award and the similar actions, which `withAward` sets. */
function sameContent(before: PublicPractice, read: PublicPractice): boolean {
	for (const key of Object.keys(read) as (keyof PublicPractice)[])
		if (!JOINED.has(key) && !isDeepStrictEqual(before[key], read[key])) return false;
	return true;
}

export type { PracticeCardData };

export function toCard(p: PublicPractice): PracticeCardData {
	return {
		slug: p.slug,
		title: p.title,
		summary: p.summary,
		titleEn: p.titleEn,
		summaryEn: p.summaryEn,
		status: p.status,
		place: { name: p.place.name },
		award: p.award ? { title: p.award.title, titleEn: p.award.titleEn } : null,
		stub: p.description.trim() === ''
	};
}
