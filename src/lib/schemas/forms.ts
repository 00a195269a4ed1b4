import { z } from 'zod';
import { m } from '../paraglide/messages';
import { editionPhases, keyFigure, link, yearOrMonth } from './catalogue';
import { slug } from './common';

/*
 * Form schemas describe what a form holds (strings, lists of codes, booleans), so the same values
 * go to the page and come back unchanged; list fields typed one item per line are checked here
 * and turned into structured values by the parse functions below when they are stored.
 */

/** Splits a textarea into trimmed, non-empty lines: how list fields travel in forms that work without JS. */
export const lines = (value: string) =>
	value
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);

type LineParse<T> = { items: T[]; errors: string[] };

/** Parses a textarea one item per line; a line that does not fit is reported by its number. */
function parseLines<T>(value: string, parse: (line: string) => T | null, format: () => string): LineParse<T> {
	const result: LineParse<T> = { items: [], errors: [] };
	lines(value).forEach((line, index) => {
		const item = parse(line);
		if (item) result.items.push(item);
		else result.errors.push(m.form_line_format({ line: index + 1, format: format() }));
	});
	return result;
}

/** "etykieta: wartość" per line. */
export const parseKeyFigures = (value: string) =>
	parseLines(
		value,
		(line) => {
			const at = line.indexOf(':');
			const figure = { label: line.slice(0, at).trim(), value: line.slice(at + 1).trim() };
			return at > 0 && keyFigure.safeParse(figure).success ? figure : null;
		},
		m.form_format_key_figure
	);

/** "opis | https://adres" per line. */
export const parseLinks = (value: string) =>
	parseLines(
		value,
		(line) => {
			const [label = '', url = ''] = line.split('|').map((part) => part.trim());
			return link.safeParse({ label, url }).success ? { label, url } : null;
		},
		m.form_format_link
	);

/** A textarea of lines that must each parse; the first bad line is the field's message. */
const linesOf = (parse: (value: string) => LineParse<unknown>, max = 20_000) =>
	z
		.string()
		.max(max)
		.check((ctx) => {
			const [first] = parse(ctx.value).errors;
			if (first) ctx.issues.push({ code: 'custom', message: first, input: ctx.value });
		});

const localDateTime = z
	.string()
	.trim()
	.regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$/, { error: () => m.form_date_time() });

export const editionForm = z.object({
	slug,
	name: z
		.string()
		.trim()
		.min(3, { error: () => m.form_edition_name_missing() })
		.max(200),
	year: z
		.number()
		.int()
		.min(2000, { error: () => m.form_year_range() })
		.max(2100, { error: () => m.form_year_range() }),
	description: z.string().max(20_000),
	submissionsOpen: localDateTime,
	submissionsClose: localDateTime,
	resultsDate: localDateTime,
	awardCategories: z.string().max(5_000),
	eligibility: z.string().max(10_000),
	eligibilityChecklist: z.string().max(10_000),
	selfRegistration: z.boolean(),
	/** Languages in which entries may be written; Polish when none is ticked. */
	languages: z.array(z.enum(['pl', 'en'])).max(2),
	/** The version the settings were read at (0 for a new edition), so concurrent saves are caught. */
	version: z.number().int().min(0)
});
export type EditionForm = z.infer<typeof editionForm>;

export const phaseChange = z.object({ phase: z.enum(editionPhases) });

/** The organiser completing a practice that came from outside a competition. */
export const curationForm = z.object({
	title: z
		.string()
		.trim()
		.min(3, { error: () => m.form_title_missing() })
		.max(300),
	summary: z
		.string()
		.trim()
		.min(1, { error: () => m.form_summary_missing() })
		.max(1000),
	description: z.string().max(50_000),
	status: z.enum(['mentioned', 'catalogue']),
	version: z.number().int().min(1)
});
export type CurationForm = z.infer<typeof curationForm>;

const optionalSlug = z.union([slug, z.literal('')]);

/** The organiser inviting someone: admins need no edition, applicants also an organisation. */
export const invitationForm = z
	.object({
		email: z
			.string()
			.trim()
			.toLowerCase()
			.email({ error: () => m.email_invalid() })
			.max(320),
		role: z.enum(['applicant', 'juror', 'admin']),
		edition: optionalSlug,
		organisation: optionalSlug
	})
	.refine((f) => f.role === 'admin' || f.edition, { error: () => m.form_choose_edition(), path: ['edition'] })
	.refine((f) => f.role !== 'applicant' || f.organisation, {
		error: () => m.form_choose_applicant_organisation(),
		path: ['organisation']
	});

const slugList = z.array(slug).max(30);

/** A practice as the applicant edits it. Only the title is needed for a draft; submission checks the rest. */
export const practiceDraftForm = z.object({
	title: z
		.string()
		.trim()
		.min(3, { error: () => m.form_title_short() })
		.max(300),
	summary: z.string().trim().max(1000),
	description: z.string().max(50_000),
	place: slug,
	/** Empty while the applicant's account waits for approval (the draft has no organisation yet). */
	organisation: z.union([slug, z.literal('')]),
	categories: slugList,
	themes: slugList,
	targetGroups: slugList,
	periodFrom: z.union([yearOrMonth, z.literal('')], { error: () => m.form_year_or_month() }),
	periodTo: z.union([yearOrMonth, z.literal('')], { error: () => m.form_year_or_month() }),
	funding: z.string().trim().max(500),
	keyFigures: linesOf(parseKeyFigures),
	links: linesOf(parseLinks),
	version: z.number().int().min(1)
});
export type PracticeDraftForm = z.infer<typeof practiceDraftForm>;
