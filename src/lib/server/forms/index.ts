/** Forms: reading posted forms through their schemas, and the one Notice shape actions answer with. */
import { error, fail } from '@sveltejs/kit';
import { message, superValidate, type SuperValidated } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import type { z } from 'zod';
import { m } from '$lib/paraglide/messages';

/** Every form schema is an object of fields. */
export type FormSchema = z.ZodObject;

/** Names that could reach a query as an operator or poison an object are never accepted. */
const forbiddenName = (name: string) =>
	name.startsWith('$') ||
	name === '__proto__' ||
	name.includes('.') ||
	name === 'constructor' ||
	name === 'prototype';

/**
 * The posted body, refused with a 400 when it is not a readable form (a `text/plain` post, broken
 * multipart) or when a field name is shaped like a query operator: the client's fault, not a 500.
 */
export async function readBody(request: Request): Promise<FormData> {
	let data: FormData;
	try {
		data = await request.formData();
	} catch {
		error(400, m.error_form_unreadable());
	}
	for (const name of data.keys()) {
		if (forbiddenName(name)) error(400, `Niedozwolona nazwa pola „${name}”.`);
	}
	return data;
}

/**
 * Reads a posted form through its schema with Superforms. An invalid form comes back with what
 * the user typed, as typed, and one message per field; the page shows both, so nothing is lost.
 */
export async function readForm<S extends FormSchema>(
	request: Request,
	schema: S,
	options: { id?: string } = {}
): Promise<SuperValidated<z.infer<S>>> {
	return superValidate(await readBody(request), zod4(schema), options) as Promise<SuperValidated<z.infer<S>>>;
}

/**
 * Reads a form of rows (a list of objects), which plain form fields cannot carry by name alone:
 * an enhanced page posts Superforms' JSON, a page without JavaScript its fields, which
 * `fromFields` reads. `complete` may fill in what the page had no field for yet, before the
 * schema checks the values. The posted body comes back too, for the value of the button pressed.
 */
export async function readRowsForm<S extends FormSchema>(
	request: Request,
	schema: S,
	options: {
		id: string;
		fromFields: (data: FormData) => unknown;
		complete?: (values: z.infer<S>) => z.infer<S>;
	}
): Promise<{ form: SuperValidated<z.infer<S>>; body: FormData }> {
	const body = await readBody(request);
	const adapter = zod4(schema);
	const typed = body.has('__superform_json')
		? (await superValidate(body, adapter, { id: options.id, errors: false })).data
		: (await superValidate(options.fromFields(body) as never, adapter, { id: options.id, errors: false }))
				.data;
	const values = options.complete ? options.complete(typed as z.infer<S>) : typed;
	const form = (await superValidate(values as never, adapter, { id: options.id })) as SuperValidated<
		z.infer<S>
	>;
	form.posted = true;
	return { form, body };
}

/** A form for a page to show: the stored values, or the schema's empty values, without messages. */
export function formFor<S extends FormSchema>(
	schema: S,
	values?: Partial<z.infer<S>>,
	options: { id?: string } = {}
): Promise<SuperValidated<z.infer<S>>> {
	return superValidate(values as never, zod4(schema), { ...options, errors: false }) as Promise<
		SuperValidated<z.infer<S>>
	>;
}

/** Takes the typed password out of the form, so it is never sent back to the page. */
export function takePassword<T extends { password: string }>(form: SuperValidated<T>): string {
	const { password } = form.data;
	(form.data as { password: string }).password = '';
	return password;
}

/** The form back with a message about it as a whole: what went wrong (4xx) or what was done. */
export const refuse = <T extends Record<string, unknown>>(
	form: SuperValidated<T>,
	text: string,
	status = 400
) => message(form, { type: 'error', text }, { status: status as 400 });

export const confirm = <T extends Record<string, unknown>>(form: SuperValidated<T>, text: string) =>
	message(form, { type: 'success', text });

/**
 * What an action says about itself, with or without a form: `form.message` for an action that
 * reads a form (Superforms keeps what was typed next to it), `notice` in the action's data for
 * one that does not. Both have this one shape, and `FormMessage` shows it.
 */
export type Notice = App.Superforms.Message;

/** Refuses an action that has no form of its own to send back. */
export const refuseAction = <T extends Record<string, unknown>>(status: number, text: string, extra?: T) =>
	fail(status, { notice: { type: 'error', text } as Notice, ...(extra as T) });

/** What an action without a form of its own did. */
export const done = <T extends Record<string, unknown>>(text: string, extra?: T) => ({
	notice: { type: 'success', text } as Notice,
	...(extra as T)
});
