import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/i18n';
import { entryStatusLabel } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { newDraftForm as newDraft } from '$lib/schemas';
import { formatWarsawIn, formatWarsawLong } from '$lib/server/editions';
import { formFor, readForm, refuse } from '$lib/server/forms';
import { statusOf } from '$lib/server/policy';
import { outcomesOf, statusShown } from '$lib/server/publication';
import { createDraft, listOwnPractices, openEditionsFor } from '$lib/server/submissions';
import { editionGuide, editionNames } from '$lib/server/submissions/view';
import type { Actions, PageServerLoad } from './$types';

/** "Name — closes 12 May 2027, 18:00 (Polish time)" in the page's language. */
function optionLabel(name: string, closes: Date | null | undefined, locale: 'pl' | 'en'): string {
	return closes
		? m.entry_edition_option({ name, date: formatWarsawLong(closes, locale) })
		: m.entry_edition_option_open({ name });
}

export const load: PageServerLoad = async ({ locals }) => {
	const db = await locals.db;
	const user = locals.user!;
	const locale = getLocale() as 'pl' | 'en';
	const [openEditions, practices] = await Promise.all([
		openEditionsFor(db, user),
		listOwnPractices(db, user)
	]);
	const names = await editionNames(
		db,
		practices.map((p) => p.edition)
	);
	const { outcomes, editions } = await outcomesOf(db, user, practices);
	return {
		practices: practices.map((p) => ({
			slug: p.slug,
			title: p.title,
			edition: names.get(p.edition ?? '') ?? p.edition,
			status: statusShown(p, editions.get(p.edition ?? '') ?? null),
			statusLabel: entryStatusLabel(
				{ ...p, status: statusShown(p, editions.get(p.edition ?? '') ?? null) },
				locale
			),
			result: outcomes.get(p.slug) ?? null,
			receipt: p.receipt?.number ?? null,
			updatedAt: formatWarsawIn(p.updatedAt, locale)
		})),
		openEditions: openEditions.map((e) => ({
			value: e.slug,
			// The name is the edition's own (Polish); the rest of the label is in the page's language.
			label: optionLabel(`${e.name}${e.isDemo ? ' (demo)' : ''}`, e.submissionsClose, locale)
		})),
		guides: openEditions.map((e) => ({ slug: e.slug, guide: editionGuide(e, locale)! })),
		form: await formFor(newDraft, { edition: openEditions[0]?.slug ?? '' })
	};
};

export const actions: Actions = {
	create: async ({ request, locals }) => {
		const form = await readForm(request, newDraft);
		if (!form.valid) return fail(400, { form });
		const result = await createDraft(await locals.db, locals.user!, form.data.edition, form.data.title);
		if (!result.ok) {
			const closed = result.reason === 'closed';
			const text = closed ? m.entry_create_closed() : m.entry_create_forbidden();
			return refuse(form, text, closed ? 409 : statusOf('forbidden'));
		}
		redirect(303, localizeHref(`/zgloszenia/${result.practice.slug}`));
	}
};
