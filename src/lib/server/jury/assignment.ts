/**
 * Which juror reads which entry. Pure: ids in, pairs out; no database, no randomness.
 *
 * Two modes, chosen per edition:
 * - `assignAll`: every juror reads every entry they have no conflict with;
 * - `assignBalanced`: each entry gets `perEntry` jurors, as a minimum-cost flow (the model of
 *   HotCRP's autoassigner).
 *
 * What `assignBalanced` guarantees, in order of priority (an earlier one is never traded for a
 * later one):
 * 1. Coverage. A conflicted pair is never assigned. Each entry gets `perEntry` jurors, or all its
 *    non-conflicted jurors when there are fewer (reported in `shortfalls`). Fixed assignments are
 *    kept and count; an entry with more fixed jurors than `perEntry` keeps them all and gets none.
 * 2. Balance. Loads count fixed assignments too. They are as even as conflicts and fixed
 *    assignments allow: the sum of squared loads is the least of all assignments with that
 *    coverage. Equivalently (the two are the same on such sets of load vectors), no assignment
 *    can be moved from a juror to one with at least two fewer, neither directly nor through a
 *    chain of jurors each handing one entry to the next, without breaking a conflict or touching
 *    a fixed assignment. Without conflicts and fixed assignments that simply means: loads differ
 *    by at most one.
 * 3. Preferences. Among the assignments that are best by 1 and 2, one with the least total
 *    preference cost (`PREFERENCE_COST`).
 */

export type Preference = 'want' | 'can' | 'rather-not';

/** A juror–entry pair, as ids: `[juror, entry]`. */
export type Pair = readonly [juror: string, entry: string];

/**
 * What a juror's preference costs. Avoiding one "rather not" is worth more than granting one
 * "want": two "can" cost less than one "want" with one "rather not".
 */
export const PREFERENCE_COST: Readonly<Record<Preference, number>> = { want: 0, can: 1, 'rather-not': 3 };

/** Preferences by juror, then by entry; a pair without one counts as `can`. */
export type Preferences =
	| ReadonlyMap<string, ReadonlyMap<string, Preference>>
	| Readonly<Record<string, Readonly<Record<string, Preference>>>>;

export interface JuryInput {
	/** The entries to read, in the order ties are broken by. */
	entries: readonly string[];
	/** The jurors, in the order ties are broken by. */
	jurors: readonly string[];
	/** Pairs that must never be assigned, as `[juror, entry]` or as `pairKey(juror, entry)`. */
	conflicts?: Iterable<Pair | string>;
	/** Assignments the organiser made by hand; kept unless they meet a conflict (`droppedFixed`). */
	fixed?: Iterable<Pair>;
}

export interface BalancedInput extends JuryInput {
	/** How many jurors each entry should have. */
	perEntry: number;
	preferences?: Preferences;
}

export interface Shortfall {
	entry: string;
	/** Jurors this entry should have had. */
	wanted: number;
	/** Jurors it got (everyone it could get). */
	got: number;
	lacking: number;
	/** The only reason an entry lacks jurors: fewer jurors than wanted have no conflict with it. */
	reason: 'not-enough-non-conflicted-jurors';
	nonConflicted: number;
}

export interface DroppedFixed {
	juror: string;
	entry: string;
	reason: 'conflict' | 'unknown-juror' | 'unknown-entry';
}

export interface JuryAssignment {
	/** Every assignment, fixed ones included, by entry and then juror in input order. */
	assignments: [juror: string, entry: string][];
	/** Entries per juror, fixed ones included, in input order. */
	loads: Map<string, number>;
	/** Jurors per entry, fixed ones included, in input order. */
	coverage: Map<string, number>;
	shortfalls: Shortfall[];
	/** Fixed assignments that were not kept, and why. */
	droppedFixed: DroppedFixed[];
}

/** The key of a pair in a set of conflicts; a NUL cannot occur in an id. */
export function pairKey(juror: string, entry: string): string {
	return `${juror}\u0000${entry}`;
}

// The state of each juror × entry cell, in one byte array indexed juror * entries + entry.
const CONFLICT = 0;
const FREE = 1;
const ASSIGNED = 2;
const FIXED = 3;

interface Table {
	input: JuryInput;
	jurorCount: number;
	entryCount: number;
	jurorIndex: Map<string, number>;
	entryIndex: Map<string, number>;
	state: Uint8Array;
	load: Int32Array;
	cover: Int32Array;
	droppedFixed: DroppedFixed[];
}

function indexIds(ids: readonly string[], what: string): Map<string, number> {
	const index = new Map<string, number>();
	for (const id of ids) {
		// A duplicate would be read twice, or count twice towards balance: a caller's mistake.
		if (index.has(id)) throw new RangeError(`The ${what} ${id} is listed twice`);
		index.set(id, index.size);
	}
	return index;
}

