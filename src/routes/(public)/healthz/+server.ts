import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';
import { RETRY_AFTER_SECONDS } from '$lib/server/outage';

/** 200 when the database answers a ping; 503 at once while the driver knows it is down. */
export const GET = async () => {
	try {
		await (await getDb()).command({ ping: 1 });
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
