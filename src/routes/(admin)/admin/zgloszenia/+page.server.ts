import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { statusLabels } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { parseSearchParams, slug } from '$lib/schemas';
import { collections, getDb } from '$lib/server/db';
import { formatWarsaw } from '$lib/server/editions';
import { readForm } from '$lib/server/forms';
import { decideEligibility, ELIGIBILITY_PHASES, listEntries } from '$lib/server/eligibility';
import type { Actions, PageServerLoad } from './$types';

const filters = z.object({
	edition: slug.optional(),
	status: z.enum(['submitted', 'withdrawn', 'ineligible', 'awarded']).optional()
});

export const load: PageServerLoad = async ({ url }) => {
	const parsed = parseSearchParams(filters, url.searchParams);
	const filter = parsed.ok ? parsed.value : {};
	const db = await getDb();
	const [entries, editions] = await Promise.all([
		listEntries(db, filter),
		collections(db).editions.find().sort({ year: -1 }).toArray()
	]);
	const phaseOf = new Map(editions.map((e) => [e.slug, e.phase]));
	return {
		filter,
		editions: editions.map((e) => ({ value: e.slug, label: e.name })),
		entries: entries.map((p) => ({
			slug: p.slug,
			title: p.title,
			edition: p.edition,
			status: p.status,
			statusLabel: statusLabels[p.status].pl,
			reason: p.eligibilityReason ?? null,
			decidable:
				['submitted', 'ineligible'].includes(p.status) &&
				ELIGIBILITY_PHASES.includes(phaseOf.get(p.edition ?? '') ?? ''),
			updatedAt: formatWarsaw(p.updatedAt)
		}))
	};
};

const decision = z
	.object({ slug, eligible: z.enum(['yes', 'no']), reason: z.string().trim().max(2000) })
	.refine((d) => d.eligible === 'yes' || d.reason.length >= 5, {
		message: 'Podaj uzasadnienie (widzi je zgłaszający).',
		path: ['reason']
	});

export const actions: Actions = {
	eligibility: async ({ request, locals }) => {
		const form = await readForm(request, decision);
		const { slug, reason } = form.data;
		if (!form.valid) {
			const error = Object.values(form.errors).flat()[0] ?? 'Nieprawidłowe dane formularza.';
			return fail(400, { slug, reason, error });
		}
		const result = await decideEligibility(await getDb(), {
			slug,
			eligible: form.data.eligible === 'yes',
			reason,
			actor: locals.user!._id
		});
		if (!result.ok)
			return fail(result.reason === 'missing' ? 404 : 409, {
				slug,
				reason,
				error:
					result.reason === 'conflict'
						? m.eligibility_conflict({ status: statusLabels[result.status][getLocale()] })
						: result.reason === 'closed'
							? 'Dopuszczenie rozstrzyga się w naborze i w ocenie jury; ta edycja jest już dalej.'
							: 'Tego zgłoszenia nie można teraz ocenić formalnie.'
			});
		return { decided: slug };
	}
};
