import type { z } from 'zod';
import type { edition } from '../../src/lib/schemas/records.ts';

export const editions: z.input<typeof edition>[] = [
	{
		slug: 'miasta-otwarte-2015',
		name: 'Miasta Otwarte',
		year: 2015,
		yearNote:
			'Rok przyjęty przez katalog, nie podany w źródle. Opis wyróżnionych praktyk nie podaje ani daty, ani zasięgu konkursu; najpóźniejszy rok, o którym mówi, to 2014. Rok 2015 wywnioskowano z raportu o Poznaniu: jego fragment z komentarzem jurorki Priscilli Rubii wspomina edycję 2015 r. konkursu „Poznański Lider Przedsiębiorczości”, a inna jego część podaje datę dostępu do stron 12.05.2015 r.',
		phase: 'published',
		isDemo: false,
		description: [
			'Konkurs miejskich praktyk integracji imigrantów. Jury przyznało jedenaście wyróżnień za działania samorządów Lublina, Warszawy, Wrocławia i Poznania: od strategii rozwoju miasta, przez ciała dialogu i punkty informacyjne, po pomoc społeczną, edukację i konkursy dotacyjne.',
			'',
			'Przy siedmiu wyróżnieniach jury wymieniło **podobne działania** z innych miast (m.in. z Gdańska, Łodzi, Krakowa i Białegostoku); przy czterech — Kontynentach Wrocławia, współpracy Poznania z CeBaM UAM, warszawskiej koncepcji edukacji cudzoziemców i warszawskich konkursach dotacyjnych — żadnych nie podano. Każde wyróżnienie kończy **rekomendacja jurorów i ekspertów** dla wszystkich gmin miejskich.'
		].join('\n')
	}
];
