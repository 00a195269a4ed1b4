import { z } from 'zod';
import { slug } from './common';
import { publicStatuses } from './catalogue';

/** Filters of the public catalogue, shared by the catalogue page and `GET /api/v1/practices`. */
export const practiceQuery = z.object({
	q: z.string().trim().max(200).optional(),
	edition: slug.optional(),
	place: slug.optional(),
	category: slug.optional(),
	theme: slug.optional(),
	targetGroup: slug.optional(),
	status: z.enum(publicStatuses).optional(),
	page: z.coerce.number().int().min(1).max(100_000).default(1),
	pageSize: z.coerce.number().int().min(1).max(100).default(24)
});
export type PracticeQuery = z.infer<typeof practiceQuery>;

export type QueryResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Reads URL search params through a schema; empty values count as absent. */
export function parseSearchParams<S extends z.ZodType>(schema: S, params: URLSearchParams): QueryResult<z.infer<S>> {
	const raw: Record<string, string> = {};
	for (const [key, value] of params) if (value !== '') raw[key] = value;
	const result = schema.safeParse(raw);
	if (result.success) return { ok: true, value: result.data };
	const issue = result.error.issues[0];
	return { ok: false, message: `Invalid parameter "${issue.path.join('.')}": ${issue.message}` };
}
