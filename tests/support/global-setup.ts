import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { chooseDatabase, probeMachine, startDatabase } from '../../startup/embedded-database';

declare module 'vitest' {
	export interface ProvidedContext {
		databaseUri: string;
	}
}

/** One real database server for the whole run; each test file then works in a database of its own. */
export default async function setup(project: TestProject) {
	const dataDir = path.resolve('.data', 'test-db');
	await rm(dataDir, { recursive: true, force: true });
	const choice = chooseDatabase(process.env, await probeMachine());
	const database = await startDatabase(choice, { dataDir, databaseName: 'test' });
	project.provide('databaseUri', database.uri);
	return async () => {
		await database.stop();
		await rm(dataDir, { recursive: true, force: true });
	};
}
