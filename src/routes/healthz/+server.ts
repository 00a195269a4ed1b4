import { json } from '@sveltejs/kit';
import { getDb } from '$lib/server/db';

export const GET = async () => {
	try {
		await (await getDb()).command({ ping: 1 });
		return json({ status: 'ok', db: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
	} catch {
		return json(
			{ status: 'error', db: 'unreachable' },
			{ status: 503, headers: { 'Cache-Control': 'no-store' } }
		);
	}
};
