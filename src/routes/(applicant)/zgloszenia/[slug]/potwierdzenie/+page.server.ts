import { error } from '@sveltejs/kit';
import { entryStatusLabel } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { formatWarsawIn } from '$lib/server/editions';
import { entryFor } from '$lib/server/submissions';
import { editionGuide, entryView } from '$lib/server/submissions/view';
import type { PageServerLoad } from './$types';

/** The receipt of a sent entry: its number, when it was sent, what comes next, and what was sent. */
export const load: PageServerLoad = async ({ params, locals }) => {
	const db = await locals.db;
	const found = await entryFor(db, locals.user!, params.slug, 'entry.edit');
	// Whatever the verdict on changing it, an entry they may open comes back with its edition.
	const entry = found.entry;
	if (!entry) error(404, m.why_entry_missing());
	if (!entry.receipt) error(404, m.receipt_missing());
	const locale = getLocale() as 'pl' | 'en';
	return {
		slug: entry.slug,
		title: entry.title,
		status: entryStatusLabel(entry),
		number: entry.receipt.number,
		at: formatWarsawIn(entry.receipt.at, locale),
		email: locals.user!.email,
		guide: editionGuide(found.edition, locale),
		view: await entryView(db, entry, locale)
	};
};
