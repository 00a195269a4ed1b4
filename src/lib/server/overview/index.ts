/** The organiser's dashboard: what waits for them, counted, and the editions by phase. */
import type { Db } from 'mongodb';
import { editionPhases, type EditionPhase } from '../../schemas';
import { collections } from '../db/collections';
import { countAwaitingEligibility } from '../eligibility';

export async function organiserOverview(db: Db) {
	const c = collections(db);
	const [awaitingEligibility, pendingAccounts, undelivered, messages, editions] = await Promise.all([
		countAwaitingEligibility(db),
		c.users.countDocuments({ pendingApproval: true, disabled: false }),
		c.outbox.countDocuments({ delivered: false }),
		c.outbox.countDocuments({}),
		c.editions
			.find({}, { projection: { slug: 1, name: 1, year: 1, phase: 1 } })
			.sort({ year: -1, slug: 1 })
			.toArray()
	]);
	const byPhase = Object.fromEntries(editionPhases.map((p) => [p, 0])) as Record<EditionPhase, number>;
	for (const e of editions) byPhase[e.phase] += 1;
	return {
		awaitingEligibility,
		pendingAccounts,
		outbox: { undelivered, total: messages },
		editions: editions.map((e) => ({ slug: e.slug, name: e.name, year: e.year, phase: e.phase })),
		byPhase
	};
}