function tabulate(input: JuryInput): Table {
	const jurorIndex = indexIds(input.jurors, 'juror');
	const entryIndex = indexIds(input.entries, 'entry');
	const jurorCount = jurorIndex.size;
	const entryCount = entryIndex.size;
	const state = new Uint8Array(jurorCount * entryCount).fill(FREE);
	const load = new Int32Array(jurorCount);
	const cover = new Int32Array(entryCount);

	for (const conflict of input.conflicts ?? []) {
		let j: number | undefined;
		let e: number | undefined;
		if (typeof conflict === 'string') {
			const at = conflict.indexOf('\u0000');
			if (at >= 0) {
				j = jurorIndex.get(conflict.slice(0, at));
				e = entryIndex.get(conflict.slice(at + 1));
			}
		} else {
			j = jurorIndex.get(conflict[0]);
			e = entryIndex.get(conflict[1]);
		}
		// Conflicts of people or entries outside this jury are not this function's business.
		if (j !== undefined && e !== undefined) state[j * entryCount + e] = CONFLICT;
	}

	// Conflicts come first, so that a conflict declared after a hand-made assignment still wins.
	const droppedFixed: DroppedFixed[] = [];
	for (const [juror, entry] of input.fixed ?? []) {
		const j = jurorIndex.get(juror);
		const e = entryIndex.get(entry);
		if (j === undefined) droppedFixed.push({ juror, entry, reason: 'unknown-juror' });
		else if (e === undefined) droppedFixed.push({ juror, entry, reason: 'unknown-entry' });
		else if (state[j * entryCount + e] === CONFLICT) droppedFixed.push({ juror, entry, reason: 'conflict' });
		else if (state[j * entryCount + e] === FREE) {
			state[j * entryCount + e] = FIXED;
			load[j]++;
			cover[e]++;
		}
	}
	return { input, jurorCount, entryCount, jurorIndex, entryIndex, state, load, cover, droppedFixed };
}

function preferenceCosts(table: Table, preferences: Preferences | undefined): Float64Array {
	const { jurorIndex, entryIndex, entryCount } = table;
	const cost = new Float64Array(table.jurorCount * entryCount).fill(PREFERENCE_COST.can);
	if (!preferences) return cost;
	const byJuror: Iterable<[string, ReadonlyMap<string, Preference> | Readonly<Record<string, Preference>>]> =
		preferences instanceof Map ? preferences.entries() : Object.entries(preferences);
	for (const [juror, ofJuror] of byJuror) {
		const j = jurorIndex.get(juror);
		if (j === undefined) continue;
		const byEntry: Iterable<[string, Preference]> =
			ofJuror instanceof Map ? ofJuror.entries() : Object.entries(ofJuror);
		for (const [entry, preference] of byEntry) {
			// Checked here because preferences come from stored data, which types do not vouch for.
			if (!Object.hasOwn(PREFERENCE_COST, preference))
				throw new RangeError(`Unknown preference ${String(preference)} of ${juror} for ${entry}`);
			const e = entryIndex.get(entry);
			if (e !== undefined) cost[j * entryCount + e] = PREFERENCE_COST[preference];
		}
	}
	return cost;
}

function result(table: Table, wanted: number): JuryAssignment {
	const { input, jurorCount, entryCount, state, load, cover } = table;
	const assignments: [string, string][] = [];
	const shortfalls: Shortfall[] = [];
	for (let e = 0; e < entryCount; e++) {
		let nonConflicted = 0;
		for (let j = 0; j < jurorCount; j++) {
			const cell = state[j * entryCount + e];
			if (cell !== CONFLICT) nonConflicted++;
			if (cell === ASSIGNED || cell === FIXED) assignments.push([input.jurors[j], input.entries[e]]);
		}
		if (cover[e] < wanted)
			shortfalls.push({
				entry: input.entries[e],
				wanted,
				got: cover[e],
				lacking: wanted - cover[e],
				reason: 'not-enough-non-conflicted-jurors',
				nonConflicted
			});
	}
	return {
		assignments,
		loads: new Map(input.jurors.map((juror, j) => [juror, load[j]])),
		coverage: new Map(input.entries.map((entry, e) => [entry, cover[e]])),
		shortfalls,
		droppedFixed: table.droppedFixed
	};
}

/**
 * Every juror on every entry they have no conflict with. An entry that some jurors cannot read
 * (a conflict) is a shortfall against the whole jury, so that its scores are read knowing that.
 */
