import { organiserOverview } from '$lib/server/overview';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => organiserOverview(await locals.db);
