/**
 * What the demo jury reads and writes: entries retold from the seed practices (facts, names and
 * figures from the source documents; the wording is this file's own) and the jurors' remarks.
 */
import type { PracticeContent } from '../src/lib/schemas/records.ts';

/** The criteria of the template, by id, in its order. */
export const CRITERIA = ['trafnosc', 'partycypacja', 'efekt', 'przeniesienie', 'trwalosc', 'koszt'] as const;
type Scores = [number, number, number, number, number, number];
type Remarks = [string, string, string, string, string, string];

export const AWARD_CATEGORIES = [
	'Polityka i współpraca w mieście',
	'Informacja i usługi publiczne',
	'Praca, edukacja i samodzielność'
];

export interface DemoEntry {
	content: Omit<PracticeContent, 'status' | 'edition' | 'language' | 'jurorQuotes' | 'slug'> & {
		slug: string;
	};
	/** What the jury broadly thinks of it, per criterion (each juror leans a little off). */
	scores: Scores;
	/** One remark per criterion, in the criteria's order. */
	remarks: Remarks;
	/** For the other jurors only. */
	privateComment: string;
	/** For the applicant. */
	feedback: string;
	/** The category a juror recommending it would suggest. */
	category: string;
}

const md = (...parts: string[]) => parts.join('\n');

