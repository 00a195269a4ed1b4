import type { z } from 'zod';
import type { practiceContent } from '../../src/lib/schemas/index.ts';

type Practice = z.input<typeof practiceContent>;

const edition = 'miasta-otwarte-2015';
const competition = '002_eb91adf4be51e964.txt';
const around2015 = 'stan na ok. 2015 r.';
const lines = (...parts: string[]) => parts.join('\n');

/** A similar action the jury named with no more than a city and a name. */
const mentioned = (
	fields: Pick<Practice, 'slug' | 'title' | 'summary' | 'place' | 'categories' | 'themes' | 'targetGroups'> &
		Partial<Practice>
): Practice => ({
	description: '',
	organisations: [],
	partners: [],
	period: { from: null, to: null },
	funding: null,
	keyFigures: [],
	links: [],
	language: 'pl',
	status: 'mentioned',
	edition,
	jurorQuotes: [],
	source: competition,
	...fields
});

const awarded: Practice[] = [
	{
		slug: 'lublin-strategia-rozwoju-2013-2020',
		title: 'Strategia Rozwoju Lublina na lata 2013–2020',
		summary:
			'Urząd Miasta Lublin prowadzi systemową politykę integracji imigrantów na poziomie lokalnym. Razem z instytucjami i organizacjami pozarządowymi wspierającymi cudzoziemców buduje spójny, kompleksowy system zarządzania różnorodnością w mieście.',
		description: lines(
			'### Na czym polega',
			'',
			'Lublin traktuje integrację imigrantów jako zadanie miasta, a nie pojedynczych projektów. Od kilku lat Urząd Miasta Lublin współpracuje ze wszystkimi instytucjami i organizacjami pozarządowymi, które działają na rzecz cudzoziemców, aby stworzyć jeden, spójny system zarządzania różnorodnością.',
			'',
			'### Ramy',
			'',
			'- Punktem odniesienia jest Strategia Rozwoju Lublina na lata 2013–2020.',
			'- Działania mają charakter systemowy i obejmują całe miasto.',
			'- Partnerami są instytucje publiczne i organizacje pozarządowe pracujące z cudzoziemcami.'
		),
		place: 'lublin',
		organisations: ['um-lublin'],
		partners: [],
		categories: ['city-strategy'],
		themes: ['diversity-management', 'cross-sector-cooperation'],
		targetGroups: ['immigrants', 'ngos', 'local-community'],
		period: {
			from: '2013',
			to: '2020',
			note: 'strategia na lata 2013–2020; systemowe działania od kilku lat (stan na ok. 2015 r.)'
		},
		funding: null,
		keyFigures: [{ label: 'Okres obowiązywania strategii', value: '2013–2020' }],
		links: [],
		language: 'pl',
		status: 'awarded',
		edition,
		jurorQuotes: [],
		source: competition
	},
	{
		slug: 'lublin-zatrudnianie-imigrantow-w-urzedzie-miasta',
		title: 'Zatrudnianie imigrantów w Urzędzie Miasta Lublin',
		summary:
			'Urząd Miasta Lublin świadomie wykorzystuje w polityce kadrowej potencjał imigrantów: troje z nich ma stałe etaty, a kilka kolejnych osób zwykle pracuje na umowach zlecenia i o dzieło. Cudzoziemcy odbywają w urzędzie także praktyki i staże.',
		description: lines(
			'### Na czym polega',
			'',
			'Polityka kadrowa Urzędu Miasta Lublin uwzględnia korzyści z zatrudniania osób z doświadczeniem migracyjnym.',
			'',
			'- **Stałe stanowiska:** pracuje na nich troje imigrantów.',
			'- **Umowy cywilnoprawne:** kilka osób jest zazwyczaj zatrudnianych na umowy zlecenia i o dzieło do konkretnych zadań — szczególnie takich, które wymagają znajomości realiów krajów Europy Wschodniej oraz języka rosyjskiego i ukraińskiego.',
			'- **Praktyki i staże:** urząd przyjmuje także cudzoziemców na praktyki i staże.'
		),
		place: 'lublin',
		organisations: ['um-lublin'],
		partners: [],
		categories: ['employing-immigrants'],
		themes: ['labour-market', 'diversity-management', 'public-services'],
		targetGroups: ['immigrants', 'jobseekers', 'officials'],
		period: { from: null, to: null, note: around2015 },
		funding: null,
		keyFigures: [
			{ label: 'Imigranci na stałych stanowiskach w urzędzie', value: '3 osoby' },
			{ label: 'Imigranci na umowach zlecenia i o dzieło', value: 'zwykle kilka osób' }
		],
		links: [],
		language: 'pl',
		status: 'awarded',
		edition,
		jurorQuotes: [],
		source: competition
	},
	{
		slug: 'warszawa-komisja-dialogu-spolecznego-ds-cudzoziemcow',
		title: 'Komisja Dialogu Społecznego ds. Cudzoziemców w Warszawie',
		summary:
			'Przy Centrum Komunikacji Społecznej od kilku lat działa Komisja Dialogu Społecznego ds. Cudzoziemców, w której urzędnicy współpracują z przedstawicielami organizacji pozarządowych. Komisja doradza i opiniuje, konsultuje i współtworzy miejskie dokumenty oraz projekty aktów dotyczących migracji.',
		description: lines(
			'### Na czym polega',
			'',
			'Komisja Dialogu Społecznego (KDS) ds. Cudzoziemców działa przy Centrum Komunikacji Społecznej Urzędu m.st. Warszawy. Tworzą ją wspólnie urzędnicy i przedstawiciele organizacji pozarządowych.',
			'',
			'### Zadania komisji',
			'',
			'- doradzanie i wydawanie opinii w sprawach cudzoziemców,',
			'- konsultowanie i współtworzenie dokumentów oraz projektów aktów prawnych władz miasta dotyczących migracji,',
			'- dbanie o to, by działania kierowane do imigrantów były skuteczniejsze.'
		),
		place: 'warszawa',
		organisations: ['centrum-komunikacji-spolecznej-warszawa', 'um-warszawa'],
		partners: [],
		categories: ['dialogue-body'],
		themes: ['cross-sector-cooperation', 'participation', 'diversity-management'],
		targetGroups: ['immigrants', 'ngos', 'officials'],
		period: { from: null, to: null, note: 'od kilku lat (stan na ok. 2015 r.)' },
		funding: null,
		keyFigures: [],
		links: [],
		language: 'pl',
		status: 'awarded',
		edition,
		jurorQuotes: [
			{ juror: 'ngo-hoang-minh', text: 'W porównaniu do innych miast Warszawa robi najwięcej w tej kwestii' }
		],
		source: competition
	},
	{
		slug: 'warszawa-centrum-wielokulturowe',
		title: 'Centrum Wielokulturowe w Warszawie',
		summary:
			'Na warszawskiej Pradze od kilku miesięcy działa Centrum Wielokulturowe. Jego głównym zadaniem jest aktywizowanie i wspieranie społeczności imigranckich oraz integracja warszawiaków różnego pochodzenia etnicznego.',
		description: lines(
			'### Na czym polega',
			'',
			'Centrum Wielokulturowe powstało na Pradze. Ma dwa główne cele:',
			'',
			'- aktywizację i wsparcie społeczności imigranckich,',
			'- integrację mieszkańców Warszawy o różnym pochodzeniu etnicznym.'
		),
		place: 'warszawa',
		organisations: ['centrum-wielokulturowe-warszawa'],
		partners: [],
		categories: ['multicultural-centre'],
		themes: ['participation', 'intercultural-dialogue', 'culture'],
		targetGroups: ['immigrants', 'migrant-organisations', 'local-community'],
		period: { from: null, to: null, note: 'od kilku miesięcy (stan na ok. 2015 r.)' },
		funding: null,
		keyFigures: [],
		links: [],
		language: 'pl',
		status: 'awarded',
		edition,
		jurorQuotes: [],
		source: competition
	},
	{
		slug: 'wroclaw-kontynenty-wroclawia-infolink',
		title: 'Projekt „Kontynenty Wrocławia” i Infolink — Biuro Informacji i Pomocy dla Obcokrajowców',
		summary:
			'Wrocławskie Centrum Rozwoju Społecznego prowadzi projekt „Kontynenty Wrocławia” — szeroki zestaw spotkań, warsztatów i kursów wspierających, aktywizujących i integrujących imigrantów z mieszkańcami. W ramach projektu otwarto Infolink, stacjonarny i internetowy punkt informacyjny dla nowo przybyłych cudzoziemców.',
		description: lines(
			'### „Kontynenty Wrocławia”',
			'',
			'Projekt obejmuje wiele działań, których wspólnym celem jest wsparcie, aktywizacja i integracja imigrantów ze społecznością Wrocławia:',
			'',
			'- cykl spotkań, warsztatów i kursów,',
			'- rozwijanie kompetencji potrzebnych do wspólnego życia — zarówno u imigrantów, jak i u Polaków.',
			'',
			'### Infolink',
			'',
			'Centrum Integracji Społecznej Infolink — International Information and Support Office (Biuro Informacji i Pomocy dla Obcokrajowców) działa stacjonarnie i w internecie. Pomaga cudzoziemcom, którzy dopiero przyjechali do Wrocławia, odnaleźć się w mieście.'
		),
		place: 'wroclaw',
		organisations: ['wcrs-wroclaw'],
		partners: [],
		categories: ['integration-programme', 'info-point'],
		themes: ['information', 'intercultural-dialogue', 'public-services'],
		targetGroups: ['immigrants', 'local-community'],
		period: { from: null, to: null, note: around2015 },
		funding: null,
		keyFigures: [],
		links: [],
		language: 'pl',
		status: 'awarded',
		edition,
		jurorQuotes: [],
		source: competition
	},
	{
		slug: 'lublin-study-in-lublin',
		title: 'Program „Study in Lublin”',
		summary:
			'„Study in Lublin” to kompleksowy program zachęcający młodych ludzi z zagranicy, zwłaszcza z Ukrainy, do studiowania na lubelskich uczelniach. Obejmuje czterojęzyczny portal www.study.lublin.eu oraz pomoc w zaaklimatyzowaniu się nowych studentów w mieście.',
		description: lines(
			'### Na czym polega',
			'',
			'Program promuje ofertę lubelskich szkół wyższych wśród młodzieży z zagranicy, przede wszystkim z Ukrainy.',
			'',
			'- **Portal www.study.lublin.eu** w czterech językach zbiera informacje potrzebne, by zdecydować się na studia w Lublinie.',
			'- **Wsparcie na miejscu:** działania pomagają nowo przybyłym studentom zaaklimatyzować się w mieście.'
		),
		place: 'lublin',
		organisations: ['um-lublin'],
		partners: [],
		categories: ['study-in'],
		themes: ['higher-education', 'information'],
		targetGroups: ['foreign-students'],
		period: { from: null, to: null, note: around2015 },
		funding: null,
		keyFigures: [{ label: 'Wersje językowe portalu', value: '4' }],
		links: [{ label: 'Portal Study in Lublin', url: 'http://www.study.lublin.eu' }],
		language: 'pl',
		status: 'awarded',
		edition,
		jurorQuotes: [],
		source: competition
	},
	{
		slug: 'lublin-mops-pomoc-cudzoziemcom',
		title: 'Działania Miejskiego Ośrodka Pomocy Społecznej w Lublinie na rzecz cudzoziemców',
		summary:
			'MOPS w Lublinie od wielu lat prowadzi nowatorskie działania, które dają kompleksową pomoc cudzoziemcom objętym jedną z form ochrony. W 2014 r. były to m.in. 3 mieszkania chronione, kursy, szkolenia i staże, wsparcie psychologiczne i wydarzenia zbliżające imigrantów do mieszkańców.',
		description: lines(
			'### Do kogo',
			'',
			'Pomoc jest skierowana do cudzoziemców, którym przyznano jedną z form ochrony.',
			'',
			'### Działania w 2014 r.',
			'',
			'- prowadzenie 3 mieszkań chronionych,',
			'- kursy, szkolenia i staże zawodowe dla cudzoziemców objętych pomocą,',
			'- pomoc psychologiczna,',
			'- wydarzenia, które zbliżają imigrantów i społeczność lokalną.'
		),
		place: 'lublin',
		organisations: ['mops-lublin'],
		partners: [],
		categories: ['social-aid'],
		themes: ['social-assistance', 'housing', 'labour-market', 'health'],
		targetGroups: ['refugees', 'local-community'],
		period: { from: null, to: null, note: 'od wielu lat; opis działań z 2014 r.' },
		funding: null,
		keyFigures: [{ label: 'Mieszkania chronione (2014)', value: '3' }],
		links: [],
		language: 'pl',
		status: 'awarded',
		edition,
		jurorQuotes: [],
		source: competition
	},
	{
		slug: 'lublin-punkt-obslugi-cudzoziemcow-bom',
		title: 'Punkt Obsługi Cudzoziemców w Biurze Obsługi Mieszkańców w Lublinie',
		summary:
			'W Biurze Obsługi Mieszkańców Urzędu Miasta Lublin działa Punkt Obsługi Cudzoziemców, który udziela informacji imigrantom mieszkającym w Lublinie — o usługach urzędu oraz o tym, gdzie i jak załatwić sprawy w innych instytucjach.',
		description: lines(
			'### Jakie informacje można uzyskać',
			'',
			'- o usługach świadczonych przez Urząd Miasta Lublin,',
			'- o danych kontaktowych i adresach innych urzędów i instytucji pracujących na rzecz cudzoziemców,',
			'- o zadaniach tych instytucji i prowadzonych przez nie procedurach.'
		),
		place: 'lublin',
		organisations: ['bom-lublin', 'um-lublin'],
		partners: [],
		categories: ['info-point'],
		themes: ['information', 'public-services'],
		targetGroups: ['immigrants'],
		period: { from: null, to: null, note: around2015 },
		funding: null,
		keyFigures: [],
		links: [],
		language: 'pl',
		status: 'awarded',
		edition,
		jurorQuotes: [],
		source: competition
	},
	{
		slug: 'poznan-amiga-cebam-uam',
		title: 'AMIGA — Aktywni MIGrAnci na Lokalnym Rynku Pracy: współpraca Urzędu Miasta Poznania z CeBaM UAM',
		summary:
			'Centrum Badań Migracyjnych UAM razem z Urzędem Miasta Poznania przez 24 miesiące (do maja 2015 r.) realizowało projekt AMIGA, który miał zwiększyć aktywność zawodową i integrację cudzoziemców. Projekt łączył badania z praktyką: działał Migrant Info Point i portal migrant.poznan.pl, prowadzono szkolenia z zakładania firmy, doradztwo zawodowe, kursy polskiego i szkolenia dla urzędników.',
		description: lines(
			'### Skąd się wziął projekt',
			'',
			'AMIGA wyrosła z doświadczeń projektu Open Cities (URBACT II, 2009–2011). Centrum Badań Migracyjnych (CeBaM) UAM uzupełniło wybrane elementy Open Cities o część naukową i badawczą i zdobyło na nie dofinansowanie z funduszy unijnych. Założenia projektu oparto na rekomendacjach z badań nad sytuacją cudzoziemców w Poznaniu, prowadzonych przez CeBaM UAM i przez Urząd Miasta Poznania w ramach Open Cities.',
			'',
			'- **Lider:** Uniwersytet im. Adama Mickiewicza (UAM).',
			'- **Partner strategiczny:** Urząd Miasta Poznania.',
			'- **Czas trwania:** 24 miesiące, do maja 2015 r.',
			'',
			'### Cel',
			'',
			'Większa integracja społeczna i zawodowa cudzoziemców dzięki ich aktywności na lokalnym rynku pracy. Nowe strategie wsparcia miały powstać i zostać dostosowane we współpracy polsko-niemieckiej.',
			'',
			'### Działania',
			'',
			'1. Współpraca międzynarodowa Poznania i Monachium (München): wypracowanie strategii współdziałania instytucji lokalnych oraz opis i ewaluacja działań na rzecz imigrantów.',
			'2. Spotkania grup eksperckich, które opisywały sytuację imigrantów, istniejące działania instytucji, potrzeby poszczególnych grup i sposoby ich zaspokojenia.',
			'3. Tworzenie i aktualizacja portalu informacyjnego dla cudzoziemców www.migrant.poznan.pl w językach polskim, angielskim i rosyjskim.',
			'4. Prowadzenie punktu informacyjnego Migrant Info Point (MIP).',
			'5. Towarzyszenie cudzoziemcom poza biurem MIP — w kontaktach z instytucjami i osobami prywatnymi — gdy zgłosili taką potrzebę.',
			'6. Organizacja i koordynacja warsztatów dla migrantów, indywidualnego doradztwa zawodowego i kursów języka polskiego.',
			'',
			'### Szkolenia „Krok po kroku do własnej firmy w Polsce”',
			'',
			'Szkolenia prowadzono razem z doradcami Ośrodka Doradczo-Szkoleniowego Wydziału Działalności Gospodarczej i Rolnictwa Urzędu Miasta Poznania, w trzech językach: angielskim, hiszpańskim i rosyjskim. Omawiano:',
			'',
			'- przepisy prawa i formy organizacyjno-prawne samozatrudnienia w Polsce,',
			'- rejestrację i prowadzenie działalności gospodarczej w zależności od rodzaju firmy,',
			'- koszty prowadzenia firmy i koncesje,',
			'- podstawowe prawa i obowiązki przedsiębiorcy,',
			'- instytucje wspierające przedsiębiorców i źródła finansowania.',
			'',
			'Odbyło się 12 szkoleń po 3–4 godziny, w każdym brało udział średnio 10–20 osób. Poza szkoleniami cudzoziemcy mogli przez pięć dni w tygodniu, w godzinach pracy Ośrodka Doradczo-Szkoleniowego, korzystać z indywidualnych porad dotyczących zakładania firmy w Polsce.',
			'',
			'### Indywidualne doradztwo zawodowe',
			'',
			'Cudzoziemcy mogli bezpłatnie spotkać się z jednym z trzech doradców zawodowych. Doradztwo obejmowało m.in.:',
			'',
			'- diagnozę sytuacji zawodowej,',
			'- wsparcie w planowaniu rozwoju osobistego i zawodowego,',
			'- dobór kursów i szkoleń, które pozwalają dopasować kwalifikacje do polskich standardów,',
			'- wskazywanie innych instytucji i organizacji, które mogą pomóc,',
			'- pomoc w przygotowaniu dokumentów aplikacyjnych,',
			'- informacje o możliwych miejscach pracy w Poznaniu i okolicy.',
			'',
			'Doradcy zachęcali do bezpośredniego kontaktu z firmami, które przyłączyły się do akcji „Pracodawca otwarty na cudzoziemców” zainicjowanej w ramach AMIGI. Lista pracodawców deklarujących otwartość na zatrudnianie migrantów była publikowana na stronie MIP www.migrant.poznan.pl.',
			'',
			'### Kursy języka polskiego',
			'',
			'Bezpłatne kursy zorganizowano w odpowiedzi na prośby imigrantów. Każdy kurs to 36 godzin zegarowych praktycznej nauki, dwa razy w tygodniu po 1,5 godziny, w grupach do 12 osób. Kursy prowadzono na różnych poziomach, najwięcej dla początkujących.',
			'',
			'### Integracja i promocja',
			'',
			'- bieżące informacje o wydarzeniach dla migrantów na Facebooku,',
			'- comiesięczne międzynarodowe spotkania i pikniki,',
			'- działania promocyjne i medialne,',
			'- akcja „Pracodawca otwarty na cudzoziemców”.',
			'',
			'### Szkolenia dla urzędników',
			'',
			'Szkolenia dla pracowników instytucji, które bezpośrednio lub pośrednio stykają się z cudzoziemcami, uczyły wrażliwości na różnice kulturowe i specyfiki pracy z imigrantami. Tematy:',
			'',
			'- co wpływa na zachowanie cudzoziemca w urzędzie (jego sytuacja prawna, społeczna i psychologiczna w nowym kraju),',
			'- rola urzędnika w kontakcie z imigrantem — z perspektywy urzędu, osobistej i imigranckiej,',
			'- standardy pracy z klientem-cudzoziemcem,',
			'- jak cudzoziemcy postrzegają polskie instytucje i urzędników.',
			'',
			'Odbyły się trzy dwudniowe szkolenia, każde dla 15–20 osób (łącznie 45–60). Uczestniczyli w nich przedstawiciele Urzędu Miasta Poznania, Wielkopolskiego Urzędu Wojewódzkiego w Poznaniu (Wydział Spraw Obywatelskich i Cudzoziemców), Powiatowego Urzędu Pracy, Miejskiego Ośrodka Pomocy Społecznej i Narodowego Funduszu Zdrowia.'
		),
		place: 'poznan',
		organisations: ['cebam-uam', 'uam', 'um-poznan'],
		partners: ['wdgr-um-poznan'],
		categories: ['research-partnership', 'labour-market', 'officials-training', 'info-point'],
		themes: [
			'labour-market',
			'entrepreneurship',
			'language-learning',
			'research',
			'information',
			'cross-sector-cooperation'
		],
		targetGroups: ['immigrants', 'migrant-entrepreneurs', 'jobseekers', 'officials', 'employers'],
		period: { from: null, to: '2015-05', note: '24 miesiące, zakończenie w maju 2015 r.' },
		funding: 'Fundusze UE (projekt AMIGA)',
		keyFigures: [
			{ label: 'Czas trwania projektu', value: '24 miesiące (do maja 2015 r.)' },
			{
				label: 'Szkolenia „Krok po kroku do własnej firmy w Polsce”',
				value: '12 szkoleń po 3–4 h, średnio 10–20 uczestników'
			},
			{ label: 'Języki szkoleń z zakładania firmy', value: 'angielski, hiszpański, rosyjski' },
			{ label: 'Indywidualne doradztwo w zakładaniu firmy', value: '5 dni w tygodniu' },
			{ label: 'Doradcy zawodowi', value: '3' },
			{
				label: 'Kursy języka polskiego',
				value: '36 godzin zegarowych, 2 razy w tygodniu po 1,5 h, grupy do 12 osób'
			},
			{ label: 'Szkolenia dla urzędników', value: '3 dwudniowe szkolenia po 15–20 osób (łącznie 45–60)' },
			{ label: 'Wersje językowe portalu migrant.poznan.pl', value: 'polska, angielska, rosyjska' }
		],
		links: [
			{ label: 'Centrum Badań Migracyjnych UAM', url: 'http://www.cebam.amu.edu.pl' },
			{ label: 'Projekt AMIGA', url: 'http://amiga-project.eu' },
			{ label: 'Portal dla migrantów w Poznaniu', url: 'http://www.migrant.poznan.pl' }
		],
		language: 'pl',
		status: 'awarded',
		edition,
		jurorQuotes: [],
		source: `001_047c4e6039dee012.txt, ${competition}`
	},
	{
		slug: 'warszawa-koncepcja-wspierania-edukacji-cudzoziemcow',
		title: 'Koncepcja systemowego wspierania edukacji cudzoziemców w Warszawie',
		summary:
			'Biuro Edukacji m.st. Warszawy przygotowało i wdraża Koncepcję systemowego wspierania edukacji cudzoziemców. Obejmuje ona m.in. stałe podnoszenie kompetencji międzykulturowych nauczycieli i poszerzanie oferty edukacyjnej dla dzieci z doświadczeniem migracyjnym.',
		description: lines(
			'### Główne elementy koncepcji',
			'',
			'- systematyczne doskonalenie kompetencji międzykulturowych warszawskich nauczycieli,',
			'- szersza oferta edukacyjna dla dzieci z doświadczeniem migracyjnym na różnych etapach nauki.',
			'',
			'### Współpraca',
			'',
			'Biuro Edukacji blisko współpracuje z organizacjami pozarządowymi, m.in. przy integrowaniu rodzin imigranckich ze społecznościami lokalnymi.'
		),
		place: 'warszawa',
		organisations: ['biuro-edukacji-warszawa'],
		partners: [],
		categories: ['education'],
		themes: ['education', 'intercultural-dialogue', 'cross-sector-cooperation'],
		targetGroups: ['migrant-children', 'migrant-families', 'teachers', 'ngos'],
		period: { from: null, to: null, note: around2015 },
		funding: null,
		keyFigures: [],
		links: [],
		language: 'pl',
		status: 'awarded',
		edition,
		jurorQuotes: [],
		source: competition
	},
	{
		slug: 'warszawa-dotacje-uwzgledniajace-wielokulturowosc',
		title: 'Miejskie konkursy dotacyjne uwzględniające wielokulturowość w Warszawie',
		summary:
			'Wiele jednostek m.st. Warszawy, m.in. Biuro Kultury i Biuro Edukacji, bierze pod uwagę w konkursach dotacyjnych potrzeby imigrantów albo wprost premiuje projekty wspierające wielokulturowość miasta. Dzięki temu organizacje pozarządowe od kilku lat mogą finansować różnorodne działania dla migrantów.',
		description: lines(
			'### Na czym polega',
			'',
			'Jednostki organizacyjne m.st. Warszawy, ogłaszając konkursy dotacyjne:',
			'',
			'- uwzględniają szczególne potrzeby imigrantów,',
			'- w części konkursów dodatkowo nagradzają działania na rzecz wielokulturowości miasta.',
			'',
			'Robią tak m.in. Biuro Kultury i Biuro Edukacji. Organizacje pozarządowe mogą w ten sposób od kilku lat zdobywać pieniądze na bardzo różne tematycznie działania dla migrantów.'
		),
		place: 'warszawa',
		organisations: ['biuro-kultury-warszawa', 'biuro-edukacji-warszawa', 'um-warszawa'],
		partners: [],
		categories: ['grant-schemes'],
		themes: ['funding', 'culture', 'education'],
		targetGroups: ['ngos', 'immigrants'],
		period: { from: null, to: null, note: 'od kilku lat (stan na ok. 2015 r.)' },
		funding: 'Miejskie konkursy dotacyjne (m.in. Biuro Kultury i Biuro Edukacji m.st. Warszawy)',
		keyFigures: [],
		links: [],
		language: 'pl',
		status: 'awarded',
		edition,
		jurorQuotes: [],
		source: competition
	}
];

