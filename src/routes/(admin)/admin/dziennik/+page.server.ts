import { listAudit } from '$lib/server/audit';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	events: (await listAudit(await locals.db)).map((e) => ({
		at: e.at.toISOString(),
		actor: e.actor,
		action: e.action,
		subject: `${e.subject.type}: ${e.subject.id}`,
		from: e.from ?? null
	}))
});
