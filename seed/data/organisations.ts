import type { z } from 'zod';
import type { organisation } from '../../src/lib/schemas/records.ts';

export const organisations: z.input<typeof organisation>[] = [
	// Lublin
	{ slug: 'um-lublin', name: 'Urząd Miasta Lublin', kind: 'city-office', place: 'lublin' },
	{
		slug: 'mops-lublin',
		name: 'Miejski Ośrodek Pomocy Społecznej w Lublinie',
		shortName: 'MOPS Lublin',
		kind: 'social-aid',
		place: 'lublin'
	},
	{
		slug: 'bom-lublin',
		name: 'Biuro Obsługi Mieszkańców Miasta Lublin',
		kind: 'city-office',
		place: 'lublin'
	},
	// Warszawa
	{ slug: 'um-warszawa', name: 'Urząd m.st. Warszawy', kind: 'city-office', place: 'warszawa' },
	{
		slug: 'centrum-komunikacji-spolecznej-warszawa',
		name: 'Centrum Komunikacji Społecznej',
		kind: 'other',
		place: 'warszawa'
	},
	{
		slug: 'biuro-edukacji-warszawa',
		name: 'Biuro Edukacji m.st. Warszawy',
		kind: 'city-office',
		place: 'warszawa'
	},
	{
		slug: 'biuro-kultury-warszawa',
		name: 'Biuro Kultury m.st. Warszawy',
		kind: 'city-office',
		place: 'warszawa'
	},
	{
		slug: 'centrum-wielokulturowe-warszawa',
		name: 'Centrum Wielokulturowe w Warszawie',
		kind: 'other',
		place: 'warszawa'
	},
	{
		slug: 'stowarzyszenie-interwencji-prawnej',
		name: 'Stowarzyszenie Interwencji Prawnej',
		kind: 'ngo',
		place: 'warszawa'
	},
	// Wrocław
	{
		slug: 'wcrs-wroclaw',
		name: 'Wrocławskie Centrum Rozwoju Społecznego',
		shortName: 'WCRS',
		kind: 'municipal-unit',
		place: 'wroclaw'
	},
	{
		slug: 'infolink-wroclaw',
		name: 'Centrum Integracji Społecznej Infolink — International Information and Support Office (Biuro Informacji i Pomocy dla Obcokrajowców)',
		shortName: 'Infolink',
		kind: 'other',
		place: 'wroclaw'
	},
	// Łódź
	{ slug: 'um-lodz', name: 'Urząd Miasta Łódź', kind: 'city-office', place: 'lodz' },
	// Poznań
	{ slug: 'um-poznan', name: 'Urząd Miasta Poznania', kind: 'city-office', place: 'poznan' },
	{
		slug: 'wdgr-um-poznan',
		name: 'Wydział Działalności Gospodarczej i Rolnictwa Urzędu Miasta Poznania',
		kind: 'city-office',
		place: 'poznan'
	},
	{
		slug: 'osrodek-doradczo-szkoleniowy-wdgr-um-poznan',
		name: 'Ośrodek Doradczo-Szkoleniowy Wydziału Działalności Gospodarczej i Rolnictwa Urzędu Miasta Poznania',
		kind: 'city-office',
		place: 'poznan'
	},
	{
		slug: 'uam',
		name: 'Uniwersytet im. Adama Mickiewicza w Poznaniu',
		shortName: 'UAM',
		kind: 'university',
		place: 'poznan'
	},
	{
		slug: 'cebam-uam',
		name: 'Centrum Badań Migracyjnych Uniwersytetu im. Adama Mickiewicza',
		shortName: 'CeBaM UAM',
		kind: 'university',
		place: 'poznan',
		website: 'http://www.cebam.amu.edu.pl'
	},
	{
		slug: 'wuw-poznan',
		name: 'Wielkopolski Urząd Wojewódzki w Poznaniu',
		kind: 'state-office',
		place: 'poznan'
	},
	{
		slug: 'pup-poznan',
		name: 'Powiatowy Urząd Pracy w Poznaniu',
		shortName: 'PUP',
		kind: 'municipal-unit',
		place: 'poznan'
	},
	{
		slug: 'rops-poznan',
		name: 'Regionalny Ośrodek Pomocy Społecznej (Poznań)',
		shortName: 'ROPS',
		kind: 'social-aid',
		place: 'poznan'
	},
	{
		slug: 'mopr-poznan',
		name: 'Miejski Ośrodek Pomocy Rodzinie w Poznaniu',
		shortName: 'MOPR',
		kind: 'social-aid',
		place: 'poznan'
	},
	{
		slug: 'mops-poznan',
		name: 'Miejski Ośrodek Pomocy Społecznej (Poznań)',
		kind: 'social-aid',
		place: 'poznan'
	},
	{ slug: 'nfz', name: 'Narodowy Fundusz Zdrowia', kind: 'state-office', place: 'poznan' },
	// Pomorskie
	{
		slug: 'samorzad-wojewodztwa-pomorskiego',
		name: 'Samorząd Województwa Pomorskiego',
		kind: 'regional-government',
		place: 'pomorskie'
	},
	{
		slug: 'cwii',
		name: 'Centrum Wsparcia Imigrantów i Imigrantek',
		shortName: 'CWII',
		kind: 'ngo',
		place: 'gdansk'
	},
	{
		slug: 'rops-gdansk',
		name: 'Regionalny Ośrodek Polityki Społecznej',
		kind: 'regional-government',
		place: 'pomorskie'
	},
	{ slug: 'muzeum-emigracji-gdynia', name: 'Muzeum Emigracji w Gdyni', kind: 'other', place: 'gdynia' },
	{ slug: 'um-gdansk', name: 'Urząd Miejski w Gdańsku', kind: 'city-office', place: 'gdansk' },
	{
		slug: 'starostwo-powiatowe-kartuzy',
		name: 'Starostwo Powiatowe w Kartuzach',
		kind: 'other',
		place: 'powiat-kartuski'
	},
	{
		slug: 'kaszubski-uniwersytet-ludowy',
		name: 'Kaszubski Uniwersytet Ludowy',
		kind: 'ngo',
		place: 'pomorskie'
	},
	{ slug: 'fundacja-parasol', name: 'Fundacja Parasol', kind: 'ngo', place: 'pomorskie' },
	{ slug: 'port-slupsk', name: 'Port Słupsk', kind: 'ngo', place: 'pomorskie' },
	{ slug: 'fundacja-pokolenia', name: 'Fundacja „Pokolenia”', kind: 'ngo', place: 'pomorskie' },
	{ slug: 'fundacja-gospodarcza', name: 'Fundacja Gospodarcza', kind: 'ngo', place: 'pomorskie' },
	{
		slug: 'stowarzyszenie-czas-inicjatyw-spolecznych',
		name: 'Stowarzyszenie Czas Inicjatyw Społecznych',
		kind: 'ngo',
		place: 'pomorskie'
	}
];
