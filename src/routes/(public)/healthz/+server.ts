import { json } from '@sveltejs/kit';
import { pingDatabase, RETRY_AFTER_SECONDS } from '$lib/server/outage';
import type { RequestHandler } from './$types';

/** 200 when the database answers a ping; 503 at once while the driver knows it is down. */
export const GET: RequestHandler = async ({ locals }) => {
	try {
		await pingDatabase(await locals.db);
		return json({ status: 'ok', db: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
	} catch {
		return json(
			{ status: 'error', db: 'unreachable' },
			{
				status: 503,
				headers: { 'Cache-Control': 'no-store', 'Retry-After': String(RETRY_AFTER_SECONDS) }
			}
		);
	}
};
