import type { z } from 'zod';
import type { recommendation } from '../../src/lib/schemas/index.ts';

const edition = 'miasta-otwarte-2015';

export const recommendations: z.input<typeof recommendation>[] = [
	{
		slug: 'roznorodnosc-w-strategiach-miejskich',
		edition,
		title: 'Zarządzanie różnorodnością jako część strategii miasta',
		text: [
			'Gminy miejskie powinny uwzględniać w swoich strategiach rosnące zróżnicowanie kulturowe i społeczne mieszkańców.',
			'',
			'- Strategia powinna zawierać plan zarządzania różnorodnością na poziomie lokalnym we wszystkich obszarach, za które odpowiada samorząd: w edukacji, sprawach społecznych, kulturze, promocji miasta i innych.',
			'- Dokument trzeba przygotowywać partycypacyjnie, konsultując go z samymi imigrantami.'
		].join('\n'),
		themes: ['diversity-management', 'participation'],
		order: 0
	},
	{
		slug: 'zatrudnianie-imigrantow-w-jednostkach-samorzadowych',
		edition,
		title: 'Imigranci wśród pracowników jednostek samorządowych',
		text: [
			'Warto zatrudniać imigrantów we wszystkich jednostkach podległych samorządowi, które pracują z tą grupą — w szkołach, ośrodkach pomocy społecznej, punktach informacyjnych i innych.',
			'',
			'Pracownik z doświadczeniem migracyjnym zmniejsza barierę językową między instytucją a jej klientem, a pozostałym pracownikom pomaga lepiej zrozumieć potrzeby środowisk imigranckich.'
		].join('\n'),
		themes: ['diversity-management', 'public-services', 'labour-market'],
		order: 1
	},
	{
		slug: 'trwale-zespoly-wspolpracy-miedzysektorowej',
		edition,
		title: 'Trwałe miejsce dla zespołów współpracy międzysektorowej',
		text: [
			'Eksperci i jurorzy wskazali kilka warunków skuteczności ciał dialogu i zespołów międzysektorowych:',
			'',
			'- **Zapis w dokumentach miasta.** Rolę takich zespołów warto podkreślić w oficjalnych dokumentach, w tym w strategii miejskiej — wzmacnia to ich znaczenie w integracji oraz zapewnia ciągłość i skuteczność pracy.',
			'- **Odpłatna praca ekspertów i udział imigrantów.** Ciała doradcze i konsultacyjne powinny opierać się na wynagradzanej pracy ekspertów, przy możliwie szerokim udziale samych imigrantów.',
			'- **Szerszy krąg instytucji.** Jurorzy zalecają, by do takich działań zapraszać także inne podmioty miejskie, na przykład Zarząd Transportu Miejskiego czy miejskie szpitale.'
		].join('\n'),
		themes: ['cross-sector-cooperation', 'participation', 'diversity-management'],
		order: 2
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
		order: 3
	},
	{
		slug: 'miasto-liderem-wsparcia-integracyjnego',
		edition,
		title: 'Miasto jako lider bezpośredniego wsparcia integracyjnego',
		text: [
			'Samorządy powinny przejąć część odpowiedzialności za bezpośrednie wsparcie integracyjne imigrantów, a nie pozostawiać go wyłącznie innym podmiotom.',
			'',
			'Doświadczenie Wrocławia dowodzi, że miasto może pełnić w tym procesie rolę lidera.'
		].join('\n'),
		themes: ['information', 'public-services', 'diversity-management'],
		order: 4
	},
	{
		slug: 'umiedzynarodowienie-uczelni-w-dokumentach-miasta',
		edition,
		title: 'Umiędzynarodowienie uczelni w dokumentach strategicznych miasta',
		text: [
			'W miastach akademickich cele związane z przyciąganiem studentów z zagranicy powinny znaleźć się nie tylko w strategiach uczelni, lecz także — jak w Lublinie — w dokumentach strategicznych samego miasta.',
			'',
			'Ma to szczególne znaczenie w czasie niżu demograficznego, gdy polskich studentów ubywa.'
		].join('\n'),
		themes: ['higher-education', 'diversity-management'],
		order: 5
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
		order: 6
	},
	{
		slug: 'imigranci-jako-pelnoprawni-mieszkancy',
		edition,
		title: 'Imigranci jako pełnoprawni mieszkańcy w całej polityce miasta',
		text: [
			'Dostosowanie usług Biura Obsługi Mieszkańców do potrzeb imigrantów oznacza, że pojęcie „mieszkańcy” obejmuje także tę grupę.',
			'',
			'Następnym krokiem powinno być przeniesienie tego podejścia na całą politykę miasta i zarządzanie jego rozwojem.'
		].join('\n'),
		themes: ['public-services', 'information', 'diversity-management'],
		order: 7
	},
	{
		slug: 'wykorzystanie-potencjalu-uczelni-i-osrodkow-badawczych',
		edition,
		title: 'Uczelnie i ośrodki badawcze jako partnerzy samorządu',
		text: [
			'W integracji imigrantów samorządy powinny jak najszerzej korzystać z potencjału uczelni i jednostek naukowych.',
			'',
			'Ekspertów akademickich warto zapraszać do zespołów doradczych i ciał konsultacyjnych.'
		].join('\n'),
		themes: ['research', 'cross-sector-cooperation'],
		order: 8
	},
	{
		slug: 'pracownicy-z-doswiadczeniem-migracyjnym-w-szkolach',
		edition,
		title: 'Pracownicy z doświadczeniem migracyjnym w szkołach',
		text: [
			'W placówkach, do których uczęszczają dzieci imigrantów, powinni pracować także ludzie z doświadczeniem migracyjnym, znający język pochodzenia uczniów.',
			'',
			'Umożliwia to ustawa o systemie oświaty: organ prowadzący szkołę (gmina lub powiat) może zatrudnić tzw. pomoc nauczyciela. W Warszawie, ze względu na jej strukturę administracyjną, takie stanowiska utworzono w jednej dzielnicy — na Targówku.'
		].join('\n'),
		themes: ['education', 'diversity-management'],
		order: 9
	},
	{
		slug: 'wielokulturowosc-priorytetem-konkursow-dotacyjnych',
		edition,
		title: 'Wielokulturowość jako priorytet w miejskich konkursach dotacyjnych',
		text: [
			'- **Priorytet w regulaminach.** Wielokulturowość warto wpisywać do regulaminów konkursów jako jeden z obszarów priorytetowych — łatwiej wtedy realizować inicjatywy z tej dziedziny.',
			'- **Dłuższe i większe dotacje.** Dofinansowanie powinno obejmować także projekty dłuższe i większe niż kilkumiesięczne, co pozwala prowadzić działania kompleksowe i długofalowe.',
			'- **Dostępność dla środowisk imigranckich.** Jurorzy uważają, że środki miejskie powinny być łatwiej dostępne dla samych imigrantów. Kluczowe jest dopasowanie warunków konkursów dotyczących integracji do możliwości organizacji imigranckich, aby mogły one same działać na rzecz swoich społeczności.'
		].join('\n'),
		themes: ['funding', 'participation', 'culture'],
		order: 10
	}
];
