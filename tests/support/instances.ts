/** Production builds run as processes of their own, as an operator runs them (see instances.test.ts). */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Db } from 'mongodb';
import { inject } from 'vitest';

const entry = path.resolve(import.meta.dirname, '..', '..', 'build', 'index.js');

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.address() as { port: number }).port;
	await new Promise((resolve) => server.close(resolve));
	return port;
}

function uriFor(db: Db): string {
	const [address, query] = inject('databaseUri').split('?');
	const withDb = address.replace(/^(mongodb:\/\/[^/]+)(\/.*)?$/, `$1/${db.databaseName}`);
	return query ? `${withDb}?${query}` : withDb;
}

export interface Instance {
	origin: string;
	process: ChildProcess;
}

/** Starts the production build as a process of its own on `db`; `env` is added to its environment. */
export async function startInstance(db: Db, env: NodeJS.ProcessEnv = {}): Promise<Instance> {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, [entry], {
		env: {
			...process.env,
			MONGODB_URI: uriFor(db),
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			...env
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	for (let i = 0; i < 120; i++) {
		if (
			await fetch(`${origin}/healthz`).then(
				(r) => r.ok,
				() => false
			)
		)
			return { origin, process: child };
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	child.kill('SIGTERM');
	throw new Error(`The instance on ${origin} did not start`);
}
