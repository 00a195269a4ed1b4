import type { RequestEvent } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '../../paraglide/messages';
import { refuse, type FormSchema } from '../forms';
import { hit, minutesOf, type LimitedAction } from './index';

/** A form's field holding an address the request would write to, counted as its `email` key. */
const emailIn = (data: FormData) => {
	const email = data.get('email');
	return typeof email === 'string' && email.length <= 320 && email.includes('@')
		? email.trim().toLowerCase()
		: undefined;
};

/**
 * Counts a form post against the action's limits (client address, the signed-in account, the
 * email the form names). Over a limit, it answers 429 with the form as typed (passwords emptied)
 * and a message saying when to try again; otherwise null, and the action goes on.
 */
export async function limitForm(
	event: Pick<RequestEvent, 'request' | 'getClientAddress' | 'locals'>,
	action: LimitedAction,
	schema: FormSchema,
	account?: string
) {
	let data: FormData;
	try {
		data = await event.request.clone().formData();
	} catch {
		data = new FormData(); // the action itself refuses an unreadable body
	}
	const verdict = await hit(await event.locals.db, action, {
		address: event.getClientAddress(),
		account,
		email: emailIn(data)
	});
	if (!verdict.limited) return null;
	const form = await superValidate(data, zod4(schema), { errors: false });
	for (const name of Object.keys(form.data)) if (/password/i.test(name)) form.data[name] = '';
	return refuse(form, m.rate_limited({ minutes: minutesOf(verdict.retryAfterMs) }), 429);
}
