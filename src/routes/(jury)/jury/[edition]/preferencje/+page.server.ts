import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { conflictDeclarationForm, preferencesForm } from '$lib/schemas';
import { done, readForm, refuseAction } from '$lib/server/forms';
import { declareConflict, preferencesOf, savePreferences } from '$lib/server/jury';
import { explain, statusOf } from '$lib/server/policy';
import type { Actions, PageServerLoad } from './$types';

/** Preference fields are named `pref:<entry slug>`. */
const PREFIX = 'pref:';

export const load: PageServerLoad = async ({ params, locals }) => {
	const view = await preferencesOf(await locals.db, locals.user!, params.edition);
	if (!view) error(404, m.why_missing());
	if (!view.verdict.ok && view.verdict.why !== 'closed')
		error(statusOf(view.verdict.why), explain('assignment.prefer', view.verdict.why));
	return {
		edition: { slug: view.edition.slug, name: view.edition.name },
		open: view.verdict.ok,
		entries: view.entries,
		conflicted: view.conflicted
	};
};

export const actions: Actions = {
	save: async ({ request, params, locals }) => {
		let body: FormData;
		try {
			body = await request.formData();
		} catch {
			return refuseAction(400, m.error_form_unreadable());
		}
		const posted: Record<string, string> = {};
		for (const [name, value] of body)
			if (name.startsWith(PREFIX) && typeof value === 'string') posted[name.slice(PREFIX.length)] = value;
		const parsed = preferencesForm.safeParse(posted);
		if (!parsed.success) return refuseAction(400, m.prefs_invalid(), { typed: posted });
		const result = await savePreferences(await locals.db, locals.user!, params.edition, parsed.data);
		if (!result.ok) {
			if (result.reason === 'missing') error(404, m.why_missing());
			return refuseAction(statusOf(result.reason), explain('assignment.prefer', result.reason), {
				typed: posted
			});
		}
		return done(m.prefs_saved({ count: result.changed }));
	},
	conflict: async ({ request, params, locals }) => {
		const form = await readForm(request, conflictDeclarationForm, { id: 'conflict' });
		const typed = { entry: form.data.entry, reason: form.data.reason };
		if (!form.valid)
			return refuseAction(400, form.errors.reason ? m.prefs_reason_short() : m.prefs_invalid(), {
				conflict: typed
			});
		const result = await declareConflict(await locals.db, locals.user!, {
			edition: params.edition,
			entry: form.data.entry,
			reason: form.data.reason
		});
		if (!result.ok) {
			const why = result.reason;
			if (why === 'conflict' || why === 'no-account' || why === 'unknown-affiliation' || why === 'has-scores')
				return refuseAction(409, m.prefs_invalid(), { conflict: typed });
			return refuseAction(statusOf(why), explain('conflict.declare', why), { conflict: typed });
		}
		return done(m.prefs_conflict_done(), { conflict: { entry: typed.entry } });
	}
};
