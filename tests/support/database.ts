import { randomBytes } from 'node:crypto';
import { MongoClient, type Db } from 'mongodb';
import { afterAll, inject } from 'vitest';
import { ensureIndexes } from '../../src/lib/server/db/collections';

/**
 * A fresh, empty database on the real test server, dropped when the file's tests end; with the
 * app's indexes unless `indexes: false` (a database the app has never opened).
 */
export async function useTestDatabase({ indexes = true } = {}): Promise<Db> {
	const client = new MongoClient(inject('databaseUri'));
	await client.connect();
	const db = client.db(`t_${randomBytes(6).toString('hex')}`);
	if (indexes) await ensureIndexes(db);
	afterAll(async () => {
		await db.dropDatabase();
		await client.close();
	});
	return db;
}
