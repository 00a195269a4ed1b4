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
});
