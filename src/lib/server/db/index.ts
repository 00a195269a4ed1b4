/** Database: the connection and its outages, collections and indexes, guarded writes, backups. */
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

/** The database cannot be reached now; the site answers 503 and tries again later. */
export class DatabaseUnavailableError extends Error {
	name = 'DatabaseUnavailableError';
}

const unreachableErrors = new Set([
	'DatabaseUnavailableError',
	'MongoServerSelectionError',
	'MongoNetworkError',
	'MongoNetworkTimeoutError',
	'MongoPoolClearedError',
	'MongoNotConnectedError',
	'MongoTopologyClosedError',
	'MongoClientClosedError' // the server stopping under an operation under way
]);

/** Whether `error` (or its cause) means the database is out of reach, as opposed to a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
	for (let e = error; e instanceof Error; e = e.cause) {
		if (unreachableErrors.has(e.name)) return true;
	}
	return false;
}

/**
 * How fast an outage is noticed. The driver checks the server every `heartbeatMs`; an operation
 * waits at most `serverSelectionMs` for a server before failing. Both stay short so that a request
 * during an outage is answered within a second; raise them for a replica set whose elections take
 * longer than that (a request during an election then waits instead of getting a 503).
 */
export function connectionTimings(env: NodeJS.ProcessEnv = process.env) {
	const number = (value: string | undefined, fallback: number) =>
		value && Number.isFinite(Number(value)) && Number(value) > 0 ? Number(value) : fallback;
	return {
		heartbeatMs: Math.max(number(env.MONGODB_HEARTBEAT_MS, 500), 500),
		serverSelectionMs: number(env.MONGODB_SERVER_SELECTION_TIMEOUT_MS, 700),
		// Also the monitor's wait for a heartbeat: a database that hangs (rather than exits) is
		// noticed after this long, not after the driver's default 30 s.
		connectMs: number(env.MONGODB_CONNECT_TIMEOUT_MS, 2000)
	};
}

let connection: Promise<{ client: MongoClient; db: Db }> | null = null;
/** Set at shutdown: see `getDb`. */
let closed = false;
/** False from the moment the driver knows no server answers until one does again. */
let reachable = true;
let lost: { promise: Promise<void>; resolve: () => void } | null = null;

function setReachable(now: boolean) {
	if (now === reachable) return;
	reachable = now;
	if (!now) lost?.resolve();
	lost = null;
}

/** What the driver last learnt: false while the database is known to be down. */
export function databaseReachable(): boolean {
	return reachable;
}

/** Settles when the database is next found out of reach (at once if it is now). */
export function databaseLost(): Promise<void> {
	if (!reachable) return Promise.resolve();
	if (!lost) {
		let resolve!: () => void;
		const promise = new Promise<void>((r) => (resolve = r));
		lost = { promise, resolve };
	}
	return lost.promise;
}

async function connect(uri: string) {
	const { heartbeatMs, serverSelectionMs, connectMs } = connectionTimings();
	const client = new MongoClient(uri, {
		serverSelectionTimeoutMS: serverSelectionMs,
		heartbeatFrequencyMS: heartbeatMs,
		connectTimeoutMS: connectMs,
		appName: 'miasta-otwarte'
	});
	// The first failed connection tells at once; the monitor's heartbeats (SDAM events) tell
	// within one period that the server is gone or back.
	client.on('connectionCheckOutFailed', ({ reason }) => {
		if (reason === 'connectionError') setReachable(false);
	});
	client.on('serverHeartbeatFailed', () => setReachable(false));
	client.on('serverHeartbeatSucceeded', () => setReachable(true));
	client.on('topologyDescriptionChanged', ({ newDescription }) =>
		setReachable(newDescription.hasDataBearingServers)
	);
	try {
		await client.connect();
		const db = client.db(databaseNameFrom(uri));
		await ensureIndexes(db);
		setReachable(true);
		return { client, db };
	} catch (error) {
		await client.close().catch(() => {});
		const message = `Cannot use the database at ${redactUri(uri)}: ${(error as Error).message}`;
		throw isDatabaseUnavailable(error)
			? new DatabaseUnavailableError(message, { cause: error })
			: new Error(message, { cause: error });
	}
}

/**
 * The process-wide database handle; the one MongoClient is created on first use. While the
 * driver knows the database is down this fails at once with `DatabaseUnavailableError` rather
 * than letting each request wait for a server.
 */
export async function getDb(): Promise<Db> {
	// Once closed, never connected again: a late caller (the catalogue's poll) would otherwise open
	// a new client whose sockets keep the process from exiting.
	if (closed) throw new DatabaseUnavailableError('The server is shutting down.');
	if (connection && !reachable) throw new DatabaseUnavailableError('The database is not reachable.');
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

/** At shutdown: closes the client, for good. */
export async function closeDb(): Promise<void> {
	closed = true;
	const current = connection;
	connection = null;
	setReachable(true);
	if (current) await (await current).client.close();
}
