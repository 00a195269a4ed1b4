import { statusLabels } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { eligibilityDecisionForm, entryListFilter, parseSearchParams } from '$lib/schemas';
import { formatWarsaw } from '$lib/server/editions';
import { decideEligibility, entriesForDecision } from '$lib/server/eligibility';
import { done, readForm, refuseAction } from '$lib/server/forms';
import { explain, statusOf } from '$lib/server/policy';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url, locals }) => {
	const parsed = parseSearchParams(entryListFilter, url.searchParams);
	const filter = parsed.ok ? parsed.value : {};
	const { entries, editions } = await entriesForDecision(await locals.db, locals.user!, filter);
	return {
		filter,
		editions: editions.map((e) => ({ value: e.slug, label: e.name })),
		entries: entries.map(({ entry: p, decidable }) => ({
			slug: p.slug,
			title: p.title,
			edition: p.edition,
			status: p.status,
			statusLabel: statusLabels[p.status].pl,
			reason: p.eligibilityReason ?? null,
			decidable,
			updatedAt: formatWarsaw(p.updatedAt)
		}))
	};
};

export const actions: Actions = {
	/** A refusal names the entry and keeps the typed reason, so the page shows both at that entry. */
	eligibility: async ({ request, locals }) => {
		const form = await readForm(request, eligibilityDecisionForm);
		const { slug, reason, eligible } = form.data;
		if (!form.valid) {
			const text = Object.values(form.errors).flat()[0] ?? 'Nieprawidłowe dane formularza.';
			return refuseAction(400, String(text), { slug, reason, eligible });
		}
		const result = await decideEligibility(await locals.db, locals.user!, {
			slug,
			eligible: eligible === 'yes',
			reason
		});
		if (result.ok) return done('Zapisano decyzję.', { slug });
		if (result.reason === 'conflict')
			return refuseAction(409, m.eligibility_conflict({ status: statusLabels[result.status][getLocale()] }), {
				slug,
				reason,
				eligible
			});
		return refuseAction(statusOf(result.reason), explain('eligibility.decide', result.reason), {
			slug,
			reason,
			eligible
		});
	}
};
