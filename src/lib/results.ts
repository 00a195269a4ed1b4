import { m } from '$lib/paraglide/messages';

/** An entry's result in words: award or mention (with its category when it has one), or none. */
export function resultLabel(result: {
	outcome: 'award' | 'mention' | 'none';
	category: string | null;
}): string {
	if (result.outcome === 'award')
		return result.category ? m.result_award_in({ category: result.category }) : m.result_award();
	if (result.outcome === 'mention')
		return result.category ? m.result_mention_in({ category: result.category }) : m.result_mention();
	return m.result_none();
}
