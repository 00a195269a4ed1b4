/** An entry as its applicant reads it back: what was sent, in words rather than codes, and the edition's rules. */
import type { Db } from 'mongodb';
import { listAttachments } from '../attachments';
import { collections, type EditionDoc, type PracticeDoc } from '../db/collections';
import { criteriaOf } from '../editions/criteria';
import { formatWarsawIn } from '../editions/time';

type Locale = 'pl' | 'en';

/** The entry's fields with the names of its place, organisation and vocabulary, and its files. */
export async function entryView(db: Db, practice: PracticeDoc, locale: Locale) {
	const c = collections(db);
	const codes = [...practice.categories, ...practice.themes, ...practice.targetGroups];
	const [place, organisations, terms, attachments] = await Promise.all([
		c.places.findOne({ slug: practice.place }),
		c.organisations.find({ slug: { $in: practice.organisations } }).toArray(),
		c.vocabulary.find({ code: { $in: codes } }).toArray(),
		listAttachments(db, practice.slug)
	]);
	const term = (kind: string) => (code: string) =>
		terms.find((t) => t.kind === kind && t.code === code)?.[locale] ?? code;
	return {
		title: practice.title,
		summary: practice.summary,
		descriptionHtml: practice.descriptionHtml,
		place: place?.name ?? practice.place,
		organisations: organisations.map((o) => o.name),
		categories: practice.categories.map(term('category')),
		themes: practice.themes.map(term('theme')),
		targetGroups: practice.targetGroups.map(term('targetGroup')),
		period: { from: practice.period.from, to: practice.period.to },
		funding: practice.funding,
		keyFigures: practice.keyFigures.map((f) => ({ label: f.label, value: f.value })),
		links: practice.links.map((l) => ({ label: l.label, url: l.url })),
		attachments: attachments.map((a) => ({ id: a.id, filename: a.filename, kb: Math.ceil(a.size / 1024) }))
	};
}
export type EntryView = Awaited<ReturnType<typeof entryView>>;

/**
 * What an applicant should know before writing: when the call closes (Polish time), who may take
 * part and what to check, and how the jury scores (each criterion's weight and what its scores mean).
 */
export function editionGuide(edition: EditionDoc | null, locale: Locale) {
	if (!edition) return null;
	const criteria = criteriaOf(edition);
	const total = criteria.reduce((sum, c) => sum + c.weight, 0);
	return {
		name: edition.name,
		closes: edition.submissionsClose ? formatWarsawIn(edition.submissionsClose, locale) : null,
		eligibility: edition.eligibility?.trim() || null,
		checklist: edition.eligibilityChecklist?.filter((item) => item.trim()) ?? [],
		criteria: criteria.map((c) => ({
			id: c.id,
			label: c.label,
			description: c.description,
			weight: c.weight,
			share: total > 0 ? Math.round((c.weight / total) * 100) : 0,
			min: c.scale.min,
			max: c.scale.max,
			levels: c.levels.map((l) => ({ score: l.score, meaning: l.meaning }))
		}))
	};
}
export type EditionGuide = NonNullable<ReturnType<typeof editionGuide>>;

/** Editions' names by slug, for lists that show entries of several editions. */
export async function editionNames(db: Db, slugs: (string | null)[]): Promise<Map<string, string>> {
	const wanted = [...new Set(slugs.filter((s): s is string => Boolean(s)))];
	const editions = await collections(db)
		.editions.find({ slug: { $in: wanted } }, { projection: { slug: 1, name: 1 } })
		.toArray();
	return new Map(editions.map((e) => [e.slug, e.name]));
}
