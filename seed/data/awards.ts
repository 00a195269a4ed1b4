import type { z } from 'zod';
import type { award } from '../../src/lib/schemas/records.ts';
import { documents } from './sources.ts';

const edition = 'miasta-otwarte-2015';
const title = 'Wyróżnienie';
const titleEn = 'Distinction';
const sources = [documents.competition];

export const awards: z.input<typeof award>[] = [
	{
		slug: 'wyroznienie-lublin-strategia-rozwoju',
		edition,
		practice: 'lublin-strategia-rozwoju-2013-2020',
		title,
		category: 'city-strategy',
		justification:
			'Jury doceniło, że Urząd Miasta Lublin podejmuje **systemowe** działania na rzecz integracji imigrantów na poziomie lokalnym. Od kilku lat współpracuje ze wszystkimi instytucjami i organizacjami pozarządowymi wspierającymi cudzoziemców i stara się razem z nimi budować spójny, kompleksowy system zarządzania różnorodnością.',
		similarActions: [
			'bialystok-program-bialystok-dla-tolerancji',
			'warszawa-zarzadzanie-roznorodnoscia',
			'krakow-strategia-przeciwdzialania-rasizmowi-i-ksenofobii'
		],
		recommendations: ['roznorodnosc-w-strategiach-miejskich'],
		order: 0,
		titleEn,
		summaryEn:
			'The jury recognised that Lublin City Office takes systemic action on immigrant integration: for several years, together with all the institutions and NGOs working for foreigners, it has been trying to build a coherent and comprehensive system for managing diversity.',
		sources
	},
	{
		slug: 'wyroznienie-lublin-zatrudnianie-imigrantow',
		edition,
		practice: 'lublin-zatrudnianie-imigrantow-w-urzedzie-miasta',
		title,
		category: 'employing-immigrants',
		justification:
			'Wyróżnienie za politykę kadrową, która uwzględnia **potencjał zatrudniania imigrantów**: troje cudzoziemców pracuje na stałych stanowiskach, kolejne osoby wykonują na umowach zlecenia i o dzieło zadania wymagające znajomości specyfiki krajów Europy Wschodniej oraz języków rosyjskiego i ukraińskiego, a urząd przyjmuje cudzoziemców także na praktyki i staże.',
		similarActions: ['lodz-zatrudnienie-cudzoziemcow-w-urzedzie-miasta'],
		recommendations: ['zatrudnianie-imigrantow-w-jednostkach-samorzadowych'],
		order: 1,
		titleEn,
		summaryEn:
			'A distinction for a staffing policy that takes into account the potential of employing immigrants: three foreigners hold permanent posts, others carry out tasks on civil-law contracts that require knowledge of the specifics of Eastern European countries and of Russian and Ukrainian, and the office also takes foreigners on internships and traineeships.',
		sources
	},
	{
		slug: 'wyroznienie-warszawa-komisja-dialogu-spolecznego',
		edition,
		practice: 'warszawa-komisja-dialogu-spolecznego-ds-cudzoziemcow',
		title,
		category: 'dialogue-body',
		justification:
			'Jury wysoko oceniło **kompleksowość i skalę** działań Warszawy. Komisja Dialogu Społecznego ds. Cudzoziemców od kilku lat łączy urzędników i organizacje pozarządowe: doradza, opiniuje i współtworzy miejskie dokumenty oraz projekty aktów dotyczących migracji, a także dba o skuteczność działań kierowanych do imigrantów.',
		similarActions: [
			'gdansk-zespol-ds-modelu-integracji-imigrantow',
			'lublin-grupa-wspierajaca-zarzadzanie-roznorodnoscia-kulturowa',
			'lodz-komisja-dialogu-obywatelskiego-ds-roznorodnosci',
			'poznan-zespoly-eksperckie-ds-imigrantow',
			'wroclaw-zespol-ds-wielokulturowosci'
		],
		recommendations: ['trwale-zespoly-wspolpracy-miedzysektorowej'],
		order: 2,
		titleEn,
		summaryEn:
			"The jury rated highly the comprehensiveness and scale of Warsaw's actions. For several years the Social Dialogue Commission for Foreigners has brought officials and NGOs together: it advises, gives opinions and co-writes city documents and draft acts on migration, and works to make actions aimed at immigrants more effective.",
		sources
	},
	{
		slug: 'wyroznienie-warszawa-centrum-wielokulturowe',
		edition,
		practice: 'warszawa-centrum-wielokulturowe',
		title,
		category: 'multicultural-centre',
		justification:
			'Wyróżnienie dla nowego miejsca na Pradze, które **aktywizuje i wspiera społeczności imigranckie** i jednocześnie służy integracji warszawiaków różnego pochodzenia etnicznego.',
		similarActions: ['wroclaw-dzielnica-czterech-wyznan'],
		recommendations: ['przestrzen-dla-organizacji-imigranckich'],
		order: 3,
		titleEn,
		summaryEn:
			"A distinction for a new place in Warsaw's Praga district that activates and supports immigrant communities and at the same time serves the integration of Warsaw residents of different ethnic origins.",
		sources
	},
	{
		slug: 'wyroznienie-wroclaw-kontynenty-wroclawia',
		edition,
		practice: 'wroclaw-kontynenty-wroclawia-infolink',
		title,
		category: 'integration-programme',
		justification:
			'Jury doceniło **szeroki wachlarz działań** — spotkań, warsztatów i kursów — które przygotowują do wspólnego życia zarówno imigrantów, jak i Polaków, a także uruchomienie Infolinku, stacjonarnego i internetowego punktu informacyjnego dla nowo przybyłych. Wrocław pokazuje, że to miasto może być liderem bezpośredniego wsparcia integracyjnego.',
		similarActions: [],
		recommendations: ['miasto-liderem-wsparcia-integracyjnego'],
		order: 4,
		titleEn,
		summaryEn:
			'The jury recognised the broad range of activities — meetings, workshops and courses — that prepare both immigrants and Poles for living together, and the opening of Infolink, an information point for newcomers working in person and online. Wrocław shows that the city can lead in direct integration support.',
		sources
	},
	{
		slug: 'wyroznienie-lublin-study-in-lublin',
		edition,
		practice: 'lublin-study-in-lublin',
		title,
		category: 'study-in',
		justification:
			'Wyróżnienie za **kompleksowy program** przyciągania młodzieży z zagranicy na lubelskie uczelnie (opis konkursu wskazuje szczególnie Ukrainę, ale ze znakiem zapytania): od czterojęzycznego portalu www.study.lublin.eu po pomoc w zaaklimatyzowaniu się nowych studentów. Jury podkreśliło, że umiędzynarodowienie uczelni znalazło się w dokumentach strategicznych samego miasta.',
		similarActions: ['gdansk-study-in-pomorskie', 'poznan-akademicki-poznan', 'warszawa-study-in-warsaw'],
		recommendations: ['umiedzynarodowienie-uczelni-w-dokumentach-miasta'],
		order: 5,
		titleEn,
		summaryEn:
			"A distinction for a comprehensive programme attracting young people from abroad to Lublin's universities (the competition's description points in particular to Ukraine, but with a question mark): from a portal in four languages, www.study.lublin.eu, to help for new students to settle in. The jury stressed that the internationalisation of universities appears in the city's own strategic documents.",
		sources
	},
	{
		slug: 'wyroznienie-lublin-mops',
		edition,
		practice: 'lublin-mops-pomoc-cudzoziemcom',
		title,
		category: 'social-aid',
		justification:
			'Jury doceniło **nowatorskie i kompleksowe** wsparcie, jakie MOPS od wielu lat daje cudzoziemcom objętym jedną z form ochrony: w 2014 r. były to mieszkania chronione, kursy, szkolenia i staże zawodowe, pomoc psychologiczna i wydarzenia zbliżające imigrantów do mieszkańców Lublina.',
		similarActions: ['wroclaw-program-wroclaw-miastem-aktywnych'],
		recommendations: ['wspolne-pozyskiwanie-funduszy-na-integracje'],
		order: 6,
		titleEn,
		summaryEn:
			'The jury recognised the innovative and comprehensive support that the Municipal Social Assistance Centre has for many years given to foreigners granted one of the forms of protection: in 2014 it included sheltered flats, courses, trainings and work placements, psychological help and events bringing immigrants closer to the people of Lublin.',
		sources
	},
	{
		slug: 'wyroznienie-lublin-punkt-obslugi-cudzoziemcow',
		edition,
		practice: 'lublin-punkt-obslugi-cudzoziemcow-bom',
		title,
		category: 'info-point',
		justification:
			'Wyróżnienie za włączenie obsługi cudzoziemców do Biura Obsługi Mieszkańców. Punkt informuje o usługach urzędu i kieruje do innych instytucji, a samo umieszczenie go w BOM pokazuje, że **imigranci są traktowani jak mieszkańcy miasta**.',
		similarActions: ['wroclaw-kontynenty-wroclawia-infolink'],
		recommendations: ['imigranci-jako-pelnoprawni-mieszkancy'],
		order: 7,
		titleEn,
		summaryEn:
			"A distinction for bringing the service of foreigners into the Residents' Service Office. The point informs about the office's services and refers people to other institutions, and placing it in the Residents' Service Office shows that immigrants are treated as residents of the city.",
		sources
	},
	{
		slug: 'wyroznienie-poznan-wspolpraca-z-cebam-uam',
		edition,
		practice: 'poznan-amiga-cebam-uam',
		title,
		category: 'research-partnership',
		justification:
			'Jury wyróżniło **kompleksową współpracę Urzędu Miasta Poznania z ośrodkiem naukowo-badawczym**. W dwuletnim projekcie AMIGA Centrum Badań Migracyjnych UAM i miasto wspierały aktywność imigrantów na rynku pracy: zorganizowano cykl warsztatów, doradztwo zawodowe i kursy języka polskiego, a razem z Wydziałem Działalności Gospodarczej i Rolnictwa — spotkania o zakładaniu firmy.',
		similarActions: [],
		recommendations: ['wykorzystanie-potencjalu-uczelni-i-osrodkow-badawczych'],
		order: 8,
		titleEn,
		summaryEn:
			"The jury distinguished the comprehensive cooperation of Poznań City Office with a research centre. In the two-year AMIGA project, the Centre for Migration Research of Adam Mickiewicz University and the city supported immigrants' activity in the labour market: a series of workshops, career counselling and Polish courses, and — with the city's Department of Economic Activity and Agriculture — meetings on starting a business.",
		sources
	},
	{
		slug: 'wyroznienie-warszawa-edukacja-cudzoziemcow',
		edition,
		practice: 'warszawa-koncepcja-wspierania-edukacji-cudzoziemcow',
		title,
		category: 'education',
		justification:
			'Wyróżnienie dla Biura Edukacji za **systemowe podejście** do edukacji cudzoziemców: stałe podnoszenie kompetencji międzykulturowych nauczycieli, szerszą ofertę dla dzieci z doświadczeniem migracyjnym na różnych etapach nauki oraz ścisłą współpracę z organizacjami pozarządowymi przy integracji rodzin imigranckich.',
		similarActions: [],
		recommendations: ['pracownicy-z-doswiadczeniem-migracyjnym-w-szkolach'],
		order: 9,
		titleEn,
		summaryEn:
			"A distinction for the Education Office's systemic approach to the education of foreigners: steadily raising teachers' intercultural competences, a wider offer for children with a migration background at different stages of schooling, and close cooperation with NGOs on integrating immigrant families.",
		sources
	},
	{
		slug: 'wyroznienie-warszawa-konkursy-dotacyjne',
		edition,
		practice: 'warszawa-dotacje-uwzgledniajace-wielokulturowosc',
		title,
		category: 'grant-schemes',
		justification:
			'Jury doceniło, że wiele jednostek miasta — m.in. Biuro Kultury i Biuro Edukacji — **uwzględnia potrzeby imigrantów w konkursach dotacyjnych** albo wprost premiuje projekty na rzecz wielokulturowości. Dzięki temu organizacje pozarządowe od kilku lat mogą finansować bardzo różnorodne działania dla migrantów.',
		similarActions: [],
		recommendations: ['wielokulturowosc-priorytetem-konkursow-dotacyjnych'],
		order: 10,
		titleEn,
		summaryEn:
			"The jury recognised that many of the city's units — including the Culture Office and the Education Office — take immigrants' needs into account in grant competitions or openly favour projects for multiculturalism. As a result, NGOs have for several years been able to fund a wide range of activities for migrants.",
		sources
	}
];
