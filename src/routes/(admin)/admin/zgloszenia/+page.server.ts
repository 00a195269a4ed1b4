import { getLocale } from '$lib/i18n';
import { statusLabels } from '$lib/labels';
import { entryListFilter, parseSearchParams } from '$lib/schemas';
import { formatWarsawIn } from '$lib/server/editions';
import { entriesForDecision } from '$lib/server/eligibility';
import type { PageServerLoad } from './$types';

/** Sent entries, filtered by edition and by where the eligibility check stands (GET, no script). */
export const load: PageServerLoad = async ({ url, locals }) => {
	const parsed = parseSearchParams(entryListFilter, url.searchParams);
	const filter = parsed.ok ? parsed.value : {};
	const { entries, editions } = await entriesForDecision(await locals.db, locals.user!, filter);
	const locale = getLocale();
	const editionName = new Map(editions.map((e) => [e.slug, e.name]));
	return {
		filter,
		editions: editions.map((e) => ({ value: e.slug, label: e.name })),
		entries: entries.map(({ entry: p, decidable, decision }) => ({
			slug: p.slug,
			title: p.title,
			edition: editionName.get(p.edition ?? '') ?? p.edition,
			status: p.status,
			statusLabel: statusLabels[p.status][locale],
			decision,
			reason: p.eligibilityReason ?? null,
			decidable,
			updatedAt: formatWarsawIn(p.updatedAt, locale)
		}))
	};
};
