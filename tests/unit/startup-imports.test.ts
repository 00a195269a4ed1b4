import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `npm start` runs the launcher with tsx before anything is built: modules it reaches may not
 * import SvelteKit's aliases (`$lib`, `$app`, `$env`) or the compiled messages, which exist only
 * after `svelte-kit sync`, the message compiler and a build. Domain code takes the policy's rules
 * from `policy/rules.ts` for this reason.
 */
const root = path.resolve(import.meta.dirname, '../..');
const launcher = path.join(root, 'scripts/with-database.ts');
const specifier = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const buildOnly = (spec: string) => /^\$(lib|app|env)\b/.test(spec) || spec.includes('paraglide');

function resolve(from: string, spec: string): string | null {
	if (!spec.startsWith('.')) return null; // a package from node_modules
	const base = path.resolve(path.dirname(from), spec);
	const candidates = [base, base.replace(/\.js$/, '.ts'), `${base}.ts`, path.join(base, 'index.ts')];
	return candidates.find((file) => file.endsWith('.ts') && existsSync(file)) ?? null;
}

/** Every module the launcher reaches, with the build-only imports found on the way. */
function walk(entry: string) {
	const seen = new Set<string>();
	const offending: string[] = [];
	const queue = [entry];
	while (queue.length > 0) {
		const file = queue.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		for (const match of readFileSync(file, 'utf8').matchAll(specifier)) {
			const spec = match[1] ?? match[2];
			if (buildOnly(spec)) offending.push(`${path.relative(root, file)} imports ${spec}`);
			const next = resolve(file, spec);
			if (next) queue.push(next);
		}
	}
	return { seen, offending };
}

describe('the launcher before the first build', () => {
	const { seen, offending } = walk(launcher);

	it('reaches the seed, the demo jury and the domain code it needs', () => {
		const reached = [...seen].map((file) => path.relative(root, file));
		expect(reached).toContain('startup/demo-jury.ts');
		expect(reached).toContain('seed/seed.ts');
		expect(reached).toContain('src/lib/server/policy/rules.ts');
	});

	it('imports nothing that exists only after a build', () => {
		expect(offending).toEqual([]);
	});
});
