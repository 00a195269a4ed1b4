import type { Db } from 'mongodb';
import type { SessionUser } from '../auth/session';
import { collections } from '../db/collections';
import { eligibleEntries } from '../jury/assigning';
import { can } from '../policy/rules';
import { decisionOf, decisionsOf, eligibleEntry, fieldsOf } from './decisions';
import { juryOpinion, juryOpinions, offeredQuotes } from './jury';
import { practiceRefs, recommendationChoices, recommendationRefs, searchSimilar } from './links';

/**
 * The edition's awards at a glance: every eligible entry with the decision recorded so far and the
 * jury's opinion, and per category how many awards and mentions it has. Null without the edition.
 */
export async function awardsOverview(db: Db, user: SessionUser, editionSlug: string) {
	const edition = await collections(db).editions.findOne({ slug: editionSlug });
	if (!edition) return null;
	const [entries, decisions, opinions] = await Promise.all([
		eligibleEntries(db, editionSlug),
		decisionsOf(db, editionSlug),
		juryOpinions(db, editionSlug)
	]);
	const categories = edition.awardCategories ?? [];
	const counts = new Map(categories.map((c) => [c, { category: c, awards: 0, mentions: 0 }]));
	const rows = entries.map((entry) => {
		const decision = decisions.get(entry.slug) ?? null;
		if (decision?.category && decision.outcome !== 'none') {
			const count = counts.get(decision.category);
			if (count) count[decision.outcome === 'award' ? 'awards' : 'mentions']++;
		}
		return {
			slug: entry.slug,
			title: entry.title,
			place: entry.place,
			decision: decision ? { outcome: decision.outcome, category: decision.category } : null,
			opinion: opinions.get(entry.slug) ?? { n: 0, mean: null, recommended: 0, categories: [] }
		};
	});
	const undecided = rows.filter((r) => !r.decision).length;
	const mentionsWithout = rows.filter(
		(r) => r.decision?.outcome === 'mention' && !r.decision.category
	).length;
	return {
		edition,
		decidable: can(user, 'award.decide', { edition }),
		rows,
		counts: [...counts.values()],
		mentionsWithoutCategory: mentionsWithout,
		undecided
	};
}

/**
 * Everything the decision page shows for one eligible entry: the entry, the jury's opinion and
 * offered quotes, the decision so far with its linked practices and recommendations, what can be
 * picked, and the search for similar actions (`query`). Null without the edition or the entry.
 */
export async function decisionView(
	db: Db,
	user: SessionUser,
	editionSlug: string,
	entrySlug: string,
	query: string
) {
	const c = collections(db);
	const [edition, entry] = await Promise.all([
		c.editions.findOne({ slug: editionSlug }),
		eligibleEntry(db, editionSlug, entrySlug)
	]);
	if (!edition || !entry) return null;
	const [decision, opinion, quotes, recommendations, places, organisations, themes, found, place] =
		await Promise.all([
			decisionOf(db, editionSlug, entrySlug),
			juryOpinion(db, editionSlug, entrySlug),
			offeredQuotes(db, editionSlug, entrySlug),
			recommendationChoices(db, editionSlug),
			c.places
				.find({ kind: { $ne: 'voivodeship' } }, { projection: { slug: 1, name: 1 } })
				.sort({ name: 1 })
				.toArray(),
			c.organisations
				.find({}, { projection: { slug: 1, name: 1 } })
				.sort({ name: 1 })
				.toArray(),
			c.vocabulary.find({ kind: 'theme' }).sort({ order: 1 }).toArray(),
			searchSimilar(db, entrySlug, query),
			c.places.findOne({ slug: entry.place })
		]);
	const organisationName = new Map(organisations.map((o) => [o.slug, o.name]));
	const decider = decision
		? await c.users.findOne({ _id: decision.decidedBy }, { projection: { name: 1, email: 1 } })
		: null;
	return {
		edition,
		entry: {
			slug: entry.slug,
			title: entry.title,
			summary: entry.summary,
			place: place?.name ?? entry.place,
			organisations: entry.organisations.map((o) => organisationName.get(o) ?? o)
		},
		decidable: can(user, 'award.decide', { edition }),
		decision: decision
			? {
					...fieldsOf(decision),
					version: decision.version,
					decidedByName: decider?.name || decider?.email || decision.decidedBy,
					decidedAt: decision.decidedAt
				}
			: null,
		opinion,
		quotes,
		recommendations,
		places: places.map((p) => ({ value: p.slug, label: p.name })),
		organisations: organisations.map((o) => ({ value: o.slug, label: o.name })),
		themes: themes.map((t) => ({ code: t.code, pl: t.pl, en: t.en })),
		found
	};
}

/** The titles of linked practices and recommendations, for lists the form holds as slugs. */
export async function linkedTitles(db: Db, similarActions: string[], recommendations: string[]) {
	const [practices, recs] = await Promise.all([
		practiceRefs(db, similarActions),
		recommendationRefs(db, recommendations)
	]);
	return { practices, recommendations: recs };
}
