import type { z } from 'zod';
import type { place } from '../../src/lib/schemas/records.ts';

export const places: z.input<typeof place>[] = [
	{ slug: 'lublin', name: 'Lublin', kind: 'city', voivodeship: 'lubelskie', lat: 51.2465, lng: 22.5684 },
	{
		slug: 'warszawa',
		name: 'Warszawa',
		kind: 'city',
		voivodeship: 'mazowieckie',
		lat: 52.2297,
		lng: 21.0122
	},
	{ slug: 'wroclaw', name: 'Wrocław', kind: 'city', voivodeship: 'dolnośląskie', lat: 51.1079, lng: 17.0385 },
	{ slug: 'poznan', name: 'Poznań', kind: 'city', voivodeship: 'wielkopolskie', lat: 52.4064, lng: 16.9252 },
	{ slug: 'gdansk', name: 'Gdańsk', kind: 'city', voivodeship: 'pomorskie', lat: 54.352, lng: 18.6466 },
	{ slug: 'lodz', name: 'Łódź', kind: 'city', voivodeship: 'łódzkie', lat: 51.7592, lng: 19.456 },
	{ slug: 'krakow', name: 'Kraków', kind: 'city', voivodeship: 'małopolskie', lat: 50.0647, lng: 19.945 },
	{
		slug: 'bialystok',
		name: 'Białystok',
		kind: 'city',
		voivodeship: 'podlaskie',
		lat: 53.1325,
		lng: 23.1688
	},
	{ slug: 'gdynia', name: 'Gdynia', kind: 'city', voivodeship: 'pomorskie', lat: 54.5189, lng: 18.5305 },
	{
		slug: 'powiat-kartuski',
		name: 'Powiat kartuski',
		kind: 'powiat',
		voivodeship: 'pomorskie',
		lat: 54.3341,
		lng: 18.1975
	},
	{
		slug: 'pomorskie',
		name: 'Województwo pomorskie',
		kind: 'voivodeship',
		voivodeship: 'pomorskie',
		lat: 54.2,
		lng: 17.9
	}
];
