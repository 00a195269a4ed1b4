import { randomBytes } from 'node:crypto';
import type { Db } from 'mongodb';
import {
	criterion,
	criterionOf,
	MAX_CRITERIA,
	rowOf,
	type CriteriaOp,
	type Criterion,
	type CriterionRow
} from '../../schemas';
import type { SessionUser } from '../auth/session';
import { recordAudit } from '../audit';
import { collections, type EditionDoc, type LegacyCriterion } from '../db/collections';
import { guardedUpdate } from '../db/guarded';
import { can, type Why } from '../policy/rules';
import { criteriaTemplate } from './criteria-template';

const isLegacy = (c: Criterion | LegacyCriterion): c is LegacyCriterion => typeof c.scale === 'number';

/**
 * An edition's criteria in today's shape. Older editions stored `{ label, weight, scale }`, a
 * scale from 1: those get ids by position (stable, since they cannot be reordered without being
 * saved in the new shape), no description and no meanings of scores, which the editor asks for.
 */
export function criteriaOf(edition: Pick<EditionDoc, 'criteria'>): Criterion[] {
	return (edition.criteria ?? []).map((c, index) =>
		isLegacy(c)
			? {
					id: `k${index + 1}`,
					label: c.label,
					description: '',
					weight: c.weight,
					scale: { min: 1, max: c.scale },
					levels: []
				}
			: c
	);
}

/** The criteria's version as the editor reads it; editions from before it existed are at 1. */
export const criteriaVersionOf = (edition: Pick<EditionDoc, 'criteriaVersion'>) =>
	edition.criteriaVersion ?? 1;

/** What a new edition starts with. */
export const initialCriteria = () => ({ criteria: criteriaTemplate(), criteriaVersion: 1 });

/**
 * True once any juror has scored an entry of the edition: its criteria are frozen from then on.
 * A score stored while a criteria save is under way is not seen by that save; the jury module is
 * to store an edition's first score through the edition's claim (see `guardedUpdate`) so the two
 * cannot cross.
 */
export async function criteriaFrozen(db: Db, edition: string): Promise<boolean> {
	return (await collections(db).scores.countDocuments({ edition }, { limit: 1 })) > 0;
}

/** Whether this user may change the edition's criteria now, and why not. */
export async function criteriaVerdict(db: Db, user: SessionUser, edition: string) {
	return can(user, 'edition.criteria', { scored: await criteriaFrozen(db, edition) });
}

// ---------------------------------------------------------------------------------------------
// The row editor's operations: pure, on the rows as typed, nothing saved.

/** Where the page puts the keyboard focus after an operation: a row's control, or "add". */
export type CriteriaFocus = { row: string; control: 'label' | 'up' | 'down' } | { row: null; control: 'add' };

export type RowOpResult =
	| {
			ok: true;
			rows: CriterionRow[];
			focus: CriteriaFocus;
			/** The row the operation was about. */ row: CriterionRow | null;
	  }
	| { ok: false; reason: 'full' | 'missing' | 'not-empty' };

/** A random id no row has. */
export function newCriterionId(rows: Pick<CriterionRow, 'id'>[]): string {
	for (;;) {
		const id = randomBytes(4).toString('hex');
		if (!rows.some((row) => row.id === id)) return id;
	}
}

/** An empty row on the template's scale, 1–5, with a middling weight. */
export const blankRow = (id: string): CriterionRow => ({
	id,
	label: '',
	description: '',
	weight: 10,
	min: 1,
	max: 5,
	levels: [1, 2, 3, 4, 5].map((score) => ({ score, meaning: '' }))
});

/**
 * Adds, removes or moves a row, or fills an empty list from the template. Focus goes where the
 * next keystroke is likely wanted: into a new row's name; on a moved row's button, so pressing it
 * again moves it further (the other one once it reaches an end); after a removal, into the row
 * that took its place, or to "add" when none is left.
 */