const similar: Practice[] = [
	// Similar to the Lublin strategy
	mentioned({
		slug: 'bialystok-program-bialystok-dla-tolerancji',
		title: 'Program „Białystok dla tolerancji”',
		summary:
			'Program miasta Białystok wskazany przez jury jako działanie podobne do Strategii Rozwoju Lublina. Źródło podaje jedynie jego nazwę.',
		place: 'bialystok',
		categories: ['city-strategy', 'anti-discrimination'],
		themes: ['anti-discrimination', 'diversity-management'],
		targetGroups: ['local-community', 'immigrants']
	}),
	mentioned({
		slug: 'warszawa-zarzadzanie-roznorodnoscia',
		title: 'Warszawa — działania miasta na rzecz zarządzania różnorodnością',
		summary:
			'Jury wymieniło samą Warszawę jako miasto, które podobnie jak Lublin prowadzi działania z zakresu zarządzania różnorodnością, nie wskazując konkretnego działania.',
		place: 'warszawa',
		categories: ['city-strategy'],
		themes: ['diversity-management'],
		targetGroups: ['immigrants']
	}),
	mentioned({
		slug: 'krakow-strategia-przeciwdzialania-rasizmowi-i-ksenofobii',
		title:
			'Strategia zapobiegania i reakcji na zdarzenia o charakterze rasistowskim i ksenofobicznym w przestrzeni publicznej Krakowa',
		summary:
			'Krakowska strategia dotycząca zapobiegania zdarzeniom rasistowskim i ksenofobicznym w przestrzeni publicznej miasta oraz reagowania na nie. Jury wskazało ją jako działanie podobne do Strategii Rozwoju Lublina; źródło podaje tylko jej nazwę.',
		place: 'krakow',
		categories: ['city-strategy', 'anti-discrimination'],
		themes: ['anti-discrimination', 'safety'],
		targetGroups: ['immigrants', 'local-community']
	}),
	// Similar to Lublin's employment of immigrants
	mentioned({
		slug: 'lodz-zatrudnienie-cudzoziemcow-w-urzedzie-miasta',
		title: 'Zatrudnienie cudzoziemców w Urzędzie Miasta Łodzi',
		summary:
			'W Urzędzie Miasta Łodzi pracuje dwoje cudzoziemców. Jury uznało to za działanie podobne do polityki kadrowej Urzędu Miasta Lublin.',
		place: 'lodz',
		organisations: ['um-lodz'],
		categories: ['employing-immigrants'],
		themes: ['labour-market', 'diversity-management'],
		targetGroups: ['immigrants', 'jobseekers'],
		keyFigures: [{ label: 'Cudzoziemcy zatrudnieni w urzędzie', value: '2 osoby' }]
	}),
	// Similar to the Warsaw dialogue commission
	mentioned({
		slug: 'gdansk-zespol-ds-modelu-integracji-imigrantow',
		title: 'Międzysektorowy i interdyscyplinarny zespół ds. modelu integracji imigrantów w Gdańsku',
		summary:
			'Gdański zespół łączący różne sektory i dziedziny, pracujący nad modelem integracji imigrantów. Jury wskazało go jako podobny do warszawskiej Komisji Dialogu Społecznego ds. Cudzoziemców; źródło podaje tylko jego nazwę.',
		place: 'gdansk',
		categories: ['dialogue-body'],
		themes: ['cross-sector-cooperation', 'diversity-management'],
		targetGroups: ['immigrants', 'officials', 'ngos']
	}),
	mentioned({
		slug: 'lublin-grupa-wspierajaca-zarzadzanie-roznorodnoscia-kulturowa',
		title: 'Grupa wspierająca zarządzanie różnorodnością kulturową w Lublinie',
		summary:
			'Lubelska grupa wspierająca zarządzanie różnorodnością kulturową, wskazana przez jury jako podobna do warszawskiej Komisji Dialogu Społecznego ds. Cudzoziemców. Źródło podaje tylko jej nazwę.',
		place: 'lublin',
		categories: ['dialogue-body'],
		themes: ['diversity-management', 'cross-sector-cooperation'],
		targetGroups: ['immigrants', 'ngos', 'officials']
	}),
	mentioned({
		slug: 'lodz-komisja-dialogu-obywatelskiego-ds-roznorodnosci',
		title: 'Komisja Dialogu Obywatelskiego ds. Różnorodności i Przeciwdziałania Dyskryminacji w Łodzi',
		summary:
			'Łódzka komisja dialogu obywatelskiego zajmująca się różnorodnością i przeciwdziałaniem dyskryminacji. Jury wskazało ją jako podobną do warszawskiej Komisji Dialogu Społecznego ds. Cudzoziemców; źródło podaje tylko jej nazwę.',
		place: 'lodz',
		categories: ['dialogue-body', 'anti-discrimination'],
		themes: ['anti-discrimination', 'participation', 'cross-sector-cooperation'],
		targetGroups: ['ngos', 'officials', 'immigrants']
	}),
	{
		slug: 'poznan-zespoly-eksperckie-ds-imigrantow',
		title: 'Poznańskie zespoły eksperckie instytucji pracujących z imigrantami',
		summary:
			'W Poznaniu spotykają się zespoły ekspertów z instytucji, które obsługują imigrantów: kilku wydziałów Urzędu Miasta, urzędu wojewódzkiego, urzędu pracy, ośrodków pomocy społecznej i większości państwowych uczelni. Trzy zespoły — ds. studentów, przyszłych przedsiębiorców i osób z trudnościami na rynku pracy — odbyły ponad 20 spotkań i wprowadziły konkretne usprawnienia.',
		description: lines(
			'### Kto uczestniczy',
			'',
			'Zespoły skupiają przedstawicieli instytucji, których działania trafiają do imigrantów, m.in.:',
			'',
			'- Urzędu Miasta Poznania (kilku wydziałów),',
			'- Wielkopolskiego Urzędu Wojewódzkiego,',
			'- Powiatowego Urzędu Pracy,',
			'- Regionalnego Ośrodka Pomocy Społecznej,',
			'- Miejskiego Ośrodka Pomocy Rodzinie,',
			'- większości państwowych uczelni wyższych.',
			'',
			'### Po co',
			'',
			'Inicjatorzy chcieli stworzyć miejsce wymiany wiedzy i doświadczeń o potrzebach imigrantów i barierach, na które napotykają, a także o tym, jak działają i czym się zajmują poszczególne instytucje. Celem jest poprawa sytuacji przez lepsze praktyki w każdej z instytucji, a w dłuższej perspektywie — w całym mieście i regionie. Zespoły spotkały się ponad 20 razy, a między spotkaniami ich członkowie są w stałym kontakcie.',
			'',
			'### Zespół ds. zagranicznych studentów i absolwentów poznańskich uczelni',
			'',
			'1. Przygotował i przeprowadził ankiety wśród cudzoziemców rozpoczynających studia w Poznaniu i wśród absolwentów — o tym, dlaczego wybrali to miasto i co planują po studiach.',
			'2. Zapewnił porady dla studentów w Migrant Info Point (MIP); pracownicy MIP i streetworkerzy biorą udział w tzw. Orientation Days / Open Days.',
			'3. Umieścił na stronie www.migrant.poznan.pl praktyczne informacje dla studentów, m.in. o akademikach i innych możliwościach zakwaterowania.',
			'4. Zadbał o porady dotyczące rynku pracy, obecność na uczelnianych targach pracy i konsultacje z doradcami zawodowymi przygotowane dla studentów.',
			'',
			'### Zespół ds. migrantów planujących założenie własnej firmy',
			'',
			'1. Zaplanował i zorganizował szkolenia z zakładania firmy oraz przygotował materiały na ten temat po angielsku, rosyjsku i hiszpańsku.',
			'2. Zorganizował, razem z ośrodkiem szkoleniowo-doradczym, indywidualne doradztwo w prowadzeniu firmy.',
			'3. Opublikował na stronie www.migrant.poznan.pl praktyczne informacje o procedurze zakładania firmy.',
			'4. Pracował nad dodaniem do konkursu „Poznański Lider Przedsiębiorczości” kategorii dla najlepszego imigranta-przedsiębiorcy w edycji 2015 r. Samej kategorii nie udało się dotąd wprowadzić, ale konkurs poszerzono o cztery wyróżnienia dla przedsiębiorców-migrantów.',
			'5. Przeprowadził kampanię promującą przedsiębiorców-imigrantów w lokalnej prasie i na stronie migrant.poznan.pl.',
			'',
			'### Zespół ds. migrantów z trudnościami na rynku pracy',
			'',
			'1. Zaplanował i zorganizował indywidualne doradztwo zawodowe: utworzenie grup doradców, ich szkolenie i superwizję.',
			'2. Przeprowadził warsztaty dla osób szukających pracy, we współpracy z warszawskim Stowarzyszeniem Interwencji Prawnej.',
			'3. Prowadził w MIP działania informacyjne o przepisach obowiązujących na rynku pracy i o tym, gdzie szukać ofert.',
			'4. Przygotował zestaw praktycznych informacji formalno-prawnych o zatrudnieniu i opublikował go na stronie migrant.poznan.pl.',
			'5. Przygotował podobne informacje dla pracodawców — o zatrudnianiu cudzoziemców — na stronie migrant.poznan.pl i w formie folderu.',
			'6. Nawiązał kontakt z dwoma zrzeszeniami pracodawców i dwiema izbami handlowymi, aby ułatwić przepływ informacji między nimi a migrantami szukającymi pracy.',
			'7. Przygotował akcję „Pracodawca otwarty na cudzoziemców”.'
		),
		place: 'poznan',
		organisations: ['um-poznan'],
		partners: [
			'wuw-poznan',
			'pup-poznan',
			'rops-poznan',
			'mopr-poznan',
			'stowarzyszenie-interwencji-prawnej'
		],
		categories: ['dialogue-body', 'labour-market'],
		themes: [
			'cross-sector-cooperation',
			'labour-market',
			'entrepreneurship',
			'higher-education',
			'information'
		],
		targetGroups: ['foreign-students', 'migrant-entrepreneurs', 'jobseekers', 'employers', 'officials'],
		period: { from: null, to: null, note: around2015 },
		funding: null,
		keyFigures: [
			{ label: 'Zespoły eksperckie', value: '3' },
			{ label: 'Spotkania zespołów', value: 'ponad 20' },
			{
				label: 'Wyróżnienia dla przedsiębiorców-migrantów w konkursie „Poznański Lider Przedsiębiorczości”',
				value: '4'
			},
			{ label: 'Nawiązane kontakty z pracodawcami', value: '2 zrzeszenia pracodawców i 2 izby handlowe' }
		],
		links: [{ label: 'Portal dla migrantów w Poznaniu', url: 'http://www.migrant.poznan.pl' }],
		language: 'pl',
		status: 'mentioned',
		edition,
		jurorQuotes: [
			{
				juror: 'priscilla-rubia',
				text: 'Jest to świetny przykład pracy na rzecz usamodzielnienia imigrantów – w szczególności udzielanie informacji na temat biznesu i rynku pracy.'
			}
		],
		source: `000_67ba6ca9911ff0b8.txt, ${competition}`
	},
	mentioned({
		slug: 'wroclaw-zespol-ds-wielokulturowosci',
		title: 'Zespół do spraw wielokulturowości we Wrocławiu',
		summary:
			'Wrocławski zespół do spraw wielokulturowości, w którym zasiadają urzędnicy i przedstawiciele organizacji pozarządowych. Jury wskazało go jako podobny do warszawskiej Komisji Dialogu Społecznego ds. Cudzoziemców.',
		place: 'wroclaw',
		categories: ['dialogue-body'],
		themes: ['cross-sector-cooperation', 'diversity-management'],
		targetGroups: ['officials', 'ngos', 'immigrants']
	}),
	// Similar to the Warsaw Multicultural Centre
	mentioned({
		slug: 'wroclaw-dzielnica-czterech-wyznan',
		title: 'Dzielnica Czterech Wyznań we Wrocławiu',
		summary:
			'Wrocławska Dzielnica Czterech Wyznań, wskazana przez jury jako działanie podobne do warszawskiego Centrum Wielokulturowego. Źródło nie podaje szczegółów.',
		place: 'wroclaw',
		categories: ['multicultural-centre'],
		themes: ['intercultural-dialogue', 'culture'],
		targetGroups: ['local-community', 'immigrants']
	}),
	// Similar to Study in Lublin
	mentioned({
		slug: 'gdansk-study-in-pomorskie',
		title: '„Study in Pomorskie”',
		summary:
			'Gdańska inicjatywa „Study in Pomorskie”, wskazana przez jury jako działanie podobne do programu „Study in Lublin”. Źródło podaje tylko jej nazwę.',
		place: 'gdansk',
		categories: ['study-in'],
		themes: ['higher-education'],
		targetGroups: ['foreign-students']
	}),
	mentioned({
		slug: 'poznan-akademicki-poznan',
		title: '„Akademicki Poznań”',
		summary:
			'Poznańska inicjatywa „Akademicki Poznań”, wskazana przez jury jako działanie podobne do programu „Study in Lublin”. Źródło podaje tylko jej nazwę.',
		place: 'poznan',
		categories: ['study-in'],
		themes: ['higher-education'],
		targetGroups: ['foreign-students']
	}),
	mentioned({
		slug: 'warszawa-study-in-warsaw',
		title: '„Study In Warsaw”',
		summary:
			'Warszawska inicjatywa „Study In Warsaw”, wskazana przez jury jako działanie podobne do programu „Study in Lublin”. Źródło podaje tylko jej nazwę.',
		place: 'warszawa',
		categories: ['study-in'],
		themes: ['higher-education'],
		targetGroups: ['foreign-students']
	}),
	// Similar to the Lublin social-aid centre
	mentioned({
		slug: 'wroclaw-program-wroclaw-miastem-aktywnych',
		title: 'Program „Wrocław miastem aktywnych”',
		summary:
			'Wrocławski program wskazany przez jury jako działanie podobne do pracy Miejskiego Ośrodka Pomocy Społecznej w Lublinie na rzecz cudzoziemców. Źródło podaje tylko jego nazwę.',
		place: 'wroclaw',
		categories: ['social-aid'],
		themes: ['social-assistance'],
		targetGroups: ['immigrants']
	})
];

