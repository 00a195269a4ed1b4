import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import spec from '../../src/lib/api/openapi.json';
import { schemaErrors } from '../support/openapi';
import { publicPractice } from '../support/factories';

describe('OpenAPI description', () => {
	it('isAValidOpenApi31Document', async () => {
		const api = await SwaggerParser.validate(structuredClone(spec) as never);
		expect(api.info.title).toContain('Miasta Otwarte');
	});

	it('practiceSchema_acceptsAPublicPracticeAndRejectsAMissingField', () => {
		const practice = publicPractice({ status: 'awarded' });
		expect(schemaErrors('Practice', practice)).toEqual([]);
		const { summary: _omitted, ...withoutSummary } = practice;
		expect(schemaErrors('Practice', withoutSummary)).toEqual([" must have required property 'summary'"]);
	});

	it('practiceSchema_documentsEnglishAndSources', () => {
		const source = {
			id: 'opis-konkursu',
			title: 'Opis wyróżnionych praktyk miejskich',
			publisher: null,
			date: null,
			description: 'Opis konkursu.'
		};
		const practice = publicPractice({
			titleEn: 'A practice',
			summaryEn: 'In short.',
			sources: [source],
			mentionedOrganisations: [{ slug: 'nfz', name: 'Narodowy Fundusz Zdrowia', role: 'uczestnik szkoleń' }]
		});
		expect(schemaErrors('Practice', practice)).toEqual([]);
		const { titleEn: _title, ...withoutEnglishTitle } = practice;
		expect(schemaErrors('Practice', withoutEnglishTitle)).toEqual([" must have required property 'titleEn'"]);
		expect(schemaErrors('Practice', { ...practice, summaryEn: 3 })).not.toEqual([]);
		expect(schemaErrors('Practice', { ...practice, sources: [{ ...source, title: undefined }] })).not.toEqual(
			[]
		);
	});

	it('awardRecommendationAndEditionSchemas_carryTheNewFields', () => {
		const award = {
			slug: 'wyroznienie',
			edition: 'edycja',
			practice: 'praktyka',
			title: 'Wyróżnienie',
			justification: 'Bo tak.',
			similarActions: [],
			recommendations: [],
			titleEn: 'Distinction',
			summaryEn: 'Because.',
			sources: []
		};
		expect(schemaErrors('Award', award)).toEqual([]);
		const { summaryEn: _award, ...awardWithout } = award;
		expect(schemaErrors('Award', awardWithout)).toEqual([" must have required property 'summaryEn'"]);
		const recommendation = {
			id: 'r',
			slug: 'r',
			title: 'Rekomendacja',
			text: 'Tekst',
			textHtml: '<p>Tekst</p>',
			themes: [],
			awards: [],
			titleEn: null,
			summaryEn: null,
			sources: []
		};
		expect(schemaErrors('Recommendation', recommendation)).toEqual([]);
		const edition = { slug: 'e', name: 'Edycja', year: 2015, phase: 'published', yearNote: null };
		expect(schemaErrors('Edition', edition)).toEqual([]);
		expect(schemaErrors('Edition', { ...edition, yearNote: 2015 })).not.toEqual([]);
	});
});
