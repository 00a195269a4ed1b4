import type { Db } from 'mongodb';
import type { SessionUser } from '../auth/session';
import { collections } from '../db/collections';
import { can } from '../policy/rules';
import { conflictsOf } from './conflicts';
import { listJury, placeConflictsOf } from './members';

/**
 * Everything the organiser's jury page shows of an edition: its jurors with names, the choices
 * for the forms (accounts, organisations, places, entries) and every juror × entry pair someone
 * has a view on. Null when there is no such edition.
 */
export async function juryOverview(db: Db, actor: SessionUser, editionSlug: string) {
	const c = collections(db);
	const edition = await c.editions.findOne({ slug: editionSlug });
	if (!edition) return null;
	const [jury, organisations, places, entries, accounts, conflicts] = await Promise.all([
		listJury(db, editionSlug),
		c.organisations
			.find({}, { projection: { slug: 1, name: 1 } })
			.sort({ name: 1 })
			.toArray(),
		c.places
			.find({}, { projection: { slug: 1, name: 1 } })
			.sort({ name: 1 })
			.toArray(),
		c.practices
			.find(
				{ edition: editionSlug, origin: 'app', status: { $nin: ['draft', 'withdrawn'] } },
				{ projection: { slug: 1, title: 1 } }
			)
			.sort({ title: 1 })
			.toArray(),
		c.users
			.find({ disabled: false }, { projection: { _id: 1, name: 1, email: 1 } })
			.sort({ name: 1 })
			.toArray(),
		conflictsOf(db, editionSlug)
	]);
	const onJury = new Set(jury.flatMap(({ juror }) => (juror.user ? [juror.user] : [])));
	return {
		edition,
		placeConflicts: placeConflictsOf(edition),
		manageable: can(actor, 'jury.manage', { edition }),
		removable: can(actor, 'jury.remove', { edition }),
		jury,
		organisations,
		places,
		entries,
		/** Accounts that could be named: everyone enabled who is not on this jury yet. */
		candidates: accounts.filter((a) => !onJury.has(a._id)),
		conflicts: [...conflicts.values()].flatMap((pairs) => [...pairs.values()])
	};
}
