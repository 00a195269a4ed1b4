import type { Db } from 'mongodb';
import { collections } from '../../src/lib/server/db/collections';
import { createEdition, createEntry, createPlace } from './factories';

const stored = () => ({ createdAt: new Date(), updatedAt: new Date(), origin: 'app' as const, version: 1 });

/**
 * A published edition with an award, a mention, a recommendation and a public juror; beside them,
 * what must stay private: entries that are drafts, submitted, withdrawn or awarded too early, an
 * edition still in review with its award, and a juror without a public profile ("secret" in their
 * slugs and texts, so that a leak is easy to find).
 */
export async function createPublicAndPrivateRecords(db: Db) {
	const c = collections(db);
	await createPlace(db, { slug: 'warszawa', name: 'Warszawa' });
	await createEdition(db, {
		slug: 'published-edition',
		name: 'Opublikowana',
		year: 2015,
		phase: 'published'
	});
	await createEdition(db, { slug: 'review-edition', name: 'W ocenie', phase: 'review' });
	const practice = (fields: Parameters<typeof createEntry>[1]) =>
		createEntry(db, { place: 'warszawa', ...fields });
	await practice({
		slug: 'awarded-one',
		status: 'awarded',
		edition: 'published-edition',
		jurorQuotes: [{ juror: 'public-juror', text: 'Świetne.' }]
	});
	await practice({ slug: 'mentioned-one', status: 'mentioned', edition: 'published-edition' });
	await practice({ slug: 'curated-one', status: 'catalogue', edition: null });
	await practice({ slug: 'secret-draft', status: 'draft', edition: 'review-edition' });
	await practice({ slug: 'secret-submitted', status: 'submitted', edition: 'review-edition' });
	await practice({ slug: 'secret-withdrawn', status: 'withdrawn', edition: 'published-edition' });
	await practice({ slug: 'secret-early-award', status: 'awarded', edition: 'review-edition' });
	await c.awards.insertMany([
		{
			slug: 'public-award',
			edition: 'published-edition',
			practice: 'awarded-one',
			title: 'Wyróżnienie',
			category: 'education',
			justification: 'Bo tak.',
			justificationHtml: '<p>Bo tak.</p>',
			similarActions: ['mentioned-one', 'secret-draft'],
			recommendations: ['rec-one'],
			order: 0,
			...stored()
		},
		{
			slug: 'secret-award',
			edition: 'review-edition',
			practice: 'secret-early-award',
			title: 'Wyróżnienie',
			category: 'education',
			justification: 'Jeszcze tajne.',
			justificationHtml: '',
			similarActions: [],
			recommendations: [],
			order: 0,
			...stored()
		}
	]);
	await c.recommendations.insertOne({
		slug: 'rec-one',
		edition: 'published-edition',
		title: 'Rekomendacja',
		text: 'Tekst',
		textHtml: '<p>Tekst</p>',
		themes: [],
		order: 0,
		...stored()
	});
	await c.people.insertMany([
		{ slug: 'public-juror', name: 'Jurorka Publiczna', publicProfile: true, ...stored() },
		{ slug: 'private-juror', name: 'Juror Prywatny', publicProfile: false, ...stored() }
	]);
}
