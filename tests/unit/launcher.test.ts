import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { restartDelay } from '../../startup/embedded-database';
import { connectionTimings } from '../../src/lib/server/db';

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

describe('database supervision', () => {
	it('restartDelay_doublesFromHalfASecond_cappedAtTen', () => {
		expect([0, 1, 2, 3, 4, 5, 9].map(restartDelay)).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
	});

	it('connectionTimings_shortByDefault_configurable', () => {
		expect(connectionTimings({})).toEqual({ heartbeatMs: 500, serverSelectionMs: 700, connectMs: 2000 });
		expect(
			connectionTimings({ MONGODB_HEARTBEAT_MS: '2000', MONGODB_SERVER_SELECTION_TIMEOUT_MS: '15000' })
		).toEqual({ heartbeatMs: 2000, serverSelectionMs: 15_000, connectMs: 2000 });
		// The driver refuses heartbeats under 500 ms; nonsense falls back to the defaults.
		expect(
			connectionTimings({
				MONGODB_HEARTBEAT_MS: '10',
				MONGODB_SERVER_SELECTION_TIMEOUT_MS: 'x',
				MONGODB_CONNECT_TIMEOUT_MS: '-1'
			})
		).toEqual({ heartbeatMs: 500, serverSelectionMs: 700, connectMs: 2000 });
	});
});
