import { z } from 'zod';
import { slug } from './common';
import { publicStatuses } from './catalogue';
import { practiceSorts } from '../catalogue';

export { practiceSorts };

/** A whole number written as digits only (no sign, exponent, hex or spaces), within bounds. */
const queryInteger = (min: number, max: number, fallback: number) =>
	z
		.string()
		.regex(/^[0-9]{1,9}$/, 'Expected a whole number')
		.transform(Number)
		.pipe(z.number().int().min(min).max(max))
		.default(fallback);

/**
 * Filters of the public catalogue, shared by the catalogue page and `GET /api/v1/practices`.
 * The bounds are the ones `src/lib/api/openapi.json` states; keep them equal.
 */
export const practiceQuery = z.object({
	// Counted in characters (code points), as JSON Schema's maxLength is, not UTF-16 units.
	q: z
		.string()
		.refine((value) => [...value].length <= 200, 'At most 200 characters')
		.trim()
		.optional(),
	edition: slug.optional(),
	place: slug.optional(),
	category: slug.optional(),
	theme: slug.optional(),
	targetGroup: slug.optional(),
	status: z.enum(publicStatuses).optional(),
	sort: z.enum(practiceSorts).default('relevance'),
	page: queryInteger(1, 100_000, 1),
	pageSize: queryInteger(1, 100, 24)
});
/**
 * The catalogue page's filters: the API's, plus the voivodeship a practice's place lies in (a
 * page-only filter; the API's parameters are a contract and stay as they are).
 */
export const catalogueQuery = practiceQuery.extend({
	voivodeship: z
		.string()
		.trim()
		.max(60)
		.regex(/^[\p{Ll}-]+$/u, 'Expected a voivodeship name in lower case')
		.optional()
});
export type PracticeQuery = z.infer<typeof practiceQuery> & { voivodeship?: string };
export type PracticeFilter =
	'edition' | 'voivodeship' | 'place' | 'category' | 'theme' | 'targetGroup' | 'status';

export type QueryResult<T> = { ok: true; value: T } | { ok: false; message: string };

const englishErrors = z.locales.en().localeError;

/**
 * Reads URL search params through a schema. Pages ignore unknown names (links from elsewhere add
 * their own, utm_…) and take empty values as absent (an empty filter field of a form); `strict`
 * (the API) refuses both, as its OpenAPI document does. Names are looked up as own keys of a
 * null-prototype record, so `__proto__`, `constructor` or `toString` are names like any other.
 */
export function parseSearchParams<S extends z.ZodObject>(
	schema: S,
	params: URLSearchParams,
	{ strict = false } = {}
): QueryResult<z.infer<S>> {
	const raw: Record<string, string> = Object.create(null);
	const seen = new Set<string>();
	for (const [key, value] of params) {
		if (!Object.hasOwn(schema.shape, key)) {
			if (strict) return { ok: false, message: `Unknown parameter "${key.slice(0, 100)}"` };
			continue;
		}
		if (seen.has(key)) return { ok: false, message: `Parameter "${key}" is given more than once` };
		seen.add(key);
		if (value !== '' || strict) raw[key] = value;
	}
	// The message is part of the API's English wording, whatever the page's language.
	const result = schema.safeParse(raw, { error: englishErrors });
	if (result.success) return { ok: true, value: result.data };
	const issue = result.error.issues[0];
	return { ok: false, message: `Invalid parameter "${issue.path.join('.')}": ${issue.message}` };
}