export const DEMO_ENTRIES: DemoEntry[] = [
	{
		content: {
			slug: 'demo-jury-lublin-punkt-obslugi-cudzoziemcow',
			title: 'Punkt Obsługi Cudzoziemców w lubelskim Biurze Obsługi Mieszkańców',
			summary:
				'Cudzoziemiec mieszkający w Lublinie dowiaduje się w jednym okienku Biura Obsługi Mieszkańców, co załatwi w urzędzie miasta, a dokąd i z czym ma pójść do innych instytucji.',
			description: md(
				'### Co robimy',
				'',
				'Punkt działa w Biurze Obsługi Mieszkańców Urzędu Miasta Lublin, obok okienek dla wszystkich mieszkańców. Nie jest osobnym biurem „dla obcych”, tylko częścią zwykłej obsługi.',
				'',
				'- wyjaśniamy, jakie usługi świadczy urząd miasta i jak z nich skorzystać,',
				'- podajemy adresy i kontakty urzędów oraz instytucji, które zajmują się sprawami cudzoziemców,',
				'- tłumaczymy, czym te instytucje się zajmują i jak wyglądają prowadzone przez nie procedury.',
				'',
				'### Dlaczego tak',
				'',
				'Nowo przybyli najczęściej gubią się nie w jednej procedurze, lecz w tym, która instytucja za co odpowiada. Jedno miejsce w urzędzie, w którym można o to zapytać, skraca tę drogę.'
			),
			place: 'lublin',
			organisations: ['bom-lublin', 'um-lublin'],
			partners: [],
			categories: ['info-point'],
			themes: ['information', 'public-services'],
			targetGroups: ['immigrants'],
			period: { from: null, to: null, note: 'działa na stałe (stan na ok. 2015 r.)' },
			funding: 'Budżet Urzędu Miasta Lublin',
			keyFigures: [{ label: 'Miejsce obsługi', value: 'Biuro Obsługi Mieszkańców UM Lublin' }],
			links: []
		},
		scores: [4, 2, 2, 5, 4, 5],
		remarks: [
			'Odpowiada na najczęstszy kłopot nowo przybyłych: nie wiedzą, który urząd za co odpowiada.',
			'Zgłoszenie nie mówi, czy imigranci współtworzyli zakres informacji.',
			'Brak liczby porad i danych o tym, z czym ludzie przychodzą.',
			'Łatwe do powtórzenia w każdym biurze obsługi mieszkańców.',
			'Punkt jest częścią zwykłej obsługi urzędu, nie projektem.',
			'Niewielki koszt: korzysta z istniejącego biura i ludzi.'
		],
		privateComment: 'Warto dopytać miasto o liczbę porad rocznie, zanim ocenimy efekt wyżej.',
		feedback: 'Dopiszcie, ile osób korzysta z punktu i z jakimi sprawami; to wzmocni zgłoszenie.',
		category: 'Informacja i usługi publiczne'
	},
	{
		content: {
			slug: 'demo-jury-lublin-mops-wsparcie-osob-objetych-ochrona',
			title: 'Kompleksowe wsparcie MOPS w Lublinie dla cudzoziemców objętych ochroną',
			summary:
				'Miejski Ośrodek Pomocy Społecznej w Lublinie od lat prowadzi dla osób z jedną z form ochrony mieszkania chronione, kursy, szkolenia i staże, pomoc psychologiczną i spotkania z mieszkańcami.',
			description: md(
				'### Dla kogo',
				'',
				'Dla cudzoziemców, którym w Polsce przyznano jedną z form ochrony, i dla ich sąsiadów w Lublinie.',
				'',
				'### Co zrobiliśmy w 2014 r.',
				'',
				'1. Prowadziliśmy 3 mieszkania chronione, w których można zacząć samodzielne życie.',
				'2. Organizowaliśmy kursy, szkolenia i staże zawodowe dla osób objętych pomocą.',
				'3. Zapewnialiśmy wsparcie psychologiczne.',
				'4. Przygotowywaliśmy wydarzenia, na których imigranci i lublinianie poznają się nawzajem.',
				'',
				'### Jak to łączymy',
				'',
				'Mieszkanie, praca i kontakt z sąsiadami są jednym planem wyjścia z pomocy, a nie trzema osobnymi świadczeniami.'
			),
			place: 'lublin',
			organisations: ['mops-lublin'],
			partners: [],
			categories: ['social-aid'],
			themes: ['social-assistance', 'housing', 'labour-market', 'health'],
			targetGroups: ['refugees', 'local-community'],
			period: { from: null, to: null, note: 'od wielu lat; dane za 2014 r.' },
			funding: 'Zadania własne i zlecone MOPS w Lublinie',
			keyFigures: [{ label: 'Mieszkania chronione (2014)', value: '3' }],
			links: []
		},
		scores: [5, 3, 3, 3, 4, 3],
		remarks: [
			'Trafia do osób w najtrudniejszym położeniu: objętych ochroną, bez mieszkania i pracy.',
			'Uczestnicy są odbiorcami; o ich udziale w planowaniu nic nie wiemy.',
			'3 mieszkania chronione to konkret, ale brak danych o usamodzielnieniu.',
			'Wymaga ośrodka pomocy z mieszkaniami chronionymi; w mniejszych gminach trudniej.',
			'Osadzone w zadaniach MOPS od wielu lat.',
			'Koszt mieszkań nie jest podany, trudno go zestawić z efektami.'
		],
		privateComment: 'Mocne merytorycznie, ale opis 2014 r. jest stary; czy program trwa w tej formie?',
		feedback: 'Pokażcie, ile osób po mieszkaniu chronionym mieszka i pracuje samodzielnie.',
		category: 'Praca, edukacja i samodzielność'
	},
	{
		content: {
			slug: 'demo-jury-warszawa-komisja-dialogu-ds-cudzoziemcow',
			title: 'Komisja Dialogu Społecznego ds. Cudzoziemców przy warszawskim Centrum Komunikacji Społecznej',
			summary:
				'Urzędnicy Warszawy i organizacje pozarządowe wspólnie opiniują i współtworzą miejskie dokumenty oraz projekty aktów o migracjach w komisji działającej przy Centrum Komunikacji Społecznej.',
			description: md(
				'### Jak działa',
				'',
				'Komisja Dialogu Społecznego (KDS) ds. Cudzoziemców zbiera się przy Centrum Komunikacji Społecznej Urzędu m.st. Warszawy. Zasiadają w niej razem przedstawiciele miasta i organizacji pozarządowych.',
				'',
				'### Czym się zajmuje',
				'',
				'- opiniuje i doradza w sprawach dotyczących cudzoziemców,',
				'- konsultuje, a często współpisze dokumenty i projekty aktów prawnych miasta o migracjach,',
				'- pilnuje, by działania kierowane do imigrantów rzeczywiście do nich docierały.',
				'',
				'### Co z tego wynika',
				'',
				'Organizacje znające codzienne problemy cudzoziemców mają stałe miejsce przy stole, a nie tylko zaproszenie do konsultacji gotowego tekstu.'
			),
			place: 'warszawa',
			organisations: ['centrum-komunikacji-spolecznej-warszawa', 'um-warszawa'],
			partners: [],
			categories: ['dialogue-body'],
			themes: ['cross-sector-cooperation', 'participation', 'diversity-management'],
			targetGroups: ['immigrants', 'ngos', 'officials'],
			period: { from: null, to: null, note: 'od kilku lat (stan na ok. 2015 r.)' },
			funding: null,
			keyFigures: [{ label: 'Skład', value: 'urzędnicy m.st. Warszawy i przedstawiciele NGO' }],
			links: []
		},
		scores: [4, 5, 3, 4, 4, 5],
		remarks: [
			'Daje organizacjom wpływ na dokumenty miasta o migracjach.',
			'Urzędnicy i NGO współtworzą dokumenty; brakuje tylko samych imigrantów w składzie.',
			'Nie wymieniono dokumentów, które komisja zmieniła.',
			'Model komisji dialogu istnieje w ustawie; łatwo go powtórzyć.',
			'Działa od kilku lat przy stałej jednostce urzędu.',
			'Praktycznie bez kosztów poza czasem uczestników.'
		],
		privateComment: 'Czy w komisji zasiadają organizacje imigranckie, czy tylko organizacje dla imigrantów?',
		feedback: 'Podajcie przykłady dokumentów, które komisja zaopiniowała lub współtworzyła.',
		category: 'Polityka i współpraca w mieście'
	},
	{
		content: {
			slug: 'demo-jury-warszawa-edukacja-dzieci-cudzoziemcow',
			title: 'Systemowe wspieranie edukacji cudzoziemców w warszawskich szkołach',
			summary:
				'Biuro Edukacji m.st. Warszawy wdraża koncepcję, w której nauczyciele stale rozwijają kompetencje międzykulturowe, a dzieci z doświadczeniem migracyjnym dostają szerszą ofertę na kolejnych etapach nauki.',
			description: md(
				'### Dwa filary',
				'',
				'1. **Nauczyciele.** Warszawscy nauczyciele systematycznie uczą się pracy w klasie, w której siedzą dzieci z różnych krajów.',
				'2. **Uczniowie.** Dzieci z doświadczeniem migracyjnym mają szerszą ofertę edukacyjną na różnych etapach nauki.',
				'',
				'### Z kim',
				'',
				'Biuro Edukacji współpracuje z organizacjami pozarządowymi, zwłaszcza gdy chodzi o włączanie rodzin imigranckich w życie szkół i dzielnic.'
			),
			place: 'warszawa',
			organisations: ['biuro-edukacji-warszawa'],
			partners: [],
			categories: ['education'],
			themes: ['education', 'intercultural-dialogue', 'cross-sector-cooperation'],
			targetGroups: ['migrant-children', 'migrant-families', 'teachers', 'ngos'],
			period: { from: null, to: null, note: 'wdrażana od ok. 2015 r.' },
			funding: 'Budżet oświatowy m.st. Warszawy',
			keyFigures: [{ label: 'Filary koncepcji', value: 'kompetencje nauczycieli i oferta dla uczniów' }],
			links: []
		},
		scores: [5, 3, 2, 4, 5, 3],
		remarks: [
			'Szkoła to pierwsze miejsce, gdzie rodzina imigrancka spotyka miasto.',
			'NGO pomagają przy rodzinach; o głosie rodziców w koncepcji nic nie ma.',
			'Brak danych: ilu nauczycieli przeszkolono, ilu uczniów skorzystało.',
			'Do powtórzenia w każdym dużym mieście prowadzącym szkoły.',
			'Koncepcja systemowa, wpisana w działanie Biura Edukacji.',
			'Koszt nieznany, choć pewnie mieści się w budżecie oświaty.'
		],
		privateComment: 'Najbardziej systemowe zgłoszenie edukacyjne, ale bez liczb trudno je porównać.',
		feedback: 'Warto dodać wskaźniki: przeszkoleni nauczyciele, uczniowie objęci wsparciem.',
		category: 'Praca, edukacja i samodzielność'
	},
	{
		content: {
			slug: 'demo-jury-wroclaw-kontynenty-infolink',
			title: '„Kontynenty Wrocławia” i punkt Infolink dla nowo przybyłych cudzoziemców',
			summary:
				'Wrocławskie Centrum Rozwoju Społecznego łączy cykl spotkań, warsztatów i kursów integrujących imigrantów z mieszkańcami z punktem Infolink, który stacjonarnie i w internecie pomaga nowo przybyłym odnaleźć się w mieście.',
			description: md(
				'### „Kontynenty Wrocławia”',
				'',
				'Spotkania, warsztaty i kursy uczą wspólnego życia w mieście obie strony: cudzoziemców i wrocławian.',
				'',
				'### Infolink',
				'',
				'International Information and Support Office (Biuro Informacji i Pomocy dla Obcokrajowców) przyjmuje na miejscu i odpowiada w internecie. Pomaga tym, którzy dopiero przyjechali, zrozumieć, jak działa Wrocław.',
				'',
				'### Po co razem',
				'',
				'Informacja odpowiada na pierwsze pytania, a spotkania sprawiają, że po kilku miesiącach nowi mieszkańcy mają we Wrocławiu znajomych.'
			),
			place: 'wroclaw',
			organisations: ['wcrs-wroclaw'],
			partners: [],
			categories: ['integration-programme', 'info-point'],
			themes: ['information', 'intercultural-dialogue', 'public-services'],
			targetGroups: ['immigrants', 'local-community'],
			period: { from: null, to: null, note: 'stan na ok. 2015 r.' },
			funding: 'Projekt prowadzony przez WCRS',
			keyFigures: [{ label: 'Kanały Infolinku', value: 'punkt stacjonarny i internet' }],
			links: []
		},
		scores: [4, 4, 3, 4, 3, 4],
		remarks: [
			'Łączy pierwszą informację z budowaniem kontaktów z mieszkańcami.',
			'Warsztaty angażują obie strony, imigrantów i wrocławian.',
			'Opis działań bez liczby uczestników i porad.',
			'Miejska jednostka rozwoju społecznego może to prowadzić w innym mieście.',
			'Ma formę projektu; niejasne, co po jego zakończeniu.',
			'Rozsądnie: jeden zespół prowadzi i punkt, i spotkania.'
		],
		privateComment: 'Dobre połączenie informacji i integracji, ale trwałość budzi moje wątpliwości.',
		feedback: 'Opiszcie, jak Infolink będzie działał po zakończeniu projektu.',
		category: 'Informacja i usługi publiczne'
	},
	{
		content: {
			slug: 'demo-jury-poznan-zespoly-eksperckie',
			title: 'Trzy zespoły eksperckie poznańskich instytucji pracujących z imigrantami',
			summary:
				'Wydziały Urzędu Miasta Poznania, urząd wojewódzki, urząd pracy, ośrodki pomocy i uczelnie spotkały się ponad 20 razy w trzech zespołach — ds. studentów, przyszłych przedsiębiorców i osób z trudnościami na rynku pracy — i wprowadziły konkretne zmiany.',
			description: md(
				'### Kto siedzi przy stole',
				'',
				'Kilka wydziałów Urzędu Miasta Poznania, Wielkopolski Urząd Wojewódzki, Powiatowy Urząd Pracy, Regionalny Ośrodek Pomocy Społecznej, Miejski Ośrodek Pomocy Rodzinie i większość państwowych uczelni.',
				'',
				'### Trzy zespoły i ich wyniki',
				'',
				'- **Studenci i absolwenci z zagranicy:** ankiety wśród zaczynających studia i absolwentów, porady w Migrant Info Point, udział w Orientation Days, informacje o akademikach na migrant.poznan.pl.',
				'- **Przyszli przedsiębiorcy:** szkolenia i materiały o zakładaniu firmy po angielsku, rosyjsku i hiszpańsku, doradztwo indywidualne; w konkursie „Poznański Lider Przedsiębiorczości” pojawiły się 4 wyróżnienia dla przedsiębiorców-migrantów.',
				'- **Osoby z trudnościami na rynku pracy:** doradztwo zawodowe, warsztaty dla szukających pracy, informator dla pracodawców, kontakt z 2 zrzeszeniami pracodawców i 2 izbami handlowymi, akcja „Pracodawca otwarty na cudzoziemców”.',
				'',
				'### Jak pracujemy',
				'',
				'Zespoły spotkały się ponad 20 razy, a między spotkaniami ich członkowie są w stałym kontakcie. Każda instytucja poprawia swoje praktyki, a razem miasto i region.'
			),
			place: 'poznan',
			organisations: ['um-poznan'],
			partners: ['wuw-poznan', 'pup-poznan', 'rops-poznan', 'mopr-poznan'],
			categories: ['dialogue-body', 'labour-market'],
			themes: ['cross-sector-cooperation', 'labour-market', 'entrepreneurship', 'higher-education'],
			targetGroups: ['foreign-students', 'migrant-entrepreneurs', 'jobseekers', 'employers', 'officials'],
			period: { from: null, to: null, note: 'stan na ok. 2015 r.' },
			funding: null,
			keyFigures: [
				{ label: 'Zespoły eksperckie', value: '3' },
				{ label: 'Spotkania zespołów', value: 'ponad 20' },
				{ label: 'Wyróżnienia dla przedsiębiorców-migrantów', value: '4' }
			],
			links: [{ label: 'Portal dla migrantów w Poznaniu', url: 'http://www.migrant.poznan.pl' }]
		},
		scores: [5, 4, 4, 5, 3, 5],
		remarks: [
			'Każdy zespół odpowiada na potrzeby innej grupy: studentów, przedsiębiorców, szukających pracy.',
			'Instytucje pracują razem naprawdę; imigranci są raczej adresatami niż członkami.',
			'Widać konkrety: ankiety, 4 wyróżnienia w konkursie, kontakty z pracodawcami.',
			'Format zespołów międzyinstytucjonalnych pasuje do każdego miasta wojewódzkiego.',
			'Opiera się na dobrej woli instytucji; brak formalnego umocowania.',
			'Bardzo tanio: spotkania i praca w ramach obowiązków.'
		],
		privateComment: 'Dla mnie jedno z najmocniejszych zgłoszeń; konkretne wyniki przy niskim koszcie.',
		feedback: 'Dobrze byłoby zapisać zasady pracy zespołów w zarządzeniu, by przetrwały zmiany kadrowe.',
		category: 'Polityka i współpraca w mieście'
	},
	{
		content: {
			slug: 'demo-jury-poznan-amiga',
			title: 'AMIGA: aktywni migranci na poznańskim rynku pracy',
			summary:
				'Przez 24 miesiące, do maja 2015 r., Centrum Badań Migracyjnych UAM z Urzędem Miasta Poznania łączyło badania z praktyką: Migrant Info Point, portal w trzech językach, szkolenia z zakładania firmy, doradztwo zawodowe, kursy polskiego i szkolenia urzędników.',
			description: md(
				'### Skąd pomysł',
				'',
				'Projekt wyrósł z poznańskiego udziału w Open Cities (URBACT II, 2009–2011). CeBaM UAM dodał do wybranych pomysłów część badawczą i zdobył na nie środki unijne. Partnerem strategicznym był Urząd Miasta Poznania, a wymianę doświadczeń prowadzono z Monachium.',
				'',
				'### Co się wydarzyło',
				'',
				'- 12 szkoleń „Krok po kroku do własnej firmy w Polsce” (3–4 godziny, średnio 10–20 osób) po angielsku, hiszpańsku i rosyjsku, z doradcami Wydziału Działalności Gospodarczej i Rolnictwa,',
				'- bezpłatne doradztwo u jednego z 3 doradców zawodowych,',
				'- kursy polskiego po 36 godzin, dwa razy w tygodniu, w grupach do 12 osób,',
				'- 3 dwudniowe szkolenia dla 45–60 urzędników z miasta, urzędu wojewódzkiego, PUP, MOPS i NFZ,',
				'- portal www.migrant.poznan.pl po polsku, angielsku i rosyjsku oraz akcja „Pracodawca otwarty na cudzoziemców”.'
			),
			place: 'poznan',
			organisations: ['cebam-uam', 'uam'],
			partners: ['wdgr-um-poznan'],
			categories: ['research-partnership', 'labour-market', 'officials-training'],
			themes: ['labour-market', 'entrepreneurship', 'language-learning', 'research'],
			targetGroups: ['immigrants', 'migrant-entrepreneurs', 'jobseekers', 'officials', 'employers'],
			period: { from: null, to: '2015-05', note: '24 miesiące, do maja 2015 r.' },
			funding: 'Fundusze UE (projekt AMIGA)',
			keyFigures: [
				{ label: 'Szkolenia z zakładania firmy', value: '12 po 3–4 h, średnio 10–20 osób' },
				{ label: 'Doradcy zawodowi', value: '3' },
				{ label: 'Przeszkoleni urzędnicy', value: '45–60 osób w 3 dwudniowych szkoleniach' }
			],
			links: [{ label: 'Projekt AMIGA', url: 'http://amiga-project.eu' }]
		},
		scores: [5, 4, 5, 4, 2, 3],
		remarks: [
			'Założenia oparte na badaniach sytuacji cudzoziemców w Poznaniu.',
			'Uczelnia, miasto i urzędy razem; kursy polskiego powstały na prośbę imigrantów.',
			'Dobrze policzone: 12 szkoleń, 3 doradców, 45–60 przeszkolonych urzędników.',
			'Elementy (MIP, szkolenia urzędników) da się przenieść osobno.',
			'Projekt unijny zakończony w maju 2015 r.; ciągłość niepewna.',
			'Koszt nie jest podany, choć skala działań jest duża.'
		],
		privateComment: 'Świetny projekt, ale zakończony; czy nagradzamy projekt, czy trwałą praktykę?',
		feedback: 'Napiszcie, które działania AMIGI miasto utrzymało po maju 2015 r.',
		category: 'Praca, edukacja i samodzielność'
	},
	{
		content: {
			slug: 'demo-jury-pomorskie-trzy-kroki',
			title: '„Trzy kroki do integracji na Pomorzu”: samorządy uczą się przyjmować imigrantów',
			summary:
				'Za 150 tys. zł z budżetu województwa Centrum Wsparcia Imigrantów i Imigrantek przez 10 miesięcy 2018 r. prowadzi panele we wszystkich powiatach, warsztaty i szkolenia dla urzędników gmin i powiatów oraz przygotowuje z 10–12 samorządami lokalne plany integracji.',
			description: md(
				'### Skąd potrzeba',
				'',
				'W 2017 r. na Pomorzu złożono 130 tys. oświadczeń o zamiarze powierzenia pracy cudzoziemcom, a od początku 2018 r. urzędy pracy zarejestrowały 17 tys. imigrantów. Imigranci mieszkają też w małych gminach, gdzie nikt wcześniej się tym nie zajmował.',
				'',
				'### Umowa',
				'',
				'12 marca 2018 r. Samorząd Województwa Pomorskiego podpisał z CWII umowę na pilotaż od marca do grudnia 2018 r.; budżet wynosi 150 tys. zł.',
				'',
				'### Plan',
				'',
				'1. 20 paneli dyskusyjnych we wszystkich powiatach, z pracodawcami, szkołami, służbą zdrowia, policją i NGO.',
				'2. 10–12 samorządów przygotowuje lokalne lub powiatowe plany działania w czterech warsztatach (czerwiec–listopad).',
				'3. Co najmniej 40 warsztatów w urzędach i co najmniej 200 godzin szkoleń dla ich pracowników.',
				'4. Konsultacje dla wszystkich gmin i powiatów i przewodnik „Pierwsze kroki w Pomorskim”.',
				'',
				'Pilotaż ma być początkiem Pomorskiego Samorządowego Centrum Kompetencji w zakresie wsparcia imigrantów.'
			),
			place: 'pomorskie',
			organisations: ['samorzad-wojewodztwa-pomorskiego', 'cwii'],
			partners: ['rops-gdansk'],
			categories: ['officials-training', 'integration-programme'],
			themes: ['regional-policy', 'public-services', 'cross-sector-cooperation'],
			targetGroups: ['local-governments', 'officials', 'immigrants', 'employers'],
			period: { from: '2018-03', to: '2018-12', note: '10 miesięcy; umowa z 12 marca 2018 r.' },
			funding: '150 tys. zł z budżetu Samorządu Województwa Pomorskiego',
			keyFigures: [
				{ label: 'Budżet', value: '150 tys. zł' },
				{ label: 'Panele dyskusyjne', value: '20' },
				{ label: 'Szkolenia dla urzędników', value: 'min. 200 godzin' },
				{ label: 'Warsztaty w urzędach', value: 'min. 40' }
			],
			links: [{ label: 'Kontakt z CWII', url: 'mailto:pomorze@cwii.org.pl' }]
		},
		scores: [5, 5, 2, 5, 3, 4],
		remarks: [
			'Odpowiada na szybki wzrost liczby imigrantów także poza dużymi miastami.',
			'Panele w każdym powiecie z pracodawcami, szkołami, policją i NGO.',
			'Pilotaż dopiero trwa; efekty poznamy po konferencji zamykającej.',
			'Model regionalny wprost pomyślany do powtórzenia przez inne województwa.',
			'Zależy od decyzji województwa po pilotażu; Centrum Kompetencji to na razie plan.',
			'150 tys. zł za 20 paneli, 40 warsztatów i 200 godzin szkoleń to dobra cena.'
		],
		privateComment: 'Program regionalny, nie miejski; sprawdźmy, czy mieści się w regulaminie edycji.',
		feedback: 'Po zakończeniu pilotażu dołączcie podsumowanie: ile planów działania przyjęły samorządy.',
		category: 'Polityka i współpraca w mieście'
	}
];

/** Jurors' voices: how each starts a remark, by score 1…5. */
export const JUROR_VOICES: [string, string, string, string, string][] = [
	['Nie przekonuje.', 'Słabo.', 'Poprawnie, ale bez wyróżnika.', 'Dobrze.', 'Wzorcowo.'],
	['Brakuje podstaw.', 'Za mało.', 'Średnio.', 'Solidnie.', 'Bardzo mocno.'],
	['Nie widzę tego.', 'Niedosyt.', 'Częściowo.', 'Przekonujące.', 'Wyjątkowe.'],
	['Źle.', 'Raczej słabo.', 'W porządku.', 'Mocna strona.', 'Najwyższa półka.']
];

/** Quotes a quotable juror may want published with a recommended entry. */
export const QUOTES: Record<string, string> = {
	'demo-jury-poznan-zespoly-eksperckie':
		'Pokazuje, że współpraca urzędów zaczyna się od wspólnego stołu, a nie od nowych pieniędzy.',
	'demo-jury-pomorskie-trzy-kroki':
		'Pierwszy program, który uczy integracji także gminy, gdzie imigrantów dotąd nikt nie zauważał.'
};
