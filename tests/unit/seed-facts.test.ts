/**
 * Facts of the seed catalogue that a comparison with the source documents found wrong, added or
 * left out (issue 14), pinned as corrected, and the English every public record carries.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../seed/catalogue';

const catalogue = loadCatalogue();
const practice = (slug: string) => {
	const found = catalogue.practices.find((p) => p.slug === slug);
	if (!found) throw new Error(`no practice ${slug}`);
	return found;
};
const award = (practiceSlug: string) => catalogue.awards.find((a) => a.practice === practiceSlug)!;
const recommendation = (slug: string) => catalogue.recommendations.find((r) => r.slug === slug)!;
const organisation = (slug: string) => catalogue.organisations.find((o) => o.slug === slug);
/** Every piece of text of a record, English included, as one string. */
const textOf = (record: unknown) => JSON.stringify(record);

describe('seed facts corrected against the sources', () => {
	it('1_lodzEmploysTwoForeigners_inTheSourcesNumberWord', () => {
		const lodz = practice('lodz-zatrudnienie-cudzoziemcow-w-urzedzie-miasta');
		expect(lodz.summary).toContain('dwóch cudzoziemców');
		expect(lodz.title).toContain('dwóch cudzoziemców');
		expect(textOf(lodz)).not.toMatch(/dwoje/);
	});

	it('2_fourDistinctionsHaveNoSimilarActions_andTheEditionSaysSo', () => {
		const without = catalogue.awards.filter((a) => a.similarActions.length === 0).map((a) => a.practice);
		expect(without.sort()).toEqual([
			'poznan-amiga-cebam-uam',
			'warszawa-dotacje-uwzgledniajace-wielokulturowosc',
			'warszawa-koncepcja-wspierania-edukacji-cudzoziemcow',
			'wroclaw-kontynenty-wroclawia-infolink'
		]);
		const description = catalogue.editions[0].description;
		expect(description).not.toMatch(/przy każdym wyróżnieniu/i);
		expect(description).toMatch(/Przy siedmiu wyróżnieniach/);
		expect(description).toMatch(/przy czterech/);
	});

	it('3_diversityInStrategies_coversVariousAreasNotAll', () => {
		const text = recommendation('roznorodnosc-w-strategiach-miejskich').text;
		expect(text).toContain('w różnych obszarach');
		expect(text).not.toMatch(/wszystkich obszarach/);
	});

	it('4_ukraineIsSaidWithTheSourcesQuestionMark', () => {
		const lublin = practice('lublin-study-in-lublin');
		const fields = [
			lublin.summary,
			lublin.description,
			lublin.summaryEn!,
			award(lublin.slug).justification,
			award(lublin.slug).summaryEn!
		];
		for (const field of fields) {
			expect(field).toMatch(/Ukrain/);
			expect(field).toMatch(/znak(iem)? zapytania|question mark/);
		}
		expect(textOf([lublin, award(lublin.slug)])).not.toMatch(
			/zwłaszcza z Ukrainy|przede wszystkim z Ukrainy/
		);
	});

	it('5_pomorskiePartners_areThoseOfTheProgrammeNotOfCwiiInGeneral', () => {
		const pomorskie = practice('pomorskie-trzy-kroki-do-integracji');
		expect(pomorskie.organisations).toEqual(['samorzad-wojewodztwa-pomorskiego', 'cwii']);
		expect(pomorskie.partners).toEqual(['rops-gdansk']);
		const cwiiPartners = [
			'kaszubski-uniwersytet-ludowy',
			'fundacja-parasol',
			'port-slupsk',
			'fundacja-pokolenia',
			'fundacja-gospodarcza',
			'stowarzyszenie-czas-inicjatyw-spolecznych'
		];
		const mentioned = new Map(pomorskie.mentionedOrganisations!.map((m) => [m.organisation, m.role]));
		for (const slug of cwiiPartners) {
			expect(pomorskie.partners).not.toContain(slug);
			expect(mentioned.get(slug)).toMatch(/współpracuje z CWII/);
			expect(mentioned.get(slug)).toMatch(/nie łączą/);
		}
	});

	it('6_schoolsRecommendation_isAboutImmigrantChildren', () => {
		const text = recommendation('pracownicy-z-doswiadczeniem-migracyjnym-w-szkolach').text;
		expect(text).toContain('dzieci imigranci');
		expect(text).not.toContain('dzieci imigrantów');
	});

	it('7_noScopeOrDateTheSourcesDoNotGive_andTheYearIsMarkedAsInferred', () => {
		const all = textOf(catalogue);
		expect(all).not.toMatch(/ogólnopolsk/i);
		expect(all).not.toMatch(/stan na ok\. 2015/);
		const [edition] = catalogue.editions;
		expect(edition.yearNote).toMatch(/wywnioskowano/);
		expect(edition.yearNote).toMatch(/12\.05\.2015/);
	});

	it('8_lublinStrategy_saysOnlyWhatTheSourceSays', () => {
		const lublin = practice('lublin-strategia-rozwoju-2013-2020');
		const text = textOf([lublin, award(lublin.slug)]);
		expect(text).not.toMatch(/pojedynczych projektów/);
		expect(text).not.toMatch(/całe miasto/);
		expect(text).not.toMatch(/tworząc/);
		expect(lublin.summary).toContain('stara się budować');
	});

	it('9_cityAsLeader_hasNoAddedClause', () => {
		expect(recommendation('miasto-liderem-wsparcia-integracyjnego').text).not.toMatch(/innym podmiotom/);
	});

	it('10_organisationsAreNamedAsTheSourcesNameThem_andNoOperatorIsInvented', () => {
		expect(organisation('centrum-komunikacji-spolecznej-warszawa')).toMatchObject({
			name: 'Centrum Komunikacji Społecznej'
		});
		expect(organisation('centrum-komunikacji-spolecznej-warszawa')?.shortName).toBeUndefined();
		expect(organisation('rops-gdansk')?.name).toBe('Regionalny Ośrodek Polityki Społecznej');
		expect(practice('lublin-study-in-lublin').organisations).toEqual([]);
		const wroclaw = practice('wroclaw-kontynenty-wroclawia-infolink');
		expect(wroclaw.summary).not.toMatch(/prowadzi/);
		expect(wroclaw.organisations).toContain('infolink-wroclaw');
	});

	it('11_theSlideFigureKeepsBothYears_andThePresentationIsNotPlacedAtTheConference', () => {
		const pomorskie = practice('pomorskie-trzy-kroki-do-integracji');
		const figure = pomorskie.keyFigures.find((f) => f.value === '67 395')!;
		expect(figure.label).toMatch(/2016 i 2017/);
		expect(pomorskie.description).not.toMatch(/w 2016 r\. w województwie/);
		expect(pomorskie.description).toMatch(/żaden z dokumentów nie mówi jednak, czy prezentację pokazano/);
	});

	it('12_smallEmbellishmentsAreGone', () => {
		const all = textOf(catalogue);
		for (const phrase of [/świadomie/, /pełnoprawn/, /podmioty miejskie/, /ochron\w+ międzynarodow/i])
			expect(all).not.toMatch(phrase);
		expect(practice('warszawa-zarzadzanie-roznorodnoscia').title).toBe('Warszawa');
	});

	it('13_pomorskieTellsWhatTheNewsItemSays', () => {
		const text = practice('pomorskie-trzy-kroki-do-integracji').description;
		expect(text).toMatch(/po kilku miesiącach/);
		expect(text).toMatch(/Pracowników brakuje/);
		expect(text).toMatch(/Wicemarszałek Paweł Orłowski/);
		expect(text).toMatch(/wyzwanie, a zarazem szansę/);
		expect(text).toMatch(/jakiego wsparcia urzędnicy potrzebują/);
		expect(text).toMatch(/nowe zadania/);
		expect(text).toMatch(/jakie przysługują im prawa/);
		expect(text).toMatch(/zawiłości administracji/);
	});

	it('14_amigaStatesItsAimAndTheQualityOfLife', () => {
		const amiga = practice('poznan-amiga-cebam-uam');
		expect(amiga.summary).toMatch(/jakość ich życia w mieście/);
		expect(amiga.description).toMatch(/lepszej jakości ich życia w mieście/);
	});

	it('15_organisationsNamedInTheSources_existAndAreLinked', () => {
		const linked = new Set(
			catalogue.practices.flatMap((p) => [
				...p.organisations,
				...p.partners,
				...(p.mentionedOrganisations ?? []).map((m) => m.organisation)
			])
		);
		for (const slug of [
			'nfz',
			'muzeum-emigracji-gdynia',
			'um-gdansk',
			'starostwo-powiatowe-kartuzy',
			'infolink-wroclaw',
			'osrodek-doradczo-szkoleniowy-wdgr-um-poznan'
		]) {
			expect(organisation(slug), slug).toBeDefined();
			expect(linked.has(slug), slug).toBe(true);
		}
	});
});

