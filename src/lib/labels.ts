import { m } from './paraglide/messages';
import { getLocale } from './paraglide/runtime';
import type { EditionPhase, PracticeStatus } from './schemas';

/** Labels of the fixed domain states; controlled vocabularies come from the database instead. */
export const statusLabels: Record<PracticeStatus, { pl: string; en: string }> = {
	draft: { pl: 'Szkic', en: 'Draft' },
	submitted: { pl: 'Zgłoszona', en: 'Submitted' },
	withdrawn: { pl: 'Wycofana', en: 'Withdrawn' },
	ineligible: { pl: 'Niedopuszczona', en: 'Ineligible' },
	// One word for the jury's distinction wherever it appears: badge, filter, status.
	awarded: { pl: 'Wyróżnienie', en: 'Distinction' },
	mentioned: { pl: 'Podobne działanie', en: 'Similar action' },
	catalogue: { pl: 'Spoza konkursu', en: 'Outside the competition' }
};

const phaseLabels: Record<EditionPhase, (inputs?: object, options?: { locale?: 'pl' | 'en' }) => string> = {
	draft: m.phase_draft,
	open: m.phase_open,
	review: m.phase_review,
	deliberation: m.phase_deliberation,
	published: m.phase_published,
	archived: m.phase_archived
};

/**
 * An edition's phase in plain words ("nabór zgłoszeń", not `open`), wherever people see it; in the
 * visitor's language unless one is asked for (a Polish mail).
 */
export const phaseLabel = (phase: string, locale?: 'pl' | 'en'): string =>
	phaseLabels[phase as EditionPhase]?.({}, { locale }) ?? phase;

export const placeKindLabels = {
	city: { pl: 'miasto', en: 'city' },
	powiat: { pl: 'powiat', en: 'county' },
	voivodeship: { pl: 'województwo', en: 'voivodeship' }
} as const;

/** "2009–2011", "od 2014", or the free note when dates are vague. */
export function formatPeriod(period: {
	from: string | null;
	to: string | null;
	note?: string;
}): string | null {
	if (period.from && period.to)
		return period.from === period.to ? period.from : `${period.from}–${period.to}`;
	if (period.from) return m.period_from({ year: period.from });
	if (period.to) return m.period_to({ year: period.to });
	return period.note ?? null;
}

/** What the applicant is told about where their entry stands; the one place these words come from. */
export function entryStatusLabel(
	entry: {
		status: PracticeStatus;
		eligibilityDecision?: 'eligible' | 'ineligible' | null;
		eligibilityReason?: string | null;
	},
	locale?: 'pl' | 'en'
): string {
	const options = { locale };
	switch (entry.status) {
		case 'draft':
			return m.entry_status_draft({}, options);
		case 'submitted':
			return entry.eligibilityDecision === 'eligible'
				? m.entry_status_eligible({}, options)
				: m.entry_status_submitted({}, options);
		case 'ineligible':
			return entry.eligibilityReason
				? m.entry_status_ineligible_because({ reason: entry.eligibilityReason }, options)
				: m.entry_status_ineligible({}, options);
		case 'withdrawn':
			return m.entry_status_withdrawn({}, options);
		default:
			return statusLabels[entry.status][locale ?? (getLocale() as 'pl' | 'en')];
	}
}
