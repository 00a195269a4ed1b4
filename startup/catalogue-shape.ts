import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The sources that decide what the public catalogue read from the database holds: which practices
 * are public, which fields they carry and how they are read back from a snapshot. A build whose
 * sources here are the same as another's may start from that build's catalogue snapshot
 * (`src/lib/server/catalogue/snapshot.ts`); a change to any of them means reading the database.
 */
export const catalogueShapeSources = [
	'src/lib/catalogue.ts',
	'src/lib/schemas/catalogue.ts',
	'src/lib/schemas/records.ts',
	'src/lib/server/db/collections.ts',
	'src/lib/server/catalogue/public.ts',
	'src/lib/server/catalogue/snapshot.ts'
];

/** A digest of those sources, as the build gives it to the app (`__CATALOGUE_SHAPE__`). */
export function catalogueShape(root: string): string {
	const hash = createHash('sha256');
	for (const file of catalogueShapeSources) {
		hash.update(`${file}\0`);
		hash.update(readFileSync(path.join(root, file)));
	}
	return hash.digest('hex').slice(0, 16);
}
