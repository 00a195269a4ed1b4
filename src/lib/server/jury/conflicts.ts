import { MongoServerError, type Db } from 'mongodb';
import { recordAudit } from '../audit';
import type { SessionUser } from '../auth/session';
import { collections, type ConflictDoc, type JurorDoc, type PracticeDoc } from '../db/collections';
import { guardedUpdate } from '../db/guarded';
import { can } from '../policy/rules';
import { placeConflictsOf, type JuryChange } from './members';

/** Entries of an edition the jury has to do with: everything sent, not drafts or withdrawn ones. */
export const JURY_ENTRY = { origin: 'app', status: { $nin: ['draft', 'withdrawn'] } } as const;

/** Why a juror's affiliations make them conflicted with an entry. */
export type Affiliation = { kind: 'organisation' | 'partner' | 'place'; slug: string };

export interface ConflictPair {
	juror: string;
	entry: string;
	/** The outcome: the latest statement about the pair if any, else whether an affiliation applies. */
	conflicted: boolean;
	/** What the affiliations say, whatever a statement decided. */
	affiliations: Affiliation[];
	statement: Pick<ConflictDoc, 'source' | 'reason' | 'by' | 'conflicted' | 'updatedAt'> | null;
}

type EntryFacts = Pick<PracticeDoc, 'slug' | 'organisations' | 'partners' | 'place'>;

/** The affiliations that tie a juror to an entry. */
export function affiliationConflicts(
	affiliations: JurorDoc['affiliations'],
	entry: EntryFacts,
	placeConflicts: boolean
): Affiliation[] {
	const found: Affiliation[] = [];
	for (const slug of entry.organisations)
		if (affiliations.organisations.includes(slug)) found.push({ kind: 'organisation', slug });
	for (const slug of entry.partners)
		if (affiliations.organisations.includes(slug)) found.push({ kind: 'partner', slug });
	if (placeConflicts && affiliations.places.includes(entry.place))
		found.push({ kind: 'place', slug: entry.place });
	return found;
}

/**
 * Every juror × entry pair of the edition someone has a view on: by affiliation, or by a
 * statement (declared, added or cleared). Per juror (account id), per entry slug; `conflicted`
 * is what counts. Jurors still invited by email have no account yet and so no pairs. With `juror`,
 * only that juror's pairs (what every request of a juror needs, without reading the whole jury).
 */
export async function conflictsOf(
	db: Db,
	editionSlug: string,
	juror?: string
): Promise<Map<string, Map<string, ConflictPair>>> {
	const c = collections(db);
	const edition = await c.editions.findOne({ slug: editionSlug });
	const result = new Map<string, Map<string, ConflictPair>>();
	if (!edition) return result;
	const placeConflicts = placeConflictsOf(edition);
	const [jurors, entries, statements] = await Promise.all([
		c.jurors.find({ edition: editionSlug, user: juror ?? { $ne: null } }).toArray(),
		c.practices
			.find(
				{ edition: editionSlug, ...JURY_ENTRY },
				{ projection: { slug: 1, organisations: 1, partners: 1, place: 1 } }
			)
			.toArray(),
		c.conflicts.find(juror ? { edition: editionSlug, juror } : { edition: editionSlug }).toArray()
	]);
	const pairOf = (juror: string, entry: string) => {
		const ofJuror = result.get(juror) ?? new Map<string, ConflictPair>();
		result.set(juror, ofJuror);
		const pair = ofJuror.get(entry) ?? { juror, entry, conflicted: false, affiliations: [], statement: null };
		ofJuror.set(entry, pair);
		return pair;
	};
	for (const juror of jurors) {
		for (const entry of entries) {
			const found = affiliationConflicts(juror.affiliations, entry, placeConflicts);
			if (found.length === 0) continue;
			const pair = pairOf(juror.user as string, entry.slug);
			pair.affiliations = found;
			pair.conflicted = true;
		}
	}
	const known = new Set(entries.map((e) => e.slug));
	const onJury = new Set(jurors.map((j) => j.user));
	for (const s of statements) {
		if (!known.has(s.entry) || !onJury.has(s.juror)) continue;
		const pair = pairOf(s.juror, s.entry);
		pair.statement = {
			source: s.source,
			reason: s.reason,
			by: s.by,
			conflicted: s.conflicted,
			updatedAt: s.updatedAt
		};
		pair.conflicted = s.conflicted;
	}
	return result;
}

/** The entries a juror is conflicted with: never shown to them, never counted in their aggregates. */
export async function conflictedEntries(db: Db, editionSlug: string, juror: string): Promise<Set<string>> {
	const pairs = (await conflictsOf(db, editionSlug, juror)).get(juror);
	return new Set([...(pairs?.values() ?? [])].filter((p) => p.conflicted).map((p) => p.entry));
}

