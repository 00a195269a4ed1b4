import { z } from 'zod';
import { m } from '../paraglide/messages';

/*
 * An edition's jury criteria: what is stored (`criterion`), and the row editor's form
 * (`criteriaForm`), which holds each row as typed — empty numbers as null, meanings of scores
 * outside the scale kept while the scale is being changed — so nothing typed is lost between
 * the editor's round trips. `criterionOf` turns a valid row into what is stored.
 */

import {
	criterionId,
	MAX_CRITERIA,
	SCALE_BOUNDS,
	scoresOf,
	WEIGHT_BOUNDS,
	type Criterion
} from './criterion';

export * from './criterion';

/** A whole number typed in a field; null while the field is empty. */
const wholeNumber = (min: number, max: number, message: () => string) =>
	z
		.number({ error: message })
		.int({ error: message })
		.min(min, { error: message })
		.max(max, { error: message })
		.nullable()
		.refine((value): boolean => value !== null, { error: message });

/** One row of the editor, as typed. */
export const criterionRow = z
	.object({
		id: criterionId,
		label: z
			.string()
			.trim()
			.min(1, { error: () => m.crit_label_missing() })
			.max(120, { error: () => m.crit_label_too_long({ max: 120 }) }),
		description: z
			.string()
			.trim()
			.min(1, { error: () => m.crit_description_missing() })
			.max(1000, { error: () => m.crit_description_too_long({ max: 1000 }) }),
		weight: wholeNumber(WEIGHT_BOUNDS.min, WEIGHT_BOUNDS.max, () => m.crit_weight_range(WEIGHT_BOUNDS)),
		min: wholeNumber(SCALE_BOUNDS.min, SCALE_BOUNDS.max - 1, () =>
			m.crit_min_range({ min: SCALE_BOUNDS.min, max: SCALE_BOUNDS.max - 1 })
		),
		max: wholeNumber(SCALE_BOUNDS.min + 1, SCALE_BOUNDS.max, () =>
			m.crit_max_range({ min: SCALE_BOUNDS.min + 1, max: SCALE_BOUNDS.max })
		),
		/** By score; meanings of scores outside the scale are kept while it is edited, and dropped when saved. */
		levels: z
			.array(
				z.object({
					score: z.int().min(SCALE_BOUNDS.min).max(SCALE_BOUNDS.max),
					meaning: z.string().max(300, { error: () => m.crit_meaning_too_long({ max: 300 }) })
				})
			)
			.max(SCALE_BOUNDS.max - SCALE_BOUNDS.min + 1)
	})
	.check((ctx) => {
		const row = ctx.value;
		if (row.min !== null && row.max !== null && row.max <= row.min) {
			ctx.issues.push({
				code: 'custom',
				message: m.crit_max_above_min(),
				path: ['max'],
				input: row.max
			});
		}
		for (const score of scoresOf(row.min, row.max)) {
			const at = row.levels.findIndex((l) => l.score === score);
			if (at >= 0 && row.levels[at].meaning.trim()) continue;
			ctx.issues.push({
				code: 'custom',
				message: m.crit_meaning_missing({ score }),
				// A score the page had no field for yet gets its message once the field is there (see `withLevels`).
				path: at >= 0 ? ['levels', at, 'meaning'] : ['levels'],
				input: row.levels
			});
		}
	});
export type CriterionRow = z.infer<typeof criterionRow>;

export const criteriaForm = z
	.object({
		/** The criteria's own version (the edition's `criteriaVersion`), so concurrent saves are caught. */
		version: z.int().min(1),
		criteria: z
			.array(criterionRow)
			.min(1, { error: () => m.crit_none() })
			.max(MAX_CRITERIA, { error: () => m.crit_too_many({ max: MAX_CRITERIA }) })
	})
	.check((ctx) => {
		const ids = ctx.value.criteria.map((c) => c.id);
		if (new Set(ids).size !== ids.length) {
			ctx.issues.push({
				code: 'custom',
				message: m.crit_duplicate(),
				path: ['criteria'],
				input: ids
			});
		}
	});
