import type { PublicPractice } from '../../src/lib/server/catalogue/public';
import type { PracticeContent } from '../../src/lib/schemas';

let counter = 0;

/** A complete public practice with plain defaults; override only what a test is about. */
export function publicPractice(overrides: Partial<PublicPractice> = {}): PublicPractice {
	counter++;
	return {
		id: `id-${counter}`,
		slug: `praktyka-${counter}`,
		title: `Praktyka ${counter}`,
		summary: 'Krótki opis.',
		description: '',
		descriptionHtml: '',
		place: { slug: 'warszawa', name: 'Warszawa', kind: 'city', voivodeship: 'mazowieckie' },
		organisations: [],
		partners: [],
		categories: [],
		themes: [],
		targetGroups: [],
		period: { from: null, to: null },
		funding: null,
		keyFigures: [],
		links: [],
		language: 'pl',
		status: 'catalogue',
		edition: null,
		award: null,
		similarActions: [],
		recommendations: [],
		jurorQuotes: [],
		updatedAt: new Date(0).toISOString(),
		...overrides
	};
}

/** Practice content as the seed or a form provides it. */
export function practiceContent(overrides: Partial<PracticeContent> = {}): PracticeContent {
	counter++;
	return {
		slug: `praktyka-${counter}`,
		title: `Praktyka ${counter}`,
		summary: 'Krótki opis.',
		description: 'Opis **praktyki**.',
		place: 'warszawa',
		organisations: [],
		partners: [],
		categories: [],
		themes: [],
		targetGroups: [],
		period: { from: null, to: null },
		funding: null,
		keyFigures: [],
		links: [],
		language: 'pl',
		status: 'catalogue',
		edition: null,
		jurorQuotes: [],
		...overrides
	};
}
