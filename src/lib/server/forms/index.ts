import type { z } from 'zod';

export type FormValues = Record<string, string | string[]>;
export type FieldErrors = Record<string, string>;

export type FormResult<T> =
	{ ok: true; data: T; values: FormValues } | { ok: false; values: FormValues; errors: FieldErrors };

/** Names that could reach a query as an operator or poison an object are never accepted. */
const forbiddenName = (name: string) =>
	name.startsWith('$') ||
	name === '__proto__' ||
	name.includes('.') ||
	name === 'constructor' ||
	name === 'prototype';

/**
 * Reads a submitted form through a schema. On failure it returns what the user typed, as typed,
 * with one message per field, so the page can show both and nothing is lost.
 */
export function readForm<S extends z.ZodType>(
	schema: S,
	form: FormData,
	arrays: string[] = []
): FormResult<z.infer<S>> {
	const values: FormValues = Object.create(null);
	for (const [name, value] of form) {
		if (typeof value !== 'string') continue;
		if (forbiddenName(name))
			return { ok: false, values: {}, errors: { form: `Niedozwolona nazwa pola „${name}”.` } };
		if (arrays.includes(name)) values[name] = [...((values[name] as string[] | undefined) ?? []), value];
		else values[name] = value;
	}
	for (const name of arrays) values[name] ??= [];
	const result = schema.safeParse({ ...values });
	if (result.success) return { ok: true, data: result.data, values: { ...values } };
	const errors: FieldErrors = {};
	for (const issue of result.error.issues) {
		const field = String(issue.path[0] ?? 'form');
		errors[field] ??= issue.message;
	}
	return { ok: false, values: { ...values }, errors };
}
