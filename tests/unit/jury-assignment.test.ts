/**
 * Jury assignment, pure. Properties over many random editions from a seeded generator (the same
 * editions every run; a failure names its seed), an exhaustive search that proves the balanced
 * result optimal on tiny editions, and examples of preferences, determinism and the whole-jury
 * mode.
 *
 * Balance, precisely: loads count fixed assignments. The loads are balanced when no assignment
 * can move from a juror to one with at least two fewer, neither directly nor along a chain of
 * jurors each taking one entry from the next — where a juror may take an entry only if they have
 * no conflict with it and do not read it yet, and a fixed assignment never moves. Without such a
 * move, the sum of squared loads is the least possible (the exhaustive search checks this too).
 * Consequence: jurors with neither conflicts nor fixed assignments differ by at most one.
 */
import { describe, expect, it } from 'vitest';
import {
	assignAll,
	assignBalanced,
	pairKey,
	PREFERENCE_COST,
	type BalancedInput,
	type JuryAssignment,
	type Pair,
	type Preference
} from '../../src/lib/server/jury';

/** mulberry32. */
function generator(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return { next, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)) };
}

type Edition = BalancedInput & {
	conflicts: Pair[];
	fixed: Pair[];
	preferences: Map<string, Map<string, Preference>>;
};

function randomEdition(
	seed: number,
	size: { jurors: [number, number]; entries: [number, number]; perEntry: [number, number] }
): Edition {
	const random = generator(seed);
	const jurors = Array.from({ length: random.int(...size.jurors) }, (_, i) => `j${i}`);
	const entries = Array.from({ length: random.int(...size.entries) }, (_, i) => `e${i}`);
	const perEntry = random.int(...size.perEntry);
	// Some editions with many conflicts, so that shortfalls and uneven loads happen.
	const conflictDensity = [0, 0.05, 0.2, 0.5, 0.8][random.int(0, 4)];
	const fixedDensity = [0, 0, 0.03, 0.1, 0.3][random.int(0, 4)];
	const preferenceDensity = random.next();
	const conflicts: Pair[] = [];
	const fixed: Pair[] = [];
	const preferences = new Map<string, Map<string, Preference>>();
	for (const juror of jurors) {
		const mine = new Map<string, Preference>();
		for (const entry of entries) {
			if (random.next() < conflictDensity) conflicts.push([juror, entry]);
			if (random.next() < fixedDensity) fixed.push([juror, entry]);
			if (random.next() < preferenceDensity)
				mine.set(entry, (['want', 'can', 'rather-not'] as const)[random.int(0, 2)]);
		}
		preferences.set(juror, mine);
	}
	// A repeated fixed pair and ones outside the jury or the entries, as stored data may have.
	if (fixed.length > 0 && random.next() < 0.3) fixed.push(fixed[0]);
	if (random.next() < 0.2) fixed.push(['former-juror', entries[0] ?? 'e0']);
	if (random.next() < 0.2) fixed.push([jurors[0], 'withdrawn-entry']);
	return { jurors, entries, perEntry, conflicts, fixed, preferences };
}

/** What the result must be, worked out from the input alone. */
function expectations(edition: Edition) {
	const jurors = new Set(edition.jurors);
	const entries = new Set(edition.entries);
	const conflicted = new Set(edition.conflicts.map(([j, e]) => pairKey(j, e)));
	const kept = new Set<string>();
	const dropped: { juror: string; entry: string; reason: string }[] = [];
	for (const [juror, entry] of edition.fixed) {
		if (!jurors.has(juror)) dropped.push({ juror, entry, reason: 'unknown-juror' });
		else if (!entries.has(entry)) dropped.push({ juror, entry, reason: 'unknown-entry' });
		else if (conflicted.has(pairKey(juror, entry))) dropped.push({ juror, entry, reason: 'conflict' });
		else kept.add(pairKey(juror, entry));
	}
	const nonConflicted = (entry: string) =>
		edition.jurors.filter((juror) => !conflicted.has(pairKey(juror, entry))).length;
	const fixedOn = (entry: string) => edition.jurors.filter((juror) => kept.has(pairKey(juror, entry))).length;
	return { conflicted, kept, dropped, nonConflicted, fixedOn };
}

const preferenceOf = (edition: Edition, juror: string, entry: string): Preference =>
	edition.preferences.get(juror)?.get(entry) ?? 'can';