const outsideTheCompetition: Practice[] = [
	{
		slug: 'poznan-open-cities-urbact',
		title: 'Open Cities — poznański projekt programu URBACT II',
		summary:
			'W latach 2009–2011 Poznań uczestniczył w projekcie Open Cities programu URBACT II, którego celem był plan zwiększenia otwartości miasta i mieszkańców, atrakcyjności lokalnego rynku pracy oraz lepszej integracji społeczno-ekonomicznej imigrantów. Projektu nie kontynuowano z braku pieniędzy, ale część jego rekomendacji przejęły późniejsze działania, zwłaszcza projekt AMIGA.',
		description: lines(
			'### Cele',
			'',
			'- plan zwiększenia otwartości Poznania i jego mieszkańców,',
			'- większa atrakcyjność miasta i jego rynku pracy,',
			'- przyciąganie zagranicznego kapitału ludzkiego,',
			'- lepsza integracja społeczno-ekonomiczna imigrantów.',
			'',
			'### Lokalny Plan Działania',
			'',
			'W ramach Open Cities przyjęto zestaw założeń nazwany „Lokalnym Planem Działania”. Przewidywał on:',
			'',
			'- uruchomienie portalu internetowego,',
			'- powołanie Miejskiej Rady Otwartości z przedstawicieli różnych instytucji i samych imigrantów,',
			'- kampanie społeczne zwiększające wiedzę poznaniaków o imigrantach,',
			'- system monitorowania ruchu migracyjnego,',
			'- dodanie do programu „Przyjazny Urząd” komponentu „Urząd przyjazny obcokrajowcom”.',
			'',
			'### Co się stało dalej',
			'',
			'Z powodu braku środków programu nie kontynuowano i większości ambitnych planów nie zrealizowano — nie powstały m.in. Miejska Rada Otwartości ani „Urząd przyjazny cudzoziemcom”. Część wypracowanych rekomendacji była jednak dalej realizowana, w niektórych przypadkach po zmianach.',
			'',
			'Najlepszym przykładem jest projekt AMIGA, który Centrum Badań Migracyjnych UAM niejako „wyprowadziło” z Open Cities: wybrane elementy wzbogacono o część naukowo-badawczą i zdobyto na nie dofinansowanie unijne.',
			'',
			'### O programie URBACT II',
			'',
			'URBACT to europejski program wymiany wiedzy i doświadczeń, który wspiera zrównoważony rozwój miast i pomaga im wspólnie szukać praktycznych, innowacyjnych rozwiązań łączących wymiar ekonomiczny, społeczny i środowiskowy. URBACT II należy do celu 3 polityki spójności („Europejska Współpraca Terytorialna”) i działa przez sieci tematyczne oraz grupy robocze. Nie finansuje inwestycji — uczestnicy otrzymują jedynie zwrot kosztów udziału w tzw. projektach „miękkich”.'
		),
		place: 'poznan',
		organisations: ['um-poznan'],
		partners: [],
		categories: ['integration-programme', 'city-strategy'],
		themes: ['diversity-management', 'labour-market', 'participation', 'research'],
		targetGroups: ['immigrants', 'local-community', 'officials'],
		period: { from: '2009', to: '2011' },
		funding: 'URBACT II (zwrot kosztów udziału)',
		keyFigures: [{ label: 'Okres realizacji', value: '2009–2011' }],
		links: [],
		language: 'pl',
		status: 'catalogue',
		edition: null,
		jurorQuotes: [],
		source: '001_047c4e6039dee012.txt'
	},
	{
		slug: 'poznan-migrant-info-point',
		title: 'Migrant Info Point (MIP) w Poznaniu',
		summary:
			'Migrant Info Point to poznański punkt informacyjny dla migrantów, prowadzony w ramach projektu AMIGA, wraz z portalem www.migrant.poznan.pl w trzech językach. Punkt doradza m.in. studentom z zagranicy i osobom szukającym pracy, a w razie potrzeby towarzyszy cudzoziemcom także poza biurem.',
		description: lines(
			'### Czym się zajmuje',
			'',
			'- **Porady dla studentów z zagranicy** — to jedno z działań poznańskiego zespołu eksperckiego ds. zagranicznych studentów i absolwentów.',
			'- **Orientation Days / Open Days** — pracownicy MIP i streetworkerzy biorą udział w dniach otwartych i powitalnych na uczelniach.',
			'- **Rynek pracy** — punkt informuje o przepisach formalno-prawnych obowiązujących na rynku pracy i o tym, gdzie szukać ofert.',
			'- **Asystowanie poza biurem** — gdy cudzoziemiec zgłosi taką potrzebę, pracownik MIP towarzyszy mu w kontaktach z instytucjami i osobami prywatnymi.',
			'',
			'### Portal www.migrant.poznan.pl',
			'',
			'Portal informacyjny dla cudzoziemców działa w wersji polskiej, angielskiej i rosyjskiej. Znajdują się tam m.in.:',
			'',
			'- praktyczne informacje dla studentów (akademiki i inne możliwości zakwaterowania),',
			'- procedura zakładania własnej firmy,',
			'- informacje formalno-prawne o zatrudnieniu — dla migrantów i, osobno, dla pracodawców,',
			'- lista firm, które w akcji „Pracodawca otwarty na cudzoziemców” zadeklarowały gotowość zatrudniania migrantów,',
			'- kampania promująca przedsiębiorców-imigrantów.'
		),
		place: 'poznan',
		organisations: ['cebam-uam', 'um-poznan'],
		partners: [],
		categories: ['info-point'],
		themes: ['information', 'labour-market', 'higher-education', 'public-services'],
		targetGroups: ['immigrants', 'foreign-students', 'jobseekers', 'employers'],
		period: { from: null, to: null, note: 'w ramach projektu AMIGA (stan na ok. 2015 r.)' },
		funding: null,
		keyFigures: [
			{ label: 'Wersje językowe portalu migrant.poznan.pl', value: 'polska, angielska, rosyjska' }
		],
		links: [{ label: 'Portal dla migrantów w Poznaniu', url: 'http://www.migrant.poznan.pl' }],
		language: 'pl',
		status: 'catalogue',
		edition: null,
		jurorQuotes: [],
		source: '000_67ba6ca9911ff0b8.txt, 001_047c4e6039dee012.txt'
	},
	{
		slug: 'pomorskie-trzy-kroki-do-integracji',
		title:
			'„Trzy kroki do integracji na Pomorzu” — podnoszenie kompetencji samorządów w integracji imigrantów',
		summary:
			'Samorząd Województwa Pomorskiego przeznaczył 150 tys. zł na pilotażowy program, w którym Centrum Wsparcia Imigrantów i Imigrantek przez 10 miesięcy 2018 r. szkoli i wspiera pracowników urzędów gmin i powiatów w obsłudze i integracji imigrantów. Program ma być pierwszym krokiem do Pomorskiego Samorządowego Centrum Kompetencji w zakresie Wsparcia Imigrantów.',
		description: lines(
			'### Tło',
			'',
			'Liczba imigrantów na Pomorzu rośnie z roku na rok. W 2017 r. skierowano 130 tys. oświadczeń o zamiarze powierzenia pracy cudzoziemcom, a od początku 2018 r. urzędy pracy zarejestrowały już 17 tys. imigrantów. Według danych z prezentacji CWII w 2016 r. w województwie było 67 395 takich oświadczeń (źródło: „Przegląd sytuacji w zakresie zatrudnienia cudzoziemców”). Przez lata w regionie brakowało spójnego systemu wsparcia dla cudzoziemców.',
			'',
			'Szybki wzrost imigracji oznacza wyzwania w wielu dziedzinach: legalizacja pobytu i zatrudnienia, warunki pracy, mieszkania, zdrowie, edukacja, kultura, bezpieczeństwo.',
			'',
			'### Umowa i finansowanie',
			'',
			'12 marca 2018 r. marszałkowie Mieczysław Struk i Paweł Orłowski podpisali z wiceprezes CWII Karoliną Stubińską i członkinią zarządu Klaudią Iwicką umowę na zadanie „Podnoszenie kompetencji jednostek samorządu terytorialnego z terenu województwa pomorskiego na rzecz integracji imigrantów”. Pilotaż trwa od marca do grudnia 2018 r., a jego budżet to 150 tys. zł. Na podstawie jego wyników samorząd województwa zdecyduje o kierunku regionalnej polityki migracyjnej. Marszałek Struk zapowiedział, że doświadczenia pilotażu mogą przekonać województwo do zwiększenia puli środków na takie działania; wątek zatrzymania imigrantów i ich integracji pojawił się też w zmienianym Regionalnym Programie Operacyjnym, m.in. „Aktywni Pomorzanie”.',
			'',
			'### Cele',
			'',
			'- zrozumienie zjawiska migracji i zarządzanie nim,',
			'- kompetencje instytucji JST,',
			'- odpowiedź na potrzeby instytucji, pracodawców i imigrantów,',
			'- samodzielni imigranci, którzy — jak Polacy — korzystają z usług publicznych (RPS „Aktywni Pomorzanie”),',
			'- wykorzystanie dla integracji zasobów, które już istnieją,',
			'- bezpieczne społeczności lokalne,',
			'- korzystanie z potencjału migracji,',
			'- konkurencyjne Pomorze przygotowane na przyszłość.',
			'',
			'Najważniejsze jest usamodzielnienie imigrantów w życiu społecznym i zawodowym, a równocześnie przygotowanie społeczności lokalnych na przyjęcie cudzoziemców. Program ma obejmować m.in. procedury uzyskiwania pozwoleń na pracę, edukację dzieci, ochronę zdrowia, ubezpieczenia, kulturę i politykę mieszkaniową. Karolina Stubińska zwracała uwagę, że imigranci osiedlają się nie tylko w dużych miastach, ale też w małych miejscowościach i na wsiach, gdzie brakuje instytucji wspierających; efektem współpracy z samorządami ma być wspólna definicja integracji i ujednolicenie działań.',
			'',
			'### Trzy kroki',
			'',
			'1. Imigranci mieszkają w naszych miastach, gminach i powiatach.',
			'2. Zapewniamy im usługi, dzięki którym mogą samodzielnie i dobrze funkcjonować w lokalnych społecznościach.',
			'3. Tworzymy warunki, by byli aktywni i stawali się częścią tych społeczności.',
			'',
			'### Działania (razem z Regionalnym Ośrodkiem Polityki Społecznej)',
			'',
			'- **20 paneli dyskusyjnych** we wszystkich powiatach: wspólny przegląd sytuacji w gminie lub powiecie z udziałem pracodawców i pracowników, lokalnych NGO, szkół, POZ i szpitali, policji.',
			'- **10–12 JST** zaproszonych do pracy nad planem integracji.',
			'- **Powiatowe / lokalne zespoły** w obszarach: edukacja; zdrowie; zatrudnienie i aktywizacja zawodowa; kultura i integracja społeczna; bezpieczeństwo i pomoc społeczna.',
			'- międzypowiatowe zespoły tematyczne i branżowe,',
			'- wspólne standardy obsługi imigrantów i imigrantek,',
			'- szkolenia podnoszące kompetencje pracowników JST,',
			'- lokalne plany działania,',
			'- przewodnik dla imigrantów „Pierwsze kroki w Pomorskim”.',
			'',
			'### Cztery warsztaty nad planami działania',
			'',
			'1. Otwierający (czerwiec / początek lipca): „Co mamy / kim jesteśmy?”',
			'2. Diagnostyczny (koniec sierpnia / wrzesień): „Jak jest?”',
			'3. Wizyjny (październik): „Jak powinno być?”',
			'4. „Plan działania” (listopad): „Co zrobimy?”',
			'',
			'### Plan działań z umowy',
			'',
			'1. 20 paneli dyskusyjnych, na których JST i lokalni interesariusze omówią wyzwania związane z imigracją i dowiedzą się, jak zarządzać tym tematem na poziomie powiatu lub gminy.',
			'2. Wybór 10–12 JST do kolejnego etapu: przygotowania lokalnego lub powiatowego planu działania, który uwzględni obecną i przewidywaną skalę imigracji oraz luki kompetencyjne JST w usługach dla imigrantów — w aktywizacji i integracji społecznej i zawodowej, w tym w procedurach pobytowych, warunkach mieszkaniowych, pomocy społecznej, rynku pracy, wspieraniu przedsiębiorczości, edukacji, ochronie zdrowia, bezpieczeństwie, kulturze i integracji ze społecznością lokalną.',
			'3. Co najmniej 40 warsztatów (w grupach min. 10 osób) w wybranych urzędach gmin i starostwach, wspierających tworzenie modelowych rozwiązań lokalnej polityki migracyjnej — planów działania gmin i powiatów na rzecz aktywizacji i integracji imigrantów, w tym standardów ich obsługi.',
			'4. Co najmniej 200 godzin zegarowych szkoleń dla pracowników wybranych urzędów, dopasowanych do rozpoznanych luk kompetencyjnych.',
			'5. Konsultacje telefoniczne, internetowe i w siedzibie CWII dla wszystkich gmin i powiatów województwa przez cały czas trwania zadania.',
			'6. Regularne przekazywanie informacji o działaniach na potrzeby prowadzonej przez województwo podstrony „Pomorskie Samorządowe Centrum Kompetencji w zakresie Integracji Imigrantów”.',
			'7. Promocja dobrych praktyk sprawdzonych w Polsce i innych krajach UE, warunki do wymiany doświadczeń między gminami i powiatami oraz elektroniczna wersja przewodnika „pierwszych kroków” dla imigrantów w województwie pomorskim.',
			'8. Przedstawienie harmonogramu na konferencji inaugurującej tworzenie Pomorskiego Samorządowego Centrum Kompetencji w zakresie Integracji Imigrantów.',
			'9. Podsumowanie efektów na konferencji zamykającej pilotaż.',
			'',
			'### Samorządowe Centrum Kompetencji',
			'',
			'Program jest pierwszym krokiem do powstania Pomorskiego Samorządowego Centrum Kompetencji w zakresie wsparcia imigrantów. Jego zadania według prezentacji CWII: pilotaż, monitorowanie zjawisk związanych z migracją i szukanie rozwiązań oraz wspieranie JST w ich wdrażaniu.',
			'',
			'### Centrum Wsparcia Imigrantów i Imigrantek',
			'',
			'Program prowadzi gdańskie CWII. Prezentację „Trzy kroki do integracji na Pomorzu” przedstawiła Marta Siciarek z CWII na konferencji o sytuacji imigrantów na Pomorzu 9 kwietnia 2018 r. w Muzeum Emigracji w Gdyni.',
			'',
			'- **Usługi dla imigrantów:** poradnictwo legalizacyjne i prawne, doradztwo zawodowe, kursy języka polskiego, edukacja, praca ze społecznością romską i z uchodźcami, interwencja kryzysowa i inne.',
			'- **Partner Urzędu Miejskiego w Gdańsku** przy Modelu Integracji Imigrantów — polityce miejskiej z planami działania w 11 obszarach: edukacja szkolna, edukacja wyższa, zdrowie, mieszkalnictwo, zatrudnienie, kultura, komunikacja społeczna, sport, pomoc społeczna, społeczności lokalne, bezpieczeństwo.',
			'- **Partner Starostwa Powiatowego w Kartuzach** przy lokalnej strategii integracji.',
			'',
			'### Współpraca z CWII',
			'',
			'CWII pomaga w sytuacjach kryzysowych i przy inicjatywach integracyjnych oraz wspiera organizacje pozarządowe (sieć punktów informacyjnych, kursy języka polskiego i in.). Współpracują z nim m.in. Kaszubski Uniwersytet Ludowy, Fundacja Parasol, Port Słupsk, Fundacja „Pokolenia”, Fundacja Gospodarcza i Stowarzyszenie Czas Inicjatyw Społecznych.'
		),
		place: 'pomorskie',
		organisations: ['samorzad-wojewodztwa-pomorskiego', 'cwii'],
		partners: [
			'rops-gdansk',
			'kaszubski-uniwersytet-ludowy',
			'fundacja-parasol',
			'port-slupsk',
			'fundacja-pokolenia',
			'fundacja-gospodarcza',
			'stowarzyszenie-czas-inicjatyw-spolecznych'
		],
		categories: ['officials-training', 'integration-programme', 'dialogue-body'],
		themes: [
			'regional-policy',
			'public-services',
			'cross-sector-cooperation',
			'labour-market',
			'education',
			'health',
			'housing',
			'social-assistance',
			'safety',
			'culture'
		],
		targetGroups: ['local-governments', 'officials', 'immigrants', 'employers', 'ngos', 'local-community'],
		period: { from: '2018-03', to: '2018-12', note: '10 miesięcy; umowa podpisana 12 marca 2018 r.' },
		funding: '150 tys. zł z budżetu Samorządu Województwa Pomorskiego',
		keyFigures: [
			{ label: 'Budżet', value: '150 tys. zł' },
			{ label: 'Czas trwania pilotażu', value: '10 miesięcy (marzec–grudzień 2018 r.)' },
			{ label: 'Panele dyskusyjne', value: '20, we wszystkich powiatach' },
			{ label: 'JST objęte pilotażem', value: '10–12' },
			{ label: 'Warsztaty w wybranych urzędach', value: 'min. 40, w grupach min. 10 osób' },
			{ label: 'Szkolenia dla pracowników urzędów', value: 'min. 200 godzin zegarowych' },
			{ label: 'Warsztaty nad planami działania', value: '4 (czerwiec–listopad 2018 r.)' },
			{ label: 'Oświadczenia o zamiarze powierzenia pracy cudzoziemcom (2017)', value: '130 tys.' },
			{ label: 'Imigranci zarejestrowani przez urzędy pracy od początku 2018 r.', value: '17 tys.' },
			{
				label:
					'Oświadczenia o zamiarze powierzenia pracy cudzoziemcom w województwie (2016, dane z prezentacji)',
				value: '67 395'
			},
			{ label: 'Obszary planów Modelu Integracji Imigrantów w Gdańsku', value: '11' }
		],
		links: [{ label: 'Kontakt z CWII w sprawie współpracy', url: 'mailto:pomorze@cwii.org.pl' }],
		language: 'pl',
		status: 'catalogue',
		edition: null,
		jurorQuotes: [],
		source: '003_fddcf65f84c99bdd.txt, 004_dce4379b35c06327.txt'
	}
];

export const practices: Practice[] = [...awarded, ...similar, ...outsideTheCompetition];
