import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { overwriteGetLocale } from '../../src/lib/paraglide/runtime';
import {
	editionForm,
	jurorAddForm,
	newDraftForm,
	parseScore,
	parseSearchParams,
	practiceDraftForm,
	practiceQuery
} from '../../src/lib/schemas';
import { useFormErrors } from '../../src/lib/schemas/errors';

/*
 * Form messages are read when a form is parsed, in the language of the request; zod's own
 * (English) messages are replaced by ours. Polish letters under English, or zod's English
 * wording under Polish, mean a message was missed.
 */

let locale: 'pl' | 'en' = 'pl';
overwriteGetLocale(() => locale);
useFormErrors();
afterAll(() => z.config({ customError: undefined }));

const polish = /[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ„]/;
const zodWording = /Invalid|expected|received|Too (big|small)/;

function messages(schema: z.ZodType, input: unknown): string[] {
	const parsed = schema.safeParse(input);
	expect(parsed.success).toBe(false);
	return parsed.error!.issues.map((issue) => issue.message);
}

const draft = {
	title: 'x',
	summary: 'a'.repeat(1001),
	description: '',
	place: 'Not A Slug',
	organisation: '',
	categories: [],
	themes: [],
	targetGroups: [],
	periodFrom: '20',
	periodTo: '',
	funding: '',
	keyFigures: 'no colon here',
	links: '',
	version: 1
};

const cases: [string, z.ZodType, unknown][] = [
	['new draft', newDraftForm, { edition: '', title: 'a' }],
	['practice draft', practiceDraftForm, draft],
	[
		'edition',
		editionForm,
		{
			slug: 'Zła nazwa',
			name: '',
			year: 1990,
			description: 'x'.repeat(20_001),
			languages: ['de'],
			version: -1
		}
	],
	['juror', jurorAddForm, { account: '', email: 'not-an-email', organisations: [], places: [], bio: '' }]
];

describe('form messages follow the language of the request', () => {
	for (const [name, schema, input] of cases) {
		it(`${name}: Polish under pl, English under en`, () => {
			locale = 'pl';
			const pl = messages(schema, input);
			locale = 'en';
			const en = messages(schema, input);
			expect(pl.length).toBeGreaterThan(0);
			expect(en).toHaveLength(pl.length);
			for (const message of pl) expect(message).not.toMatch(zodWording);
			for (const message of en) expect(message).not.toMatch(polish);
			expect(en).not.toEqual(pl);
		});
	}

	it('gives the line messages and a score form in each language', () => {
		const criteria = [{ id: 'a', label: 'Skala', scale: { min: 1, max: 5 } }];
		locale = 'pl';
		const pl = parseScore({ version: '', score_a: '9' }, criteria as never, [], true);
		locale = 'en';
		const en = parseScore({ version: '', score_a: '9' }, criteria as never, [], true);
		expect(pl.ok || en.ok).toBe(false);
		const plText = Object.values(pl.ok ? {} : pl.errors).join(' ');
		const enText = Object.values(en.ok ? {} : en.errors).join(' ');
		expect(plText).toContain('Oceń kryterium „Skala”');
		expect(enText).toContain('Score the criterion “Skala”');
		expect(enText.replace('Skala', '')).not.toMatch(polish);
	});

	it('says which line of a list is wrong in the page language', () => {
		locale = 'en';
		expect(messages(practiceDraftForm, draft)).toContain('Line 1: use “description: value”.');
		locale = 'pl';
		expect(messages(practiceDraftForm, draft)).toContain('Wiersz 1: użyj „opis: wartość”.');
	});

	it('leaves the API its English messages on a Polish request', () => {
		locale = 'pl';
		const parsed = parseSearchParams(practiceQuery, new URLSearchParams('pageSize=500'), { strict: true });
		expect(parsed.ok).toBe(false);
		expect(parsed.ok ? '' : parsed.message).toMatch(/^Invalid parameter "pageSize": Too big/);
	});
});
