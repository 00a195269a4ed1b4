import { getLocale } from '$lib/i18n';
import { formatWarsawIn } from '$lib/server/editions';
import { juryEditionsOf } from '$lib/server/jury';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const editions = await juryEditionsOf(await locals.db, locals.user!);
	return {
		editions: editions.map((e) => ({
			slug: e.slug,
			name: e.name,
			phase: e.phase,
			progress: e.progress,
			deadline: e.reviewDeadline ? formatWarsawIn(e.reviewDeadline, getLocale()) : null
		}))
	};
};
