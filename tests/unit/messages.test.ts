import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const load = (locale: string) =>
	JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;
const polish = load('pl');
const english = load('en');
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('UI messages', () => {
	it('everyKey_isTranslatedInBothLanguages', () => {
		expect(Object.keys(english).sort()).toEqual(Object.keys(polish).sort());
		for (const [key, text] of Object.entries({ ...polish, ...english })) {
			expect(text.trim(), key).not.toBe('');
		}
	});

	it('placeholders_matchBetweenLanguages', () => {
		for (const key of Object.keys(polish)) {
			expect(placeholders(english[key]), key).toEqual(placeholders(polish[key]));
		}
	});
});

describe('numbers in the page language', () => {
	it('countsOfTensOfThousands_areGroupedAsEachLanguageWritesThem', async () => {
		const { formatCount } = await import('../../src/lib/i18n');
		const { overwriteGetLocale, getLocale } = await import('../../src/lib/paraglide/runtime');
		const original = getLocale;
		try {
			overwriteGetLocale(() => 'pl');
			expect([formatCount(28), formatCount(1000), formatCount(100_028)]).toEqual([
				'28',
				'1000',
				'100\u00a0028'
			]);
			overwriteGetLocale(() => 'en');
			expect([formatCount(28), formatCount(1000), formatCount(100_028)]).toEqual(['28', '1,000', '100,028']);
		} finally {
			overwriteGetLocale(original);
		}
	});
});
