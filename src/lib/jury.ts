import { m } from '$lib/paraglide/messages';

/** The juror-facing names of an edition's phases and of a score's state. */
export const phaseLabel = (phase: string): string =>
	(
		({
			draft: m.jury_phase_draft,
			open: m.jury_phase_open,
			review: m.jury_phase_review,
			deliberation: m.jury_phase_deliberation,
			published: m.jury_phase_published,
			archived: m.jury_phase_archived
		}) as Record<string, () => string>
	)[phase]?.() ?? phase;

export const scoreStateLabel = (state: 'none' | 'draft' | 'submitted'): string =>
	state === 'submitted'
		? m.jury_state_submitted()
		: state === 'draft'
			? m.jury_state_draft()
			: m.jury_state_none();
