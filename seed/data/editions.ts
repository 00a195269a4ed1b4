import type { z } from 'zod';
import type { edition } from '../../src/lib/schemas/index.ts';

export const editions: z.input<typeof edition>[] = [
	{
		slug: 'miasta-otwarte-2015',
		name: 'Miasta Otwarte',
		year: 2015,
		phase: 'published',
		isDemo: false,
		description: [
			'Ogólnopolski przegląd i konkurs miejskich praktyk integracji imigrantów. Jury wyróżniło jedenaście działań podejmowanych przez samorządy Lublina, Warszawy, Wrocławia i Poznania — od strategii rozwoju miasta, przez ciała dialogu i punkty informacyjne, po pomoc społeczną, edukację i konkursy dotacyjne.',
			'',
			'Przy każdym wyróżnieniu zebrano **podobne działania** prowadzone w innych miastach (m.in. w Gdańsku, Łodzi, Krakowie i Białymstoku) oraz **rekomendacje jurorów i ekspertów**, skierowane do wszystkich gmin miejskich, które chcą rozwijać własną politykę wobec imigrantów.'
		].join('\n')
	}
];
