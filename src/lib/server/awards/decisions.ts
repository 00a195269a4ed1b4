import { MongoServerError, type Db } from 'mongodb';
import { DECISION_LIMITS, DECISION_OUTCOMES, type DecisionOutcome } from '../../awards';
import { recordAudit } from '../audit';
import type { SessionUser } from '../auth/session';
import { collections, type DecisionDoc } from '../db/collections';
import { guardedUpdate } from '../db/guarded';
import { ELIGIBLE_ENTRY } from '../jury/assigning';
import { renderMarkdown } from '../markdown';
import { can, type Why } from '../policy/rules';
import { offeredQuotes } from './jury';
import { similarCandidate } from './links';

/** What the organiser posts for a decision: plain values, the quotes as the jurors chosen. */
export interface DecisionValues {
	outcome: string;
	category: string;
	justification: string;
	vote: string;
	similarActions: string[];
	recommendations: string[];
	/** Jurors (account ids) whose offered quote is published. */
	quotes: string[];
}

/** A decision's content, as stored and as compared: nothing of its bookkeeping. */
export interface DecisionFields {
	outcome: DecisionOutcome;
	category: string | null;
	justification: string;
	similarActions: string[];
	recommendations: string[];
	quotes: { juror: string; text: string }[];
	vote: string;
}

/**
 * Why a value is refused, per field: a code the page turns into a sentence in its language.
 * - `outcome`: not award, mention or none;
 * - `category-required` / `category-unknown`: an award needs one of the edition's categories;
 * - `justification-required`: an award is published with its justification; `too-long`;
 * - `similar-self` / `similar-unknown`: the entry itself, or no such catalogue practice;
 * - `recommendation-unknown`, `quote-unavailable`: not one that exists or was offered.
 */
export type DecisionError =
	| 'outcome'
	| 'category-required'
	| 'category-unknown'
	| 'justification-required'
	| 'too-long'
	| 'similar-self'
	| 'similar-unknown'
	| 'recommendation-unknown'
	| 'quote-unavailable';

export type DecisionSave =
	| { ok: true; version: number; changed: boolean }
	| { ok: false; reason: Why }
	| { ok: false; reason: 'invalid'; errors: Partial<Record<keyof DecisionValues, DecisionError>> }
	| { ok: false; reason: 'stale'; theirs: DecisionFields; version: number };

const isDuplicateKey = (cause: unknown) => cause instanceof MongoServerError && cause.code === 11000;

/** The content of a stored decision (or of none: nothing decided). */
export function fieldsOf(decision: DecisionDoc | null): DecisionFields {
	return {
		outcome: decision?.outcome ?? 'none',
		category: decision?.category ?? null,
		justification: decision?.justification ?? '',
		similarActions: [...(decision?.similarActions ?? [])],
		recommendations: [...(decision?.recommendations ?? [])],
		quotes: (decision?.quotes ?? []).map(({ juror, text }) => ({ juror, text })),
		vote: decision?.vote ?? ''
	};
}

const sameFields = (a: DecisionFields, b: DecisionFields) => JSON.stringify(a) === JSON.stringify(b);

/** An edition's decisions, by entry slug. */
export async function decisionsOf(db: Db, edition: string): Promise<Map<string, DecisionDoc>> {
	const decisions = await collections(db).decisions.find({ edition }).toArray();
	return new Map(decisions.map((d) => [d.entry, d]));
}

/** One entry's decision, or null while none is recorded. */
export function decisionOf(db: Db, edition: string, entry: string) {
	return collections(db).decisions.findOne({ edition, entry });
}

/** One eligible entry of the edition (the entries the jury scored), or null. */
export function eligibleEntry(db: Db, edition: string, entry: string) {
	return collections(db).practices.findOne({ slug: entry, edition, ...ELIGIBLE_ENTRY });
}

/**
 * Checks the posted values against the edition and what the jury offered, and gives the content
 * to store: a category only where it means something (an award needs one; a mention may have
 * one; none has none), each list without repeats, the quotes' text as the juror wrote it.
 */
async function parseDecision(
	db: Db,
	edition: { slug: string; awardCategories?: string[] },
	entry: string,
	values: DecisionValues
): Promise<
	| { ok: true; fields: DecisionFields }
	| { ok: false; errors: Partial<Record<keyof DecisionValues, DecisionError>> }
