import { MongoClient, type Db } from 'mongodb';
import { ensureIndexes } from './collections';

export * from './collections';

const DEFAULT_DATABASE = 'miasta_otwarte';

/** The database named in the URI's path, or the default. */
export function databaseNameFrom(uri: string): string {
	const match = /^mongodb(?:\+srv)?:\/\/[^/]+\/([^?]+)/.exec(uri);
	return match?.[1] ? decodeURIComponent(match[1]) : DEFAULT_DATABASE;
}

/** Hides the password of a connection string, for messages and logs. */
export function redactUri(uri: string): string {
	return uri.replace(/\/\/([^:@/]+):([^@/]+)@/, '//$1:***@');
}

let connection: Promise<{ client: MongoClient; db: Db }> | null = null;

async function connect(uri: string) {
	const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000, appName: 'miasta-otwarte' });
	try {
		await client.connect();
		const db = client.db(databaseNameFrom(uri));
		await ensureIndexes(db);
		return { client, db };
	} catch (error) {
		await client.close().catch(() => {});
		throw new Error(`Cannot use the database at ${redactUri(uri)}: ${(error as Error).message}`);
	}
}

/** The process-wide database handle; the one MongoClient is created on first use. */
export async function getDb(): Promise<Db> {
	const uri = process.env.MONGODB_URI;
	if (!uri) {
		throw new Error(
			'MONGODB_URI is not set. Start the site with `npm start` (embedded database) or set MONGODB_URI.'
		);
	}
	connection ??= connect(uri).catch((error) => {
		connection = null;
		throw error;
	});
	return (await connection).db;
}

export async function closeDb(): Promise<void> {
	const current = connection;
	connection = null;
	if (current) await (await current).client.close();
}