/** Sum of squared loads, and the preference cost of the assignments that are not fixed. */
function score(edition: Edition, pairs: readonly Pair[], kept: Set<string>) {
	const loads = new Map(edition.jurors.map((juror) => [juror, 0]));
	let preference = 0;
	for (const [juror, entry] of pairs) {
		loads.set(juror, loads.get(juror)! + 1);
		if (!kept.has(pairKey(juror, entry))) preference += PREFERENCE_COST[preferenceOf(edition, juror, entry)];
	}
	let squares = 0;
	for (const load of loads.values()) squares += load * load;
	return { squares, preference };
}

/**
 * A pair of jurors (busy, idle) with busy ≥ idle + 2 where idle can take over one of busy's
 * assignments along a chain, or null when the loads are balanced.
 */
function unbalancedPair(
	edition: Edition,
	outcome: JuryAssignment,
	conflicted: Set<string>,
	kept: Set<string>
) {
	const assigned = new Set(outcome.assignments.map(([j, e]) => pairKey(j, e)));
	// canTake[x] holds y when x may take some entry that y reads and that is not fixed on y.
	const canTake = new Map<string, Set<string>>(edition.jurors.map((juror) => [juror, new Set<string>()]));
	for (const [holder, entry] of outcome.assignments) {
		if (kept.has(pairKey(holder, entry))) continue;
		for (const taker of edition.jurors) {
			const key = pairKey(taker, entry);
			if (!conflicted.has(key) && !assigned.has(key)) canTake.get(taker)!.add(holder);
		}
	}
	for (const idle of edition.jurors) {
		const reached = new Set([idle]);
		const queue = [idle];
		while (queue.length > 0) {
			for (const next of canTake.get(queue.shift()!)!) {
				if (reached.has(next)) continue;
				if (outcome.loads.get(next)! >= outcome.loads.get(idle)! + 2) return { busy: next, idle };
				reached.add(next);
				queue.push(next);
			}
		}
	}
	return null;
}

function checkBalanced(edition: Edition, outcome: JuryAssignment) {
	const { conflicted, kept, dropped, nonConflicted, fixedOn } = expectations(edition);
	const N = edition.perEntry;
	const keys = outcome.assignments.map(([j, e]) => pairKey(j, e));
	const assigned = new Set(keys);

	// Only known ids, no pair twice, no conflicted pair.
	const jurors = new Set(edition.jurors);
	const entries = new Set(edition.entries);
	expect(outcome.assignments.filter(([j, e]) => !jurors.has(j) || !entries.has(e))).toEqual([]);
	expect(assigned.size).toBe(keys.length);
	expect(keys.filter((key) => conflicted.has(key))).toEqual([]);

	// Fixed ones kept, the others reported with why.
	expect([...kept].filter((key) => !assigned.has(key))).toEqual([]);
	expect(outcome.droppedFixed).toEqual(dropped);

	// Coverage: perEntry, or everyone who can when fewer can; an entry with more fixed jurors keeps them.
	const got = new Map(edition.entries.map((entry) => [entry, 0]));
	for (const [, entry] of outcome.assignments) got.set(entry, got.get(entry)! + 1);
	expect(got).toEqual(
		new Map(
			edition.entries.map((entry) => [entry, Math.max(fixedOn(entry), Math.min(N, nonConflicted(entry)))])
		)
	);
	expect(outcome.coverage).toEqual(got);
	expect([...outcome.coverage.keys()]).toEqual(edition.entries);
	expect(outcome.shortfalls).toEqual(
		edition.entries
			.filter((entry) => nonConflicted(entry) < N)
			.map((entry) => ({
				entry,
				wanted: N,
				got: nonConflicted(entry),
				lacking: N - nonConflicted(entry),
				reason: 'not-enough-non-conflicted-jurors',
				nonConflicted: nonConflicted(entry)
			}))
	);

	// Loads as reported, and balanced.
	const loads = new Map(edition.jurors.map((juror) => [juror, 0]));
	for (const [juror] of outcome.assignments) loads.set(juror, loads.get(juror)! + 1);
	expect(outcome.loads).toEqual(loads);
	expect([...outcome.loads.keys()]).toEqual(edition.jurors);
	expect(unbalancedPair(edition, outcome, conflicted, kept)).toBeNull();
	const bound = new Set([
		...edition.conflicts.map(([juror]) => juror),
		...[...kept].map((key) => key.split('\u0000')[0])
	]);
	const unbound = edition.jurors.filter((juror) => !bound.has(juror)).map((juror) => loads.get(juror)!);
	if (unbound.length > 0) expect(Math.max(...unbound) - Math.min(...unbound)).toBeLessThanOrEqual(1);

	// Preferences: no move between jurors one apart, and no swap, makes the result cheaper
	// without changing its loads (the exhaustive search below checks the rest).
	const isFree = (juror: string, entry: string) =>
		!conflicted.has(pairKey(juror, entry)) && !assigned.has(pairKey(juror, entry));
	const cost = (juror: string, entry: string) => PREFERENCE_COST[preferenceOf(edition, juror, entry)];
	const movable = outcome.assignments.filter(([j, e]) => !kept.has(pairKey(j, e)));
	const cheaper: string[] = [];
	for (const [a, entry] of movable)
		for (const b of edition.jurors)
			if (loads.get(a) === loads.get(b)! + 1 && isFree(b, entry) && cost(b, entry) < cost(a, entry))
				cheaper.push(`${a} hands ${entry} to ${b}`);
	for (const [a, first] of movable)
		for (const [b, second] of movable) {
			if (a === b || first === second || cost(a, second) + cost(b, first) >= cost(a, first) + cost(b, second))
				continue;
			if (isFree(a, second) && isFree(b, first)) cheaper.push(`${a} and ${b} swap ${first} and ${second}`);
		}
	expect(cheaper).toEqual([]);
}

