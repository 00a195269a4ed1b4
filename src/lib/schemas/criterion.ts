import { z } from 'zod';

/* An edition's jury criterion as it is stored; the editor's form is in `criteria.ts`. */

/** Stays with its criterion through renames and reorders, so scores can refer to it. */
export const criterionId = z.string().regex(/^[a-z0-9]{1,32}$/);

/** Scores are whole numbers; a scale runs from `min` to `max` within these bounds. */
export const SCALE_BOUNDS = { min: 0, max: 10 } as const;
/** Weights are relative whole numbers: a criterion's share is its weight over the sum of all. */
export const WEIGHT_BOUNDS = { min: 1, max: 100 } as const;
export const MAX_CRITERIA = 20;

const isScore = (value: unknown): value is number =>
	Number.isInteger(value) && (value as number) >= SCALE_BOUNDS.min && (value as number) <= SCALE_BOUNDS.max;

/** Every score of a scale, lowest first; none when the bounds are not a valid scale. */
export function scoresOf(min: number | null, max: number | null): number[] {
	if (!isScore(min) || !isScore(max) || max <= min) return [];
	return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

const level = z.object({ score: z.int(), meaning: z.string().trim().min(1).max(300) });

/** A criterion as an edition stores it: every score of its scale has a meaning, lowest first. */
export const criterion = z
	.object({
		id: criterionId,
		label: z.string().trim().min(1).max(120),
		description: z.string().trim().min(1).max(1000),
		weight: z.int().min(WEIGHT_BOUNDS.min).max(WEIGHT_BOUNDS.max),
		scale: z.object({
			min: z.int().min(SCALE_BOUNDS.min).max(SCALE_BOUNDS.max),
			max: z.int().min(SCALE_BOUNDS.min).max(SCALE_BOUNDS.max)
		}),
		levels: z.array(level)
	})
	.refine(
		(c) =>
			JSON.stringify(c.levels.map((l) => l.score)) === JSON.stringify(scoresOf(c.scale.min, c.scale.max)),
		'Each score of the scale needs one meaning, lowest first.'
	);
export type Criterion = z.infer<typeof criterion>;
