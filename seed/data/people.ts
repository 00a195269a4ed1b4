import type { z } from 'zod';
import type { person } from '../../src/lib/schemas/records.ts';

export const people: z.input<typeof person>[] = [
	{ slug: 'ngo-hoang-minh', name: 'Ngo Hoang Minh', publicProfile: true },
	{ slug: 'priscilla-rubia', name: 'Priscilla Rubia', publicProfile: true }
];
