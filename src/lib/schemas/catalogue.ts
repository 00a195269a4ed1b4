import { z } from 'zod';
import { safeUrl, slug, text } from './common';

export const placeKinds = ['city', 'powiat', 'voivodeship'] as const;

export const place = z.object({
	slug,
	name: text(120),
	kind: z.enum(placeKinds),
	/** Lower-case Polish name of the voivodeship, e.g. "pomorskie" (a voivodeship names itself). */
	voivodeship: text(60),
	lat: z.number().min(49).max(55),
	lng: z.number().min(14).max(24.2)
});
export type Place = z.infer<typeof place>;

export const organisationKinds = [
	'city-office',
	'municipal-unit',
	'social-aid',
	'university',
	'ngo',
	'regional-government',
	'state-office',
	'other'
] as const;

export const organisation = z.object({
	slug,
	name: text(200),
	shortName: text(40).optional(),
	kind: z.enum(organisationKinds),
	place: slug,
	website: safeUrl.optional()
});
export type Organisation = z.infer<typeof organisation>;

export const practiceStatuses = [
	'draft',
	'submitted',
	'withdrawn',
	'ineligible',
	'awarded',
	'mentioned',
	'catalogue'
] as const;
export type PracticeStatus = (typeof practiceStatuses)[number];
/** Statuses whose practices are visible to the public and in the open data. */
export const publicStatuses = ['awarded', 'mentioned', 'catalogue'] as const satisfies PracticeStatus[];

export const keyFigure = z.object({ label: text(200), value: text(200) });
export const link = z.object({ label: text(200), url: safeUrl });
export const yearOrMonth = z.string().regex(/^\d{4}(-\d{2})?$/, 'YYYY or YYYY-MM');

export const period = z.object({
	from: yearOrMonth.nullable(),
	to: yearOrMonth.nullable(),
	/** Free wording when the dates are vague ("od kilku lat", "od 2014 r."). */
	note: text(200).optional()
});

export const jurorQuote = z.object({ juror: slug, text: text(2000) });

/**
 * A document the catalogue was written from. `title`, `publisher` and `date` are as the document
 * gives them (null when it gives none); `description` is the catalogue's own short account of it.
 */
export const sourceDocument = z.object({
	id: slug,
	title: text(300).nullable(),
	publisher: text(300).nullable(),
	date: text(100).nullable(),
	description: text(1000)
});
export type SourceDocument = z.infer<typeof sourceDocument>;

/** An organisation a source names in connection with a practice, with what the source says it did. */
export const mentionedOrganisation = z.object({ organisation: slug, role: text(300) });

/** English for readers abroad, written from the Polish; the Polish text stays the text of record. */
const english = {
	titleEn: text(300).optional(),
	summaryEn: text(2000).optional()
};

/** The editable content of a practice, shared by the seed, forms and the data layer. */
export const practiceContent = z.object({
	slug,
	title: text(300),
	summary: text(1000),
	/** Markdown; rendered and sanitised on the server. May be empty for a practice known only by name. */
	description: z.string().max(50_000),
	place: slug,
	organisations: z.array(slug),
	partners: z.array(slug),
	categories: z.array(slug),
	themes: z.array(slug),
	targetGroups: z.array(slug),
	period,
	funding: text(500).nullable(),
	keyFigures: z.array(keyFigure),
	links: z.array(link),
	language: z.enum(['pl', 'en']),
	status: z.enum(practiceStatuses),
	edition: slug.nullable(),
	jurorQuotes: z.array(jurorQuote),
	/** Other organisations the sources name beside the practice (not its implementers or partners). */
	mentionedOrganisations: z.array(mentionedOrganisation).optional(),
	...english,
	/** The documents the entry was written from, for provenance. */
	sources: z.array(sourceDocument).optional()
});
export type PracticeContent = z.infer<typeof practiceContent>;

export const editionPhases = ['draft', 'open', 'review', 'deliberation', 'published', 'archived'] as const;
export type EditionPhase = (typeof editionPhases)[number];

export const edition = z.object({
	slug,
	name: text(200),
	year: z.number().int().min(2000).max(2100),
	description: z.string().max(20_000),
	phase: z.enum(editionPhases),
	isDemo: z.boolean().default(false),
	/** How the year is known when the documents do not state it (the catalogue's own inference). */
	yearNote: text(1000).optional()
});
export type Edition = z.infer<typeof edition>;

export const award = z.object({
	slug,
	edition: slug,
	practice: slug,
	title: text(200),
	category: slug,
	/** Markdown: the jury's justification as published. */
	justification: z.string().max(20_000),
	similarActions: z.array(slug),
	recommendations: z.array(slug),
	order: z.number().int().nonnegative(),
	/** 'mention' for a mention; absent means an award. */
	level: z.enum(['award', 'mention']).optional(),
	/** The category's name as the edition lists it (awards published from the app; seed ones use codes). */
	categoryName: text(200).optional(),
	/** English title and a summary of the justification. */
	...english,
	sources: z.array(sourceDocument).optional()
});
export type Award = z.infer<typeof award>;

export const recommendation = z.object({
	slug,
	edition: slug.nullable(),
	title: text(300),
	/** Markdown. */
	text: z.string().min(1).max(20_000),
	themes: z.array(slug),
	order: z.number().int().nonnegative(),
	...english,
	sources: z.array(sourceDocument).optional()
});
export type Recommendation = z.infer<typeof recommendation>;

/** A person with a public profile: for now the jurors named in the sources. */
export const person = z.object({
	slug,
	name: text(200),
	bio: z.string().max(5000).optional(),
	publicProfile: z.boolean(),
	/** Editions whose jury the person sat on (recorded by publication; the seed's people have none). */
	editions: z.array(slug).optional()
});
export type Person = z.infer<typeof person>;