export function assignAll(input: JuryInput): JuryAssignment {
	const table = tabulate(input);
	const { jurorCount, entryCount, state, load, cover } = table;
	for (let j = 0; j < jurorCount; j++)
		for (let e = 0; e < entryCount; e++)
			if (state[j * entryCount + e] === FREE) {
				state[j * entryCount + e] = ASSIGNED;
				load[j]++;
				cover[e]++;
			}
	return result(table, jurorCount);
}

/**
 * `perEntry` jurors on each entry, loads as even as possible, preferences honoured as far as
 * balance allows (see the top of this file for exactly what is guaranteed).
 *
 * A minimum-cost maximum flow: source → juror → entry → sink. Juror → entry: capacity 1, the
 * preference's cost, absent for a conflicted or fixed pair. Entry → sink: capacity `perEntry`
 * less its fixed jurors. Source → juror: unbounded, at a convex cost, the k-th entry of a juror
 * (fixed ones counted) costing BALANCE × (2k − 1), so that a juror's total is BALANCE × load².
 * The rising cost is what balances: a unit goes to a juror with a higher load only when no path
 * to a less loaded one exists. Capacities of floor or ceil of the average load would do the same
 * only without conflicts; here a juror who cannot take their share leaves it to the others at a
 * cost rather than leaving entries short. BALANCE exceeds any possible difference in total
 * preference cost, so a preference never buys a less even load.
 *
 * Solved by successive shortest paths (primal–dual): Dijkstra with potentials finds the cost of
 * the cheapest way to add one more juror to some entry, possibly moving others along the way;
 * then every such cheapest way is taken at once, as a blocking flow on the paths whose reduced
 * costs are all zero (Dinic), before the next Dijkstra. Each result is the cheapest of its size,
 * and when the sink is out of reach the coverage is the most possible.
 */
export function assignBalanced(input: BalancedInput): JuryAssignment {
	const { perEntry } = input;
	if (!Number.isSafeInteger(perEntry) || perEntry < 0)
		throw new RangeError(`Jurors per entry must be a whole number, not ${perEntry}`);
	const table = tabulate(input);
	const { jurorCount: J, entryCount: E, state, load, cover } = table;
	const preference = preferenceCosts(table, input.preferences);

	const demand = new Int32Array(E);
	let totalDemand = 0;
	for (let e = 0; e < E; e++) {
		demand[e] = Math.max(0, perEntry - cover[e]);
		totalDemand += demand[e];
	}
	if (J === 0 || totalDemand === 0) return result(table, perEntry);

	// With the same coverage, sums of squared loads are equal or differ by at least 2 (they share
	// the total's parity); 2 × BALANCE then outweighs any difference all preferences can make.
	const maxPreference = Math.max(...Object.values(PREFERENCE_COST));
	const BALANCE = maxPreference * totalDemand + 1;
	const marginal = (k: number) => BALANCE * (2 * k - 1);

	// Nodes: jurors 0..J-1, entries J..J+E-1, the sink J+E; the source stays implicit.
	const SINK = J + E;
	const nodes = J + E + 1;
	const potential = new Float64Array(nodes);
	const dist = new Float64Array(nodes);
	const done = new Uint8Array(nodes);
	const heap = new MinHeap(J * E + nodes);
	const level = new Int32Array(nodes);
	const next = new Int32Array(nodes);
	const queue = new Int32Array(nodes);

	// Reduced costs of the residual edges. All integers, so "zero" is exact.
	const fromSource = (j: number) => marginal(load[j] + 1) - potential[j];
	const forward = (j: number, e: number) => preference[j * E + e] + potential[j] - potential[J + e];
	const backward = (e: number, j: number) => -preference[j * E + e] + potential[J + e] - potential[j];
	const toSink = (e: number) => potential[J + e] - potential[SINK];

	/** Distances from the source in reduced costs, until the sink is settled. */
	function dijkstra(): boolean {
		dist.fill(Infinity);
		done.fill(0);
		heap.clear();
		for (let j = 0; j < J; j++) {
			dist[j] = fromSource(j);
			heap.push(dist[j], j);
		}
		const relax = (v: number, d: number) => {
			if (d < dist[v]) {
				dist[v] = d;
				heap.push(d, v);
			}
		};
		while (heap.size > 0) {
			const v = heap.popNode();
			if (done[v]) continue;
			done[v] = 1;
			if (v === SINK) return true;
			const d = dist[v];
			if (v < J) {
				for (let e = 0; e < E; e++) if (state[v * E + e] === FREE) relax(J + e, d + forward(v, e));
			} else {
				const e = v - J;
				if (demand[e] > 0) relax(SINK, d + toSink(e));
				// Back along an assignment: its juror gives this entry up to take another one.
				for (let j = 0; j < J; j++) if (state[j * E + e] === ASSIGNED) relax(j, d + backward(e, j));
			}
		}
		return false;
	}

	/** Levels of the nodes by hops along zero-reduced-cost edges; false when the sink is not among them. */
	function levels(): boolean {
		level.fill(-1);
		let tail = 0;
		for (let j = 0; j < J; j++)
			if (fromSource(j) === 0) {
				level[j] = 1;
				queue[tail++] = j;
			}
		const reach = (u: number, at: number) => {
			if (level[u] < 0) {
				level[u] = at;
				if (u !== SINK) queue[tail++] = u;
			}
		};
		for (let head = 0; head < tail; head++) {
			const v = queue[head];
			// Nodes at the sink's level or beyond lead nowhere useful.
			if (level[SINK] >= 0 && level[v] >= level[SINK]) break;
			const at = level[v] + 1;
			if (v < J) {
				for (let e = 0; e < E; e++) if (state[v * E + e] === FREE && forward(v, e) === 0) reach(J + e, at);
			} else {
				const e = v - J;
				if (demand[e] > 0 && toSink(e) === 0) reach(SINK, at);
				for (let j = 0; j < J; j++) if (state[j * E + e] === ASSIGNED && backward(e, j) === 0) reach(j, at);
			}
		}
		return level[SINK] >= 0;
	}

	/** One path from node v to the sink along the levels, taken; `next` skips edges already tried. */
	function push(v: number): boolean {
		if (v < J) {
			for (; next[v] < E; next[v]++) {
				const e = next[v];
				if (state[v * E + e] !== FREE || level[J + e] !== level[v] + 1 || forward(v, e) !== 0) continue;
				if (push(J + e)) {
					state[v * E + e] = ASSIGNED;
					return true;
				}
			}
			return false;
		}
		const e = v - J;
		if (demand[e] > 0 && level[SINK] === level[v] + 1 && toSink(e) === 0) {
			demand[e]--;
			cover[e]++;
			return true;
		}
		for (; next[v] < J; next[v]++) {
			const j = next[v];
			if (state[j * E + e] !== ASSIGNED || level[j] !== level[v] + 1 || backward(e, j) !== 0) continue;
			if (push(j)) {
				state[j * E + e] = FREE;
				return true;
			}
		}
		return false;
	}

	while (dijkstra()) {
		// Nodes not settled before the sink are at least as far: capping at the sink's distance
		// keeps every reduced cost non-negative, which is all Dijkstra needs next time.
		const reach = dist[SINK];
		for (let v = 0; v < nodes; v++) potential[v] += done[v] ? dist[v] : reach;
		let added = 0;
		while (levels()) {
			next.fill(0);
			// A juror's next entry costs more than this one, so each juror starts one path at most.
			for (let j = 0; j < J; j++)
				if (level[j] === 1 && push(j)) {
					load[j]++;
					added++;
				}
		}
		// Dijkstra's path has zero reduced cost now, so it is always found; if not, fail, not hang.
		if (added === 0) throw new Error('Jury assignment made no progress');
	}
	return result(table, perEntry);
}

