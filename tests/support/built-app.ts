import { existsSync } from 'node:fs';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Db } from 'mongodb';
import { describe, expect, inject, it } from 'vitest';

const handlerFile = path.resolve(import.meta.dirname, '..', '..', 'build', 'handler.js');

export interface BuiltApp {
	/** `http://127.0.0.1:<port>`: what the app sees as its own origin (for SvelteKit's CSRF check). */
	origin: string;
	fetch(pathAndQuery: string, init?: RequestInit): Promise<Response>;
	close(): Promise<void>;
}

/** Why the built app cannot be started, or null when it can. */
export function missingBuild(): string | null {
	return existsSync(handlerFile)
		? null
		: `No production build at ${handlerFile}. These tests exercise the built app: run \`npx vite build\` first (\`npm test\` builds before vitest).`;
}

/** The test server's URI with `db`'s name as its path, which is how the app picks its database. */
function uriFor(db: Db): string {
	const base = inject('databaseUri');
	const [address, query] = base.split('?');
	const withDb = address.replace(
		/^(mongodb(?:\+srv)?:\/\/[^/]+)(\/.*)?$/,
		`$1/${encodeURIComponent(db.databaseName)}`
	);
	return query ? `${withDb}?${query}` : withDb;
}

/**
 * Runs the production build (`vite build`, adapter-node) in this process on a free local port,
 * against `db`: real hooks, routing, `__data.json`, form actions and the CSRF origin check.
 * Everything the app should see must be in `db` before this is called: the app builds its public
 * catalogue at start-up. Only one app per test file: its modules (and database handle) are
 * loaded once per process.
 */
export async function startBuiltApp(db: Db): Promise<BuiltApp> {
	const missing = missingBuild();
	if (missing) throw new Error(missing);
	// The port first: the app takes its origin (for the CSRF check and the cookie's name) from ORIGIN.
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const saved = { ORIGIN: process.env.ORIGIN, MONGODB_URI: process.env.MONGODB_URI };
	process.env.ORIGIN = origin;
	process.env.MONGODB_URI = uriFor(db);
	const { handler } = (await import(/* @vite-ignore */ pathToFileURL(handlerFile).href)) as {
		handler: RequestListener;
	};
	server.on('request', handler);
	return {
		origin,
		fetch: (pathAndQuery, init) => fetch(origin + pathAndQuery, { redirect: 'manual', ...init }),
		close: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
			// The app closes its MongoClient on this event (see hooks.server.ts).
			process.emit('sveltekit:shutdown' as never, 'test' as never);
			for (const [name, value] of Object.entries(saved)) {
				if (value === undefined) delete process.env[name];
				else process.env[name] = value;
			}
		}
	};
}

/** A suite of the built app; without a build, one failing test says so (never a silently skipped suite). */
export function describeBuilt(name: string, body: () => void): void {
	const missing = missingBuild();
	if (missing) it(`${name}: productionBuild_exists`, () => expect.fail(missing));
	else describe(name, body);
}
