/**
 * Runs `publishEdition` in a process of its own (for the kill-and-resume test):
 * `tsx publish-child.ts <mongodb uri> <database> <edition>`.
 */
import { MongoClient } from 'mongodb';
import { publishEdition } from '../../src/lib/server/publication';

const [uri, database, edition] = process.argv.slice(2);
const client = new MongoClient(uri);
await client.connect();
try {
	const result = await publishEdition(client.db(database), 'admin', edition);
	process.stdout.write(JSON.stringify(result));
} finally {
	await client.close();
}
