/** What the organiser's decision on an entry may be, and how long its texts may run. */
export const DECISION_OUTCOMES = ['award', 'mention', 'none'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export const DECISION_LIMITS = {
	justification: 20_000,
	vote: 200,
	links: 30,
	practiceTitle: 300,
	practiceSummary: 1000,
	recommendationTitle: 300,
	recommendationText: 20_000
} as const;
