import { z } from 'zod';
import {
	award,
	edition,
	organisation,
	person,
	place,
	practiceContent,
	recommendation,
	vocabularyTerm
} from '../src/lib/schemas/records.ts';
import { awards } from './data/awards.ts';
import { editions } from './data/editions.ts';
import { organisations } from './data/organisations.ts';
import { people } from './data/people.ts';
import { places } from './data/places.ts';
import { practices } from './data/practices.ts';
import { recommendations } from './data/recommendations.ts';
import { vocabulary } from './data/vocabulary.ts';

export const catalogueSchema = z.object({
	vocabulary: z.array(vocabularyTerm),
	places: z.array(place),
	organisations: z.array(organisation),
	people: z.array(person),
	editions: z.array(edition),
	practices: z.array(practiceContent),
	awards: z.array(award),
	recommendations: z.array(recommendation)
});
export type Catalogue = z.infer<typeof catalogueSchema>;

/** Parses the seed data and checks that every reference points at a record that exists. */
export function loadCatalogue(): Catalogue {
	const catalogue = catalogueSchema.parse({
		vocabulary,
		places,
		organisations,
		people,
		editions,
		practices,
		awards,
		recommendations
	});
	const problems = findBrokenReferences(catalogue);
	if (problems.length > 0) {
		throw new Error(`The seed catalogue has broken references:\n- ${problems.join('\n- ')}`);
	}
	return catalogue;
}

function findBrokenReferences(c: Catalogue): string[] {
	const problems: string[] = [];
	const slugsOf = (items: { slug: string }[]) => new Set(items.map((item) => item.slug));
	const codes = (kind: string) => new Set(c.vocabulary.filter((t) => t.kind === kind).map((t) => t.code));
	const known = {
		place: slugsOf(c.places),
		organisation: slugsOf(c.organisations),
		person: slugsOf(c.people),
		edition: slugsOf(c.editions),
		practice: slugsOf(c.practices),
		recommendation: slugsOf(c.recommendations),
		category: codes('category'),
		theme: codes('theme'),
		targetGroup: codes('targetGroup')
	};
	const check = (owner: string, kind: keyof typeof known, values: (string | null)[]) => {
		for (const value of values) {
			if (value !== null && !known[kind].has(value)) problems.push(`${owner}: unknown ${kind} "${value}"`);
		}
	};
	for (const [name, items] of Object.entries({
		places: c.places,
		organisations: c.organisations,
		people: c.people,
		editions: c.editions,
		practices: c.practices,
		awards: c.awards,
		recommendations: c.recommendations
	})) {
		const seen = new Set<string>();
		for (const item of items) {
			if (seen.has(item.slug)) problems.push(`${name}: duplicate slug "${item.slug}"`);
			seen.add(item.slug);
		}
	}
	for (const o of c.organisations) check(`organisation ${o.slug}`, 'place', [o.place]);
	for (const p of c.practices) {
		const owner = `practice ${p.slug}`;
		check(owner, 'place', [p.place]);
		check(owner, 'organisation', [...p.organisations, ...p.partners]);
		check(owner, 'category', p.categories);
		check(owner, 'theme', p.themes);
		check(owner, 'targetGroup', p.targetGroups);
		check(owner, 'edition', [p.edition]);
		check(
			owner,
			'person',
			p.jurorQuotes.map((q) => q.juror)
		);
	}
	for (const a of c.awards) {
		const owner = `award ${a.slug}`;
		check(owner, 'edition', [a.edition]);
		check(owner, 'practice', [a.practice, ...a.similarActions]);
		check(owner, 'recommendation', a.recommendations);
		check(owner, 'category', [a.category]);
		const practice = c.practices.find((p) => p.slug === a.practice);
		if (practice && practice.status !== 'awarded') problems.push(`${owner}: practice is not "awarded"`);
	}
	for (const r of c.recommendations) {
		check(`recommendation ${r.slug}`, 'edition', [r.edition]);
		check(`recommendation ${r.slug}`, 'theme', r.themes);
	}
	return problems;
}
