import { randomBytes } from 'node:crypto';
import { MongoClient, type Db } from 'mongodb';
import { afterAll, inject } from 'vitest';
import { ensureIndexes } from '../../src/lib/server/db/collections';

/** A fresh, empty database on the real test server, dropped when the file's tests end. */
export async function useTestDatabase(): Promise<Db> {
	const client = new MongoClient(inject('databaseUri'));
	await client.connect();
	const db = client.db(`t_${randomBytes(6).toString('hex')}`);
	await ensureIndexes(db);
	afterAll(async () => {
		await db.dropDatabase();
		await client.close();
	});
	return db;
}
