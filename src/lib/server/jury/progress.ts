import type { Db } from 'mongodb';
import type { SessionUser } from '../auth/session';
import { collections } from '../db/collections';
import { weightedTotal } from '../deliberation/stats';
import { criteriaOf } from '../editions/criteria';
import { can } from '../policy/rules';
import { eligibleEntries, conflictedPairs, jurorsWithAccounts } from './assigning';
import { pairKey } from './assignment';

/** A cell of the progress grid, one juror × one entry. */
export type Cell = 'conflict' | 'none' | 'assigned' | 'draft' | 'submitted';

/**
 * The jury's progress in an edition: entries × jurors, and per juror and per entry how many of the
 * assigned entries are submitted. A conflicted pair is its own kind of cell and never counts:
 * neither as assigned nor in an entry's mean score.
 */
export async function juryProgress(db: Db, actor: SessionUser, editionSlug: string) {
	const c = collections(db);
	const edition = await c.editions.findOne({ slug: editionSlug });
	if (!edition) return null;
	const [entries, jurors, conflicted, assignments, scores] = await Promise.all([
		eligibleEntries(db, editionSlug),
		jurorsWithAccounts(db, editionSlug),
		conflictedPairs(db, editionSlug),
		c.assignments.find({ edition: editionSlug }, { projection: { juror: 1, entry: 1 } }).toArray(),
		c.scores.find({ edition: editionSlug }).toArray()
	]);
	const accounts = await c.users
		.find({ _id: { $in: jurors.map((j) => j.user as string) } }, { projection: { name: 1, email: 1 } })
		.toArray();
	const nameOf = new Map(accounts.map((a) => [a._id, a.name || a.email]));
	const assigned = new Set(assignments.map((a) => pairKey(a.juror, a.entry)));
	const scoreOf = new Map(scores.map((s) => [pairKey(s.juror, s.entry), s]));
	const criteria = criteriaOf(edition);
	const jurorIds = jurors.map((j) => j.user as string);

	const cellOf = (juror: string, entry: string): Cell => {
		const key = pairKey(juror, entry);
		if (conflicted.has(key)) return 'conflict';
		const score = scoreOf.get(key);
		if (score) return score.state;
		return assigned.has(key) ? 'assigned' : 'none';
	};
	const rows = entries.map((entry) => {
		const cells = jurorIds.map((juror) => cellOf(juror, entry.slug));
		const counted = jurorIds.filter((_, i) => cells[i] !== 'conflict' && cells[i] !== 'none');
		const submitted = jurorIds.filter((_, i) => cells[i] === 'submitted');
		const values = submitted
			.map((juror) => weightedTotal(criteria, scoreOf.get(pairKey(juror, entry.slug))!.criteria))
			.filter((v): v is number => v !== null);
		return {
			slug: entry.slug,
			title: entry.title,
			cells,
			assigned: counted.length,
			submitted: submitted.length,
			mean: values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null
		};
	});
	return {
		edition,
		remind: can(actor, 'jury.remind', { edition }),
		jurors: jurors.map((j, i) => ({
			user: j.user as string,
			name: nameOf.get(j.user as string) ?? (j.user as string),
			assigned: rows.filter((r) => r.cells[i] !== 'conflict' && r.cells[i] !== 'none').length,
			submitted: rows.filter((r) => r.cells[i] === 'submitted').length
		})),
		rows
	};
}
