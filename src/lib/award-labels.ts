import { m } from '$lib/paraglide/messages';

/** The outcome of a decision in the visitor's language. */
export function outcomeLabel(outcome: string): string {
	switch (outcome) {
		case 'award':
			return m.awards_outcome_award();
		case 'mention':
			return m.awards_outcome_mention();
		case 'none':
			return m.awards_outcome_none();
		default:
			return outcome;
	}
}