describe('seed presentation', () => {
	it('mentionedPractices_carryNoEditorialNoteAboutTheSources', () => {
		const mentioned = catalogue.practices.filter((p) => p.status === 'mentioned');
		expect(mentioned.length).toBeGreaterThanOrEqual(14);
		for (const p of mentioned) {
			expect(p.summary, p.slug).not.toMatch(/[źŹ]ródło/);
			expect(p.summary, p.slug).not.toMatch(/szczegółów/);
			const namedBy = catalogue.awards.filter((a) => a.similarActions.includes(p.slug));
			expect(namedBy.length, p.slug).toBeGreaterThan(0);
		}
	});

	it('everyRecordNamesItsSourceDocuments_definedOnce', () => {
		const ids = new Set<string>();
		for (const record of [...catalogue.practices, ...catalogue.awards, ...catalogue.recommendations]) {
			expect(record.sources?.length, record.slug).toBeGreaterThan(0);
			for (const source of record.sources!) ids.add(JSON.stringify(source));
		}
		// The same five documents everywhere, each with one description.
		expect(ids.size).toBe(5);
		const titles = [...ids].map((s) => JSON.parse(s).title);
		expect(titles).toContain('Opis wyróżnionych praktyk miejskich');
		expect(titles).toContain('Trzy kroki do integracji na Pomorzu');
	});

	it('everyPublicRecord_hasAnEnglishTitleAndSummary', () => {
		for (const record of [...catalogue.practices, ...catalogue.awards, ...catalogue.recommendations]) {
			expect(record.titleEn?.trim(), record.slug).toBeTruthy();
			expect(record.summaryEn?.trim(), record.slug).toBeTruthy();
			expect(record.titleEn, record.slug).not.toBe(record.title);
			expect(record.summaryEn, record.slug).not.toMatch(/ (się|jest|oraz|który|która) /);
		}
	});
});
