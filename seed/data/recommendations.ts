import type { z } from 'zod';
import type { recommendation } from '../../src/lib/schemas/records.ts';
import { documents } from './sources.ts';

const edition = 'miasta-otwarte-2015';
const sources = [documents.competition];

export const recommendations: z.input<typeof recommendation>[] = [
	{
		slug: 'roznorodnosc-w-strategiach-miejskich',
		edition,
		title: 'Zarządzanie różnorodnością jako część strategii miasta',
		text: [
			'Gminy miejskie powinny uwzględniać w swoich strategiach rosnące zróżnicowanie kulturowe i społeczne mieszkańców.',
			'',
			'- Strategia powinna zawierać plan zarządzania różnorodnością na poziomie lokalnym w różnych obszarach, za które odpowiada samorząd: w edukacji, sprawach społecznych, kulturze, promocji miasta i innych.',
			'- Dokument trzeba przygotowywać partycypacyjnie, konsultując go z samymi imigrantami.'
		].join('\n'),
		themes: ['diversity-management', 'participation'],
		order: 0,
		titleEn: "Diversity management as part of the city's strategy",
		summaryEn:
			'Urban municipalities should take the growing cultural and social diversity of their residents into account in their strategies. A strategy should contain a plan for managing diversity at the local level in the various areas for which the local government is responsible — education, social affairs, culture, city promotion and others — and it should be prepared in a participatory way, in consultation with immigrants themselves.',
		sources
	},
	{
		slug: 'zatrudnianie-imigrantow-w-jednostkach-samorzadowych',
		edition,
		title: 'Imigranci wśród pracowników jednostek samorządowych',
		text: [
			'Warto zatrudniać imigrantów we wszystkich jednostkach podległych samorządowi, które pracują z tą grupą — w szkołach, ośrodkach pomocy społecznej, punktach informacyjnych i innych.',
			'',
			'Gdy na takich stanowiskach pracują imigranci, maleje bariera językowa między instytucją a jej klientem, a pozostali pracownicy lepiej poznają potrzeby środowisk imigranckich.'
		].join('\n'),
		themes: ['diversity-management', 'public-services', 'labour-market'],
		order: 1,
		titleEn: 'Immigrants among the staff of local government units',
		summaryEn:
			'It is worth employing immigrants in all units subordinate to the local government that work with this group — in schools, social assistance centres, information points and others. When immigrants work in such posts, the language barrier between the institution and its client shrinks, and other staff learn more about the needs of immigrant communities.',
		sources
	},
	{
		slug: 'trwale-zespoly-wspolpracy-miedzysektorowej',
		edition,
		title: 'Trwałe miejsce dla zespołów współpracy międzysektorowej',
		text: [
			'Eksperci i jurorzy wskazali kilka warunków skuteczności ciał dialogu i zespołów międzysektorowych:',
			'',
			'- **Zapis w dokumentach miasta.** Rolę takich zespołów warto podkreślić w oficjalnych dokumentach, w tym w strategii miejskiej — wzmacnia to ich znaczenie w integracji oraz zapewnia trwałość i skuteczność ich działań.',
			'- **Odpłatna praca ekspertów i udział imigrantów.** Ciała doradcze i konsultacyjne powinny opierać się na wynagradzanej pracy ekspertów, przy możliwie szerokim udziale samych imigrantów.',
			'- **Szerszy krąg instytucji.** Jurorzy zalecają, by do takich działań zapraszać także inne podmioty, na przykład Zarząd Transportu Miejskiego czy miejskie szpitale.'
		].join('\n'),
		themes: ['cross-sector-cooperation', 'participation', 'diversity-management'],
		order: 2,
		titleEn: 'A lasting place for cross-sector cooperation teams',
		summaryEn:
			"The role of cross-sector teams is worth stressing in the city's official documents, including its strategy, which strengthens their place in integration and makes their work lasting and effective. Advisory and consultative bodies should rest on paid work by experts, with as much participation of immigrants as possible, and other bodies, such as the public transport authority or city hospitals, should also be invited.",
		sources
	},
	{
		slug: 'przestrzen-dla-organizacji-imigranckich',
		edition,
		title: 'Przestrzeń dla organizacji imigranckich i działających na rzecz imigrantów',
		text: [
			'Polityka miejska powinna zakładać stworzenie warunków i miejsca, w którym mogą działać organizacje imigranckie oraz organizacje wspierające imigrantów.',
			'',
			'Taka przestrzeń służy także spotkaniom społeczności imigranckich z mieszkańcami — na przykład w skali dzielnicy.'
		].join('\n'),
		themes: ['participation', 'intercultural-dialogue', 'culture'],
		order: 3,
		titleEn: 'Space for immigrant organisations and organisations working for immigrants',
		summaryEn:
			'City policy should provide for conditions and a place in which immigrant organisations and organisations supporting immigrants can work. Such a space also lets immigrant communities meet local residents, for example at the scale of a district.',
		sources
	},
	{
		slug: 'miasto-liderem-wsparcia-integracyjnego',
		edition,
		title: 'Miasto jako lider bezpośredniego wsparcia integracyjnego',
		text: [
			'Samorządy powinny przejąć część odpowiedzialności za bezpośrednie wsparcie integracyjne imigrantów.',
			'',
			'Doświadczenie Wrocławia dowodzi, że miasto może pełnić w tym procesie rolę lidera.'
		].join('\n'),
		themes: ['information', 'public-services', 'diversity-management'],
		order: 4,
		titleEn: 'The city as a leader of direct integration support',
		summaryEn:
			"Local governments should take on part of the responsibility for direct integration support for immigrants. Wrocław's experience shows that the city can take the leading role in this process.",
		sources
	},
	{
		slug: 'umiedzynarodowienie-uczelni-w-dokumentach-miasta',
		edition,
		title: 'Umiędzynarodowienie uczelni w dokumentach strategicznych miasta',
		text: [
			'W miastach akademickich sprawy związane z szerszym umiędzynarodowieniem uczelni powinny znaleźć się nie tylko w dokumentach strategicznych samych uczelni, lecz także — jak w Lublinie — w dokumentach strategicznych miasta.',
			'',
			'Ma to szczególne znaczenie w czasie niżu demograficznego, gdy polskich studentów ubywa.'
		].join('\n'),
		themes: ['higher-education', 'diversity-management'],
		order: 5,
		titleEn: "Internationalisation of universities in the city's strategic documents",
		summaryEn:
			"In university cities, matters of wider internationalisation of universities should appear not only in the universities' own strategic documents but also, as in Lublin, in those of the city. This matters especially at a time of demographic decline, when the number of Polish students is falling.",
		sources
	},
	{
		slug: 'wspolne-pozyskiwanie-funduszy-na-integracje',
		edition,
		title: 'Wspólne pozyskiwanie środków zewnętrznych przez miasto i pomoc społeczną',
		text: [
			'Możliwości jednostek pomocy społecznej ogranicza zarówno ustawa o pomocy społecznej, jak i wysokość środków budżetowych.',
			'',
			'Eksperci zalecają, by urząd miasta i jednostka pomocy społecznej wspólnie zdobywali fundusze zewnętrzne na dodatkowe działania wspierające integrację klientów-imigrantów.'
		].join('\n'),
		themes: ['social-assistance', 'funding'],
		order: 6,
		titleEn: 'Joint fundraising by the city and social assistance',
		summaryEn:
			'Social assistance units are limited both by the Social Assistance Act and by the size of their budgets. Experts recommend that the city office and the social assistance unit jointly raise external funds for additional activities that support the integration of immigrant clients.',
		sources
	},
	{
		slug: 'imigranci-jako-pelnoprawni-mieszkancy',
		edition,
		title: 'Imigranci wśród „mieszkańców” — w całej polityce miasta',
		text: [
			'Dostosowanie usług Biura Obsługi Mieszkańców do potrzeb imigrantów oznacza, że pojęcie „mieszkańcy” obejmuje także tę grupę.',
			'',
			'Następnym krokiem powinno być przeniesienie tego podejścia na całą politykę miasta i zarządzanie jego rozwojem.'
		].join('\n'),
		themes: ['public-services', 'information', 'diversity-management'],
		order: 7,
		titleEn: "Immigrants among the city's “residents” — across the whole of city policy",
		summaryEn:
			"Adapting the services of the Residents' Service Office to immigrants' needs means that the notion of “residents” includes this group too. The next step should be to extend this approach to the city's whole policy and the management of its development.",
		sources
	},
	{
		slug: 'wykorzystanie-potencjalu-uczelni-i-osrodkow-badawczych',
		edition,
		title: 'Uczelnie i ośrodki badawcze jako partnerzy samorządu',
		text: [
			'W integracji imigrantów samorządy powinny jak najszerzej korzystać z potencjału uczelni i jednostek badawczych.',
			'',
			'Ekspertów akademickich warto zapraszać do zespołów doradczych i ciał konsultacyjnych.'
		].join('\n'),
		themes: ['research', 'cross-sector-cooperation'],
		order: 8,
		titleEn: 'Universities and research centres as partners of local government',
		summaryEn:
			'In immigrant integration, local governments should draw as widely as possible on the potential of universities and research units, and invite academic experts to advisory teams and consultative bodies.',
		sources
	},
	{
		slug: 'pracownicy-z-doswiadczeniem-migracyjnym-w-szkolach',
		edition,
		title: 'Pracownicy z doświadczeniem migracyjnym w szkołach',
		text: [
			'W placówkach, do których uczęszczają dzieci imigranci, powinni pracować także ludzie z doświadczeniem migracyjnym, znający język pochodzenia uczniów.',
			'',
			'Umożliwia to ustawa o systemie oświaty: organ prowadzący szkołę (gmina lub powiat) może zatrudnić tzw. pomoc nauczyciela. W Warszawie, ze względu na jej strukturę administracyjną, takie stanowiska utworzono w jednej dzielnicy — na Targówku.'
		].join('\n'),
		themes: ['education', 'diversity-management'],
		order: 9,
		titleEn: 'Staff with a migration background in schools',
		summaryEn:
			"Institutions attended by immigrant children should also employ people with a migration background who know the pupils' language of origin. The Education System Act allows this: the body running a school (a municipality or a county) can employ a so-called teacher's assistant. In Warsaw, because of its administrative structure, such posts were created in one district, Targówek.",
		sources
	},
	{
		slug: 'wielokulturowosc-priorytetem-konkursow-dotacyjnych',
		edition,
		title: 'Wielokulturowość jako priorytet w miejskich konkursach dotacyjnych',
		text: [
			'- **Priorytet w regulaminach.** Wielokulturowość warto wpisywać do regulaminów konkursów jako jeden z obszarów priorytetowych — łatwiej wtedy realizować inicjatywy z tej dziedziny.',
			'- **Dłuższe i większe dotacje.** Dofinansowanie powinno obejmować także projekty dłuższe i większe niż kilkumiesięczne, co pozwala prowadzić działania kompleksowe i długofalowe.',
			'- **Dostępność dla środowisk imigranckich.** Jurorzy uważają, że środki miejskie powinny być łatwiej dostępne dla środowisk imigranckich. Kluczowe jest dopasowanie warunków konkursów dotyczących integracji do możliwości organizacji imigranckich, aby mogły one same działać na rzecz swoich społeczności.'
		].join('\n'),
		themes: ['funding', 'participation', 'culture'],
		order: 10,
		titleEn: 'Multiculturalism as a priority in city grant competitions',
		summaryEn:
			'Multiculturalism should be written into the rules of grant competitions as one of the priority areas. Grants should also fund projects larger and longer than a few months, allowing comprehensive and long-term work. City funds should be more accessible to immigrant communities, so the conditions of integration competitions should match the capacities of immigrant organisations, letting them act for their own communities themselves.',
		sources
	}
];
