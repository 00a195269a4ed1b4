import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { editionForm, parseKeyFigures, practiceDraftForm } from '../../src/lib/schemas';
import { readForm } from '../../src/lib/server/forms';

const posted = (entries: [string, string][]) => {
	const body = new FormData();
	for (const [name, value] of entries) body.append(name, value);
	return new Request('http://localhost/form', { method: 'POST', body });
};

const draft: [string, string][] = [
	['title', 'Migrant Info Point'],
	['summary', ''],
	['description', '### Opis'],
	['place', 'poznan'],
	['organisation', 'um-poznan'],
	['periodFrom', '2013-05'],
	['periodTo', '2015'],
	['funding', ' UE '],
	['keyFigures', 'Szkolenia: 12 po 3–4 h\nKursy: 36 godzin'],
	['links', ''],
	['version', '1']
];

describe('readForm', () => {
	it.each(['$ne', '__proto__', 'title.$gt', 'constructor'])('fieldName_%s_isRefusedWith400', async (name) => {
		const attempt = readForm(
			posted([
				['title', 'x'],
				[name, '']
			]),
			z.object({ title: z.string() })
		);
		const refusal = await attempt.catch((error: unknown) => error);
		expect(isHttpError(refusal, 400)).toBe(true);
		expect(isHttpError(refusal) && refusal.body.message).toContain(name);
	});

	it.each([
		['text/plain', 'email=a@b.c'],
		['multipart/form-data', '--x\r\n'],
		['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nbez końca'],
		['application/x-www-form-urlencoded; charset=utf-8', null],
		['application/json', '{"email":"a@b.c"}']
	])('anUnreadableBody_%s_isRefusedWith400NotA500', async (type, body) => {
		const request = new Request('http://localhost/form', {
			method: 'POST',
			headers: { 'content-type': type },
			body
		});
		const refusal = await readForm(request, z.object({ email: z.string() })).catch((e: unknown) => e);
		if (body === null) return expect(isHttpError(refusal)).toBe(false); // an empty form is a form
		expect(isHttpError(refusal, 400)).toBe(true);
	});

	it('invalidInput_returnsWhatWasTypedAndAMessagePerField', async () => {
		const form = await readForm(
			posted([
				['title', 'X'],
				['summary', 'Mój długi opis, którego nie wolno zgubić'],
				['description', ''],
				['place', 'poznan'],
				['organisation', 'um-poznan'],
				['categories', 'education'],
				['categories', 'labour-market'],
				['periodFrom', '2014'],
				['periodTo', ''],
				['funding', ''],
				['keyFigures', 'bez dwukropka'],
				['links', 'Portal | https://www.migrant.poznan.pl'],
				['version', '3']
			]),
			practiceDraftForm
		);
		expect(form.valid).toBe(false);
		expect(form.data.summary).toBe('Mój długi opis, którego nie wolno zgubić');
		expect(form.data.categories).toEqual(['education', 'labour-market']);
		expect(form.data.version).toBe(3);
		expect(Object.keys(form.errors).sort()).toEqual(['keyFigures', 'title']);
		expect(form.errors.keyFigures).toEqual(['Wiersz 1: użyj „opis: wartość”.']);
	});

	it('validDraft_keepsTheFormShapeAndChecksEveryLine', async () => {
		const form = await readForm(posted(draft), practiceDraftForm);
		expect(form.valid).toBe(true);
		expect(form.data).toMatchObject({ periodFrom: '2013-05', funding: 'UE', categories: [], version: 1 });
		expect(parseKeyFigures(form.data.keyFigures).items).toEqual([
			{ label: 'Szkolenia', value: '12 po 3–4 h' },
			{ label: 'Kursy', value: '36 godzin' }
		]);
	});

	it('editionForm_readsTheDeadlinesListsAndCheckboxes', async () => {
		const form = await readForm(
			posted([
				['slug', 'miasta-otwarte-2027'],
				['name', 'Miasta Otwarte 2027'],
				['year', '2027'],
				['description', ''],
				['submissionsOpen', '2027-01-10T09:00'],
				['submissionsClose', ''],
				['resultsDate', ''],
				['awardCategories', 'Wyróżnienie'],
				['eligibility', 'Gminy miejskie'],
				['eligibilityChecklist', 'Działanie trwa co najmniej rok'],
				['selfRegistration', 'on'],
				['languages', 'pl'],
				['languages', 'en'],
				['version', '0']
			]),
			editionForm
		);
		expect(form.valid).toBe(true);
		expect(form.data).toMatchObject({ year: 2027, selfRegistration: true, languages: ['pl', 'en'] });
		expect(form.data).toMatchObject({ submissionsOpen: '2027-01-10T09:00', awardCategories: 'Wyróżnienie' });
	});

	it('editionForm_reportsAMissingYearAndKeepsTheRest', async () => {
		const form = await readForm(
			posted([
				['slug', 'miasta-otwarte-2027'],
				['name', 'Miasta Otwarte 2027'],
				['year', ''],
				['eligibility', 'Gminy miejskie']
			]),
			editionForm
		);
		expect(form.valid).toBe(false);
		expect(form.data.eligibility).toBe('Gminy miejskie');
		expect(form.errors.year?.[0]).toMatch(/rok/i);
		expect(form.data.selfRegistration).toBe(false);
	});
});
