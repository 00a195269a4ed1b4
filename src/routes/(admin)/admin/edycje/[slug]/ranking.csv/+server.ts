import { error } from '@sveltejs/kit';
import { deliberationCsv } from '$lib/server/deliberation';
import { explain, statusOf } from '$lib/server/policy';
import type { RequestHandler } from './$types';

/** One row per eligible entry with its statistics and ranks (organisers, from the review on). */
export const GET: RequestHandler = async ({ params, locals }) => {
	const result = await deliberationCsv(await locals.db, locals.user!, params.slug, 'ranking');
	if (!result.ok) error(statusOf(result.reason), explain('deliberation.export', result.reason));
	return new Response(result.body, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${result.filename}"`,
			'cache-control': 'private, no-store'
		}
	});
};