type Statement = Pick<ConflictDoc, 'edition' | 'juror' | 'entry' | 'conflicted' | 'source' | 'reason' | 'by'>;
const isDuplicateKey = (cause: unknown) => cause instanceof MongoServerError && cause.code === 11000;
const auditedStatement = (s: ConflictDoc | null) =>
	s ? { conflicted: s.conflicted, source: s.source, reason: s.reason, by: s.by } : null;

/**
 * Records a statement about a pair in place of the earlier one: a unique insert for the first, a
 * guarded update from the version read for later ones, read again when another write got there
 * first. The same statement repeated writes nothing (`changed: false`).
 */
async function writeStatement(db: Db, statement: Statement) {
	const conflicts = collections(db).conflicts;
	const key = { edition: statement.edition, juror: statement.juror, entry: statement.entry };
	for (let attempt = 0; attempt < 10; attempt++) {
		const before = await conflicts.findOne(key);
		const same =
			before &&
			before.conflicted === statement.conflicted &&
			before.source === statement.source &&
			before.reason === statement.reason &&
			before.by === statement.by;
		if (same) return { changed: false as const, before };
		const now = new Date();
		if (!before) {
			try {
				const doc: ConflictDoc = { ...statement, createdAt: now, updatedAt: now, version: 1 };
				await conflicts.insertOne(doc);
				return { changed: true as const, before: null, after: doc };
			} catch (cause) {
				if (!isDuplicateKey(cause)) throw cause;
				continue;
			}
		}
		const after = await guardedUpdate(db, conflicts, before, { $set: { ...statement, updatedAt: now } });
		if (after) return { changed: true as const, before, after };
	}
	throw new Error('A conflict of interest kept changing while being recorded');
}

/** An entry of the edition the jury deals with; null when there is none such. */
async function juryEntry(db: Db, editionSlug: string, entry: string) {
	return collections(db).practices.findOne({ slug: entry, edition: editionSlug, ...JURY_ENTRY });
}

/** A juror declares, with a reason, that they are conflicted with an entry of the edition. */
export async function declareConflict(
	db: Db,
	juror: SessionUser,
	{ edition: editionSlug, entry, reason }: { edition: string; entry: string; reason: string }
): Promise<JuryChange> {
	const edition = await collections(db).editions.findOne({ slug: editionSlug });
	if (!edition) return { ok: false, reason: 'missing' };
	const verdict = can(juror, 'conflict.declare', { edition });
	if (!verdict.ok) return { ok: false, reason: verdict.why };
	if (!(await juryEntry(db, editionSlug, entry))) return { ok: false, reason: 'missing' };
	const written = await writeStatement(db, {
		edition: editionSlug,
		juror: juror._id,
		entry,
		conflicted: true,
		source: 'declared',
		reason: reason.trim(),
		by: juror._id
	});
	if (written.changed)
		await recordAudit(db, {
			actor: juror._id,
			action: 'conflict.declared',
			subject: { type: 'entry', id: entry },
			before: auditedStatement(written.before),
			after: auditedStatement(written.after)
		});
	return { ok: true };
}

/**
 * The organiser adds (`conflicted: true`) or clears (`false`) a juror's conflict with an entry,
 * with a reason; the statement overrides what affiliations say and any earlier statement.
 */
export async function setConflict(
	db: Db,
	actor: SessionUser,
	editionSlug: string,
	change: { juror: string; entry: string; conflicted: boolean; reason: string }
): Promise<JuryChange> {
	const c = collections(db);
	const edition = await c.editions.findOne({ slug: editionSlug });
	if (!edition) return { ok: false, reason: 'missing' };
	const verdict = can(actor, 'jury.manage', { edition });
	if (!verdict.ok) return { ok: false, reason: verdict.why };
	const onJury = await c.jurors.findOne({ edition: editionSlug, user: change.juror });
	if (!onJury || !(await juryEntry(db, editionSlug, change.entry))) return { ok: false, reason: 'missing' };
	const written = await writeStatement(db, {
		edition: editionSlug,
		juror: change.juror,
		entry: change.entry,
		conflicted: change.conflicted,
		source: 'organiser',
		reason: change.reason.trim(),
		by: actor._id
	});
	if (written.changed)
		await recordAudit(db, {
			actor: actor._id,
			action: change.conflicted ? 'conflict.added' : 'conflict.cleared',
			subject: { type: 'entry', id: change.entry },
			before: { juror: change.juror, statement: auditedStatement(written.before) },
			after: { juror: change.juror, statement: auditedStatement(written.after) }
		});
	return { ok: true };
}
