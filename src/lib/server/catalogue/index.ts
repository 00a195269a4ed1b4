/** Catalogue: the public, read-only view of practices, awards and recommendations, and its search. */
import type { Db } from 'mongodb';
import { getDb, isDatabaseUnavailable } from '../db';
import { loadPublicCatalogue, type PublicCatalogue, type PublicPractice } from './public';
import { readSnapshot, snapshotDirectory, writeSnapshot, type Snapshot } from './snapshot';
import { readSharedSnapshot, shareSnapshot } from './shared-snapshot';
import { facetIndexOf, sortByTitle } from './query';
import { createPracticeIndex } from './search';
import { contentWordIndexOf, hasContentWordIndex, relatedPractices, type RelatedPractice } from './related';
import {
	bumpCatalogueVersion,
	changesAmong,
	readCatalogueChanges,
	readCatalogueVersion,
	type CatalogueChange,
	type CatalogueVersion
} from './version';

export * from './public';
export * from './query';
export * from './search';
export * from './related';
export * from './places';
export * from './version';
export * from './sitemap';

/** The public catalogue with lookups by slug; read-only, rebuilt after writes. */
export interface CatalogueView extends PublicCatalogue {
	builtAt: Date;
	/** The stored catalogue version it was built from (null when none was ever stored). */
	version: string | null;
	/** When that version was stored. */
	changedAt: Date | null;
	/** The change records read before its practices: what they changed is in it. */
	changesSeen: ReadonlySet<string>;
	/** Distinct for every view built by this process: what cached answers are keyed by. */
	serial: number;
	practiceBySlug: Map<string, PublicPractice>;
	search: ReturnType<typeof createPracticeIndex>;
	/** Bitsets per facet value and the orders of the catalogue, for `queryPractices`. */
	facets: ReturnType<typeof facetIndexOf>;
	label(kind: string, code: string, locale?: 'pl' | 'en'): string;
	related(practice: PublicPractice): RelatedPractice[];
}

let serials = 0;

/** The catalogue a view was built from, without its indexes. */
export function publicCatalogueOf(view: CatalogueView): PublicCatalogue {
	const { editions, places, organisations, practices, awards, recommendations, jurors, vocabulary } = view;
	return { editions, places, organisations, practices, awards, recommendations, jurors, vocabulary };
}

/**
 * The catalogue at the version now stored. `previous`, the view it replaces, lends every practice
 * that did not change since (by the change records; unless `readAll`) and the texts that did not
 * change of the others (see SharedValues).
 */
export async function buildCatalogueView(
	db: Db,
	previous?: CatalogueView | null,
	readAll = false
): Promise<CatalogueView> {
	// Read before the catalogue: a write landing in between only causes one more rebuild.
	const stored = await readCatalogueVersion(db);
	const since =
		previous?.changedAt && stored && previous.changedAt < stored.changedAt
			? previous.changedAt
			: stored?.changedAt;
	const records = since ? await readCatalogueChanges(db, since) : null;
	const changes =
		previous?.version && stored && records && !readAll && previous.version !== stored.version
			? changesAmong(records, previous.changesSeen, previous.version, stored)
			: null;
	return catalogueViewOf(
		await loadPublicCatalogue(db, previous, changes),
		stored,
		records?.map((r) => r._id),
		previous
	);
}

/**
 * The view of a catalogue read from the database (or from its snapshot) at a stored version. Its
 * indexes take over what `previous`'s hold of the practices both share (the same objects).
 */
