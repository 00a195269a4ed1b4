import { MongoServerError, type Db, type WithId } from 'mongodb';
import { parseScore, type ScoreFields, type ScoreValues } from '../../schemas';
import { recordAudit } from '../audit';
import type { SessionUser } from '../auth/session';
import { collections, type EditionDoc, type ScoreDoc } from '../db/collections';
import { guardedUpdate, withClaim } from '../db/guarded';
import { criteriaFrozen, criteriaOf, criteriaVersionOf } from '../editions/criteria';
import { can, type Why } from '../policy/rules';
import { standingOf } from './assignments';
import { JURY_ENTRY } from './conflicts';

export type ScoreSave =
	| { ok: true; version: number; state: ScoreDoc['state']; changed: boolean }
	| { ok: false; reason: Why }
	| { ok: false; reason: 'invalid'; errors: Record<string, string> }
	| { ok: false; reason: 'stale'; theirs: ScoreFields; yours: ScoreFields; version: number };

const isDuplicateKey = (cause: unknown) => cause instanceof MongoServerError && cause.code === 11000;

/** A score's content, as plain values (what a stale save shows next to the juror's own). */
export function fieldsOf(score: ScoreDoc | null): ScoreFields {
	return {
		criteria: (score?.criteria ?? []).map((c) => ({ id: c.id, score: c.score, comment: c.comment })),
		privateComment: score?.privateComment ?? '',
		feedback: score?.feedback ?? '',
		quote: score?.quote ?? '',
		recommend: score?.recommend ?? false,
		category: score?.category ?? null
	};
}

const sameFields = (a: ScoreFields, b: ScoreFields) => JSON.stringify(a) === JSON.stringify(b);

/** What the audit log keeps of a score. */
const audited = (score: ScoreDoc | null) => (score ? { ...fieldsOf(score), state: score.state } : null);

/** The edition's reading standing of the juror with the entry, and the entry itself. */
async function scoringContext(db: Db, user: SessionUser, editionSlug: string, entrySlug: string) {
	const c = collections(db);
	const [edition, entry] = await Promise.all([
		c.editions.findOne({ slug: editionSlug }),
		c.practices.findOne({ slug: entrySlug, edition: editionSlug, ...JURY_ENTRY })
	]);
	if (!edition || !entry) return null;
	return { edition, entry, standing: await standingOf(db, editionSlug, user._id, entrySlug) };
}

/**
 * Stores the first score of a juror × entry: a unique insert. The edition's first score of all
 * freezes its criteria, so it is stored holding the edition's claim (the one `saveCriteria`'s
 * guarded update takes) and moves the criteria's version on: a criteria save that read the
 * edition before is then refused, and one that comes after sees the score.
 */
async function insertScore(
	db: Db,
	edition: WithId<EditionDoc>,
	doc: ScoreDoc
): Promise<'inserted' | 'duplicate' | 'criteria-changed'> {
	const c = collections(db);
	const insert = async () => {
		try {
			await c.scores.insertOne(doc);
			return 'inserted' as const;
		} catch (cause) {
			if (isDuplicateKey(cause)) return 'duplicate' as const;
			throw cause;
		}
	};
	if (await criteriaFrozen(db, edition.slug)) return insert();
	for (let attempt = 0; attempt < 10; attempt++) {
		const current = await c.editions.findOne({ _id: edition._id });
		if (!current) return 'criteria-changed';
		if (criteriaVersionOf(current) !== criteriaVersionOf(edition)) return 'criteria-changed';
		const claimed = await withClaim(db, `editions:${String(current._id)}:${current.version}`, async () => {
			const still = await c.editions.findOne({ _id: current._id, version: current.version });
			if (!still) return 'again' as const;
			if (criteriaVersionOf(still) !== criteriaVersionOf(edition)) return 'criteria-changed' as const;
			const frozen = await criteriaFrozen(db, edition.slug);
			const result = await insert();
			if (result === 'inserted' && !frozen)
				await c.editions.updateOne(
					{ _id: still._id, version: still.version },
					{ $set: { criteriaVersion: criteriaVersionOf(still) + 1 } }
				);
			return result;
		});
		if (claimed && claimed.value !== 'again') return claimed.value;
	}
	throw new Error('The edition kept changing while its first score was stored');
}