export function applyRowOp(
	rows: CriterionRow[],
	op: Exclude<CriteriaOp, { kind: 'save' }>,
	newId: () => string = () => newCriterionId(rows)
): RowOpResult {
	if (op.kind === 'add') {
		if (rows.length >= MAX_CRITERIA) return { ok: false, reason: 'full' };
		const row = blankRow(newId());
		return { ok: true, rows: [...rows, row], focus: { row: row.id, control: 'label' }, row };
	}
	if (op.kind === 'template') {
		const template = criteriaTemplate().map(rowOf);
		// Only into an empty list: the template never silently replaces typed rows.
		if (rows.length > 0) return { ok: false, reason: 'not-empty' };
		return { ok: true, rows: template, focus: { row: template[0].id, control: 'label' }, row: null };
	}
	const at = rows.findIndex((row) => row.id === op.id);
	if (at < 0) return { ok: false, reason: 'missing' };
	const row = rows[at];
	if (op.kind === 'remove') {
		const rest = rows.filter((_, index) => index !== at);
		const next = rest[Math.min(at, rest.length - 1)];
		const focus: CriteriaFocus = next ? { row: next.id, control: 'label' } : { row: null, control: 'add' };
		return { ok: true, rows: rest, focus, row };
	}
	const to = op.kind === 'up' ? Math.max(0, at - 1) : Math.min(rows.length - 1, at + 1);
	const moved = [...rows];
	moved.splice(at, 1);
	moved.splice(to, 0, row);
	const atEnd = op.kind === 'up' ? to === 0 : to === rows.length - 1;
	const control = atEnd ? (op.kind === 'up' ? 'down' : 'up') : op.kind;
	// A single row has nowhere to go: focus stays in it.
	const focus: CriteriaFocus =
		rows.length === 1 ? { row: row.id, control: 'label' } : { row: row.id, control };
	return { ok: true, rows: moved, focus, row };
}

// ---------------------------------------------------------------------------------------------
// Saving

export type CriteriaSaveResult =
	{ ok: true; version: number } | { ok: false; reason: Why | 'conflict' | 'missing' };

/** How many times a save is tried again when another write of the edition (not of its criteria) came first. */
const SAVE_ATTEMPTS = 5;

/**
 * Saves valid rows as the edition's criteria, only if nobody saved them since `version` was read
 * and no score exists yet. The criteria have a version of their own, so the other settings (with
 * theirs, the document's `version`) saved meanwhile do not refuse them, nor they the settings;
 * the write still waits its turn behind any other write of the edition (see `guardedUpdate`).
 */
export async function saveCriteria(
	db: Db,
	user: SessionUser,
	slug: string,
	rows: CriterionRow[],
	version: number
): Promise<CriteriaSaveResult> {
	const editions = collections(db).editions;
	if (!(await editions.findOne({ slug }, { projection: { _id: 1 } })))
		return { ok: false, reason: 'missing' };
	const verdict = await criteriaVerdict(db, user, slug);
	if (!verdict.ok) return { ok: false, reason: verdict.why };
	const criteria = criterion.array().parse(rows.map(criterionOf));
	for (let attempt = 0; attempt < SAVE_ATTEMPTS; attempt++) {
		const before = await editions.findOne({ slug });
		if (!before) return { ok: false, reason: 'missing' };
		if (criteriaVersionOf(before) !== version) return { ok: false, reason: 'conflict' };
		const saved = await guardedUpdate(
			db,
			editions,
			before,
			{ $set: { criteria, criteriaVersion: version + 1, updatedAt: new Date() } },
			// Editions from before the criteria had a version of their own are read at 1.
			before.criteriaVersion === undefined
				? { criteriaVersion: { $exists: false } }
				: { criteriaVersion: version },
			{ raiseVersion: false }
		);
		if (!saved) continue; // another write came first: whether it was one of the criteria, the next read says
		await recordAudit(db, {
			actor: user._id,
			action: 'edition.criteria-changed',
			subject: { type: 'edition', id: slug },
			before: { criteria: criteriaOf(before) },
			after: { criteria }
		});
		return { ok: true, version: version + 1 };
	}
	return { ok: false, reason: 'conflict' };
}
