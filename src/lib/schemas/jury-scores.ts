import { z } from 'zod';
import { m } from '../paraglide/messages';

/*
 * A juror's score of an entry as the scoring form posts it: plain fields, one score and one
 * comment per criterion named after the criterion's id, so the form works without JavaScript and
 * the same request can be sent by a script.
 */

export const SCORE_TEXT_LIMITS = {
	comment: 2000,
	privateComment: 5000,
	feedback: 5000,
	quote: 1000
} as const;

export const scoreField = (criterion: string) => `score-${criterion}`;
export const commentField = (criterion: string) => `comment-${criterion}`;

/** What the schema needs to know of a criterion. */
export type ScoredCriterion = { id: string; label: string; scale: { min: number; max: number } };

/** A score's content as stored and as compared: plain values, nothing of its bookkeeping. */
export type ScoreFields = {
	criteria: { id: string; score: number | null; comment: string }[];
	privateComment: string;
	feedback: string;
	quote: string;
	recommend: boolean;
	category: string | null;
};

/** The posted fields, as typed (strings), so a refused form shows them again. */
export type ScoreValues = Record<string, string>;

/** The posted form's text fields, as typed; which of them count is for `parseScore` to say. */
export function scoreValuesFrom(data: FormData): ScoreValues {
	const values: ScoreValues = {};
	for (const [name, value] of data) if (typeof value === 'string' && !(name in values)) values[name] = value;
	return values;
}

const limited = (max: number, message: (inputs: { max: number }) => string) =>
	z.string().max(max, { error: () => message({ max }) });

/**
 * The schema of the form for an edition's criteria. `complete` (submitting, or saving a score
 * already submitted) asks for a score on every criterion.
 */
export function scoreFormSchema(criteria: ScoredCriterion[], categories: string[], complete: boolean) {
	const shape: Record<string, z.ZodType> = {
		version: z
			.string()
			.regex(/^\d{1,9}$/, { error: () => m.score_version_missing() })
			.transform(Number),
		privateComment: limited(SCORE_TEXT_LIMITS.privateComment, m.score_private_too_long),
		feedback: limited(SCORE_TEXT_LIMITS.feedback, m.score_feedback_too_long),
		quote: limited(SCORE_TEXT_LIMITS.quote, m.score_quote_too_long),
		recommend: z.string().transform((v) => v === 'on'),
		category: z
			.string()
			.refine((v) => v === '' || categories.includes(v), { error: () => m.score_category_invalid() })
			.transform((v) => (v === '' ? null : v))
	};
	for (const c of criteria) {
		const { min, max } = c.scale;
		const inputs = { min, max, criterion: c.label };
		shape[scoreField(c.id)] = z
			.string()
			.refine((v) => (v === '' ? !complete : /^\d{1,2}$/.test(v) && +v >= min && +v <= max), {
				error: () => (complete ? m.score_required(inputs) : m.score_out_of_range(inputs))
			})
			.transform((v) => (v === '' ? null : Number(v)));
		shape[commentField(c.id)] = limited(SCORE_TEXT_LIMITS.comment, m.score_comment_too_long);
	}
	return z.object(shape);
}

export type ScoreParse =
	{ ok: true; version: number; fields: ScoreFields } | { ok: false; errors: Record<string, string> };

/** Checks the values against the edition's criteria; one message per field that is wrong. */
export function parseScore(
	values: ScoreValues,
	criteria: ScoredCriterion[],
	categories: string[],
	complete: boolean
): ScoreParse {
	const named = (name: string) => (values[name] ?? '').toString();
	const input: Record<string, string> = {
		version: named('version').trim(),
		privateComment: named('privateComment'),
		feedback: named('feedback'),
		quote: named('quote'),
		recommend: named('recommend') === 'on' ? 'on' : '',
		category: named('category')
	};
	for (const c of criteria) {
		input[scoreField(c.id)] = named(scoreField(c.id)).trim();
		input[commentField(c.id)] = named(commentField(c.id));
	}
	const parsed = scoreFormSchema(criteria, categories, complete).safeParse(input);
	if (!parsed.success) {
		const errors: Record<string, string> = {};
		for (const issue of parsed.error.issues) {
			const name = String(issue.path[0] ?? 'form');
			errors[name] ??= issue.message;
		}
		return { ok: false, errors };
	}
	const data = parsed.data as Record<string, unknown>;
	return {
		ok: true,
		version: data.version as number,
		fields: {
			criteria: criteria.map((c) => ({
				id: c.id,
				score: data[scoreField(c.id)] as number | null,
				comment: (data[commentField(c.id)] as string).trim()
			})),
			privateComment: (data.privateComment as string).trim(),
			feedback: (data.feedback as string).trim(),
			quote: (data.quote as string).trim(),
			recommend: data.recommend as boolean,
			category: data.recommend ? (data.category as string | null) : null
		}
	};
}

/** A message in an entry's jury discussion (Markdown). */
export const discussionPostForm = z.object({
	text: z
		.string()
		.trim()
		.min(1, { error: () => m.discussion_text_missing() })
		.max(5000, { error: () => m.discussion_text_too_long({ max: 5000 }) })
});

/** A juror's conflict statement from the entry page (the entry is the page's). */
export const conflictStatementForm = z.object({
	reason: z
		.string()
		.trim()
		.min(5, { error: () => m.prefs_reason_short() })
		.max(1000)
});
