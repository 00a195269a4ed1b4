import { z } from 'zod';
import { DECISION_LIMITS, DECISION_OUTCOMES } from '../awards';
import { m } from '../paraglide/messages';

export { DECISION_LIMITS, DECISION_OUTCOMES, type DecisionOutcome } from '../awards';

/*
 * The organiser's decision on one entry as its form posts it. One form carries the decision and
 * the small forms that feed its lists (a mentioned practice created on the spot, a recommendation
 * picked or written), so that whichever button is pressed, everything typed comes back. Which
 * values are allowed (the edition's categories, the practices, the quotes offered) is for the
 * domain verb to say: it knows the edition. Messages are functions, so each request gets its own
 * language; the schema is imported from here, not from the index, as it carries them.
 */

/** A slug the page itself put there (a hidden field or a button); refused quietly when malformed. */
const ref = z
	.string()
	.max(120)
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const decisionForm = z.object({
	outcome: z.enum(DECISION_OUTCOMES, { error: () => m.awards_outcome_invalid() }),
	category: z.string().trim().max(200),
	justification: z
		.string()
		.max(DECISION_LIMITS.justification, { error: () => m.awards_justification_too_long() }),
	vote: z
		.string()
		.trim()
		.max(DECISION_LIMITS.vote, { error: () => m.awards_vote_too_long() }),
	similarActions: z.array(ref).max(DECISION_LIMITS.links, { error: () => m.awards_too_many() }),
	recommendations: z.array(ref).max(DECISION_LIMITS.links, { error: () => m.awards_too_many() }),
	/** Jurors (account ids) whose offered quote is published with the decision. */
	quotes: z.array(z.string().max(64)).max(DECISION_LIMITS.links),
	version: z.coerce.number().int().min(0),
	/** A mentioned practice created on the spot. */
	practiceTitle: z.string().trim().max(DECISION_LIMITS.practiceTitle),
	practicePlace: z.string().max(120),
	practiceOrganisation: z.string().max(120),
	practiceSummary: z.string().trim().max(DECISION_LIMITS.practiceSummary),
	/** An existing recommendation to link, or a new one. */
	recommendationPick: z.string().max(120),
	recommendationTitle: z.string().trim().max(DECISION_LIMITS.recommendationTitle),
	recommendationText: z.string().max(DECISION_LIMITS.recommendationText),
	recommendationThemes: z.array(ref).max(20)
});
export type DecisionForm = z.infer<typeof decisionForm>;

/** What a button of the decision form asks for; `save` is the only one that stores the decision. */
export type DecisionOp =
	| { kind: 'save' }
	| { kind: 'add-similar'; slug: string }
	| { kind: 'remove-similar'; slug: string }
	| { kind: 'new-practice' }
	| { kind: 'add-recommendation' }
	| { kind: 'remove-recommendation'; slug: string }
	| { kind: 'new-recommendation' };

/** Reads the `op` a button posts ("save", "add-similar:<slug>", …); null when unknown. */
export function decisionOpOf(value: FormDataEntryValue | null): DecisionOp | null {
	if (value === null) return { kind: 'save' };
	if (typeof value !== 'string') return null;
	const [kind, slug = ''] = value.split(':', 2);
	const valid = ref.safeParse(slug).success;
	switch (kind) {
		case 'save':
		case 'new-practice':
		case 'add-recommendation':
		case 'new-recommendation':
			return { kind };
		case 'add-similar':
		case 'remove-similar':
		case 'remove-recommendation':
			return valid ? { kind, slug } : null;
		default:
			return null;
	}
}

/** The search for similar actions (a GET form, so it works without JavaScript). */
export const similarSearch = z.object({ q: z.string().trim().max(200).catch('') });
