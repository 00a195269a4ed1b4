/**
 * The public catalogue as last read from the database, kept on disk so that a restarted server
 * need not read every practice again: at 100 000 practices the embedded FerretDB takes about half
 * a minute to hand them over, while this file is read in about a second.
 *
 * A snapshot is used only by builds whose catalogue is shaped by the same sources as the one that
 * wrote it (`startup/catalogue-shape.ts`): a new build of the app starts from its predecessor's
 * snapshot unless it changed what the catalogue holds. At the stored catalogue version (`version.ts`)
 * it was written at, it is the catalogue; at a later one (every write through the app stores one),
 * what changed since is read on top of it, as a running server does. Writes made outside the app
 * store no version; a running server shows them at its next scheduled rebuild
 * (`CATALOGUE_REFRESH_SECONDS`), and a server started from a snapshot the same way.
 *
 * The file is JSON lines: a header, everything but the practices, then one practice a line (the
 * largest part is never one string); written to a temporary name and renamed, so a reader sees a
 * whole file or none. Enabled by `CATALOGUE_SNAPSHOT_DIR` (`npm start` sets it inside its data
 * folder). The same text, gzipped, is also kept in the database for servers with none on disk
 * (`shared-snapshot.ts`).
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { SharedValues, type PublicCatalogue } from './public';

const FORMAT = 'miasta-otwarte/catalogue-snapshot';
const FILE = 'catalogue.jsonl';

interface Header {
	format: string;
	/** The digest of the sources that shaped the catalogue it holds (`startup/catalogue-shape.ts`). */
	shape: string;
	/** The stored catalogue version it was read at, and when that version was stored. */
	version: string;
	changedAt?: string;
	/** The change records read with it (see `version.ts`): a later rebuild reads only what others changed. */
	changesSeen: string[];
	practices: number;
}

/** Where in the catalogue's history a snapshot is: what `CatalogueView` holds of it. */
export interface SnapshotVersion {
	version: string;
	changedAt: Date | null;
	changesSeen: Iterable<string>;
}

export interface Snapshot extends SnapshotVersion {
	catalogue: PublicCatalogue;
	changesSeen: string[];
}

/**
 * The shape of this build's catalogue, set by the build (vite.config.ts); null outside one (a
 * script run with tsx), where snapshots are off.
 */
export function shapeOfThisBuild(): string | null {
	return typeof __CATALOGUE_SHAPE__ === 'string' ? __CATALOGUE_SHAPE__ : null;
}

/** The folder snapshots are kept in, or null when they are off. */
export function snapshotDirectory(): string | null {
	return process.env.CATALOGUE_SNAPSHOT_DIR || null;
}

/**
 * The snapshot's text, about a megabyte at a time: a header, everything but the practices, then
 * one practice a line (the largest part is never one string).
 */
export function* snapshotText(shape: string, catalogue: PublicCatalogue, at: SnapshotVersion) {
	const { practices, ...rest } = catalogue;
	const header: Header = {
		format: FORMAT,
		shape,
		version: at.version,
		changedAt: at.changedAt?.toISOString(),
		changesSeen: [...at.changesSeen],
		practices: practices.length
	};
	let pending = `${JSON.stringify(header)}\n${JSON.stringify(rest)}\n`;
	for (const practice of practices) {
		pending += `${JSON.stringify(practice)}\n`;
		if (pending.length >= 1 << 20) {
			yield pending;
			pending = '';
		}
	}
	yield pending;
}

/** Writes `catalogue` as read at `at`, replacing any earlier snapshot. */
export async function writeSnapshot(
	dir: string,
	catalogue: PublicCatalogue,
	at: SnapshotVersion
): Promise<void> {
	const shape = shapeOfThisBuild();
	if (shape === null) return;
	await mkdir(dir, { recursive: true });
	await removeAbandoned(dir);
	const target = path.join(dir, FILE);
	const temporary = `${target}.${process.pid}.tmp`;
	const out = createWriteStream(temporary);
	try {
		// Waiting for the disk after every megabyte: the server keeps answering meanwhile.
		for (const text of snapshotText(shape, catalogue, at)) if (!out.write(text)) await once(out, 'drain');
		out.end();
		await once(out, 'finish');
		await rename(temporary, target);
	} catch (error) {
		out.destroy();
		await rm(temporary, { force: true });
		throw error;
	}
}

/** Temporary files of writes cut short (a server stopped while writing), an hour after. */
async function removeAbandoned(dir: string) {
	for (const name of await readdir(dir)) {
		if (!name.startsWith(`${FILE}.`) || !name.endsWith('.tmp')) continue;
		const file = path.join(dir, name);
		const written = await stat(file).then(
			(s) => s.mtimeMs,
			() => Date.now()
		);
		if (Date.now() - written > 3_600_000) await rm(file, { force: true });
	}
}

/**
 * The catalogue of the snapshot in `dir` when it is of this build's shape, with the version it was
 * read at; null when there is none, it is of another shape, or it is damaged.
 */
export async function readSnapshot(dir: string): Promise<Snapshot | null> {
	const input = createReadStream(path.join(dir, FILE), { encoding: 'utf8', highWaterMark: 1 << 20 });
	try {
		return await parseSnapshot(input);
	} finally {
		input.destroy();
	}
}

/** The snapshot in `text` (as `snapshotText` wrote it) when it is of this build's shape and whole; else null. */
export async function parseSnapshot(text: AsyncIterable<string>): Promise<Snapshot | null> {
	const shape = shapeOfThisBuild();
	if (shape === null) return null;
	let header: Header | null = null;
	let rest: Omit<PublicCatalogue, 'practices'> | null = null;
	const practices: PublicCatalogue['practices'] = [];
	const shared = new SharedValues();
	let partial = '';
	try {
		for await (const chunk of text) {
			const lines = (partial + chunk).split('\n');
			partial = lines.pop()!;
			for (const line of lines) {
				if (!header) {
					header = JSON.parse(line) as Header;
					if (header.format !== FORMAT || header.shape !== shape) return null;
				} else if (!rest) rest = JSON.parse(line);
				else practices.push(shared.practice(JSON.parse(line)));
			}
		}
	} catch {
		return null; // none yet, unreadable or cut short: the database is read instead
	}
	if (!header || !rest || partial !== '' || practices.length !== header.practices) return null;
	return {
		catalogue: { ...rest, practices },
		version: header.version,
		changedAt: header.changedAt ? new Date(header.changedAt) : null,
		changesSeen: header.changesSeen ?? []
	};
}
