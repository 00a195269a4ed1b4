import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The project's own modules a file reaches through relative imports, the file included. */
function reachable(entry: string, seen = new Set<string>()): Set<string> {
	if (seen.has(entry)) return seen;
	seen.add(entry);
	const source = readFileSync(entry, 'utf8');
	for (const [, specifier] of source.matchAll(/(?:import|export)[^'"]*?from\s+'(\.{1,2}\/[^']+)'/g)) {
		const base = path.resolve(path.dirname(entry), specifier);
		const file = [base, `${base}.ts`, path.join(base, 'index.ts')].find(
			(candidate) => existsSync(candidate) && candidate.endsWith('.ts')
		);
		if (file) reachable(file, seen);
		else seen.add(base); // not a TypeScript source: generated or missing
	}
	return seen;
}

describe('launcher', () => {
	// `npm start` on a fresh clone runs the launcher before anything is built or compiled.
	it.each(['scripts/with-database.ts', 'scripts/prepare-database.ts'])(
		'%s_needsNoGeneratedCode',
		(script) => {
			const modules = [...reachable(path.resolve(script))];
			expect(modules.length).toBeGreaterThan(1);
			expect(modules.filter((file) => file.includes(`${path.sep}paraglide`))).toEqual([]);
			expect(modules.filter((file) => !existsSync(file))).toEqual([]);
		}
	);
});