/**
 * Saves a juror's score of an entry from the values posted: a draft (`submit: false`; a score
 * already submitted stays submitted and must stay complete) or a submission (every criterion
 * scored). The write is from the version the form was shown with: another write since then is
 * reported as `stale` with both versions; the same content posted again (a retried request)
 * succeeds without writing anything, so a save is safe to repeat. Every change is audited with
 * the score before and after.
 */
export async function saveScore(
	db: Db,
	user: SessionUser,
	target: { edition: string; entry: string },
	values: ScoreValues,
	{ submit }: { submit: boolean }
): Promise<ScoreSave> {
	const scores = collections(db).scores;
	const key = { edition: target.edition, entry: target.entry, juror: user._id };
	let yours = fieldsOf(null);
	for (let attempt = 0; attempt < 5; attempt++) {
		const context = await scoringContext(db, user, target.edition, target.entry);
		if (!context) return { ok: false, reason: 'missing' };
		const { edition, standing } = context;
		const verdict = can(user, 'score.edit', { edition, ...standing });
		if (!verdict.ok) return { ok: false, reason: verdict.why };

		const before = await scores.findOne(key);
		const state: ScoreDoc['state'] = submit || before?.state === 'submitted' ? 'submitted' : 'draft';
		const parsed = parseScore(
			values,
			criteriaOf(edition),
			edition.awardCategories ?? [],
			state === 'submitted'
		);
		if (!parsed.ok) return { ok: false, reason: 'invalid', errors: parsed.errors };
		const juror = await collections(db).jurors.findOne({ edition: edition.slug, user: user._id });
		// A quote is kept only from a juror who agreed to be quoted.
		const fields = { ...parsed.fields, quote: juror?.quotable ? parsed.fields.quote : '' };
		yours = fields;

		const current = before?.version ?? 0;
		if (before && sameFields(fieldsOf(before), fields) && before.state === state)
			return { ok: true, version: current, state, changed: false };
		if (parsed.version !== current)
			return { ok: false, reason: 'stale', theirs: fieldsOf(before), yours: fields, version: current };

		const now = new Date();
		if (!before) {
			const doc: ScoreDoc = {
				...key,
				...fields,
				state,
				submittedAt: state === 'submitted' ? now : null,
				createdAt: now,
				updatedAt: now,
				version: 1
			};
			const inserted = await insertScore(db, edition, doc);
			if (inserted !== 'inserted') continue; // another write came first: the next round says what
			await recordAudit(db, {
				actor: user._id,
				action: state === 'submitted' ? 'score.submitted' : 'score.saved',
				subject: { type: 'entry', id: target.entry },
				before: null,
				after: { edition: edition.slug, ...audited(doc) }
			});
			return { ok: true, version: 1, state, changed: true };
		}
		const after = await guardedUpdate(db, scores, before, {
			$set: {
				...fields,
				state,
				submittedAt: state === 'submitted' ? (before.submittedAt ?? now) : null,
				updatedAt: now
			}
		});
		if (!after) continue;
		await recordAudit(db, {
			actor: user._id,
			action: state === 'submitted' && before.state === 'draft' ? 'score.submitted' : 'score.saved',
			subject: { type: 'entry', id: target.entry },
			before: { edition: edition.slug, ...audited(before) },
			after: { edition: edition.slug, ...audited(after) }
		});
		return { ok: true, version: after.version, state, changed: true };
	}
	const latest = await scores.findOne(key);
	return {
		ok: false,
		reason: 'stale',
		theirs: fieldsOf(latest),
		yours,
		version: latest?.version ?? 0
	};
}