export function catalogueViewOf(
	data: PublicCatalogue,
	stored: CatalogueVersion | null,
	changesSeen: Iterable<string> = [],
	previous?: CatalogueView | null
): CatalogueView {
	sortByTitle(data.practices);
	const labels = new Map(data.vocabulary.map((t) => [`${t.kind}:${t.code}`, t]));
	// The words of every practice, for related practices: gathered on the first practice page rather
	// than at start-up, or now from the previous view's when it has them (then only a few are read).
	if (previous && hasContentWordIndex(previous.practices))
		contentWordIndexOf(data.practices, previous.practices);
	const wordsOf = (p: PublicPractice) => contentWordIndexOf(data.practices).of(p);
	const related = new Map<string, RelatedPractice[]>();
	return {
		...data,
		builtAt: new Date(),
		version: stored?.version ?? null,
		changedAt: stored?.changedAt ?? null,
		changesSeen: new Set(changesSeen),
		serial: ++serials,
		practiceBySlug: new Map(data.practices.map((p) => [p.slug, p])),
		search: createPracticeIndex(data.practices, previous?.search),
		facets: facetIndexOf(data.practices),
		label: (kind, code, locale = 'pl') => labels.get(`${kind}:${code}`)?.[locale] ?? code,
		related: (practice) => {
			let found = related.get(practice.slug);
			if (!found) related.set(practice.slug, (found = relatedPractices(practice, data.practices, wordsOf)));
			return found;
		}
	};
}

/** How often an instance asks whether its catalogue is still current (one findOne by `_id`). */
const POLL_MS = Number(process.env.CATALOGUE_POLL_SECONDS ?? 2) * 1000;
// A fallback for writes made outside the app (a script, the database shell), which store no version.
const REFRESH_MS = Number(process.env.CATALOGUE_REFRESH_SECONDS ?? 300) * 1000;
let ready: CatalogueView | null = null;
/** Bumped by every write through this instance; a view is current when built from the latest. */
let generation = 0;
let readyGeneration = -1;
let building: { promise: Promise<CatalogueView>; generation: number } | null = null;
/** The stored version bumps under way: a rebuild reads the version only after them. */
let bumping: Promise<unknown> = Promise.resolve();
/** A bump that failed (database down): the next poll stores it, so other instances still learn. */
let bumpOwed = false;
let poller: ReturnType<typeof setInterval> | null = null;

function rebuild(): Promise<CatalogueView> {
	if (building?.generation === generation) return building.promise;
	const started = generation;
	const promise = (async () => {
		await bumping;
		const db = await getDb();
		// At start-up, a snapshot of this build's catalogue shape spares reading every practice.
		const stored = ready ? null : await readCatalogueVersion(db);
		const kept = stored ? await startingSnapshot(db, stored) : null;
		// The scheduled rebuild reads everything: it is also what shows writes made outside the app.
		const scheduled = ready !== null && Date.now() - ready.builtAt.getTime() > REFRESH_MS;
		let view: CatalogueView;
		if (kept && kept.version === stored?.version)
			view = catalogueViewOf(kept.catalogue, stored, kept.changesSeen);
		else {
			// A snapshot of an earlier version: what changed since is read on top of it, as by a
			// running server (or everything, when the change records cannot tell).
			const base = kept?.changedAt
				? catalogueViewOf(
						kept.catalogue,
						{ version: kept.version, changedAt: kept.changedAt },
						kept.changesSeen
					)
				: ready;
			view = await buildCatalogueView(db, base, scheduled);
		}
		if (started >= readyGeneration) {
			ready = view;
			readyGeneration = started;
		}
		if (view.version) keepSnapshot(db, view);
		return view;
	})().finally(() => {
		if (building?.promise === promise) building = null;
	});
	building = { promise, generation: started };
	return promise;
}

/** The version of the snapshot on disk, as far as this process knows. */
let onDisk: string | null = null;

/**
 * The snapshot to start from: the one on disk when it is at the stored version; otherwise the
 * database's when it is of a later catalogue than that one (or there is none on disk).
 */
async function startingSnapshot(db: Db, stored: CatalogueVersion): Promise<Snapshot | null> {
	const dir = snapshotDirectory();
	const local = dir ? await readSnapshot(dir) : null;
	onDisk = local?.version ?? null;
	if (local?.version === stored.version) return local;
	return (await readSharedSnapshot(db, local?.changedAt)) ?? local;
}

