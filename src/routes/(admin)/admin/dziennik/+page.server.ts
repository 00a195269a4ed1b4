import { listAudit } from '$lib/server/audit';
import { getDb } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	events: (await listAudit(await getDb())).map((e) => ({
		at: e.at.toISOString(),
		actor: e.actor,
		action: e.action,
		subject: `${e.subject.type}: ${e.subject.id}`,
		from: e.from ?? null
	}))
});
