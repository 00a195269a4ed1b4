import type { z } from 'zod';
import type { award } from '../../src/lib/schemas/index.ts';

const edition = 'miasta-otwarte-2015';
const title = 'Wyróżnienie';

export const awards: z.input<typeof award>[] = [
	{
		slug: 'wyroznienie-lublin-strategia-rozwoju',
		edition,
		practice: 'lublin-strategia-rozwoju-2013-2020',
		title,
		category: 'city-strategy',
		justification:
			'Jury doceniło, że Lublin nie ogranicza się do pojedynczych projektów, lecz **systemowo** buduje lokalną politykę integracji imigrantów. Miasto od kilku lat współpracuje ze wszystkimi instytucjami i organizacjami pozarządowymi wspierającymi cudzoziemców, tworząc spójny i kompleksowy system zarządzania różnorodnością.',
		similarActions: [
			'bialystok-program-bialystok-dla-tolerancji',
			'warszawa-zarzadzanie-roznorodnoscia',
			'krakow-strategia-przeciwdzialania-rasizmowi-i-ksenofobii'
		],
		recommendations: ['roznorodnosc-w-strategiach-miejskich'],
		order: 0
	},
	{
		slug: 'wyroznienie-lublin-zatrudnianie-imigrantow',
		edition,
		practice: 'lublin-zatrudnianie-imigrantow-w-urzedzie-miasta',
		title,
		category: 'employing-immigrants',
		justification:
			'Wyróżnienie za politykę kadrową, która traktuje imigrantów jako **zasób urzędu**: troje cudzoziemców pracuje na stałych stanowiskach, kolejne osoby wykonują zlecenia wymagające znajomości Europy Wschodniej oraz języków rosyjskiego i ukraińskiego, a urząd przyjmuje cudzoziemców także na praktyki i staże.',
		similarActions: ['lodz-zatrudnienie-cudzoziemcow-w-urzedzie-miasta'],
		recommendations: ['zatrudnianie-imigrantow-w-jednostkach-samorzadowych'],
		order: 1
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
		order: 2
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
		order: 3
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
		order: 4
	},
	{
		slug: 'wyroznienie-lublin-study-in-lublin',
		edition,
		practice: 'lublin-study-in-lublin',
		title,
		category: 'study-in',
		justification:
			'Wyróżnienie za **kompleksowy program** przyciągania młodzieży z zagranicy, zwłaszcza z Ukrainy, na lubelskie uczelnie: od czterojęzycznego portalu www.study.lublin.eu po pomoc w zaaklimatyzowaniu się nowych studentów. Jury podkreśliło, że umiędzynarodowienie uczelni znalazło się w dokumentach strategicznych samego miasta.',
		similarActions: ['gdansk-study-in-pomorskie', 'poznan-akademicki-poznan', 'warszawa-study-in-warsaw'],
		recommendations: ['umiedzynarodowienie-uczelni-w-dokumentach-miasta'],
		order: 5
	},
	{
		slug: 'wyroznienie-lublin-mops',
		edition,
		practice: 'lublin-mops-pomoc-cudzoziemcom',
		title,
		category: 'social-aid',
		justification:
			'Jury doceniło **nowatorskie i kompleksowe** wsparcie, jakie MOPS od wielu lat daje cudzoziemcom objętym ochroną: w 2014 r. były to mieszkania chronione, kursy, szkolenia i staże zawodowe, pomoc psychologiczna i wydarzenia zbliżające imigrantów do mieszkańców Lublina.',
		similarActions: ['wroclaw-program-wroclaw-miastem-aktywnych'],
		recommendations: ['wspolne-pozyskiwanie-funduszy-na-integracje'],
		order: 6
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
		order: 7
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
		order: 8
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
		order: 9
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
		order: 10
	}
];
