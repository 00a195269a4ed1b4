import type { z } from 'zod';
import type { practiceContent } from '../../src/lib/schemas/records.ts';
import { documents } from './sources.ts';

type Practice = z.input<typeof practiceContent>;

const edition = 'miasta-otwarte-2015';
const competition = [documents.competition];
/** The competition's description gives no dates: a practice is shown as it was when described. */
const undated = 'okres niepodany; stan z opisu konkursu, który nie ma daty (rok edycji to wniosek katalogu)';
const forSomeYears =
	'od kilku lat w chwili opisu; opis konkursu nie ma daty (rok edycji to wniosek katalogu)';
const lines = (...parts: string[]) => parts.join('\n');

/** A similar action the jury named with no more than a city and a name. */
const mentioned = (
	fields: Pick<
		Practice,
		| 'slug'
		| 'title'
		| 'summary'
		| 'titleEn'
		| 'summaryEn'
		| 'place'
		| 'categories'
		| 'themes'
		| 'targetGroups'
	> &
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
	sources: competition,
	...fields
});

const awarded: Practice[] = [
	{
		slug: 'lublin-strategia-rozwoju-2013-2020',
		title: 'Strategia Rozwoju Lublina na lata 2013–2020',
		summary:
			'Urząd Miasta Lublin podejmuje systemowe działania na rzecz integracji imigrantów na poziomie lokalnym. Od kilku lat, razem ze wszystkimi instytucjami i organizacjami pozarządowymi wspierającymi cudzoziemców, stara się budować w mieście spójny i kompleksowy system zarządzania różnorodnością.',
		titleEn: 'Lublin Development Strategy 2013–2020',
		summaryEn:
			'Lublin City Office takes systemic action on the integration of immigrants at the local level. For several years, together with all the institutions and NGOs that support foreigners, it has been trying to build a coherent and comprehensive system for managing diversity in the city.',
		description: lines(
			'### Na czym polega',
			'',
			'Wyróżnienie dotyczy Strategii Rozwoju Lublina na lata 2013–2020. Urząd Miasta Lublin prowadzi w sprawie integracji imigrantów działania o charakterze systemowym. Od kilku lat współdziała ze wszystkimi instytucjami i organizacjami pozarządowymi, które pracują na rzecz cudzoziemców, i stara się razem z nimi zbudować spójny, kompleksowy system zarządzania różnorodnością w mieście.',
			'',
			'### W skrócie',
			'',
			'- Strategia obejmuje lata 2013–2020.',
			'- Działania urzędu mają charakter systemowy.',
			'- Urząd współpracuje z instytucjami i organizacjami pozarządowymi działającymi na rzecz cudzoziemców.'
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
			note: 'strategia na lata 2013–2020; działania systemowe od kilku lat w chwili opisu (opis konkursu nie ma daty)'
		},
		funding: null,
		keyFigures: [{ label: 'Okres obowiązywania strategii', value: '2013–2020' }],
		links: [],
		language: 'pl',
		status: 'awarded',
		edition,
		jurorQuotes: [],
		sources: competition
	},
	{
		slug: 'lublin-zatrudnianie-imigrantow-w-urzedzie-miasta',
		title: 'Zatrudnianie imigrantów w Urzędzie Miasta Lublin',
		summary:
			'Urząd Miasta Lublin uwzględnia w polityce kadrowej potencjał, jaki daje zatrudnianie imigrantów: troje z nich ma stałe etaty, a kilka kolejnych osób zwykle pracuje na umowach zlecenia i o dzieło. Cudzoziemcy odbywają w urzędzie także praktyki i staże.',
		titleEn: 'Employing immigrants at Lublin City Office',
		summaryEn:
			'In its staffing policy Lublin City Office takes into account the potential that comes from employing immigrants: three of them hold permanent posts, and usually several more people work on civil-law contracts (contracts of mandate and contracts for specific work). Foreigners also do internships and traineeships at the office.',
		description: lines(
			'### Na czym polega',
			'',
			'Polityka kadrowa Urzędu Miasta Lublin uwzględnia potencjał, jaki daje zatrudnianie imigrantów.',
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
		period: { from: null, to: null, note: undated },
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
		sources: competition
	},
	{
		slug: 'warszawa-komisja-dialogu-spolecznego-ds-cudzoziemcow',
		title: 'Komisja Dialogu Społecznego ds. Cudzoziemców w Warszawie',
		summary:
			'Przy Centrum Komunikacji Społecznej od kilku lat działa Komisja Dialogu Społecznego ds. Cudzoziemców, w której urzędnicy współpracują z przedstawicielami organizacji pozarządowych. Komisja doradza i opiniuje, konsultuje i współtworzy miejskie dokumenty oraz projekty aktów dotyczących migracji.',
		titleEn: 'Social Dialogue Commission for Foreigners in Warsaw',
		summaryEn:
			'For several years a Social Dialogue Commission for Foreigners has worked alongside the Social Communication Centre in Warsaw, bringing officials together with representatives of NGOs. The commission advises and gives opinions, and consults on and co-writes city documents and draft legal acts on migration.',
		description: lines(
			'### Na czym polega',
			'',
			'Komisja Dialogu Społecznego (KDS) ds. Cudzoziemców działa w Warszawie przy Centrum Komunikacji Społecznej. Tworzą ją wspólnie urzędnicy i przedstawiciele organizacji pozarządowych.',
			'',
			'### Zadania komisji',
			'',
			'- doradzanie i wydawanie opinii w sprawach cudzoziemców,',
			'- konsultowanie i współtworzenie dokumentów oraz projektów aktów prawnych władz miasta dotyczących migracji,',
			'- dbanie o to, by działania kierowane do imigrantów były skuteczniejsze.'
		),
		place: 'warszawa',
		organisations: ['centrum-komunikacji-spolecznej-warszawa'],
		partners: [],
		categories: ['dialogue-body'],
		themes: ['cross-sector-cooperation', 'participation', 'diversity-management'],
		targetGroups: ['immigrants', 'ngos', 'officials'],
		period: { from: null, to: null, note: forSomeYears },
		funding: null,
		keyFigures: [],
		links: [],
		language: 'pl',
		status: 'awarded',
		edition,
		jurorQuotes: [
			{ juror: 'ngo-hoang-minh', text: 'W porównaniu do innych miast Warszawa robi najwięcej w tej kwestii' }
		],
		sources: competition
	},
	{
		slug: 'warszawa-centrum-wielokulturowe',
		title: 'Centrum Wielokulturowe w Warszawie',
		summary:
			'Centrum Wielokulturowe, otwarte na Pradze kilka miesięcy przed opisem konkursu, ma przede wszystkim pobudzać do działania i wspierać społeczności imigranckie, a także zbliżać do siebie warszawiaków, którzy pochodzą z różnych grup etnicznych.',
		titleEn: 'Multicultural Centre in Warsaw',
		summaryEn:
			"The Multicultural Centre, opened in Warsaw's Praga district a few months before the competition's description was written, is above all meant to activate and support immigrant communities and to bring together Warsaw residents of different ethnic origins.",
		description: lines(
			'### Na czym polega',
			'',
			'Centrum Wielokulturowe powstało na Pradze. Ma dwa główne cele:',
			'',
			'- pobudzanie do działania i wspieranie społeczności imigranckich,',
			'- zbliżanie do siebie warszawiaków różnego pochodzenia etnicznego.'
		),
		place: 'warszawa',
		organisations: ['centrum-wielokulturowe-warszawa'],
		partners: [],
		categories: ['multicultural-centre'],
		themes: ['participation', 'intercultural-dialogue', 'culture'],
		targetGroups: ['immigrants', 'migrant-organisations', 'local-community'],
		period: {
			from: null,
			to: null,
			note: 'od kilku miesięcy w chwili opisu; opis konkursu nie ma daty (rok edycji to wniosek katalogu)'
		},
		funding: null,
		keyFigures: [],
		links: [],
		language: 'pl',
		status: 'awarded',
		edition,
		jurorQuotes: [],
		sources: competition
	},
	{
		slug: 'wroclaw-kontynenty-wroclawia-infolink',
		title: 'Projekt „Kontynenty Wrocławia” i Infolink — Biuro Informacji i Pomocy dla Obcokrajowców',
		summary:
			'„Kontynenty Wrocławia” to szeroki zestaw spotkań, warsztatów i kursów, które mają wspierać i aktywizować imigrantów oraz integrować ich z mieszkańcami Wrocławia. Otwarto też Infolink, stacjonarny i internetowy punkt informacyjny dla nowo przybyłych cudzoziemców. Nagłówek wyróżnienia wymienia również Wrocławskie Centrum Rozwoju Społecznego.',
		titleEn:
			'The "Kontynenty Wrocławia" (Continents of Wrocław) project and Infolink, the information and support office for foreigners',
		summaryEn:
			'"Kontynenty Wrocławia" is a broad set of meetings, workshops and courses meant to support and activate immigrants and to integrate them with the people of Wrocław. Infolink, an information point for newly arrived foreigners working both in person and online, was opened as well. The heading of the distinction also names the Wrocław Centre for Social Development.',
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
		organisations: ['infolink-wroclaw', 'wcrs-wroclaw'],
		partners: [],
		categories: ['integration-programme', 'info-point'],
		themes: ['information', 'intercultural-dialogue', 'public-services'],
		targetGroups: ['immigrants', 'local-community'],
		period: { from: null, to: null, note: undated },
		funding: null,
		keyFigures: [],
		links: [],
		language: 'pl',
		status: 'awarded',
		edition,
		jurorQuotes: [],
		sources: competition
	},
	{
		slug: 'lublin-study-in-lublin',
		title: 'Program „Study in Lublin”',
		summary:
			'„Study in Lublin” to kompleksowy program zachęcający młodych ludzi z zagranicy do studiowania na lubelskich uczelniach — opis konkursu wskazuje tu szczególnie Ukrainę, ale sam stawia przy tym znak zapytania. Obejmuje czterojęzyczny portal www.study.lublin.eu oraz pomoc w zaaklimatyzowaniu się nowych studentów w mieście.',
		titleEn: 'The "Study in Lublin" programme',
		summaryEn:
			'"Study in Lublin" is a comprehensive programme encouraging young people from abroad to study at Lublin\'s universities — the competition\'s description points in particular to Ukraine, but itself puts a question mark beside this. It includes a portal in four languages, www.study.lublin.eu, and help for new students to settle in the city.',
		description: lines(
			'### Na czym polega',
			'',
			'Program promuje ofertę lubelskich szkół wyższych wśród młodzieży z zagranicy. Jako kraj, z którego mają przyjeżdżać szczególnie, opis konkursu podaje Ukrainę, ale ze znakiem zapytania — nie jest więc pewne, czy tak właśnie jest.',
			'',
			'- **Portal www.study.lublin.eu** w czterech językach zbiera informacje potrzebne, by zdecydować się na studia w Lublinie.',
			'- **Wsparcie na miejscu:** działania pomagają nowo przybyłym studentom zaaklimatyzować się w mieście.'
		),
		place: 'lublin',
		organisations: [],
		partners: [],
		categories: ['study-in'],
		themes: ['higher-education', 'information'],
		targetGroups: ['foreign-students'],
		period: { from: null, to: null, note: undated },
		funding: null,
		keyFigures: [{ label: 'Wersje językowe portalu', value: '4' }],
		links: [{ label: 'Portal Study in Lublin', url: 'http://www.study.lublin.eu' }],
		language: 'pl',
		status: 'awarded',
		edition,
		jurorQuotes: [],
		sources: competition
	},
	{
		slug: 'lublin-mops-pomoc-cudzoziemcom',
		title: 'Działania Miejskiego Ośrodka Pomocy Społecznej w Lublinie na rzecz cudzoziemców',
		summary:
			'MOPS w Lublinie od wielu lat prowadzi nowatorskie działania, które dają kompleksową pomoc cudzoziemcom objętym jedną z form ochrony. W 2014 r. były to m.in. 3 mieszkania chronione, kursy, szkolenia i staże, wsparcie psychologiczne i wydarzenia zbliżające imigrantów do mieszkańców.',
		titleEn: "Lublin Municipal Social Assistance Centre's work for foreigners",
		summaryEn:
			'For many years the Municipal Social Assistance Centre (MOPS) in Lublin has run innovative activities giving comprehensive help to foreigners granted one of the forms of protection. In 2014 these included 3 sheltered flats, courses, trainings and work placements, psychological support, and events bringing immigrants and local residents closer.',
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
		sources: competition
	},
	{
		slug: 'lublin-punkt-obslugi-cudzoziemcow-bom',
		title: 'Punkt Obsługi Cudzoziemców w Biurze Obsługi Mieszkańców w Lublinie',
		summary:
			'W Biurze Obsługi Mieszkańców Miasta Lublin działa Punkt Obsługi Cudzoziemców, który udziela informacji imigrantom mieszkającym w Lublinie — o usługach urzędu oraz o tym, gdzie i jak załatwić sprawy w innych instytucjach.',
		titleEn: "Foreigners' Service Point in the Residents' Service Office in Lublin",
		summaryEn:
			"A Foreigners' Service Point works within Lublin's Residents' Service Office and gives information to immigrants living in Lublin — about the City Office's services and about where and how to deal with matters at other institutions.",
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
		period: { from: null, to: null, note: undated },
		funding: null,
		keyFigures: [],
		links: [],
		language: 'pl',
		status: 'awarded',
		edition,
		jurorQuotes: [],
		sources: competition
	},
	{
		slug: 'poznan-amiga-cebam-uam',
		title: 'AMIGA — Aktywni MIGrAnci na Lokalnym Rynku Pracy: współpraca Urzędu Miasta Poznania z CeBaM UAM',
		summary:
			'Centrum Badań Migracyjnych UAM razem z Urzędem Miasta Poznania przez 24 miesiące (do maja 2015 r.) realizowało projekt AMIGA, który miał zwiększyć aktywność zawodową i integrację cudzoziemców oraz poprawić jakość ich życia w mieście. Projekt łączył badania z praktyką: działał Migrant Info Point i portal migrant.poznan.pl, prowadzono szkolenia z zakładania firmy, doradztwo zawodowe, kursy polskiego i szkolenia dla urzędników.',
		titleEn:
			'AMIGA — Active Migrants in the Local Labour Market: cooperation between Poznań City Office and the Centre for Migration Research (CeBaM) of Adam Mickiewicz University',
		summaryEn:
			"For 24 months (until May 2015) the Centre for Migration Research of Adam Mickiewicz University (CeBaM UAM), together with Poznań City Office, ran the AMIGA project, meant to increase foreigners' economic activity and integration and to improve the quality of their life in the city. The project joined research with practice: the Migrant Info Point and the migrant.poznan.pl portal operated, and there were trainings on starting a business, career counselling, Polish courses and trainings for officials.",
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
			'Projekt obejmuje działania na rzecz integracji cudzoziemców i lepszej jakości ich życia w mieście. Jego celem jest większa integracja społeczna i zawodowa cudzoziemców dzięki ich aktywności na lokalnym rynku pracy. Nowe strategie wsparcia miały powstać i zostać dostosowane we współpracy polsko-niemieckiej.',
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
			'Przeprowadzono trzy szkolenia, każde trwające dwa dni. Na każde przyszło od 15 do 20 osób, razem więc 45–60. Szkolono pracowników pięciu instytucji: Urzędu Miasta Poznania, Wielkopolskiego Urzędu Wojewódzkiego w Poznaniu (Wydział Spraw Obywatelskich i Cudzoziemców), Powiatowego Urzędu Pracy, Miejskiego Ośrodka Pomocy Społecznej oraz Narodowego Funduszu Zdrowia.'
		),
		place: 'poznan',
		organisations: ['cebam-uam', 'uam', 'um-poznan'],
		partners: ['wdgr-um-poznan', 'osrodek-doradczo-szkoleniowy-wdgr-um-poznan'],
		mentionedOrganisations: [
			{
				organisation: 'wuw-poznan',
				role: 'jego pracownicy (Wydział Spraw Obywatelskich i Cudzoziemców) uczestniczyli w szkoleniach dla urzędników'
			},
			{ organisation: 'pup-poznan', role: 'jego pracownicy uczestniczyli w szkoleniach dla urzędników' },
			{ organisation: 'mops-poznan', role: 'jego pracownicy uczestniczyli w szkoleniach dla urzędników' },
			{ organisation: 'nfz', role: 'jego pracownicy uczestniczyli w szkoleniach dla urzędników' }
		],
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
		sources: [documents.poznanProjects, documents.competition]
	},
	{
		slug: 'warszawa-koncepcja-wspierania-edukacji-cudzoziemcow',
		title: 'Koncepcja systemowego wspierania edukacji cudzoziemców w Warszawie',
		summary:
			'Biuro Edukacji m.st. Warszawy przygotowało i wdraża Koncepcję systemowego wspierania edukacji cudzoziemców. Obejmuje ona m.in. stałe podnoszenie kompetencji międzykulturowych nauczycieli i poszerzanie oferty edukacyjnej dla dzieci z doświadczeniem migracyjnym.',
		titleEn: 'Concept of systemic support for the education of foreigners in Warsaw',
		summaryEn:
			"Warsaw's Education Office drew up and is implementing a Concept of systemic support for the education of foreigners. Among other things it includes steadily raising teachers' intercultural competences and widening the educational offer for children with a migration background.",
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
		period: { from: null, to: null, note: undated },
		funding: null,
		keyFigures: [],
		links: [],
		language: 'pl',
		status: 'awarded',
		edition,
		jurorQuotes: [],
		sources: competition
	},
	{
		slug: 'warszawa-dotacje-uwzgledniajace-wielokulturowosc',
		title: 'Warszawa — konkursy dotacyjne jednostek miasta',
		summary:
			'Wiele jednostek m.st. Warszawy, m.in. Biuro Kultury i Biuro Edukacji, bierze pod uwagę w konkursach dotacyjnych potrzeby imigrantów albo wprost premiuje projekty wspierające wielokulturowość miasta. Dzięki temu organizacje pozarządowe od kilku lat mogą finansować różnorodne działania dla migrantów.',
		titleEn: "Warsaw — grant competitions of the city's units",
		summaryEn:
			"Many units of the City of Warsaw, including the Culture Office and the Education Office, take immigrants' needs into account in their grant competitions or openly favour projects supporting the city's multiculturalism. As a result, NGOs have for several years been able to fund a wide range of activities for migrants.",
		description: lines(
			'Opis konkursu zatytułował to wyróżnienie po prostu „Warszawa”; tytuł w katalogu opisuje, czego dotyczy.',
			'',
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
		organisations: ['biuro-kultury-warszawa', 'biuro-edukacji-warszawa'],
		partners: [],
		categories: ['grant-schemes'],
		themes: ['funding', 'culture', 'education'],
		targetGroups: ['ngos', 'immigrants'],
		period: { from: null, to: null, note: forSomeYears },
		funding: 'Miejskie konkursy dotacyjne (m.in. Biuro Kultury i Biuro Edukacji m.st. Warszawy)',
		keyFigures: [],
		links: [],
		language: 'pl',
		status: 'awarded',
		edition,
		jurorQuotes: [],
		sources: competition
	}
];

const similar: Practice[] = [
	// Similar to the Lublin strategy
	mentioned({
		slug: 'bialystok-program-bialystok-dla-tolerancji',
		title: 'Program „Białystok dla tolerancji”',
		summary: 'Białostocki program, który jury wymieniło jako działanie podobne do Strategii Rozwoju Lublina.',
		titleEn: 'The "Białystok dla tolerancji" (Białystok for Tolerance) programme',
		summaryEn:
			'A programme of the city of Białystok that the jury named as a similar action to the Lublin Development Strategy.',
		place: 'bialystok',
		categories: ['city-strategy', 'anti-discrimination'],
		themes: ['anti-discrimination', 'diversity-management'],
		targetGroups: ['local-community', 'immigrants']
	}),
	mentioned({
		slug: 'warszawa-zarzadzanie-roznorodnoscia',
		title: 'Warszawa',
		summary:
			'Przy wyróżnieniu dla Strategii Rozwoju Lublina jury wymieniło wśród podobnych działań samą Warszawę, bez nazwy konkretnego działania.',
		titleEn: 'Warsaw',
		summaryEn:
			'Beside the distinction for the Lublin Development Strategy, the jury listed Warsaw itself among the similar actions, without naming a particular action.',
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
			'Krakowska strategia dotycząca zapobiegania zdarzeniom rasistowskim i ksenofobicznym w przestrzeni publicznej miasta oraz reagowania na nie. Jury wymieniło ją jako działanie podobne do Strategii Rozwoju Lublina.',
		titleEn:
			'Strategy for preventing and responding to racist and xenophobic incidents in the public space of Kraków',
		summaryEn:
			"Kraków's strategy on preventing racist and xenophobic incidents in the city's public space and responding to them. The jury named it as a similar action to the Lublin Development Strategy.",
		place: 'krakow',
		categories: ['city-strategy', 'anti-discrimination'],
		themes: ['anti-discrimination', 'safety'],
		targetGroups: ['immigrants', 'local-community']
	}),
	// Similar to Lublin's employment of immigrants
	mentioned({
		slug: 'lodz-zatrudnienie-cudzoziemcow-w-urzedzie-miasta',
		title: 'Zatrudnienie dwóch cudzoziemców w Urzędzie Miasta Łódź',
		summary:
			'Urząd Miasta Łódź zatrudnił dwóch cudzoziemców. Jury wymieniło to jako działanie podobne do polityki kadrowej Urzędu Miasta Lublin.',
		titleEn: 'Employment of two foreigners at Łódź City Office',
		summaryEn:
			'Łódź City Office employed two foreigners. The jury named this as a similar action to the staffing policy of Lublin City Office.',
		place: 'lodz',
		organisations: ['um-lodz'],
		categories: ['employing-immigrants'],
		themes: ['labour-market', 'diversity-management'],
		targetGroups: ['immigrants', 'jobseekers'],
		keyFigures: [{ label: 'Cudzoziemcy zatrudnieni w urzędzie', value: 'dwóch' }]
	}),
	// Similar to the Warsaw dialogue commission
	mentioned({
		slug: 'gdansk-zespol-ds-modelu-integracji-imigrantow',
		title: 'Międzysektorowy i interdyscyplinarny zespół ds. modelu integracji imigrantów w Gdańsku',
		summary:
			'Gdański zespół łączący różne sektory i dziedziny, pracujący nad modelem integracji imigrantów. Jury wymieniło go jako działanie podobne do warszawskiej Komisji Dialogu Społecznego ds. Cudzoziemców.',
		titleEn: 'Cross-sector and interdisciplinary team on the immigrant integration model in Gdańsk',
		summaryEn:
			"A Gdańsk team joining different sectors and disciplines, working on a model of immigrant integration. The jury named it as a similar action to Warsaw's Social Dialogue Commission for Foreigners.",
		place: 'gdansk',
		categories: ['dialogue-body'],
		themes: ['cross-sector-cooperation', 'diversity-management'],
		targetGroups: ['immigrants', 'officials', 'ngos']
	}),
	mentioned({
		slug: 'lublin-grupa-wspierajaca-zarzadzanie-roznorodnoscia-kulturowa',
		title: 'Grupa wspierająca zarządzanie różnorodnością kulturową w Lublinie',
		summary:
			'Lubelska grupa wspierająca zarządzanie różnorodnością kulturową, którą jury wymieniło jako działanie podobne do warszawskiej Komisji Dialogu Społecznego ds. Cudzoziemców.',
		titleEn: 'Group supporting the management of cultural diversity in Lublin',
		summaryEn:
			"A Lublin group supporting the management of cultural diversity, which the jury named as a similar action to Warsaw's Social Dialogue Commission for Foreigners.",
		place: 'lublin',
		categories: ['dialogue-body'],
		themes: ['diversity-management', 'cross-sector-cooperation'],
		targetGroups: ['immigrants', 'ngos', 'officials']
	}),
	mentioned({
		slug: 'lodz-komisja-dialogu-obywatelskiego-ds-roznorodnosci',
		title: 'Komisja Dialogu Obywatelskiego ds. Różnorodności i Przeciwdziałania Dyskryminacji w Łodzi',
		summary:
			'Łódzka komisja dialogu obywatelskiego zajmująca się różnorodnością i przeciwdziałaniem dyskryminacji. Jury wymieniło ją jako działanie podobne do warszawskiej Komisji Dialogu Społecznego ds. Cudzoziemców.',
		titleEn: 'Civic Dialogue Commission on Diversity and Counteracting Discrimination in Łódź',
		summaryEn:
			"A Łódź civic dialogue commission dealing with diversity and counteracting discrimination. The jury named it as a similar action to Warsaw's Social Dialogue Commission for Foreigners.",
		place: 'lodz',
		categories: ['dialogue-body', 'anti-discrimination'],
		themes: ['anti-discrimination', 'participation', 'cross-sector-cooperation'],
		targetGroups: ['ngos', 'officials', 'immigrants']
	}),
	{
		slug: 'poznan-zespoly-eksperckie-ds-imigrantow',
		title: 'Poznańskie zespoły eksperckie instytucji pracujących z imigrantami',
		summary:
			'W Poznaniu spotykają się zespoły ekspertów z instytucji, które obsługują imigrantów: kilku wydziałów Urzędu Miasta, urzędu wojewódzkiego, urzędu pracy, ośrodków pomocy społecznej i większości państwowych uczelni. Trzy zespoły — ds. studentów, przyszłych przedsiębiorców i osób z trudnościami na rynku pracy — odbyły ponad 20 spotkań i podjęły szereg działań.',
		titleEn: 'Poznań expert teams of institutions working with immigrants',
		summaryEn:
			'In Poznań, teams of experts meet from institutions that serve immigrants: several departments of the City Office, the voivodeship office, the labour office, social assistance centres and most of the state universities. Three teams — on students, on future entrepreneurs and on people facing difficulties in the labour market — have held more than 20 meetings and taken a range of actions.',
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
			'5. Promował przedsiębiorców-imigrantów w kampanii w poznańskiej prasie i na portalu migrant.poznan.pl.',
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
		period: {
			from: null,
			to: null,
			note: 'okres niepodany; fragment raportu nie ma daty, wspomina plany na edycję 2015 r. konkursu „Poznański Lider Przedsiębiorczości”'
		},
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
		sources: [documents.poznanTeams, documents.competition]
	},
	mentioned({
		slug: 'wroclaw-zespol-ds-wielokulturowosci',
		title: 'Zespół do spraw wielokulturowości we Wrocławiu',
		summary:
			'Wrocławski zespół do spraw wielokulturowości, w którym zasiadają urzędnicy i przedstawiciele organizacji pozarządowych. Jury wymieniło go jako działanie podobne do warszawskiej Komisji Dialogu Społecznego ds. Cudzoziemców.',
		titleEn: 'Team for multiculturalism in Wrocław',
		summaryEn:
			"A Wrocław team for multiculturalism made up of officials and representatives of NGOs. The jury named it as a similar action to Warsaw's Social Dialogue Commission for Foreigners.",
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
			'Wrocławska Dzielnica Czterech Wyznań, którą jury wymieniło jako działanie podobne do warszawskiego Centrum Wielokulturowego.',
		titleEn: 'The District of Four Denominations in Wrocław',
		summaryEn:
			"Wrocław's District of Four Denominations, which the jury named as a similar action to Warsaw's Multicultural Centre.",
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
			'Gdańska inicjatywa „Study in Pomorskie”, którą jury wymieniło jako działanie podobne do programu „Study in Lublin”.',
		titleEn: '"Study in Pomorskie"',
		summaryEn:
			'The "Study in Pomorskie" initiative from Gdańsk, which the jury named as a similar action to the "Study in Lublin" programme.',
		place: 'gdansk',
		categories: ['study-in'],
		themes: ['higher-education'],
		targetGroups: ['foreign-students']
	}),
	mentioned({
		slug: 'poznan-akademicki-poznan',
		title: '„Akademicki Poznań”',
		summary:
			'Poznańska inicjatywa „Akademicki Poznań”, którą jury wymieniło jako działanie podobne do programu „Study in Lublin”.',
		titleEn: '"Akademicki Poznań" (Academic Poznań)',
		summaryEn:
			'The "Akademicki Poznań" initiative from Poznań, which the jury named as a similar action to the "Study in Lublin" programme.',
		place: 'poznan',
		categories: ['study-in'],
		themes: ['higher-education'],
		targetGroups: ['foreign-students']
	}),
	mentioned({
		slug: 'warszawa-study-in-warsaw',
		title: '„Study In Warsaw”',
		summary:
			'Warszawska inicjatywa „Study In Warsaw”, którą jury wymieniło jako działanie podobne do programu „Study in Lublin”.',
		titleEn: '"Study In Warsaw"',
		summaryEn:
			'The "Study In Warsaw" initiative from Warsaw, which the jury named as a similar action to the "Study in Lublin" programme.',
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
			'Wrocławski program, który jury wymieniło jako działanie podobne do pracy Miejskiego Ośrodka Pomocy Społecznej w Lublinie na rzecz cudzoziemców.',
		titleEn: 'The "Wrocław miastem aktywnych" (Wrocław, a City of Active People) programme',
		summaryEn:
			"A Wrocław programme that the jury named as a similar action to the work of Lublin's Municipal Social Assistance Centre for foreigners.",
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
		titleEn: 'Open Cities — the Poznań project of the URBACT II programme',
		summaryEn:
			"From 2009 to 2011 Poznań took part in the Open Cities project of the URBACT II programme, which aimed at a plan to make the city and its residents more open, to make the local labour market more attractive and to improve immigrants' social and economic integration. The project was not continued for lack of money, but later actions, above all the AMIGA project, took over some of its recommendations.",
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
		sources: [documents.poznanProjects]
	},
	{
		slug: 'poznan-migrant-info-point',
		title: 'Migrant Info Point (MIP) w Poznaniu',
		summary:
			'Migrant Info Point to poznański punkt informacyjny dla migrantów, prowadzony w ramach projektu AMIGA, wraz z portalem www.migrant.poznan.pl w trzech językach. Punkt doradza m.in. studentom z zagranicy i osobom szukającym pracy, a w razie potrzeby towarzyszy cudzoziemcom także poza biurem.',
		titleEn: 'Migrant Info Point (MIP) in Poznań',
		summaryEn:
			'Migrant Info Point is an information point for migrants in Poznań, run within the AMIGA project, together with the www.migrant.poznan.pl portal in three languages. Among others it advises students from abroad and jobseekers, and when needed it accompanies foreigners outside the office as well.',
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
		period: { from: null, to: null, note: 'w ramach projektu AMIGA (24 miesiące, do maja 2015 r.)' },
		funding: null,
		keyFigures: [
			{ label: 'Wersje językowe portalu migrant.poznan.pl', value: 'polska, angielska, rosyjska' }
		],
		links: [{ label: 'Portal dla migrantów w Poznaniu', url: 'http://www.migrant.poznan.pl' }],
		language: 'pl',
		status: 'catalogue',
		edition: null,
		jurorQuotes: [],
		sources: [documents.poznanTeams, documents.poznanProjects]
	},
	{
		slug: 'pomorskie-trzy-kroki-do-integracji',
		title:
			'„Trzy kroki do integracji na Pomorzu” — podnoszenie kompetencji samorządów w integracji imigrantów',
		summary:
			'Samorząd Województwa Pomorskiego przeznaczył 150 tys. zł na pilotażowy program, w którym Centrum Wsparcia Imigrantów i Imigrantek przez 10 miesięcy 2018 r. szkoli i wspiera pracowników urzędów gmin i powiatów w obsłudze i integracji imigrantów. Program ma być pierwszym krokiem do Pomorskiego Samorządowego Centrum Kompetencji w zakresie Wsparcia Imigrantów.',
		titleEn:
			'"Three steps to integration in Pomerania" — building local governments\' competence in immigrant integration',
		summaryEn:
			'The regional government of the Pomorskie voivodeship allocated PLN 150,000 to a pilot programme in which the Centre for Support of Immigrants (Centrum Wsparcia Imigrantów i Imigrantek, CWII) trains and supports staff of municipal and county offices in serving and integrating immigrants over 10 months of 2018. The programme is meant to be the first step towards a Pomeranian Local Government Competence Centre for supporting immigrants.',
		description: lines(
			'### Tło',
			'',
			'Cudzoziemców na Pomorzu z każdym rokiem przybywa. Według wiadomości portalu województwa urzędy pracy zarejestrowały od początku 2018 r. już 17 tys. imigrantów, a w 2017 r. do urzędu trafiło 130 tys. oświadczeń o zamiarze powierzenia pracy cudzoziemcom.',
			'',
			'Slajd prezentacji CWII podaje dla całego województwa 67 395 oświadczeń o zamiarze powierzenia pracy cudzoziemcom; obok tej liczby widnieją dwa lata, 2016 i 2017, a z tekstu slajdu nie wynika, którego z nich dotyczy. Dane pochodzą według slajdu z „Przeglądu sytuacji w zakresie zatrudnienia cudzoziemców”.',
			'',
			'Przez lata w województwie nie było spójnego systemu opieki nad cudzoziemcami; pilotaż ma tę lukę zapełnić.',
			'',
			'Marszałek Mieczysław Struk mówił na konferencji prasowej, że cudzoziemcy od lat przyjeżdżają na Pomorze do pracy, a region korzysta z ich kwalifikacji i zaangażowania. Pracowników brakuje w całym regionie, a imigranci mogą ten niedobór uzupełnić — dlatego, jak podkreślał, województwa nie stać na to, żeby wyjeżdżali po kilku miesiącach.',
			'',
			'Według prezentacji CWII szybki wzrost imigracji oznacza wyzwania w wielu dziedzinach: legalizacja pobytu i zatrudnienia, warunki pracy, mieszkania, zdrowie, edukacja, kultura, bezpieczeństwo.',
			'',
			'### Umowa i finansowanie',
			'',
			'12 marca 2018 r. marszałek Mieczysław Struk i wicemarszałek Paweł Orłowski zawarli z wiceprezes CWII Karoliną Stubińską i członkinią zarządu Klaudią Iwicką umowę na zadanie „Podnoszenie kompetencji jednostek samorządu terytorialnego z terenu województwa pomorskiego na rzecz integracji imigrantów”. Umowa ma pomóc urzędnikom lepiej radzić sobie z problemami integracji imigrantów — od edukacji i ochrony zdrowia po szukanie pracy i sprawy mieszkaniowe.',
			'',
			'Pilotaż trwa od marca do grudnia 2018 r., a jego budżet to 150 tys. zł. Jego wyniki mają pomóc samorządowi województwa zdecydować, w jakim kierunku prowadzić regionalną politykę migracyjną. Marszałek Struk zapowiedział, że doświadczenia pilotażu mogą przekonać województwo do zwiększenia puli środków na takie działania; wątek zatrzymania imigrantów i ich integracji pojawił się też w zmienianych Regionalnych Programach Operacyjnych, m.in. „Aktywni Pomorzanie”.',
			'',
			'### Co ma się zmienić',
			'',
			'Usługi administracji samorządowej dla imigrantów mają się poprawić. Najważniejsze jest usamodzielnienie imigrantów w życiu społecznym i zawodowym, a równocześnie przygotowanie społeczności lokalnych na przyjęcie cudzoziemców.',
			'',
			'- Imigrantom ma być łatwiej przejść przez zawiłości administracji, zdobyć pozwolenie na pracę, znaleźć mieszkanie i zapewnić dzieciom edukację.',
			'- Od przeszkolonych urzędników cudzoziemcy mają się dowiedzieć, jakie przysługują im prawa.',
			'- Dobry plan działań i urzędnicy przygotowani do obsługi imigrantów na wszystkich szczeblach mają ułatwić cudzoziemcom odnalezienie się w lokalnych społecznościach.',
			'',
			'Wicemarszałek Paweł Orłowski określił imigrantów na Pomorzu jako wyzwanie, a zarazem szansę. Jego zdaniem potrzebna jest polityka migracyjna, która pomoże samorządom budować zintegrowane społeczeństwa. Działania mają być kompleksowe: od procedur uzyskiwania pozwoleń na pracę, przez edukację dzieci, ochronę zdrowia i ubezpieczenia, po kulturę i politykę mieszkaniową.',
			'',
			'Wiceprezes CWII Karolina Stubińska zwracała uwagę, że migracja to nie tylko sprawa dużych miast: imigranci zamieszkują też małe miejscowości i wsie, gdzie — inaczej niż w dużych miastach — brakuje organizacji i instytucji wspierających cudzoziemców. Współpraca z samorządami ma doprowadzić do ustalenia, czym jest integracja, i do ujednolicenia działań. Za punkt wyjścia uznała stwierdzenie, że imigranci żyją w naszych miejscowościach — a to oznacza dla urzędów pewne obowiązki i nowe zadania.',
			'',
			'### Cele (według prezentacji CWII)',
			'',
			'- zrozumienie zjawiska migracji i zarządzanie nim,',
			'- kompetencje instytucji JST,',
			'- odpowiedź na potrzeby instytucji, pracodawców i imigrantów,',
			'- samodzielni imigranci, którzy mają — tak jak Polacy — dostęp do usług publicznych (RPS „Aktywni Pomorzanie”),',
			'- wykorzystanie dla integracji zasobów, które już istnieją,',
			'- bezpieczne społeczności lokalne,',
			'- korzystanie z potencjału migracji,',
			'- konkurencyjne Pomorze przygotowane na przyszłość.',
			'',
			'### Trzy kroki',
			'',
			'1. Imigranci mieszkają w naszych miastach, gminach i powiatach.',
			'2. Zapewniamy im usługi, dzięki którym mogą samodzielnie i dobrze funkcjonować w lokalnych społecznościach.',
			'3. Tworzymy warunki, by byli aktywni i stawali się częścią tych społeczności.',
			'',
			'### Działania (razem z Regionalnym Ośrodkiem Polityki Społecznej)',
			'',
			'- **20 paneli dyskusyjnych** we wszystkich powiatach: wspólny przegląd sytuacji w gminie lub powiecie z udziałem pracodawców i pracowników, lokalnych NGO, szkół, POZ i szpitali, policji. Według wiadomości portalu w panelach biorą udział pracownicy urzędów powiatowych, a rozmowy mają pokazać, jakiego wsparcia urzędnicy potrzebują w pracy z imigrantami.',
			'- **10–12 JST** zaproszonych do pracy nad planem integracji.',
			'- **Powiatowe / lokalne zespoły** w obszarach: edukacja; zdrowie; zatrudnienie i aktywizacja zawodowa; kultura i integracja społeczna; bezpieczeństwo i pomoc społeczna.',
			'- międzypowiatowe zespoły tematyczne i branżowe,',
			'- wspólne standardy obsługi imigrantów i imigrantek,',
			'- szkolenia podnoszące kompetencje pracowników JST,',
			'- lokalne plany działania,',
			'- przewodnik dla imigrantów „Pierwsze kroki w Pomorskim”.',
			'',
			'### Cztery warsztaty nad planami działania (slajd nie podaje roku)',
			'',
			'1. Otwierający (czerwiec / początek lipca): „Co mamy / kim jesteśmy?”',
			'2. Diagnostyczny (koniec sierpnia / wrzesień): „Jak jest?”',
			'3. Wizyjny (październik): „Jak powinno być?”',
			'4. „Plan działania” (listopad): „Co zrobimy?”',
			'',
			'### Plan działań z umowy',
			'',
			'1. Dwadzieścia paneli dyskusyjnych: samorządy i lokalni interesariusze rozmawiają o wyzwaniach, jakie niesie imigracja na ich terenie, i uczą się, jak prowadzić te sprawy w powiecie czy gminie.',
			'2. Wybór 10–12 JST do kolejnego etapu: przygotowania lokalnego lub powiatowego planu działania, który uwzględni obecną i przewidywaną skalę imigracji oraz luki kompetencyjne JST w usługach dla imigrantów — w aktywizacji i integracji społecznej i zawodowej, w tym w procedurach pobytowych, warunkach mieszkaniowych, pomocy społecznej, rynku pracy, wspieraniu przedsiębiorczości, edukacji, ochronie zdrowia, bezpieczeństwie, kulturze i integracji ze społecznością lokalną.',
			'3. W wybranych urzędach gmin i starostwach — co najmniej 40 warsztatów, każdy dla grupy liczącej minimum 10 osób. Warsztaty mają pomóc wypracować wzorcowe rozwiązania lokalnej polityki migracyjnej: plany, w których gmina lub powiat określa, jak aktywizować i integrować imigrantów, oraz standardy ich obsługi.',
			'4. Co najmniej 200 godzin zegarowych szkoleń dla pracowników wybranych urzędów, dopasowanych do rozpoznanych luk kompetencyjnych.',
			'5. Konsultacje telefoniczne, internetowe i w siedzibie CWII dla wszystkich gmin i powiatów województwa przez cały czas trwania zadania.',
			'6. CWII na bieżąco przekazuje województwu wiadomości o swoich działaniach, a województwo wykorzystuje je na swojej podstronie „Pomorskie Samorządowe Centrum Kompetencji w zakresie Integracji Imigrantów”.',
			'7. Promocja dobrych praktyk sprawdzonych w Polsce i innych krajach UE, warunki do wymiany doświadczeń między gminami i powiatami oraz elektroniczna wersja przewodnika „pierwszych kroków” dla imigrantów w województwie pomorskim.',
			'8. Harmonogram prac zostanie pokazany na konferencji otwierającej starania o utworzenie Pomorskiego Samorządowego Centrum Kompetencji w zakresie Integracji Imigrantów.',
			'9. Podsumowanie efektów na konferencji zamykającej pilotaż.',
			'',
			'### Samorządowe Centrum Kompetencji',
			'',
			'Program jest pierwszym krokiem do powstania Pomorskiego Samorządowego Centrum Kompetencji w zakresie wsparcia imigrantów. Jego zadania według prezentacji CWII: pilotaż, monitorowanie zjawisk związanych z migracją i szukanie rozwiązań oraz wspieranie JST w ich wdrażaniu.',
			'',
			'### Centrum Wsparcia Imigrantów i Imigrantek',
			'',
			'Program prowadzi gdańskie CWII. Prezentacja „Trzy kroki do integracji na Pomorzu” (Marta Siciarek, CWII) jest opatrzona miejscem i datą: Gdynia, 9 kwietnia 2018 r. Na ten sam dzień wiadomość portalu zapowiada konferencję o sytuacji imigrantów na Pomorzu w Muzeum Emigracji w Gdyni; żaden z dokumentów nie mówi jednak, czy prezentację pokazano na tej konferencji.',
			'',
			'Według prezentacji CWII:',
			'',
			'- **Usługi dla imigrantów:** poradnictwo legalizacyjne i prawne, doradztwo zawodowe, kursy języka polskiego, edukacja, praca ze społecznością romską i z uchodźcami, interwencja kryzysowa i inne.',
			'- **Partner Urzędu Miejskiego w Gdańsku** przy Modelu Integracji Imigrantów — polityce miejskiej z planami działania w 11 obszarach: edukacja szkolna, edukacja wyższa, zdrowie, mieszkalnictwo, zatrudnienie, kultura, komunikacja społeczna, sport, pomoc społeczna, społeczności lokalne, bezpieczeństwo.',
			'- **Partner Starostwa Powiatowego w Kartuzach** przy lokalnej strategii integracji.',
			'',
			'### Współpraca z CWII',
			'',
			'CWII pomaga w sytuacjach kryzysowych i przy inicjatywach integracyjnych oraz wspiera organizacje pozarządowe (sieć punktów informacyjnych, kursy języka polskiego i in.). Slajd o współpracy z CWII wymienia m.in. Kaszubski Uniwersytet Ludowy, Fundację Parasol, Port Słupsk, Fundację „Pokolenia”, Fundację Gospodarczą i Stowarzyszenie Czas Inicjatyw Społecznych — jako organizacje współpracujące z CWII w ogóle, nie jako partnerów tego programu.'
		),
		place: 'pomorskie',
		organisations: ['samorzad-wojewodztwa-pomorskiego', 'cwii'],
		partners: ['rops-gdansk'],
		mentionedOrganisations: [
			{
				organisation: 'muzeum-emigracji-gdynia',
				role: 'miejsce konferencji o sytuacji imigrantów na Pomorzu zapowiedzianej na 9 kwietnia 2018 r. (według wiadomości portalu)'
			},
			{
				organisation: 'um-gdansk',
				role: 'CWII jest jego partnerem przy Modelu Integracji Imigrantów (według prezentacji; poza tym programem)'
			},
			{
				organisation: 'starostwo-powiatowe-kartuzy',
				role: 'CWII jest jego partnerem przy lokalnej strategii integracji (według prezentacji; poza tym programem)'
			},
			...[
				'kaszubski-uniwersytet-ludowy',
				'fundacja-parasol',
				'port-slupsk',
				'fundacja-pokolenia',
				'fundacja-gospodarcza',
				'stowarzyszenie-czas-inicjatyw-spolecznych'
			].map((organisation) => ({
				organisation,
				role: 'współpracuje z CWII (według prezentacji); źródła nie łączą tej organizacji z programem'
			}))
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
			{
				label: 'Warsztaty nad planami działania',
				value: '4 (od czerwca do listopada; slajd nie podaje roku)'
			},
			{ label: 'Oświadczenia o zamiarze powierzenia pracy cudzoziemcom (2017)', value: '130 tys.' },
			{ label: 'Imigranci zarejestrowani przez urzędy pracy od początku 2018 r.', value: '17 tys.' },
			{
				label:
					'Oświadczenia o zamiarze powierzenia pracy cudzoziemcom w województwie (slajd prezentacji CWII; przy liczbie widnieją lata 2016 i 2017)',
				value: '67 395'
			},
			{ label: 'Obszary planów Modelu Integracji Imigrantów w Gdańsku', value: '11' }
		],
		links: [{ label: 'Kontakt z CWII w sprawie współpracy', url: 'mailto:pomorze@cwii.org.pl' }],
		language: 'pl',
		status: 'catalogue',
		edition: null,
		jurorQuotes: [],
		sources: [documents.pomorskieSlides, documents.pomorskieNews]
	}
];

export const practices: Practice[] = [...awarded, ...similar, ...outsideTheCompetition];
