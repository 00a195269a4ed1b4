/**
 * The deliberation on the demo jury's edition: the two CSVs agree with each other and with the
 * maths (recomputed here from the scores CSV alone), conflicted scores never count, and the
 * shortlist, thresholds and jurors' view keep to the policy.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { loadCatalogue } from '../../seed/catalogue';
import { seedCatalogue } from '../../seed/seed';
import { collections } from '../../src/lib/server/db/collections';
import {
	deliberationCsv,
	jurorDeliberation,
	organiserDeliberation,
	readDeliberation,
	RANKING_HEADER,
	saveThresholds,
	SCORES_HEADER,
	setShortlisted
} from '../../src/lib/server/deliberation';
import { conflictedPairs } from '../../src/lib/server/jury/assigning';
import { setConflict } from '../../src/lib/server/jury/conflicts';
import { ensureDemoAccounts } from '../../startup/demo-accounts';
import { DEMO_JURORS, DEMO_JURY_EDITION, ensureDemoJury } from '../../startup/demo-jury';
import { useTestDatabase } from '../support/database';
import { createEdition, createEntry, organiser, sessionOf } from '../support/factories';

const edition = DEMO_JURY_EDITION;
const admin = organiser();

/** RFC 4180 as csv-stringify writes it: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(field);
			field = '';
		} else if (ch === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += ch;
	}
	if (field || row.length) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}

const records = (text: string) => {
	const [header, ...rows] = parseCsv(text);
	return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
};

const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
const round2 = (v: number) => Math.round(v * 100) / 100;

async function csvOf(db: Db, which: 'scores' | 'ranking') {
	const result = await deliberationCsv(db, admin, edition, which);
	if (!result.ok) throw new Error(result.reason);
	return result.body;
}

describe('deliberation', () => {
	let db: Db;
	/** A pair scored before its conflict was found: the score stays stored, and never counts. */
	let conflictedLate: { juror: string; entry: string };

	beforeAll(async () => {
		db = await useTestDatabase();
		await seedCatalogue(db, loadCatalogue());
		await ensureDemoAccounts(db);
		expect(await ensureDemoJury(db)).not.toBeNull();
		const score = await collections(db).scores.findOne({
			edition,
			juror: DEMO_JURORS[1]._id,
			state: 'submitted'
		});
		conflictedLate = { juror: score!.juror, entry: score!.entry };
		expect(
			await setConflict(db, admin, edition, { ...conflictedLate, conflicted: true, reason: 'Znajomość.' })
		).toMatchObject({ ok: true });
	}, 120_000);

	it('csvs_agreeWithEachOtherAndWithTheMaths', async () => {
		const scores = records(await csvOf(db, 'scores'));
		const ranking = records(await csvOf(db, 'ranking'));
		expect(scores.header).toEqual([...SCORES_HEADER]);
		expect(ranking.header).toEqual([...RANKING_HEADER]);

		const eligible = await collections(db).practices.countDocuments({ edition, status: 'submitted' });
		expect(ranking.rows).toHaveLength(eligible);
		expect(new Set(ranking.rows.map((r) => r.entry)).size).toBe(eligible);

		// Totals from the scores CSV alone.
		const parts = new Map<string, { sum: number; weights: number; entry: string; juror: string }>();
		for (const r of scores.rows) {
			expect(r.submitted_at).toMatch(/^\d{4}-\d\d-\d\dT/);
			const key = `${r.entry}|${r.juror}`;
			const part = parts.get(key) ?? { sum: 0, weights: 0, entry: r.entry, juror: r.juror };
			part.sum += (Number(r.weight) * Number(r.score)) / Number(r.scale);
			part.weights += Number(r.weight);
			parts.set(key, part);
		}
		const totals = [...parts.values()].map((p) => ({ ...p, total: (100 * p.sum) / p.weights }));
		expect(totals.length).toBeGreaterThan(10);
		expect(totals.some((t) => t.juror === conflictedLate.juror && t.entry === conflictedLate.entry)).toBe(
			false
		);

		const byJuror = new Map<string, number[]>();
		for (const t of totals) byJuror.set(t.juror, [...(byJuror.get(t.juror) ?? []), t.total]);
		const zOf = (juror: string, total: number) => {
			const own = byJuror.get(juror)!;
			const mu = mean(own);
			const sigma = Math.sqrt(mean(own.map((v) => (v - mu) ** 2)));
			return own.length < 2 || sigma === 0 ? 0 : (total - mu) / sigma;
		};

		const expected = new Map<string, { mean: number | null; zMean: number | null }>();
		for (const row of ranking.rows) {
			const theirs = totals.filter((t) => t.entry === row.entry);
			const values = theirs.map((t) => t.total).sort((a, b) => a - b);
			expect(Number(row.n)).toBe(values.length);
			if (values.length === 0) {
				expect([row.mean, row.median, row.stdev, row.min, row.max, row.z_mean]).toEqual([
					'',
					'',
					'',
					'',
					'',
					''
				]);
				expect(row.disagreement).toBe('false');
				expect(expected.set(row.entry, { mean: null, zMean: null }));
				continue;
			}
			const m = mean(values);
			const mid = Math.floor(values.length / 2);
			const median = values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
			const stdev =
				values.length === 1
					? 0
					: Math.sqrt(values.reduce((a, v) => a + (v - m) ** 2, 0) / (values.length - 1));
			const zMean = mean(theirs.map((t) => zOf(t.juror, t.total)));
			expect(Number(row.mean)).toBeCloseTo(round2(m), 2);
			expect(Number(row.median)).toBeCloseTo(round2(median), 2);
			expect(Number(row.stdev)).toBeCloseTo(round2(stdev), 2);
			expect(Number(row.min)).toBeCloseTo(round2(values[0]), 2);
			expect(Number(row.max)).toBeCloseTo(round2(values.at(-1)!), 2);
			expect(Number(row.z_mean)).toBeCloseTo(round2(zMean), 2);
			expect(row.disagreement).toBe(String(stdev >= 15 || values.at(-1)! - values[0] >= 30));
			// Two places at most, `.` as the decimal point.
			for (const key of ['mean', 'median', 'stdev', 'min', 'max', 'z_mean'])
				expect(row[key]).toMatch(/^-?\d+(\.\d{1,2})?$/);
			expected.set(row.entry, { mean: m, zMean });
		}

		// Ranks: 1 best, ties share the best rank, unscored last.
		const rankOf = (value: number | null, all: (number | null)[]) => {
			const scored = all.filter((v): v is number => v !== null);
			return value === null ? scored.length + 1 : 1 + scored.filter((v) => v > value + 1e-9).length;
		};
		const means = [...expected.values()].map((e) => e.mean);
		const zs = [...expected.values()].map((e) => e.zMean);
		for (const row of ranking.rows) {
			expect(Number(row.rank_mean)).toBe(rankOf(expected.get(row.entry)!.mean, means));
			expect(Number(row.rank_z)).toBe(rankOf(expected.get(row.entry)!.zMean, zs));
		}
		// Rows come best first.
		const ranks = ranking.rows.map((r) => Number(r.rank_mean));
		expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

		// Recommendations: submitted, non-conflicted scores that recommend the entry.
		const stored = await collections(db)
			.scores.find({ edition, state: 'submitted', recommend: true })
			.toArray();
		const counted = new Set(totals.map((t) => `${t.entry}|${t.juror}`));
		for (const row of ranking.rows)
			expect(Number(row.recommended)).toBe(
				stored.filter((s) => s.entry === row.entry && counted.has(`${s.entry}|${s.juror}`)).length
			);
		expect(ranking.rows.some((r) => Number(r.recommended) > 0)).toBe(true);
	});

	it('conflicts_asTheJuryModuleDecidesThem', async () => {
		const edition_ = (await collections(db).editions.findOne({ slug: edition }))!;
		const data = await readDeliberation(db, edition_);
		const eligible = new Set(data.entries.map((e) => e.slug));
		const expected = [...(await conflictedPairs(db, edition))].filter((key) =>
			eligible.has(key.split('\u0000')[1])
		);
		expect([...data.conflicted].filter((key) => eligible.has(key.split('\u0000')[1])).sort()).toEqual(
			expected.sort()
		);
		expect(expected.length).toBeGreaterThanOrEqual(2);
	});

	it('afterPublication_awardedAndMentionedEntriesStillCount', async () => {
		const c = collections(db);
		const before = records(await csvOf(db, 'ranking')).rows;
		const [awarded, mentioned] = before.map((r) => r.entry);
		await c.editions.updateOne({ slug: edition }, { $set: { phase: 'published' } });
		await c.practices.updateOne({ slug: awarded }, { $set: { status: 'awarded' } });
		await c.practices.updateOne({ slug: mentioned }, { $set: { status: 'mentioned' } });
		try {
			expect(records(await csvOf(db, 'ranking')).rows).toEqual(before);
		} finally {
			await c.practices.updateMany(
				{ slug: { $in: [awarded, mentioned] } },
				{ $set: { status: 'submitted' } }
			);
			await c.editions.updateOne({ slug: edition }, { $set: { phase: 'review' } });
		}
	});

	it('csvs_organisersOnly_fromTheReviewOn', async () => {
		const juror = (await collections(db).users.findOne({ _id: DEMO_JURORS[0]._id }))!;
		expect(await deliberationCsv(db, sessionOf(juror), edition, 'ranking')).toEqual({
			ok: false,
			reason: 'forbidden'
		});
		const open = await createEdition(db, { phase: 'open' });
		expect(await deliberationCsv(db, admin, open.slug, 'scores')).toEqual({ ok: false, reason: 'closed' });
		expect(await deliberationCsv(db, admin, 'nie-ma', 'scores')).toEqual({ ok: false, reason: 'missing' });
		// An edition without scores: the header alone, and every entry unscored, ranked last together.
		const empty = await createEdition(db, { phase: 'review' });
		await createEntry(db, { edition: empty.slug, status: 'submitted' });
		await createEntry(db, { edition: empty.slug, status: 'submitted' });
		const scores = await deliberationCsv(db, admin, empty.slug, 'scores');
		expect(scores).toMatchObject({ ok: true, body: `${SCORES_HEADER.join(',')}\n` });
		const ranking = records(
			((await deliberationCsv(db, admin, empty.slug, 'ranking')) as { body: string }).body
		);
		expect(ranking.rows.map((r) => [r.rank_mean, r.rank_z, r.n])).toEqual([
			['1', '1', '0'],
			['1', '1', '0']
		]);
	});

	it('shortlistAndThresholds_onlyWhileDeliberating_guardedAndAudited', async () => {
		const c = collections(db);
		const entry = (await c.practices.findOne({ edition, status: 'submitted' }))!.slug;
		expect(await setShortlisted(db, admin, edition, entry, true)).toEqual({ ok: false, reason: 'closed' });
		await c.editions.updateOne({ slug: edition }, { $set: { phase: 'deliberation' }, $inc: { version: 1 } });
		try {
			expect(await setShortlisted(db, admin, edition, entry, true)).toEqual({ ok: true, changed: true });
			expect(await setShortlisted(db, admin, edition, entry, true)).toEqual({ ok: true, changed: false });
			expect(await setShortlisted(db, admin, edition, 'nie-ma', true)).toEqual({
				ok: false,
				reason: 'not-eligible'
			});
			const juror = (await c.users.findOne({ _id: DEMO_JURORS[0]._id }))!;
			expect(await setShortlisted(db, sessionOf(juror), edition, entry, true)).toEqual({
				ok: false,
				reason: 'forbidden'
			});
			const table = await organiserDeliberation(db, admin, edition);
			expect(table && table.ok && table.shortlist.has(entry)).toBe(true);
			expect(await c.audit.countDocuments({ action: 'deliberation.shortlisted', 'subject.id': entry })).toBe(
				1
			);
			expect(await setShortlisted(db, admin, edition, entry, false)).toEqual({ ok: true, changed: true });
			expect(await c.shortlist.countDocuments({ edition })).toBe(0);

			// Thresholds: from the version read only; a threshold of 0 flags every scored entry.
			const version = (await c.editions.findOne({ slug: edition }))!.version;
			expect(await saveThresholds(db, admin, edition, { stdev: 0, range: 0, version: version - 1 })).toEqual({
				ok: false,
				reason: 'conflict'
			});
			expect(await saveThresholds(db, admin, edition, { stdev: 0, range: 0, version })).toEqual({ ok: true });
			expect(await c.audit.countDocuments({ action: 'edition.disagreement-thresholds-changed' })).toBe(1);
			const ranking = records(await csvOf(db, 'ranking'));
			for (const row of ranking.rows) expect(row.disagreement).toBe(String(Number(row.n) > 0));
			const after = (await c.editions.findOne({ slug: edition }))!;
			expect(
				await saveThresholds(db, admin, edition, { stdev: 15, range: 30, version: after.version })
			).toEqual({
				ok: true
			});
		} finally {
			await c.editions.updateOne({ slug: edition }, { $set: { phase: 'review' } });
		}
	});

	it('jurorsView_whileDeliberating_withoutEntriesTheyAreConflictedWith', async () => {
		const c = collections(db);
		const juror = sessionOf((await c.users.findOne({ _id: conflictedLate.juror }))!);
		expect(await jurorDeliberation(db, juror, edition)).toMatchObject({ ok: false, reason: 'closed' });
		await c.editions.updateOne({ slug: edition }, { $set: { phase: 'deliberation' } });
		try {
			const view = await jurorDeliberation(db, juror, edition);
			if (!view?.ok) throw new Error('refused');
			expect(view.rows.map((r) => r.slug)).not.toContain(conflictedLate.entry);
			// The entries assigned to them, less the one they are now conflicted with.
			const assigned = await c.assignments.countDocuments({ edition, juror: conflictedLate.juror });
			expect(view.rows.length).toBe(assigned - 1);
			// Ranks among the entries shown: no gap hints at the hidden one.
			const best = Math.min(...view.rows.map((r) => r.rankMean));
			expect(best).toBe(1);
			expect(view.rows.some((r) => r.own !== null)).toBe(true);
			const stranger = sessionOf((await c.users.findOne({ email: 'admin@demo.miasta-otwarte.test' }))!);
			expect(await jurorDeliberation(db, { ...stranger, isAdmin: false }, edition)).toMatchObject({
				ok: false,
				reason: 'missing'
			});
		} finally {
			await c.editions.updateOne({ slug: edition }, { $set: { phase: 'review' } });
		}
	});
});
