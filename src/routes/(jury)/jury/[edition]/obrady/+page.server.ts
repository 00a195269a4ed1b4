import { error } from '@sveltejs/kit';
import { jurorDeliberation } from '$lib/server/deliberation';
import { explain, statusOf } from '$lib/server/policy';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals }) => {
	const view = await jurorDeliberation(await locals.db, locals.user!, params.edition);
	if (!view) error(404, explain('deliberation.read', 'missing'));
	if (!view.ok) error(statusOf(view.reason), explain('deliberation.read', view.reason));
	return {
		edition: { slug: view.edition.slug, name: view.edition.name, phase: view.edition.phase },
		thresholds: view.thresholds,
		rows: [...view.rows].sort((a, b) => a.rankMean - b.rankMean || a.title.localeCompare(b.title, 'pl'))
	};
};