export type CriteriaForm = z.infer<typeof criteriaForm>;

/** The row's levels with one for every score of its scale (empty where none was typed), by score. */
export function withLevels(row: CriterionRow): CriterionRow {
	const levels = [...row.levels];
	for (const score of scoresOf(row.min, row.max)) {
		if (!levels.some((l) => l.score === score)) levels.push({ score, meaning: '' });
	}
	return { ...row, levels: levels.sort((a, b) => a.score - b.score) };
}

export function rowOf(c: Criterion): CriterionRow {
	return {
		id: c.id,
		label: c.label,
		description: c.description,
		weight: c.weight,
		min: c.scale.min,
		max: c.scale.max,
		levels: c.levels.map((l) => ({ ...l }))
	};
}

/** What a valid row stores: trimmed, and the meanings of its scale's scores only. */
export function criterionOf(row: CriterionRow): Criterion {
	const scores = scoresOf(row.min, row.max);
	return {
		id: row.id,
		label: row.label.trim(),
		description: row.description.trim(),
		weight: row.weight ?? WEIGHT_BOUNDS.min,
		scale: { min: row.min ?? SCALE_BOUNDS.min, max: row.max ?? SCALE_BOUNDS.max },
		levels: scores.map((score) => ({
			score,
			meaning: (row.levels.find((l) => l.score === score)?.meaning ?? '').trim()
		}))
	};
}

/*
 * Without JavaScript the editor posts plain fields: `row` once per criterion, in order, with its
 * id, and each field named after the criterion's id. With JavaScript, Superforms posts the same
 * rows as JSON. Both are read into one shape.
 */
export type CriterionPart = 'label' | 'description' | 'weight' | 'min' | 'max';
export const criterionField = (id: string, part: CriterionPart) => `criterion-${id}-${part}`;
export const levelField = (id: string, score: number) => `criterion-${id}-level-${score}`;

/** The rows a page without JavaScript posted, as typed; the schema then says what is wrong. */
export function criteriaFromFields(data: FormData): Record<string, unknown> {
	const text = (name: string) => {
		const value = data.get(name);
		return typeof value === 'string' ? value : '';
	};
	const number = (name: string) => {
		const value = text(name).trim().replace(',', '.');
		const parsed = value === '' ? null : Number(value);
		return parsed === null || Number.isFinite(parsed) ? parsed : null;
	};
	const ids = data
		.getAll('row')
		.filter((id): id is string => typeof id === 'string')
		.slice(0, MAX_CRITERIA + 1);
	const allScores = scoresOf(SCALE_BOUNDS.min, SCALE_BOUNDS.max);
	return {
		version: number('version'),
		criteria: ids.map((id) => ({
			id,
			label: text(criterionField(id, 'label')),
			description: text(criterionField(id, 'description')),
			weight: number(criterionField(id, 'weight')),
			min: number(criterionField(id, 'min')),
			max: number(criterionField(id, 'max')),
			levels: allScores
				.filter((score) => data.has(levelField(id, score)))
				.map((score) => ({ score, meaning: text(levelField(id, score)) }))
		}))
	};
}

/** What the editor's buttons ask for: save, or change the rows and show them again unsaved. */
export type CriteriaOp =
	{ kind: 'save' } | { kind: 'add' } | { kind: 'template' } | { kind: 'up' | 'down' | 'remove'; id: string };

/** The op a button posted (`op=up:<id>` …); pressing Enter in a field saves. Null when unknown. */
export function criteriaOpOf(value: FormDataEntryValue | null): CriteriaOp | null {
	if (value === null || value === 'save') return { kind: 'save' };
	if (value === 'add' || value === 'template') return { kind: value };
	const match = typeof value === 'string' ? /^(up|down|remove):([a-z0-9]{1,32})$/.exec(value) : null;
	return match ? { kind: match[1] as 'up' | 'down' | 'remove', id: match[2] } : null;
}
