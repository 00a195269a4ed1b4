import { auditSentenceParts } from '$lib/audit';
import { getLocale } from '$lib/i18n';
import { auditLog } from '$lib/server/audit';
import { formatWarsawIn } from '$lib/server/editions';
import type { PageServerLoad } from './$types';

/** The latest events as sentences with names, in Warsaw time; the raw key stays for searching. */
export const load: PageServerLoad = async ({ locals }) => {
	const locale = getLocale();
	return {
		events: (await auditLog(await locals.db)).map((e) => ({
			at: formatWarsawIn(e.at, locale),
			sentence: auditSentenceParts(e, locale),
			action: e.action,
			from: e.from
		}))
	};
};
