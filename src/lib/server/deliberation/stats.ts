/**
 * The deliberation's maths, pure: weighted totals, per-entry statistics, per-juror normalisation
 * (z-scores), ranks, disagreement, recommendations, and the diagnostics of the normalisation.
 * Nothing here reads the database; `table.ts` gives it the submitted, non-conflicted scores.
 */

/** What the maths needs of a criterion. */
export interface WeightedCriterion {
	id: string;
	weight: number;
	scale: { max: number };
}

/**
 * A juror's weighted total for an entry, 0–100: `100 × Σ(weight × score / scale) ÷ Σ weight` over
 * the edition's criteria, `scale` being the criterion's highest score. A criterion without a score
 * (only a draft lacks one) is left out of both sums; null when no criterion has a score.
 */
export function weightedTotal(
	criteria: WeightedCriterion[],
	given: { id: string; score: number | null }[]
): number | null {
	let sum = 0;
	let weights = 0;
	for (const criterion of criteria) {
		const score = given.find((g) => g.id === criterion.id)?.score;
		if (score === null || score === undefined || criterion.scale.max <= 0) continue;
		sum += (criterion.weight * score) / criterion.scale.max;
		weights += criterion.weight;
	}
	return weights > 0 ? (100 * sum) / weights : null;
}

/** One counted total: a submitted score of a juror without a conflict with the entry. */
export interface Sheet {
	entry: string;
	juror: string;
	total: number;
	recommend?: boolean;
	category?: string | null;
}

export interface Thresholds {
	/** Disagreement when the sample standard deviation of the totals reaches this. */
	stdev: number;
	/** …or when max − min reaches this. */
	range: number;
}
export const DEFAULT_THRESHOLDS: Thresholds = { stdev: 15, range: 30 };

/** Below this many scored entries a juror's z-scores rest on too little (a warning, not a rule). */
export const MIN_SCORED_FOR_Z = 5;
/** A juror who shares fewer entries than this with every other juror cannot be compared with anyone. */
export const MIN_OVERLAP = 3;

export interface JurorTotal {
	juror: string;
	total: number;
	z: number;
}

export interface EntryStats {
	entry: string;
	totals: JurorTotal[];
	n: number;
	mean: number | null;
	median: number | null;
	stdev: number | null;
	min: number | null;
	max: number | null;
	zMean: number | null;
	rankMean: number;
	rankZ: number;
	disagreement: boolean;
	recommended: number;
	/** Suggested categories with how many jurors suggested each, most first. */
	categories: { category: string; count: number }[];
}

export interface JurorStats {
	juror: string;
	/** Entries scored (submitted, non-conflicted, among the table's entries). */
	n: number;
	mu: number | null;
	/** Population standard deviation of their totals. */
	sigma: number | null;
	/** Mean of (their total − the entry's mean) over their entries: how far they sit from the panel. */
	offset: number | null;
	/** Whether their z-scores are all 0 (σ = 0 or fewer than two entries). */
	zFlat: boolean;
	/** Overlap with each other juror: entries both scored. */
	overlap: Record<string, number>;
	minOverlap: number | null;
	medianOverlap: number | null;
	maxOverlap: number | null;
	warnings: ('few-entries' | 'flat' | 'low-overlap')[];
}

