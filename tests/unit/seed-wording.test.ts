/**
 * The seed catalogue is written in our own words from the five source documents: facts, names,
 * figures and dates carry over, sentences do not. No public text may repeat 12 or more consecutive
 * words of a source (names and official titles aside, and juror quotes, which are quotations).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../seed/catalogue';

const SOURCES_DIR = join(import.meta.dirname, '../../seed/sources');
const RUN = 12;

/** Lower case, no diacritics (one source is OCR text that lost them), punctuation and spacing ignored. */
export function normalise(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[łŁ]/g, 'l')
		.toLowerCase()
		.replace(/[^a-z0-9|]+/g, ' ')
		.trim();
}

/** Names and official titles the catalogue must quote as they are; they never count as copying. */
const NAMES = [
	'Strategia zapobiegania i reakcji na zdarzenia o charakterze rasistowskim i ksenofobicznym w przestrzeni publicznej miasta',
	'Podnoszenie kompetencji jednostek samorządu terytorialnego z terenu województwa pomorskiego na rzecz integracji imigrantów',
	'Pomorskie Samorządowe Centrum Kompetencji w zakresie Integracji Imigrantów',
	'Pomorskiego Samorządowego Centrum Kompetencji w zakresie Integracji Imigrantów',
	'Pomorskiego Samorządowego Centrum Kompetencji w zakresie Wsparcia Imigrantów',
	'Centrum Integracji Społecznej Infolink - International Information and Support Office (Biuro Informacji i Pomocy dla Obcokrajowców)',
	'Ośrodek Doradczo-Szkoleniowy Wydziału Działalności Gospodarczej i Rolnictwa Urzędu Miasta Poznania',
	'Ośrodka Doradczo-Szkoleniowego Wydziału Działalności Gospodarczej i Rolnictwa Urzędu Miasta Poznania',
	'Jak zatrzymać potencjał imigrantów na Pomorzu? Specjalne szkolenia i warsztaty dla urzędników',
	'Komisja Dialogu Obywatelskiego ds. Różnorodności i Przeciwdziałania Dyskryminacji',
	'Międzysektorowy i interdyscyplinarny zespół ds. modelu integracji imigrantów',
	'Wielkopolskiego Urzędu Wojewódzkiego w Poznaniu (Wydział Spraw Obywatelskich i Cudzoziemców)',
	'Wielkopolski Urząd Wojewódzki w Poznaniu (Wydział Spraw Obywatelskich i Cudzoziemców)',
	'Przegląd sytuacji w zakresie zatrudnienia cudzoziemców',
	'Przeglad sytuacji w zakresie zatrudnienia cudzoziemcow',
	'Aktywni MIGrAnci na Lokalnym Rynku Pracy',
	'Urzędu Miasta Poznania',
	'Wielkopolskiego Urzędu Wojewódzkiego',
	'Powiatowego Urzędu Pracy',
	'Regionalnego Ośrodka Pomocy Społecznej',
	'Miejskiego Ośrodka Pomocy Rodzinie',
	'Miejskiego Ośrodka Pomocy Społecznej',
	'Narodowego Funduszu Zdrowia'
].map(normalise);

/** Runs of words between names: a name splits the text, so no run of words crosses it. */
function segments(text: string): string[][] {
	let marked = ` ${normalise(text)} `;
	for (const name of NAMES) marked = marked.replaceAll(` ${name} `, ' | ');
	return marked.split('|').map((part) => part.trim().split(' ').filter(Boolean));
}

function runsOf(text: string): string[] {
	const runs: string[] = [];
	for (const words of segments(text))
		for (let i = 0; i + RUN <= words.length; i++) runs.push(words.slice(i, i + RUN).join(' '));
	return runs;
}

/** Every string of a record, with its path; juror quotes are quotations and are left out. */
function texts(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
	if (typeof value === 'string') out.push([path, value]);
	else if (Array.isArray(value)) value.forEach((item, i) => texts(item, `${path}[${i}]`, out));
	else if (value && typeof value === 'object')
		for (const [key, item] of Object.entries(value))
			if (key !== 'jurorQuotes') texts(item, `${path}.${key}`, out);
	return out;
}

describe('seed wording', () => {
	const files = readdirSync(SOURCES_DIR).filter((f) => /^\d{3}_.*\.txt$/.test(f));
	const sourceRuns = new Map<string, string>();
	for (const file of files)
		for (const run of runsOf(readFileSync(join(SOURCES_DIR, file), 'utf8'))) sourceRuns.set(run, file);

	it('readsAllFiveSources', () => {
		expect(files).toHaveLength(5);
		expect(sourceRuns.size).toBeGreaterThan(3000);
	});

	it('noPublicText_repeatsTwelveWordsOfASource', () => {
		const catalogue = loadCatalogue();
		const copied: string[] = [];
		for (const [name, records] of Object.entries(catalogue))
			for (const record of records as { slug?: string; code?: string }[])
				for (const [path, text] of texts(record, `${name}/${record.slug ?? record.code}`))
					for (const run of runsOf(text))
						if (sourceRuns.has(run)) copied.push(`${path}: "${run}" (${sourceRuns.get(run)})`);
		expect([...new Set(copied)]).toEqual([]);
	});

	it('theCheck_findsACopiedSentence', () => {
		const copied = runsOf(
			'Tło: W roku 2017 r. do urzędu skierowano 130 tys. oświadczeń o zamiarze powierzenia pracy cudzoziemcom.'
		);
		expect(copied.some((run) => sourceRuns.has(run))).toBe(true);
		// A name alone is not copying, however long.
		expect(
			runsOf(
				'Zob. Strategia zapobiegania i reakcji na zdarzenia o charakterze rasistowskim i ksenofobicznym w przestrzeni publicznej miasta.'
			).some((run) => sourceRuns.has(run))
		).toBe(false);
	});
});
