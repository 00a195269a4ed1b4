import { getDb } from '$lib/server/db';
import { listOutbox } from '$lib/server/mail';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	messages: (await listOutbox(await getDb())).map(({ to, subject, text, at, delivered }) => ({
		to,
		subject,
		text,
		at: at.toISOString(),
		delivered
	}))
});
