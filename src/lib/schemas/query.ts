import { z } from 'zod';
import { slug } from './common';
import { publicStatuses } from './catalogue';

export const practiceSorts = ['relevance', 'title', 'place', 'year'] as const;

/** Filters of the public catalogue, shared by the catalogue page and `GET /api/v1/practices`. */
export const practiceQuery = z.object({
	q: z.string().trim().max(200).optional(),
	edition: slug.optional(),
	place: slug.optional(),
	category: slug.optional(),
	theme: slug.optional(),
	targetGroup: slug.optional(),
	status: z.enum(publicStatuses).optional(),
	sort: z.enum(practiceSorts).default('relevance'),
	page: z.coerce.number().int().min(1).max(100_000).default(1),
	pageSize: z.coerce.number().int().min(1).max(100).default(24)
});
export type PracticeQuery = z.infer<typeof practiceQuery>;
export type PracticeFilter = 'edition' | 'place' | 'category' | 'theme' | 'targetGroup' | 'status';

export type QueryResult<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * Reads URL search params through a schema; empty values count as absent. `strict` (the API) refuses
 * unknown names; pages ignore them, since links from elsewhere add their own (utm_…).
 */
export function parseSearchParams<S extends z.ZodObject>(
	schema: S,
	params: URLSearchParams,
	{ strict = false } = {}
): QueryResult<z.infer<S>> {
	const raw: Record<string, string> = {};
	for (const [key, value] of params) {
		if (!(key in schema.shape)) {
			if (strict) return { ok: false, message: `Unknown parameter "${key}"` };
			continue;
		}
		if (key in raw) return { ok: false, message: `Parameter "${key}" is given more than once` };
		if (value !== '') raw[key] = value;
	}
	const result = schema.safeParse(raw);
	if (result.success) return { ok: true, value: result.data };
	const issue = result.error.issues[0];
	return { ok: false, message: `Invalid parameter "${issue.path.join('.')}": ${issue.message}` };
}
