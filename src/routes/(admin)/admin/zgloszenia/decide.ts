import { statusLabels } from '$lib/labels';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { eligibilityDecisionForm } from '$lib/schemas';
import { decideEligibility } from '$lib/server/eligibility';
import { done, readForm, refuseAction } from '$lib/server/forms';
import { explain, statusOf } from '$lib/server/policy';

/**
 * The organiser's eligibility decision on one entry. A refusal keeps what was chosen and typed,
 * so the page shows both again beside the message.
 */
export async function decide(request: Request, locals: App.Locals) {
	const form = await readForm(request, eligibilityDecisionForm);
	const { slug, reason, eligible } = form.data;
	if (!form.valid) {
		const text = form.errors.reason ? m.org_reason_required() : m.org_form_invalid();
		return refuseAction(400, text, { slug, reason, eligible });
	}
	const result = await decideEligibility(await locals.db, locals.user!, {
		slug,
		eligible: eligible === 'yes',
		reason
	});
	if (result.ok)
		return done(eligible === 'yes' ? m.org_decided_eligible() : m.org_decided_ineligible(), { slug });
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
