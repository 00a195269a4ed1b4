import { listOutbox } from '$lib/server/mail';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	messages: (await listOutbox(await locals.db)).map(({ to, subject, text, at, delivered }) => ({
		to,
		subject,
		text,
		at: at.toISOString(),
		delivered
	}))
});