export interface Deliberation {
	entries: EntryStats[];
	jurors: JurorStats[];
	panel: { n: number; mean: number | null; sigma: number | null };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
export const meanOf = (values: number[]) => (values.length === 0 ? null : sum(values) / values.length);

export function medianOf(values: number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Sample standard deviation (n − 1); 0 for a single value, null for none. */
export function sampleStdev(values: number[]): number | null {
	if (values.length === 0) return null;
	if (values.length === 1) return 0;
	const mean = sum(values) / values.length;
	return Math.sqrt(sum(values.map((v) => (v - mean) ** 2)) / (values.length - 1));
}

/** Population standard deviation (n); null for none. */
export function populationStdev(values: number[]): number | null {
	if (values.length === 0) return null;
	const mean = sum(values) / values.length;
	return Math.sqrt(sum(values.map((v) => (v - mean) ** 2)) / values.length);
}

/** Values equal to this many decimals are a tie: sums in another order may differ in the last bit. */
const tieKey = (value: number) => Math.round(value * 1e9);

/**
 * Competition ranks, 1 best (the highest value): ties share the best rank (1, 2, 2, 4); entries
 * without a value all share the rank after the last one with a value.
 */
export function ranks(values: (number | null)[]): number[] {
	const scored = values.filter((v): v is number => v !== null).map(tieKey);
	return values.map((value) => {
		if (value === null) return scored.length + 1;
		const key = tieKey(value);
		return 1 + scored.filter((other) => other > key).length;
	});
}

/** True when the totals' spread reaches either threshold. */
export const disagrees = (stdev: number | null, min: number | null, max: number | null, t: Thresholds) =>
	stdev !== null && min !== null && max !== null && (stdev >= t.stdev || max - min >= t.range);

/**
 * Everything the deliberation table shows, from the counted totals. `entries` is the table's
 * entries in the order wanted; a sheet of another entry is ignored (it neither counts in a
 * juror's μ and σ nor anywhere else). `jurors` lists the jurors to report on (a juror with
 * sheets but not listed is still used for the normalisation).
 */
export function deliberate(
	entries: string[],
	sheets: Sheet[],
	thresholds: Thresholds = DEFAULT_THRESHOLDS,
	jurors: string[] = []
): Deliberation {
	const known = new Set(entries);
	const counted = sheets.filter((s) => known.has(s.entry));
	const byJuror = new Map<string, Sheet[]>();
	const byEntry = new Map<string, Sheet[]>();
	for (const sheet of counted) {
		(byJuror.get(sheet.juror) ?? byJuror.set(sheet.juror, []).get(sheet.juror)!).push(sheet);
		(byEntry.get(sheet.entry) ?? byEntry.set(sheet.entry, []).get(sheet.entry)!).push(sheet);
	}

	const norm = new Map<string, { mu: number; sigma: number; flat: boolean }>();
	for (const [juror, theirs] of byJuror) {
		const totals = theirs.map((s) => s.total);
		const mu = meanOf(totals)!;
		const sigma = populationStdev(totals)!;
		norm.set(juror, { mu, sigma, flat: totals.length < 2 || sigma === 0 });
	}
	const zOf = (sheet: Sheet) => {
		const { mu, sigma, flat } = norm.get(sheet.juror)!;
		return flat ? 0 : (sheet.total - mu) / sigma;
	};

	const rows = entries.map((entry) => {
		const theirs = byEntry.get(entry) ?? [];
		const totals = theirs.map((s) => s.total);
		const stdev = sampleStdev(totals);
		const min = totals.length ? Math.min(...totals) : null;
		const max = totals.length ? Math.max(...totals) : null;
		const categories = new Map<string, number>();
		for (const s of theirs)
			if (s.recommend && s.category) categories.set(s.category, (categories.get(s.category) ?? 0) + 1);
		const withZ = theirs.map((s) => ({ juror: s.juror, total: s.total, z: zOf(s) }));
		return {
			entry,
			totals: withZ,
			n: totals.length,
			mean: meanOf(totals),
			median: medianOf(totals),
			stdev,
			min,
			max,
			zMean: meanOf(withZ.map((t) => t.z)),
			rankMean: 0,
			rankZ: 0,
			disagreement: disagrees(stdev, min, max, thresholds),
			recommended: theirs.filter((s) => s.recommend).length,
			categories: [...categories]
				.map(([category, count]) => ({ category, count }))
				.sort((a, b) => b.count - a.count || a.category.localeCompare(b.category))
		};
	});
	const byMean = ranks(rows.map((r) => r.mean));
	const byZ = ranks(rows.map((r) => r.zMean));
	rows.forEach((row, i) => {
		row.rankMean = byMean[i];
		row.rankZ = byZ[i];
	});
	const meanOfEntry = new Map(rows.map((r) => [r.entry, r.mean]));

	const reported = [...new Set([...jurors, ...byJuror.keys()])];
	const sets = new Map(reported.map((j) => [j, new Set((byJuror.get(j) ?? []).map((s) => s.entry))]));
	const jurorRows = reported.map((juror): JurorStats => {
		const theirs = byJuror.get(juror) ?? [];
		const own = sets.get(juror)!;
		const overlap: Record<string, number> = {};
		for (const other of reported) {
			if (other === juror) continue;
			let shared = 0;
			for (const entry of sets.get(other)!) if (own.has(entry)) shared++;
			overlap[other] = shared;
		}
		const overlaps = Object.values(overlap);
		const stats = norm.get(juror);
		const warnings: JurorStats['warnings'] = [];
		if (theirs.length < MIN_SCORED_FOR_Z) warnings.push('few-entries');
		if (stats?.flat ?? true) warnings.push('flat');
		if (overlaps.length > 0 && Math.max(...overlaps) < MIN_OVERLAP) warnings.push('low-overlap');
		return {
			juror,
			n: theirs.length,
			mu: stats?.mu ?? null,
			sigma: stats?.sigma ?? null,
			offset: meanOf(theirs.map((s) => s.total - meanOfEntry.get(s.entry)!)),
			zFlat: stats?.flat ?? true,
			overlap,
			minOverlap: overlaps.length ? Math.min(...overlaps) : null,
			medianOverlap: medianOf(overlaps),
			maxOverlap: overlaps.length ? Math.max(...overlaps) : null,
			warnings
		};
	});
	const all = counted.map((s) => s.total);
	return {
		entries: rows,
		jurors: jurorRows,
		panel: { n: all.length, mean: meanOf(all), sigma: populationStdev(all) }
	};
}

/** Rounded to two places, as the CSVs and the page show numbers. */
export const round2 = (value: number) => Math.round((value + Number.EPSILON) * 100) / 100;