/** The best (squares, then preference) among all assignments of full coverage, by trying them all. */
function bestByExhaustion(edition: Edition) {
	const { conflicted, kept } = expectations(edition);
	const fixedPairs = [...kept].map((key) => key.split('\u0000') as unknown as Pair);
	const choices = edition.entries.map((entry) => {
		const candidates = edition.jurors.filter(
			(juror) => !conflicted.has(pairKey(juror, entry)) && !kept.has(pairKey(juror, entry))
		);
		const fixedHere = fixedPairs.filter(([, e]) => e === entry).length;
		const size = Math.min(Math.max(0, edition.perEntry - fixedHere), candidates.length);
		return subsets(candidates, size).map((set) => set.map((juror) => [juror, entry] as Pair));
	});
	let best = { squares: Infinity, preference: Infinity };
	const walk = (i: number, pairs: Pair[]) => {
		if (i === choices.length) {
			const s = score(edition, pairs, kept);
			if (s.squares < best.squares || (s.squares === best.squares && s.preference < best.preference))
				best = s;
			return;
		}
		for (const choice of choices[i]) walk(i + 1, [...pairs, ...choice]);
	};
	walk(0, fixedPairs);
	return best;
}

function subsets<T>(items: T[], size: number): T[][] {
	if (size === 0) return [[]];
	if (items.length < size) return [];
	const [first, ...rest] = items;
	return [...subsets(rest, size - 1).map((set) => [first, ...set]), ...subsets(rest, size)];
}

describe('assignBalanced on random editions', () => {
	it('covers, respects conflicts and fixed assignments, reports shortfalls exactly, and balances', () => {
		for (let seed = 1; seed <= 300; seed++) {
			const edition = randomEdition(seed, { jurors: [1, 30], entries: [0, 80], perEntry: [1, 5] });
			try {
				checkBalanced(edition, assignBalanced(edition));
			} catch (failure) {
				throw new Error(`seed ${seed}: ${(failure as Error).message}`, { cause: failure });
			}
		}
	});

	it('is optimal on tiny editions: least sum of squared loads, then least preference cost', () => {
		let withChoice = 0;
		for (let seed = 1; seed <= 400; seed++) {
			const edition = randomEdition(10_000 + seed, { jurors: [1, 4], entries: [0, 4], perEntry: [1, 3] });
			const outcome = assignBalanced(edition);
			const best = bestByExhaustion(edition);
			const got = score(edition, outcome.assignments, expectations(edition).kept);
			expect(got, `seed ${10_000 + seed}`).toEqual(best);
			checkBalanced(edition, outcome);
			if (outcome.assignments.length > 0) withChoice++;
		}
		// The editions are not all trivial.
		expect(withChoice).toBeGreaterThan(200);
	});
});

