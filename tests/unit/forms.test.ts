import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { editionForm, practiceDraftForm } from '../../src/lib/schemas';
import { readForm } from '../../src/lib/server/forms';

const formData = (entries: [string, string][]) => {
	const form = new FormData();
	for (const [name, value] of entries) form.append(name, value);
	return form;
};

describe('readForm', () => {
	it.each(['$ne', '__proto__', 'title.$gt', 'constructor'])('fieldName_%s_isRefused', (name) => {
		const result = readForm(
			z.object({ title: z.string() }),
			formData([
				['title', 'x'],
				[name, '']
			])
		);
		expect(result.ok).toBe(false);
		expect(result.ok ? '' : result.errors.form).toContain(name);
	});

	it('invalidInput_returnsWhatWasTypedAndAMessagePerField', () => {
		const result = readForm(
			practiceDraftForm,
			formData([
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
			['categories', 'themes', 'targetGroups']
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.values.summary).toBe('Mój długi opis, którego nie wolno zgubić');
		expect(result.values.categories).toEqual(['education', 'labour-market']);
		expect(Object.keys(result.errors).sort()).toEqual(['keyFigures', 'title']);
	});

	it('validDraft_isParsedIntoStructuredFields', () => {
		const result = readForm(
			practiceDraftForm,
			formData([
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
			]),
			['categories', 'themes', 'targetGroups']
		);
		expect(result.ok && result.data).toMatchObject({
			periodFrom: '2013-05',
			funding: 'UE',
			categories: [],
			keyFigures: [
				{ label: 'Szkolenia', value: '12 po 3–4 h' },
				{ label: 'Kursy', value: '36 godzin' }
			]
		});
	});

	it('editionCriteria_areReadOnePerLine', () => {
		const result = readForm(
			editionForm,
			formData([
				['slug', 'miasta-otwarte-2027'],
				['name', 'Miasta Otwarte 2027'],
				['year', '2027'],
				['description', ''],
				['submissionsOpen', '2027-01-10T09:00'],
				['submissionsClose', ''],
				['resultsDate', ''],
				['criteria', 'Innowacyjność | 2 | 10\nTrwałość'],
				['awardCategories', 'Wyróżnienie'],
				['eligibility', 'Gminy miejskie'],
				['eligibilityChecklist', 'Działanie trwa co najmniej rok']
			])
		);
		expect(result.ok && result.data.criteria).toEqual([
			{ label: 'Innowacyjność', weight: 2, scale: 10 },
			{ label: 'Trwałość', weight: 1, scale: 10 }
		]);
	});
});
