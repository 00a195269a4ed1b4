import { error, fail } from '@sveltejs/kit';
import {
	conflictForm,
	jurorAddForm,
	jurorRemoveForm,
	jurorUpdateForm,
	placeConflictsForm
} from '$lib/schemas';
import { getLocale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { formatWarsawIn } from '$lib/server/editions';
import { confirm, done, formFor, readForm, refuse, refuseAction } from '$lib/server/forms';
import {
	addJuror,
	juryOverview,
	removeJuror,
	setConflict,
	setPlaceConflicts,
	updateJuror,
	type JuryChange
} from '$lib/server/jury';
import { explain, statusOf, type Action } from '$lib/server/policy';
import type { Actions, PageServerLoad } from './$types';

const MISSING_EDITION = () => m.adm_missing_edition();
const formatWarsaw = (d: Date) => formatWarsawIn(d, getLocale());

export const load: PageServerLoad = async ({ params, locals }) => {
	const view = await juryOverview(await locals.db, locals.user!, params.slug);
	if (!view) error(404, MISSING_EDITION());
	const organisationName = new Map(view.organisations.map((o) => [o.slug, o.name]));
	const placeName = new Map(view.places.map((p) => [p.slug, p.name]));
	const entryTitle = new Map(view.entries.map((e) => [e.slug, e.title]));
	const jurorName = new Map(
		view.jury.flatMap(({ juror, account }) => (juror.user && account ? [[juror.user, account.name]] : []))
	);
	const affiliationName = (kind: string, slug: string) =>
		(kind === 'place' ? placeName : organisationName).get(slug) ?? slug;
	return {
		edition: {
			slug: view.edition.slug,
			name: view.edition.name,
			phase: view.edition.phase,
			version: view.edition.version
		},
		placeConflicts: view.placeConflicts,
		manageable: view.manageable.ok,
		manageRefusal: view.manageable.ok ? null : explain('jury.manage', view.manageable.why),
		removable: view.removable.ok,
		removeRefusal: view.removable.ok ? null : explain('jury.remove', view.removable.why),
		jurors: view.jury.map(({ juror, account }) => ({
			id: String(juror._id),
			user: juror.user,
			name: account?.name ?? null,
			email: account?.email ?? juror.invitedEmail ?? '',
			accepted: Boolean(juror.user),
			organisations: juror.affiliations.organisations,
			places: juror.affiliations.places,
			organisationNames: juror.affiliations.organisations.map((s) => organisationName.get(s) ?? s),
			placeNames: juror.affiliations.places.map((s) => placeName.get(s) ?? s),
			publicProfile: juror.publicProfile,
			quotable: juror.quotable,
			bio: juror.bio,
			version: juror.version
		})),
		candidates: view.candidates.map((a) => ({ value: a._id, label: `${a.name} (${a.email})`, lang: 'pl' })),
		organisations: view.organisations.map((o) => ({ value: o.slug, label: o.name, lang: 'pl' })),
		places: view.places.map((p) => ({ value: p.slug, label: p.name, lang: 'pl' })),
		entries: view.entries.map((e) => ({ value: e.slug, label: e.title })),
		conflicts: view.conflicts
			.map((pair) => ({
				juror: pair.juror,
				jurorName: jurorName.get(pair.juror) ?? pair.juror,
				entry: pair.entry,
				entryTitle: entryTitle.get(pair.entry) ?? pair.entry,
				conflicted: pair.conflicted,
				affiliations: pair.affiliations.map((a) => ({ kind: a.kind, name: affiliationName(a.kind, a.slug) })),
				statement: pair.statement
					? {
							source: pair.statement.source,
							conflicted: pair.statement.conflicted,
							reason: pair.statement.reason,
							at: formatWarsaw(pair.statement.updatedAt)
						}
					: null
			}))
			.sort(
				(a, b) =>
					a.jurorName.localeCompare(b.jurorName, 'pl') || a.entryTitle.localeCompare(b.entryTitle, 'pl')
			),
		addForm: await formFor(jurorAddForm, { publicProfile: false, quotable: false })
	};
};

/** A refusal of a jury verb as the one sentence and status the page shows. */
function refusalOf(action: Action, reason: Exclude<JuryChange, { ok: true }>['reason']) {
	switch (reason) {
		case 'conflict':
			return {
				status: 409,
				text: m.adm_jury_changed()
			};
		case 'no-account':
			return {
				status: 400,
				text: m.adm_jury_no_account()
			};
		case 'unknown-affiliation':
			return { status: 400, text: m.adm_jury_unknown_affiliation() };
		case 'has-scores':
			return {
				status: 409,
				text: m.adm_jury_has_scores()
			};
		default:
			return { status: statusOf(reason), text: explain(action, reason) };
	}
}

const firstError = (errors: Record<string, unknown>) => {
	const first = Object.values(errors).flat()[0];
	return typeof first === 'string' ? first : m.adm_invalid_form();
};

export const actions: Actions = {
	add: async ({ request, params, locals, url }) => {
		const form = await readForm(request, jurorAddForm);
		if (!form.valid) return fail(400, { form });
		const { account, email, organisations, places, ...consents } = form.data;
		const result = await addJuror(
			await locals.db,
			locals.user!,
			params.slug,
			{
				...consents,
				userId: account || undefined,
				email: email || undefined,
				affiliations: { organisations, places }
			},
			url.origin
		);
		if (!result.ok) {
			if (result.reason === 'missing') error(404, MISSING_EDITION());
			const { status, text } = refusalOf('jury.manage', result.reason);
			return refuse(form, text, status);
		}
		const text = !result.added
			? m.adm_jury_already()
			: result.invited
				? m.adm_jury_invited({ email: email ?? '' })
				: m.adm_jury_added_juror();
		// The form comes back empty for the next juror (a new unposted form would read as invalid).
		form.data = {
			account: '',
			email: '',
			organisations: [],
			places: [],
			publicProfile: false,
			quotable: false,
			bio: ''
		};
		return confirm(form, text);
	},
	update: async ({ request, params, locals }) => {
		const form = await readForm(request, jurorUpdateForm, { id: 'update' });
		const { id, organisations, places, ...rest } = form.data;
		const values = {
			organisations,
			places,
			publicProfile: rest.publicProfile,
			quotable: rest.quotable,
			bio: rest.bio
		};
		if (!form.valid) return refuseAction(400, firstError(form.errors), { id, values });
		const result = await updateJuror(await locals.db, locals.user!, params.slug, {
			...rest,
			id,
			affiliations: { organisations, places }
		});
		if (!result.ok) {
			const { status, text } = refusalOf('jury.manage', result.reason);
			return refuseAction(status, text, { id, values });
		}
		return done(m.adm_jury_saved(), { id });
	},
	remove: async ({ request, params, locals }) => {
		const form = await readForm(request, jurorRemoveForm, { id: 'remove' });
		if (!form.valid) return refuseAction(400, m.adm_jury_unknown_juror());
		const result = await removeJuror(await locals.db, locals.user!, params.slug, form.data);
		if (!result.ok) {
			const { status, text } = refusalOf('jury.remove', result.reason);
			return refuseAction(status, text, { id: form.data.id });
		}
		return done(m.adm_jury_removed());
	},
	placeConflicts: async ({ request, params, locals }) => {
		const form = await readForm(request, placeConflictsForm, { id: 'placeConflicts' });
		if (!form.valid) return refuseAction(400, m.adm_jury_invalid_setting(), { setting: true });
		const result = await setPlaceConflicts(await locals.db, locals.user!, params.slug, {
			placeConflicts: form.data.placeConflicts === 'true',
			version: form.data.version
		});
		if (!result.ok) {
			const { status, text } = refusalOf('jury.manage', result.reason);
			return refuseAction(status, text, { setting: true });
		}
		return done(m.adm_jury_setting_saved(), { setting: true });
	},
	conflict: async ({ request, params, locals }) => {
		const form = await readForm(request, conflictForm, { id: 'conflict' });
		const { juror, entry, conflicted, reason } = form.data;
		const typed = { juror, entry, conflicted, reason };
		if (!form.valid) return refuseAction(400, firstError(form.errors), { conflict: typed });
		const result = await setConflict(await locals.db, locals.user!, params.slug, {
			juror,
			entry,
			conflicted: conflicted === 'true',
			reason
		});
		if (!result.ok) {
			const { status, text } = refusalOf('jury.manage', result.reason);
			return refuseAction(status, text, { conflict: typed });
		}
		return done(conflicted === 'true' ? m.adm_jury_conflict_saved() : m.adm_jury_conflict_waived(), {
			conflict: { juror, entry }
		});
	}
};