/** A binary heap of (key, node), ties to the lower node, so that input order breaks ties. */
class MinHeap {
	private keys: Float64Array;
	private nodes: Int32Array;
	size = 0;

	constructor(capacity: number) {
		this.keys = new Float64Array(capacity);
		this.nodes = new Int32Array(capacity);
	}

	clear() {
		this.size = 0;
	}

	private less(a: number, b: number) {
		return this.keys[a] < this.keys[b] || (this.keys[a] === this.keys[b] && this.nodes[a] < this.nodes[b]);
	}

	private swap(a: number, b: number) {
		const key = this.keys[a];
		this.keys[a] = this.keys[b];
		this.keys[b] = key;
		const node = this.nodes[a];
		this.nodes[a] = this.nodes[b];
		this.nodes[b] = node;
	}

	push(key: number, node: number) {
		if (this.size === this.keys.length) {
			const keys = new Float64Array(this.size * 2);
			keys.set(this.keys);
			this.keys = keys;
			const nodes = new Int32Array(this.size * 2);
			nodes.set(this.nodes);
			this.nodes = nodes;
		}
		let i = this.size++;
		this.keys[i] = key;
		this.nodes[i] = node;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (!this.less(i, parent)) break;
			this.swap(i, parent);
			i = parent;
		}
	}

	popNode(): number {
		const top = this.nodes[0];
		this.size--;
		if (this.size > 0) {
			this.keys[0] = this.keys[this.size];
			this.nodes[0] = this.nodes[this.size];
			let i = 0;
			for (;;) {
				const left = 2 * i + 1;
				const right = left + 1;
				let least = i;
				if (left < this.size && this.less(left, least)) least = left;
				if (right < this.size && this.less(right, least)) least = right;
				if (least === i) break;
				this.swap(i, least);
				i = least;
			}
		}
		return top;
	}
}
