import type { Db } from 'mongodb';
import { collections } from '../db/collections';
import { conflictedEntries } from './conflicts';

/**
 * The entries a juror reads in an edition: those assigned to them, less any they are conflicted
 * with (a conflict found after the assignment wins over it).
 */
export async function entriesAssignedTo(db: Db, edition: string, juror: string): Promise<string[]> {
	const [assigned, conflicted] = await Promise.all([
		collections(db)
			.assignments.find({ edition, juror }, { projection: { entry: 1 } })
			.toArray(),
		conflictedEntries(db, edition, juror)
	]);
	return assigned.map((a) => a.entry).filter((entry) => !conflicted.has(entry));
}

/** A juror's standing with one entry, as the policy's jury rules want it (see `JuryWork`). */
export async function standingOf(db: Db, edition: string, juror: string, entry: string) {
	const [assignment, conflicted] = await Promise.all([
		collections(db).assignments.findOne({ edition, juror, entry }, { projection: { _id: 1 } }),
		conflictedEntries(db, edition, juror)
	]);
	return { assigned: assignment !== null, conflicted: conflicted.has(entry) };
}
