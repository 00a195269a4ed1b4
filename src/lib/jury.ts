import { m } from '$lib/paraglide/messages';

/** The juror-facing name of a score's state. */
export const scoreStateLabel = (state: 'none' | 'draft' | 'submitted'): string =>
	state === 'submitted'
		? m.jury_state_submitted()
		: state === 'draft'
			? m.jury_state_draft()
			: m.jury_state_none();
