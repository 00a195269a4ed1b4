import type { Criterion } from '../../schemas/criterion';

type Template = Omit<Criterion, 'scale' | 'levels'> & { levels: [string, string, string, string, string] };

/**
 * The criteria a new edition starts from; the organiser changes them in the edition's settings
 * until the first score. Drawn from what the URBACT good-practice label looks at — relevance, a
 * participatory and integrated approach, evidence of local impact, transferability — plus
 * sustainability and cost, each scored 1–5. Weights are relative (they add up to 100 here only
 * so that each reads as a percentage).
 */
const template: Template[] = [
	{
		id: 'trafnosc',
		label: 'Trafność',
		description:
			'Czy praktyka odpowiada na rzeczywiste, rozpoznane potrzeby imigrantów i mieszkańców miasta oraz na wyzwania lokalnej polityki integracyjnej, i czy jej cele wynikają z tych potrzeb.',
		weight: 20,
		levels: [
			'Potrzeb nie rozpoznano albo praktyka ich nie dotyczy.',
			'Potrzeby opisano ogólnikowo; cele słabo się z nimi wiążą.',
			'Praktyka odpowiada na rozpoznane potrzeby, ale część celów luźno się z nimi wiąże.',
			'Praktyka trafnie odpowiada na potrzeby rozpoznane w danych lub konsultacjach.',
			'Praktyka odpowiada na kluczowe, dobrze udokumentowane potrzeby, a jej cele wprost z nich wynikają.'
		]
	},
	{
		id: 'partycypacja',
		label: 'Partycypacja i podejście zintegrowane',
		description:
			'Czy imigranci, organizacje społeczne i inni partnerzy współtworzyli praktykę, od planowania po ocenę, i czy łączy ona działania różnych wydziałów, instytucji i dziedzin, np. edukacji, pomocy społecznej, rynku pracy i mieszkalnictwa.',
		weight: 20,
		levels: [
			'Praktykę przygotowała i prowadzi jedna instytucja, bez udziału odbiorców.',
			'Odbiorców i partnerów tylko informowano; działania nie łączą dziedzin.',
			'Odbiorców lub partnerów konsultowano; praktyka łączy niektóre dziedziny lub instytucje.',
			'Imigranci i partnerzy współdecydują o ważnych sprawach; kilka instytucji działa wspólnie.',
			'Imigranci i partnerzy współtworzą praktykę na każdym etapie; łączy ona polityki i instytucje w spójną całość.'
		]
	},
	{
		id: 'efekt',
		label: 'Udokumentowany efekt lokalny',
		description:
			'Czy praktyka przyniosła w mieście zmiany, które da się wskazać, i czy potwierdzają je dane, ewaluacja lub głos odbiorców, a nie tylko zapewnienia realizatorów.',
		weight: 20,
		levels: [
			'Brak informacji o efektach.',
			'Efekty opisano ogólnie, bez danych.',
			'Podano podstawowe dane o rezultatach (np. liczbę uczestników), bez oceny, co się zmieniło.',
			'Dane lub opinie odbiorców pokazują konkretne zmiany, które wynikają z praktyki.',
			'Efekty potwierdza ewaluacja lub stały monitoring; zmiany są wyraźne i utrzymują się.'
		]
	},
	{
		id: 'przeniesienie',
		label: 'Możliwość przeniesienia',
		description:
			'Czy inne gminy mogą wdrożyć praktykę u siebie: czy wiadomo, jak działa, czego wymaga (ludzi, pieniędzy, partnerów) i co w niej zależy od miejscowych warunków.',
		weight: 15,
		levels: [
			'Praktyki nie da się powtórzyć poza jej miastem.',
			'Przeniesienie wymagałoby wyjątkowych warunków; opis jest zbyt ogólny, by to ocenić.',
			'Praktykę można przenieść po istotnych zmianach; opis pozwala zrozumieć jej zasady.',
			'Praktykę można przenieść do miast podobnej wielkości; opis wskazuje potrzebne zasoby.',
			'Praktykę łatwo przenieść: są materiały, procedury albo doświadczenia z jej wdrożenia gdzie indziej.'
		]
	},
	{
		id: 'trwalosc',
		label: 'Trwałość',
		description:
			'Czy praktyka przetrwa koniec projektu lub grantu: czy ma stałe finansowanie, miejsce w strukturach i dokumentach miasta oraz ludzi, którzy ją prowadzą.',
		weight: 15,
		levels: [
			'Praktyka skończyła się razem z finansowaniem.',
			'Dalsze działanie jest niepewne i zależy od kolejnego jednorazowego finansowania.',
			'Praktyka trwa, ale jej finansowanie albo zespół nie są zapewnione na dłużej.',
			'Praktyka ma stałe finansowanie albo miejsce w strukturach miasta.',
			'Praktyka jest wpisana w strategię, budżet i zadania instytucji; nie zależy od pojedynczych osób.'
		]
	},
	{
		id: 'koszt',
		label: 'Koszt i efektywność',
		description:
			'Czy koszt praktyki jest uzasadniony jej efektami i liczbą odbiorców, i czy pieniądze, czas i wsparcie partnerów wykorzystano oszczędnie.',
		weight: 10,
		levels: [
			'Koszt jest nieznany albo wyraźnie niewspółmierny do efektów.',
			'Koszt jest wysoki w stosunku do efektów i nie ma uzasadnienia.',
			'Koszt jest znany i w pewnej mierze uzasadniony efektami.',
			'Koszt jest uzasadniony; praktyka dobrze wykorzystuje dostępne zasoby.',
			'Niewielkim lub umiarkowanym kosztem praktyka osiąga duże efekty, np. dzięki partnerom i istniejącym zasobom.'
		]
	}
];

/** A fresh copy of the template, so an edition's criteria never share objects with it. */
export function criteriaTemplate(): Criterion[] {
	return template.map(({ levels, ...criterion }) => ({
		...criterion,
		scale: { min: 1, max: 5 },
		levels: levels.map((meaning, index) => ({ score: index + 1, meaning }))
	}));
}
