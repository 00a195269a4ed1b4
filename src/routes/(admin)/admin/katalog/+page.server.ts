import { listCuratable } from '$lib/server/curation';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({
	practices: (await listCuratable(await locals.db)).map((p) => ({
		slug: p.slug,
		title: p.title,
		status: p.status,
		place: p.place,
		empty: p.description.trim() === ''
	}))
});
