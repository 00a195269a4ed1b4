/**
 * The deliberation's maths against a table worked out by hand (the working is in the comments).
 */
import { describe, expect, it } from 'vitest';
import {
	deliberate,
	medianOf,
	populationStdev,
	ranks,
	sampleStdev,
	weightedTotal,
	type Sheet
} from '../../src/lib/server/deliberation/stats';

const criteria = [
	{ id: 'a', weight: 2, scale: { max: 5 } },
	{ id: 'b', weight: 1, scale: { max: 10 } }
];
const given = (a: number | null, b: number | null) => [
	{ id: 'a', score: a },
	{ id: 'b', score: b }
];

describe('weighted total', () => {
	it('is 100 × Σ(weight × score / scale) ÷ Σ weight', () => {
		expect(weightedTotal(criteria, given(5, 10))).toBeCloseTo(100, 10);
		expect(weightedTotal(criteria, given(0, 0))).toBe(0);
		// 100 × (2 × 3/5 + 1 × 6/10) ÷ 3 = 100 × 1.8 ÷ 3
		expect(weightedTotal(criteria, given(3, 6))).toBeCloseTo(60, 10);
		// 100 × (2 × 5/5 + 0) ÷ 3
		expect(weightedTotal(criteria, given(5, 0))).toBeCloseTo(66.6667, 4);
	});
	it('leaves out a criterion without a score, and a score of no criterion', () => {
		// 100 × (2 × 4/5) ÷ 2
		expect(weightedTotal(criteria, given(4, null))).toBeCloseTo(80, 10);
		expect(weightedTotal(criteria, [...given(4, null), { id: 'gone', score: 1 }])).toBeCloseTo(80, 10);
		expect(weightedTotal(criteria, given(null, null))).toBeNull();
		expect(weightedTotal([], given(1, 1))).toBeNull();
	});
});

describe('descriptive statistics', () => {
	it('median, sample and population standard deviation', () => {
		expect(medianOf([3, 1, 2])).toBe(2);
		expect(medianOf([4, 1, 3, 2])).toBe(2.5);
		expect(medianOf([])).toBeNull();
		expect(sampleStdev([7])).toBe(0);
		expect(sampleStdev([40, 90])).toBeCloseTo(35.3553, 4);
		expect(populationStdev([80, 60, 40])).toBeCloseTo(16.3299, 4);
		expect(populationStdev([65, 65])).toBe(0);
	});
	it('ranks: 1 best, ties share the best rank, no value last', () => {
		expect(ranks([9, 7, 7, 3])).toEqual([1, 2, 2, 4]);
		expect(ranks([10, 20, 20, 5, null, null])).toEqual([3, 1, 1, 4, 5, 5]);
		// Equal sums reached in another order are still a tie.
		expect(ranks([0.1 + 0.2, 0.3])).toEqual([1, 1]);
		expect(ranks([null])).toEqual([1]);
	});
});

/*
 * The hand-made table. Jurors J1–J4, entries E1–E5, E5 unscored; X is not an entry of the table.
 *
 *        E1   E2   E3   E4   X    μ      σ (population)       z
 *  J1    80   60   40        10   60     √(800/3) = 16.3299   E1 1.224745, E2 0, E3 −1.224745
 *  J2    70   50                  60     10                   E1 1, E2 −1
 *  J3              90             90     0, one entry         0
 *  J4         65        65        65     0                    0, 0
 *
 *  entry  n  mean     median  stdev (n−1)           min max  z_mean      rank mean  rank z
 *  E1     2  75       75      √50 = 7.0711          70  80   1.1123724   1          1
 *  E2     3  58.3333  60      √(116.667/2)=7.6376   50  65   −0.3333333  4          3
 *  E3     2  65       65      √1250 = 35.3553       40  90   −0.6123724  2          4
 *  E4     1  65       65      0                     65  65   0           2          2
 *  E5     0  —        —       —                     —   —    —           5          5
 */
const sheets: Sheet[] = [
	{ juror: 'J1', entry: 'E1', total: 80, recommend: true, category: 'A' },
	{ juror: 'J1', entry: 'E2', total: 60 },
	{ juror: 'J1', entry: 'E3', total: 40 },
	{ juror: 'J1', entry: 'X', total: 10, recommend: true, category: 'A' },
	{ juror: 'J2', entry: 'E1', total: 70, recommend: true, category: 'A' },
	{ juror: 'J2', entry: 'E2', total: 50 },
	{ juror: 'J3', entry: 'E3', total: 90, recommend: true, category: 'B' },
	{ juror: 'J4', entry: 'E2', total: 65, recommend: true, category: null },
	{ juror: 'J4', entry: 'E4', total: 65 }
];
const entries = ['E1', 'E2', 'E3', 'E4', 'E5'];

