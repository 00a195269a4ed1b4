import { error, redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { conflictStatementForm, discussionPostForm, scoreValuesFrom } from '$lib/schemas';
import { formatWarsawIn } from '$lib/server/editions';
import { done, readBody, refuseAction } from '$lib/server/forms';
import { declareConflict, entryWorkspace, postToDiscussion, readVerdict, saveScore } from '$lib/server/jury';
import { explain, isWhy, statusOf } from '$lib/server/policy';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { localizeHref } from '$lib/i18n';

export const load: PageServerLoad = async ({ params, locals }) => {
	const view = await entryWorkspace(await locals.db, locals.user!, params.edition, params.entry);
	if (!view.ok) error(statusOf(view.why), explain('jury.read', view.why));
	const locale = getLocale();
	const when = (d: Date | null | undefined) => (d ? formatWarsawIn(d, locale) : null);
	return {
		organiser: locals.user!.isAdmin,
		edition: {
			slug: view.edition.slug,
			name: view.edition.name,
			phase: view.edition.phase,
			deadline: when(view.edition.reviewDeadline),
			awardCategories: view.edition.awardCategories,
			hideApplicantOrganisation: view.edition.hideApplicantOrganisation
		},
		entry: view.entry,
		attachments: view.attachments,
		criteria: view.criteria,
		own: view.own ? { ...view.own, submittedAt: when(view.own.submittedAt) } : null,
		quotable: view.quotable,
		editable: view.scoring.ok,
		scoringRefusal: view.scoring.ok ? null : explain('score.edit', view.scoring.why),
		seesOthers: view.seesOthers.ok,
		others: view.others.map((o) => ({ ...o, submittedAt: when(o.submittedAt) })),
		discussion: {
			readable: view.discussion.readable,
			writable: view.discussion.writable.ok,
			refusal: view.discussion.writable.ok ? null : explain('jury.discuss', view.discussion.writable.why),
			messages: view.discussion.messages.map((d) => ({ ...d, createdAt: when(d.createdAt) }))
		},
		canDeclare: view.declare?.ok ?? false
	};
};

/** `?/save` and `?/submit`: the plain-field contract described in the README (jury workspace). */
async function scoreAction({ params, locals, request }: RequestEvent, submit: boolean) {
	const values = scoreValuesFrom(await readBody(request));
	const result = await saveScore(
		await locals.db,
		locals.user!,
		{ edition: params.edition, entry: params.entry },
		values,
		{ submit }
	);
	if (result.ok) {
		const text = submit
			? m.jury_submitted()
			: result.state === 'submitted'
				? m.jury_saved_submitted()
				: m.jury_saved();
		return done(text, { version: result.version });
	}
	if (result.reason === 'invalid')
		return refuseAction(400, m.jury_score_invalid(), { errors: result.errors, values });
	if (result.reason === 'stale')
		return refuseAction(409, m.jury_score_stale(), {
			stale: { theirs: result.theirs, yours: result.yours },
			values
		});
	return refuseAction(statusOf(result.reason), explain('score.edit', result.reason), { values });
}

export const actions: Actions = {
	save: (event) => scoreAction(event, false),
	submit: (event) => scoreAction(event, true),
	discuss: async ({ params, locals, request }) => {
		const data = await readBody(request);
		const text = String(data.get('text') ?? '');
		const parsed = discussionPostForm.safeParse({ text });
		if (!parsed.success)
			return refuseAction(400, parsed.error.issues[0].message, { about: 'discussion', text });
		const result = await postToDiscussion(
			await locals.db,
			locals.user!,
			{ edition: params.edition, entry: params.entry },
			parsed.data.text
		);
		if (!result.ok)
			return refuseAction(statusOf(result.reason), explain('jury.discuss', result.reason), {
				about: 'discussion',
				text
			});
		return done(m.jury_discussion_posted(), { about: 'discussion' });
	},
	conflict: async ({ params, locals, request }) => {
		const data = await readBody(request);
		const reason = String(data.get('reason') ?? '');
		const parsed = conflictStatementForm.safeParse({ reason });
		if (!parsed.success)
			return refuseAction(400, parsed.error.issues[0].message, { about: 'conflict', reason });
		const db = await locals.db;
		// Only an entry the juror reads: anything else is answered as if it did not exist.
		const reads = await readVerdict(db, locals.user!, params.edition, params.entry);
		if (!reads.ok)
			return refuseAction(statusOf(reads.why), explain('jury.read', reads.why), {
				about: 'conflict',
				reason
			});
		const result = await declareConflict(db, locals.user!, {
			edition: params.edition,
			entry: params.entry,
			reason: parsed.data.reason
		});
		if (!result.ok) {
			const why = isWhy(result.reason) ? result.reason : 'missing';
			return refuseAction(statusOf(why), explain('conflict.declare', why), { about: 'conflict', reason });
		}
		redirect(303, localizeHref(`/jury/${params.edition}?konflikt=${encodeURIComponent(params.entry)}`));
	}
};
