import { m } from '$lib/paraglide/messages';
import type { Action, Why } from './rules';

/** The HTTP status of a refusal: 404 hides what is not theirs to see, 409 is "not now". */
export function statusOf(why: Why): 401 | 403 | 404 | 409 | 400 {
	switch (why) {
		case 'sign-in':
			return 401;
		case 'missing':
			return 404;
		case 'forbidden':
		case 'pending':
			return 403;
		case 'closed':
		case 'not-editable':
			return 409;
		case 'own-account':
			return 400;
	}
}

type Sentences = Partial<Record<Why, () => string>>;

const entry: Sentences = {
	missing: m.why_entry_missing,
	forbidden: m.why_entry_forbidden,
	closed: m.why_entry_closed,
	'not-editable': m.why_entry_not_editable
};

/** Sentences for a refusal where the general one would say too little. */
const byAction: Partial<Record<Action, Sentences>> = {
	'entry.create': entry,
	'entry.open': entry,
	'entry.edit': entry,
	'entry.submit': entry,
	'entry.withdraw': entry,
	'entry.results': {
		missing: m.why_entry_missing,
		closed: m.why_results_closed,
		'not-editable': m.why_results_none
	},
	'attachment.download': { missing: m.why_attachment_missing },
	'eligibility.read': { missing: m.why_entry_missing },
	'eligibility.decide': {
		missing: m.why_entry_missing,
		closed: m.why_eligibility_closed,
		'not-editable': m.why_eligibility_not_editable
	},
	'catalogue.curate': { missing: m.why_curate_missing, 'not-editable': m.why_curate_not_editable },
	'edition.criteria': { closed: m.why_criteria_closed },
	'account.disable': { 'own-account': m.why_disable_own_account },
	'account.revoke-admin': { 'own-account': m.why_revoke_admin_own_account },
	'jury.manage': { closed: m.why_jury_closed },
	'jury.remove': { closed: m.why_jury_remove_closed },
	'conflict.declare': { forbidden: m.why_conflict_not_juror, closed: m.why_jury_closed },
	'assignment.manage': { closed: m.why_assignment_closed },
	'assignment.prefer': { forbidden: m.why_conflict_not_juror, closed: m.why_preferences_closed },
	'assignment.acknowledge': { forbidden: m.why_conflict_not_juror, missing: m.why_nothing_assigned },
	'jury.remind': { closed: m.why_remind_closed },
	'jury.read': { missing: m.why_jury_entry_missing, closed: m.why_jury_not_reading },
	'score.edit': {
		missing: m.why_jury_entry_missing,
		forbidden: m.why_score_organiser,
		closed: m.why_score_closed
	},
	'jury.see-others': { missing: m.why_jury_entry_missing, forbidden: m.why_blind },
	'jury.discuss': {
		missing: m.why_jury_entry_missing,
		forbidden: m.why_blind,
		closed: m.why_discussion_closed
	},
	'award.decide': { closed: m.why_decision_closed },
	'deliberation.read': { missing: m.why_deliberation_not_juror, closed: m.why_deliberation_closed },
	'deliberation.manage': { closed: m.why_deliberation_manage_closed },
	'deliberation.export': { closed: m.why_deliberation_export_closed }
};

const general: Record<Why, () => string> = {
	'sign-in': m.why_sign_in,
	missing: m.why_missing,
	forbidden: m.why_forbidden,
	pending: m.why_pending,
	closed: m.why_closed,
	'not-editable': m.why_not_editable,
	'own-account': m.why_own_account
};

/** The sentence a refused visitor reads, in their language. */
export function explain(action: Action, why: Why): string {
	return (byAction[action]?.[why] ?? general[why])();
}