describe('assignBalanced examples', () => {
	const two = { jurors: ['anna', 'bartek'], entries: ['e1', 'e2'], perEntry: 1 };

	it('gives a juror the entry they want rather than one they merely can read', () => {
		const wanted = assignBalanced({ ...two, preferences: { anna: { e2: 'want' } } });
		expect(wanted.assignments).toEqual([
			['bartek', 'e1'],
			['anna', 'e2']
		]);
		// Without the preference, input order decides the other way.
		expect(assignBalanced(two).assignments).toEqual([
			['anna', 'e1'],
			['bartek', 'e2']
		]);
	});

	it('avoids "rather not" when someone else can take it without unbalancing', () => {
		const outcome = assignBalanced({ ...two, preferences: { anna: { e1: 'rather-not' } } });
		expect(outcome.assignments).toEqual([
			['bartek', 'e1'],
			['anna', 'e2']
		]);
		const three = { jurors: ['anna', 'bartek', 'celina'], entries: ['e1'], perEntry: 2 };
		expect(
			assignBalanced({ ...three, preferences: new Map([['anna', new Map([['e1', 'rather-not' as const]])]]) })
				.assignments
		).toEqual([
			['bartek', 'e1'],
			['celina', 'e1']
		]);
	});

	it('keeps balance over preferences: the one who would rather not still takes their share', () => {
		const outcome = assignBalanced({
			...two,
			preferences: { anna: { e1: 'want', e2: 'want' }, bartek: { e1: 'rather-not', e2: 'rather-not' } }
		});
		expect(outcome.loads).toEqual(
			new Map([
				['anna', 1],
				['bartek', 1]
			])
		);
	});

	it('moves a juror to make room rather than leave a load uneven', () => {
		// Celina can only read e1. Balance needs her there, so Anna, who wants e1, gets e2 instead.
		const outcome = assignBalanced({
			jurors: ['anna', 'bartek', 'celina'],
			entries: ['e1', 'e2', 'e3'],
			perEntry: 1,
			conflicts: [
				['celina', 'e2'],
				['celina', 'e3']
			],
			preferences: { anna: { e1: 'want' } }
		});
		expect(outcome.assignments).toContainEqual(['celina', 'e1']);
		expect([...outcome.loads.values()]).toEqual([1, 1, 1]);
	});

	it('when conflicts make even loads impossible, leaves the rest even among the others', () => {
		const entries = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'];
		const outcome = assignBalanced({
			jurors: ['anna', 'bartek', 'celina'],
			entries,
			perEntry: 1,
			conflicts: entries.slice(1).map((entry) => ['celina', entry] as const)
		});
		// Celina can read e1 only; 3 and 2 for the others is as even as it gets.
		expect(outcome.loads).toEqual(
			new Map([
				['anna', 3],
				['bartek', 2],
				['celina', 1]
			])
		);
	});

	it('keeps hand-made assignments, counts them in loads, and gives an over-full entry nobody new', () => {
		const outcome = assignBalanced({
			jurors: ['anna', 'bartek', 'celina'],
			entries: ['e1', 'e2', 'e3', 'e4', 'e5'],
			perEntry: 1,
			fixed: [
				['anna', 'e1'],
				['bartek', 'e1'],
				['anna', 'e2'],
				['celina', 'e9']
			],
			conflicts: [['bartek', 'e4']],
			preferences: { bartek: { e5: 'want' } }
		});
		expect(outcome.coverage).toEqual(
			new Map([
				['e1', 2],
				['e2', 1],
				['e3', 1],
				['e4', 1],
				['e5', 1]
			])
		);
		// Anna has two by hand and Bartek one, so Bartek gets one more (the one he wants), Celina two.
		expect(outcome.assignments).toEqual([
			['anna', 'e1'],
			['bartek', 'e1'],
			['anna', 'e2'],
			['celina', 'e3'],
			['celina', 'e4'],
			['bartek', 'e5']
		]);
		expect(outcome.droppedFixed).toEqual([{ juror: 'celina', entry: 'e9', reason: 'unknown-entry' }]);
	});

	it('drops a hand-made assignment that meets a conflict', () => {
		const outcome = assignBalanced({
			...two,
			fixed: [['anna', 'e1']],
			conflicts: [pairKey('anna', 'e1')]
		});
		expect(outcome.droppedFixed).toEqual([{ juror: 'anna', entry: 'e1', reason: 'conflict' }]);
		expect(outcome.assignments).toEqual([
			['bartek', 'e1'],
			['anna', 'e2']
		]);
	});

	it('reports entries that too few jurors may read', () => {
		const outcome = assignBalanced({
			jurors: ['anna', 'bartek', 'celina'],
			entries: ['e1', 'e2'],
			perEntry: 3,
			conflicts: [['anna', 'e2']]
		});
		expect(outcome.shortfalls).toEqual([
			{
				entry: 'e2',
				wanted: 3,
				got: 2,
				lacking: 1,
				reason: 'not-enough-non-conflicted-jurors',
				nonConflicted: 2
			}
		]);
		const nobody = assignBalanced({ jurors: [], entries: ['e1'], perEntry: 2 });
		expect(nobody.shortfalls.map(({ entry, lacking }) => [entry, lacking])).toEqual([['e1', 2]]);
		expect(assignBalanced({ jurors: ['anna'], entries: [], perEntry: 2 }).loads).toEqual(
			new Map([['anna', 0]])
		);
	});

	it('gives the same result for the same input, however conflicts and preferences are spelled', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const edition = randomEdition(20_000 + seed, { jurors: [5, 20], entries: [10, 60], perEntry: [1, 4] });
			const first = assignBalanced(edition);
			expect(assignBalanced(edition)).toEqual(first);
			const respelled = assignBalanced({
				...edition,
				conflicts: new Set(edition.conflicts.map(([j, e]) => pairKey(j, e))),
				preferences: Object.fromEntries(
					[...edition.preferences].map(([juror, mine]) => [juror, Object.fromEntries(mine)])
				)
			});
			expect(respelled).toEqual(first);
		}
	});

	it('refuses input that is a mistake', () => {
		expect(() => assignBalanced({ ...two, perEntry: -1 })).toThrow(RangeError);
		expect(() => assignBalanced({ ...two, perEntry: 1.5 })).toThrow(RangeError);
		expect(() => assignBalanced({ ...two, jurors: ['anna', 'anna'] })).toThrow(/twice/);
		expect(() => assignBalanced({ ...two, entries: ['e1', 'e1'] })).toThrow(/twice/);
		expect(() =>
			assignBalanced({ ...two, preferences: { anna: { e1: 'maybe' as unknown as Preference } } })
		).toThrow(/maybe/);
	});
});

