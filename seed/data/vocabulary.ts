import type { z } from 'zod';
import type { vocabularyTerm } from '../../src/lib/schemas/records.ts';

type Term = Omit<z.input<typeof vocabularyTerm>, 'kind' | 'order'>;

const numbered = (
	kind: z.input<typeof vocabularyTerm>['kind'],
	terms: Term[]
): z.input<typeof vocabularyTerm>[] => terms.map((term, order) => ({ kind, ...term, order }));

export const vocabulary: z.input<typeof vocabularyTerm>[] = [
	...numbered('category', [
		{ code: 'city-strategy', pl: 'Strategia miejska', en: 'City strategy' },
		{
			code: 'dialogue-body',
			pl: 'Ciało dialogu i doradztwa / zespół międzysektorowy',
			en: 'Dialogue or advisory body / cross-sector team'
		},
		{
			code: 'employing-immigrants',
			pl: 'Zatrudnianie imigrantów w administracji',
			en: 'Employing immigrants in the administration'
		},
		{ code: 'multicultural-centre', pl: 'Centrum wielokulturowe', en: 'Multicultural centre' },
		{ code: 'integration-programme', pl: 'Program integracyjny', en: 'Integration programme' },
		{
			code: 'study-in',
			pl: 'Przyciąganie studentów z zagranicy („Study in…”)',
			en: 'Attracting international students ("Study in…")'
		},
		{ code: 'social-aid', pl: 'Pomoc społeczna', en: 'Social assistance' },
		{
			code: 'info-point',
			pl: 'Punkt informacyjny / obsługa w jednym miejscu',
			en: 'Information point / one-stop shop'
		},
		{
			code: 'research-partnership',
			pl: 'Współpraca z uczelnią i ośrodkiem badawczym',
			en: 'Partnership with a university or research centre'
		},
		{ code: 'education', pl: 'Edukacja', en: 'Education' },
		{ code: 'grant-schemes', pl: 'Konkursy dotacyjne', en: 'Grant schemes' },
		{
			code: 'labour-market',
			pl: 'Rynek pracy i przedsiębiorczość',
			en: 'Labour market and entrepreneurship'
		},
		{ code: 'officials-training', pl: 'Szkolenia dla urzędników', en: 'Training for officials' },
		{ code: 'anti-discrimination', pl: 'Przeciwdziałanie dyskryminacji', en: 'Anti-discrimination' }
	]),
	...numbered('theme', [
		{ code: 'diversity-management', pl: 'Zarządzanie różnorodnością', en: 'Diversity management' },
		{ code: 'participation', pl: 'Partycypacja i udział imigrantów', en: 'Participation of immigrants' },
		{ code: 'labour-market', pl: 'Rynek pracy', en: 'Labour market' },
		{ code: 'entrepreneurship', pl: 'Przedsiębiorczość', en: 'Entrepreneurship' },
		{ code: 'education', pl: 'Edukacja szkolna', en: 'School education' },
		{ code: 'higher-education', pl: 'Szkolnictwo wyższe', en: 'Higher education' },
		{ code: 'language-learning', pl: 'Nauka języka polskiego', en: 'Polish language learning' },
		{ code: 'social-assistance', pl: 'Pomoc społeczna', en: 'Social assistance' },
		{ code: 'housing', pl: 'Mieszkalnictwo', en: 'Housing' },
		{ code: 'health', pl: 'Zdrowie', en: 'Health' },
		{ code: 'culture', pl: 'Kultura', en: 'Culture' },
		{ code: 'information', pl: 'Informacja i poradnictwo', en: 'Information and advice' },
		{ code: 'anti-discrimination', pl: 'Przeciwdziałanie dyskryminacji', en: 'Anti-discrimination' },
		{ code: 'cross-sector-cooperation', pl: 'Współpraca międzysektorowa', en: 'Cross-sector cooperation' },
		{ code: 'regional-policy', pl: 'Polityka regionalna', en: 'Regional policy' },
		{ code: 'funding', pl: 'Finansowanie działań', en: 'Funding' },
		{ code: 'public-services', pl: 'Dostępność usług publicznych', en: 'Access to public services' },
		{ code: 'intercultural-dialogue', pl: 'Dialog międzykulturowy', en: 'Intercultural dialogue' },
		{ code: 'research', pl: 'Badania i wiedza o migracjach', en: 'Research and knowledge on migration' },
		{ code: 'safety', pl: 'Bezpieczeństwo', en: 'Safety' }
	]),
	...numbered('targetGroup', [
		{ code: 'immigrants', pl: 'Imigranci', en: 'Immigrants' },
		{
			code: 'foreign-students',
			pl: 'Studenci i absolwenci z zagranicy',
			en: 'International students and graduates'
		},
		{
			code: 'refugees',
			pl: 'Cudzoziemcy objęci jedną z form ochrony',
			en: 'Foreigners granted a form of protection'
		},
		{ code: 'migrant-entrepreneurs', pl: 'Imigranci-przedsiębiorcy', en: 'Migrant entrepreneurs' },
		{ code: 'jobseekers', pl: 'Osoby szukające pracy', en: 'Jobseekers' },
		{
			code: 'migrant-children',
			pl: 'Dzieci z doświadczeniem migracyjnym',
			en: 'Children with a migration background'
		},
		{ code: 'migrant-families', pl: 'Rodziny imigranckie', en: 'Immigrant families' },
		{ code: 'teachers', pl: 'Nauczyciele', en: 'Teachers' },
		{ code: 'officials', pl: 'Urzędnicy', en: 'Officials' },
		{ code: 'employers', pl: 'Pracodawcy', en: 'Employers' },
		{ code: 'ngos', pl: 'Organizacje pozarządowe', en: 'NGOs' },
		{ code: 'migrant-organisations', pl: 'Organizacje imigranckie', en: 'Immigrant organisations' },
		{ code: 'local-community', pl: 'Społeczność lokalna', en: 'Local community' },
		{ code: 'local-governments', pl: 'Samorządy lokalne', en: 'Local governments' }
	])
];