> {
	const errors: Partial<Record<keyof DecisionValues, DecisionError>> = {};
	const outcome = values.outcome as DecisionOutcome;
	if (!DECISION_OUTCOMES.includes(outcome)) errors.outcome = 'outcome';
	const categories = edition.awardCategories ?? [];
	const category = values.category.trim() || null;
	if (outcome === 'award' && !category) errors.category = 'category-required';
	else if (outcome !== 'none' && category && !categories.includes(category))
		errors.category = 'category-unknown';
	const justification = values.justification.trim();
	if (justification.length > DECISION_LIMITS.justification) errors.justification = 'too-long';
	else if (outcome === 'award' && justification === '') errors.justification = 'justification-required';
	const vote = values.vote.trim();
	if (vote.length > DECISION_LIMITS.vote) errors.vote = 'too-long';

	const similarActions = [...new Set(values.similarActions)];
	for (const slug of similarActions) {
		const found = await similarCandidate(db, entry, slug);
		if (found !== 'ok') {
			errors.similarActions = found === 'self' ? 'similar-self' : 'similar-unknown';
			break;
		}
	}
	const recommendations = [...new Set(values.recommendations)];
	const knownRecommendations = await collections(db).recommendations.countDocuments({
		slug: { $in: recommendations }
	});
	if (knownRecommendations !== recommendations.length) errors.recommendations = 'recommendation-unknown';
	if (similarActions.length > DECISION_LIMITS.links) errors.similarActions = 'too-long';
	if (recommendations.length > DECISION_LIMITS.links) errors.recommendations = 'too-long';

	const offered = await offeredQuotes(db, edition.slug, entry);
	const quotes: DecisionFields['quotes'] = [];
	for (const juror of new Set(values.quotes)) {
		const quote = offered.find((q) => q.juror === juror);
		if (!quote) {
			errors.quotes = 'quote-unavailable';
			break;
		}
		quotes.push({ juror, text: quote.text });
	}
	if (Object.keys(errors).length > 0) return { ok: false, errors };
	return {
		ok: true,
		fields: {
			outcome,
			category: outcome === 'none' ? null : category,
			justification,
			similarActions,
			recommendations,
			quotes,
			vote
		}
	};
}

/**
 * Records the organiser's decision on an eligible entry of an edition in deliberation: the
 * outcome, the category, the justification (Markdown, stored rendered and sanitised too), the
 * similar actions, recommendations and jurors' quotes to publish with it, and the jury's vote;
 * who decided and when. The write is from the version the form was shown with (0: none yet):
 * another write since is reported as `stale` with the stored decision, and nothing is written;
 * the same content posted again (a retried request) succeeds without writing. Audited with the
 * decision before and after.
 */
export async function saveDecision(
	db: Db,
	user: SessionUser,
	target: { edition: string; entry: string },
	values: DecisionValues,
	version: number
): Promise<DecisionSave> {
	const c = collections(db);
	const key = { edition: target.edition, entry: target.entry };
	for (let attempt = 0; attempt < 5; attempt++) {
		const edition = await c.editions.findOne({ slug: target.edition });
		if (!edition) return { ok: false, reason: 'missing' };
		const verdict = can(user, 'award.decide', { edition });
		if (!verdict.ok) return { ok: false, reason: verdict.why };
		if (!(await eligibleEntry(db, target.edition, target.entry))) return { ok: false, reason: 'missing' };

		const parsed = await parseDecision(db, edition, target.entry, values);
		if (!parsed.ok) return { ok: false, reason: 'invalid', errors: parsed.errors };
		const { fields } = parsed;

		const before = await c.decisions.findOne(key);
		const current = before?.version ?? 0;
		if (before && sameFields(fieldsOf(before), fields)) return { ok: true, version: current, changed: false };
		if (version !== current)
			return { ok: false, reason: 'stale', theirs: fieldsOf(before), version: current };

		const now = new Date();
		const content = {
			...fields,
			justificationHtml: renderMarkdown(fields.justification),
			decidedBy: user._id,
			decidedAt: now,
			updatedAt: now
		};
		let after: DecisionDoc | null;
		if (!before) {
			const doc: DecisionDoc = { ...key, ...content, createdAt: now, version: 1 };
			try {
				await c.decisions.insertOne(doc);
			} catch (cause) {
				if (isDuplicateKey(cause)) continue; // another save came first: the next round says what
				throw cause;
			}
			after = doc;
		} else {
			after = await guardedUpdate(db, c.decisions, before, { $set: content });
			if (!after) continue;
		}
		await recordAudit(db, {
			actor: user._id,
			action: 'decision.saved',
			subject: { type: 'entry', id: target.entry },
			before: before ? { edition: target.edition, ...fieldsOf(before) } : null,
			after: { edition: target.edition, ...fieldsOf(after) }
		});
		return { ok: true, version: after.version, changed: true };
	}
	const latest = await c.decisions.findOne(key);
	return { ok: false, reason: 'stale', theirs: fieldsOf(latest), version: latest?.version ?? 0 };
}

/**
 * Whether the organiser may work on the entry's decision now: for the buttons of its form that
 * only change what the form holds (adding or removing a link before it is saved).
 */
export async function decisionVerdict(
	db: Db,
	user: SessionUser,
	editionSlug: string,
	entrySlug: string
): Promise<{ ok: true } | { ok: false; reason: Why }> {
	const edition = await collections(db).editions.findOne({ slug: editionSlug });
	if (!edition || !(await eligibleEntry(db, editionSlug, entrySlug))) return { ok: false, reason: 'missing' };
	const verdict = can(user, 'award.decide', { edition });
	return verdict.ok ? verdict : { ok: false, reason: verdict.why };
}