describe('assignAll', () => {
	it('puts every juror on every entry they have no conflict with, and keeps fixed ones', () => {
		const outcome = assignAll({
			jurors: ['anna', 'bartek'],
			entries: ['e1', 'e2'],
			conflicts: [['anna', 'e2']],
			fixed: [
				['bartek', 'e2'],
				['anna', 'e2']
			]
		});
		expect(outcome.assignments).toEqual([
			['anna', 'e1'],
			['bartek', 'e1'],
			['bartek', 'e2']
		]);
		expect(outcome.loads).toEqual(
			new Map([
				['anna', 1],
				['bartek', 2]
			])
		);
		expect(outcome.droppedFixed).toEqual([{ juror: 'anna', entry: 'e2', reason: 'conflict' }]);
		// Against the whole jury, e2 lacks the conflicted juror.
		expect(outcome.shortfalls).toEqual([
			{
				entry: 'e2',
				wanted: 2,
				got: 1,
				lacking: 1,
				reason: 'not-enough-non-conflicted-jurors',
				nonConflicted: 1
			}
		]);
	});

	it('on random editions, assigns exactly the non-conflicted pairs', () => {
		for (let seed = 1; seed <= 50; seed++) {
			const edition = randomEdition(30_000 + seed, { jurors: [1, 30], entries: [0, 80], perEntry: [1, 1] });
			const { conflicted } = expectations(edition);
			const outcome = assignAll(edition);
			const expected = edition.entries.flatMap((entry) =>
				edition.jurors
					.filter((juror) => !conflicted.has(pairKey(juror, entry)))
					.map((juror) => [juror, entry])
			);
			expect(outcome.assignments, `seed ${30_000 + seed}`).toEqual(expected);
			expect(outcome.shortfalls.map(({ entry }) => entry)).toEqual(
				edition.entries.filter((entry) =>
					edition.jurors.some((juror) => conflicted.has(pairKey(juror, entry)))
				)
			);
		}
	});
});