let snapshotting: Promise<void> = Promise.resolve();

/**
 * Writes the view's catalogue to disk when it is not there yet, and to the database when the one
 * there is due; after any write under way, unless a newer view has replaced it.
 */
function keepSnapshot(db: Db, view: CatalogueView) {
	snapshotting = snapshotting.then(async () => {
		if (ready !== view || !view.version) return;
		const at = { version: view.version, changedAt: view.changedAt, changesSeen: view.changesSeen };
		const dir = snapshotDirectory();
		try {
			if (dir && onDisk !== view.version) {
				await writeSnapshot(dir, publicCatalogueOf(view), at);
				onDisk = view.version;
			}
			await shareSnapshot(db, publicCatalogueOf(view), at);
		} catch (error) {
			// Without the database (or while stopping) the copy there waits for a later rebuild.
			if (!isDatabaseUnavailable(error)) console.error('The catalogue snapshot could not be written:', error);
		}
	});
}

/** Asks the database for the catalogue's version; rebuilds in the background when another instance changed it. */
async function poll(): Promise<void> {
	try {
		const db = await getDb();
		if (bumpOwed) {
			bumpOwed = false;
			// What the failed bumps changed is not known: every instance reads everything.
			await bumpCatalogueVersion(db).catch((error) => {
				bumpOwed = true;
				throw error;
			});
		}
		const stored = await readCatalogueVersion(db);
		const old = ready && Date.now() - ready.builtAt.getTime() > REFRESH_MS;
		if (ready && !building && ((stored?.version ?? null) !== ready.version || old)) await rebuild();
	} catch {
		// The database is down or the build failed: the next poll tries again.
	}
}

function startPolling() {
	if (poller || POLL_MS <= 0) return;
	let running = false;
	poller = setInterval(() => {
		if (running) return;
		running = true;
		void poll().finally(() => (running = false));
	}, POLL_MS);
	poller.unref(); // never what keeps the process alive
}

/**
 * The current public catalogue. After a write through this instance it is rebuilt before the
 * next answer; after a write through another instance (seen by the poll) or when the schedule has
 * run out, the previous one keeps serving while the new one is built. While the database is down
 * the last one built keeps serving, and is rebuilt once the database is back.
 */
export async function catalogueView(): Promise<CatalogueView> {
	startPolling();
	if (!ready || readyGeneration !== generation) {
		const last = ready;
		return rebuild().catch((error) => {
			if (last && isDatabaseUnavailable(error)) return last;
			throw error;
		});
	}
	if (Date.now() - ready.builtAt.getTime() > REFRESH_MS && !building) void rebuild().catch(() => {});
	return ready;
}

/**
 * The view the next request would get without waiting, or null when it would wait for a rebuild
 * (a write through this instance since). Answers cached under a view's `serial` are current only
 * while this returns that view.
 */
export function currentCatalogueView(): CatalogueView | null {
	return ready && readyGeneration === generation ? ready : null;
}

/**
 * Called after every write that changes what is public: this instance rebuilds before its next
 * answer, and the stored version changes so that every other instance rebuilds within seconds.
 * `db` is the database written to (the app's own when omitted); `change`, the practices it changed
 * (omitted: any may have). Never rejects: a failed bump is retried by the next poll.
 */
export function invalidateCatalogueView(db?: Db, change?: CatalogueChange): Promise<void> {
	generation++;
	startPolling();
	const bump = (db ? Promise.resolve(db) : getDb())
		.then((db) => bumpCatalogueVersion(db, change))
		.then(
			() => {},
			(error) => {
				bumpOwed = true;
				console.error('The catalogue version could not be stored; retrying shortly:', error);
			}
		);
	const earlier = bumping;
	bumping = Promise.all([earlier, bump]);
	return bump;
}
