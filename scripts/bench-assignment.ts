/**
 * `npm run bench:assignment`: how long the balanced jury assignment takes for a few edition sizes,
 * with some conflicts, preferences and hand-made assignments. Prints figures; asserts nothing.
 */
import { assignBalanced, type Pair, type Preference } from '../src/lib/server/jury/assignment.ts';

/** mulberry32: the same editions on every run, so that figures compare across changes. */
function generator(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function edition(jurors: number, entries: number, perEntry: number, conflictShare: number, seed: number) {
	const random = generator(seed);
	const jurorIds = Array.from({ length: jurors }, (_, i) => `juror-${i}`);
	const entryIds = Array.from({ length: entries }, (_, i) => `entry-${i}`);
	const conflicts: Pair[] = [];
	const fixed: Pair[] = [];
	const preferences = new Map<string, Map<string, Preference>>();
	for (const juror of jurorIds) {
		const mine = new Map<string, Preference>();
		for (const entry of entryIds) {
			const r = random();
			if (r < conflictShare) conflicts.push([juror, entry]);
			else if (r < conflictShare + 0.01) fixed.push([juror, entry]);
			else if (r < conflictShare + 0.15) mine.set(entry, 'want');
			else if (r < conflictShare + 0.25) mine.set(entry, 'rather-not');
		}
		preferences.set(juror, mine);
	}
	return { jurors: jurorIds, entries: entryIds, perEntry, conflicts, fixed, preferences };
}

// Conflicts as a share of all pairs; 5% is a lot for a real jury, 40% is a stress case.
const sizes: [jurors: number, entries: number, perEntry: number, conflicts: number][] = [
	[10, 80, 3, 0.05],
	[30, 300, 3, 0.05],
	[60, 600, 3, 0.05],
	[60, 600, 3, 0.4],
	[60, 600, 5, 0.05],
	[100, 1500, 3, 0.05]
];

for (const [jurors, entries, perEntry, conflictShare] of sizes) {
	const input = edition(jurors, entries, perEntry, conflictShare, jurors * 7919 + entries);
	const times: number[] = [];
	let loads: number[] = [];
	for (let run = 0; run < 5; run++) {
		const started = performance.now();
		const outcome = assignBalanced(input);
		times.push(performance.now() - started);
		loads = [...outcome.loads.values()];
	}
	times.sort((a, b) => a - b);
	console.log(
		`${jurors} jurors × ${entries} entries × ${perEntry} per entry, ${conflictShare * 100}% conflicts: ` +
			`median ${times[2].toFixed(1)} ms (fastest ${times[0].toFixed(1)}, slowest ${times[4].toFixed(1)}), ` +
			`loads ${Math.min(...loads)}–${Math.max(...loads)}`
	);
}
