import { z } from 'zod';
import { editionPhases, keyFigure, link, yearOrMonth } from './catalogue';
import { slug } from './common';

/** Splits a textarea into trimmed, non-empty lines: how list fields travel in forms that work without JS. */
export const lines = (value: string) =>
	value
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);

const optionalDate = z
	.string()
	.trim()
	.regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$/, 'Podaj datę i godzinę.')
	.transform((value) => value || null);

/** One jury criterion per line: "Nazwa | waga | skala", e.g. "Innowacyjność | 2 | 10". */
export const criteriaLines = z.string().transform((value, ctx) =>
	lines(value).map((line, index) => {
		const [label, weight = '1', scale = '10'] = line.split('|').map((part) => part.trim());
		const parsed = { label, weight: Number(weight), scale: Number(scale) };
		if (!label || !(parsed.weight > 0) || !Number.isInteger(parsed.scale) || parsed.scale < 2) {
			ctx.addIssue({ code: 'custom', message: `Wiersz ${index + 1}: użyj „nazwa | waga | skala”.` });
		}
		return parsed;
	})
);

export const editionForm = z.object({
	slug,
	name: z.string().trim().min(3, 'Podaj nazwę edycji.').max(200),
	year: z.coerce.number().int().min(2000).max(2100),
	description: z.string().max(20_000),
	submissionsOpen: optionalDate,
	submissionsClose: optionalDate,
	resultsDate: optionalDate,
	criteria: criteriaLines,
	awardCategories: z.string().transform(lines),
	eligibility: z.string().max(10_000),
	eligibilityChecklist: z.string().transform(lines),
	selfRegistration: z
		.string()
		.optional()
		.transform((value) => value === 'on'),
	/** Languages in which entries may be written; Polish at least. */
	languages: z
		.array(z.enum(['pl', 'en']))
		.default(['pl'])
		.transform((list): ('pl' | 'en')[] => (list.length > 0 ? list : ['pl']))
});
export type EditionForm = z.infer<typeof editionForm>;

export const phaseChange = z.object({ phase: z.enum(editionPhases) });

/** "etykieta: wartość" per line. */
const keyFigureLines = z.string().transform((value, ctx) =>
	lines(value).map((line, index) => {
		const at = line.indexOf(':');
		const figure = { label: line.slice(0, at).trim(), value: line.slice(at + 1).trim() };
		if (at < 1 || !keyFigure.safeParse(figure).success) {
			ctx.addIssue({ code: 'custom', message: `Wiersz ${index + 1}: użyj „opis: wartość”.` });
		}
		return figure;
	})
);

/** "opis | https://adres" per line. */
const linkLines = z.string().transform((value, ctx) =>
	lines(value).map((line, index) => {
		const [label, url] = line.split('|').map((part) => part.trim());
		const item = { label: label ?? '', url: url ?? '' };
		if (!link.safeParse(item).success) {
			ctx.addIssue({ code: 'custom', message: `Wiersz ${index + 1}: użyj „opis | https://adres”.` });
		}
		return item;
	})
);

const slugList = z.array(slug).max(30);

/** A practice as the applicant edits it. Only the title is needed for a draft; submission checks the rest. */
export const practiceDraftForm = z.object({
	title: z.string().trim().min(3, 'Podaj tytuł (co najmniej 3 znaki).').max(300),
	summary: z.string().trim().max(1000),
	description: z.string().max(50_000),
	place: slug,
	organisation: slug,
	categories: slugList,
	themes: slugList,
	targetGroups: slugList,
	periodFrom: z.union([yearOrMonth, z.literal('')]).transform((v) => v || null),
	periodTo: z.union([yearOrMonth, z.literal('')]).transform((v) => v || null),
	funding: z
		.string()
		.trim()
		.max(500)
		.transform((v) => v || null),
	keyFigures: keyFigureLines,
	links: linkLines,
	version: z.coerce.number().int().min(1)
});
export type PracticeDraftForm = z.infer<typeof practiceDraftForm>;