describe('deliberate, against the hand-made table', () => {
	const result = deliberate(entries, sheets);
	const row = (entry: string) => result.entries.find((e) => e.entry === entry)!;
	const juror = (id: string) => result.jurors.find((j) => j.juror === id)!;

	it.each([
		['E1', 2, 75, 75, 7.0711, 70, 80, 1.1123724, 1, 1],
		['E2', 3, 58.3333, 60, 7.6376, 50, 65, -0.3333333, 4, 3],
		['E3', 2, 65, 65, 35.3553, 40, 90, -0.6123724, 2, 4],
		['E4', 1, 65, 65, 0, 65, 65, 0, 2, 2]
	] as const)('%s', (entry, n, mean, median, stdev, min, max, zMean, rankMean, rankZ) => {
		const r = row(entry);
		expect(r.n).toBe(n);
		expect(r.mean).toBeCloseTo(mean, 4);
		expect(r.median).toBeCloseTo(median, 4);
		expect(r.stdev).toBeCloseTo(stdev, 4);
		expect([r.min, r.max]).toEqual([min, max]);
		expect(r.zMean).toBeCloseTo(zMean, 6);
		expect([r.rankMean, r.rankZ]).toEqual([rankMean, rankZ]);
	});

	it('an unscored entry has no statistics and is ranked last', () => {
		expect(row('E5')).toMatchObject({
			n: 0,
			mean: null,
			median: null,
			stdev: null,
			min: null,
			max: null,
			zMean: null,
			rankMean: 5,
			rankZ: 5,
			disagreement: false,
			recommended: 0
		});
	});

	it('z per total: 0 for a juror with one entry and for a juror with σ = 0', () => {
		const zs = (entry: string) => Object.fromEntries(row(entry).totals.map((t) => [t.juror, t.z]));
		expect(zs('E1').J1).toBeCloseTo(1.224745, 6);
		expect(zs('E1').J2).toBeCloseTo(1, 10);
		expect(zs('E3')).toEqual({ J1: expect.closeTo(-1.224745, 6), J3: 0 });
		expect(zs('E2').J4).toBe(0);
		expect(zs('E4').J4).toBe(0);
	});

	it('disagreement at the default thresholds (stdev ≥ 15 or max − min ≥ 30)', () => {
		expect(entries.map((e) => row(e).disagreement)).toEqual([false, false, true, false, false]);
	});

	it('thresholds are inclusive and editable: E2 reaches a range of 15 exactly', () => {
		const strict = deliberate(entries, sheets, { stdev: 8, range: 15 });
		// E1: stdev 7.07 < 8 and range 10 < 15; E2: range 15 ≥ 15; E4: a single total never disagrees.
		expect(strict.entries.map((e) => e.disagreement)).toEqual([false, true, true, false, false]);
	});

	it('recommendations and suggested categories (a sheet of another entry never counts)', () => {
		expect([row('E1').recommended, row('E1').categories]).toEqual([2, [{ category: 'A', count: 2 }]]);
		expect([row('E2').recommended, row('E2').categories]).toEqual([1, []]);
		expect([row('E3').recommended, row('E3').categories]).toEqual([1, [{ category: 'B', count: 1 }]]);
	});

	it('per juror: μ, population σ, offset against the panel, overlaps and warnings', () => {
		expect(juror('J1')).toMatchObject({ n: 3, mu: 60, zFlat: false });
		expect(juror('J1').sigma).toBeCloseTo(16.3299, 4);
		// (80 − 75) + (60 − 58.333) + (40 − 65), over 3
		expect(juror('J1').offset).toBeCloseTo(-6.1111, 4);
		expect(juror('J2')).toMatchObject({ n: 2, mu: 60, sigma: 10, zFlat: false });
		expect(juror('J3')).toMatchObject({ n: 1, mu: 90, sigma: 0, zFlat: true });
		expect(juror('J4')).toMatchObject({ n: 2, mu: 65, sigma: 0, zFlat: true });
		expect(juror('J1').overlap).toEqual({ J2: 2, J3: 1, J4: 1 });
		expect(juror('J3').overlap).toEqual({ J1: 1, J2: 0, J4: 0 });
		expect([juror('J1').minOverlap, juror('J1').medianOverlap, juror('J1').maxOverlap]).toEqual([1, 1, 2]);
		expect(juror('J1').warnings).toEqual(['few-entries', 'low-overlap']);
		expect(juror('J3').warnings).toEqual(['few-entries', 'flat', 'low-overlap']);
	});

	it('a listed juror without scores is reported with nothing scored', () => {
		const withIdle = deliberate(entries, sheets, undefined, ['J0']);
		expect(withIdle.jurors.find((j) => j.juror === 'J0')).toMatchObject({
			n: 0,
			mu: null,
			sigma: null,
			offset: null,
			warnings: ['few-entries', 'flat', 'low-overlap']
		});
	});

	it('the panel: every counted total of the table', () => {
		expect(result.panel.n).toBe(8);
		expect(result.panel.mean).toBeCloseTo((80 + 60 + 40 + 70 + 50 + 90 + 65 + 65) / 8, 10);
	});
});
