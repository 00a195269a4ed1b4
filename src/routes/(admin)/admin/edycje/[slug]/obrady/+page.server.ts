import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { DELIBERATION_PAGE_SIZE, deliberationQuery, shortlistForm, thresholdsForm } from '$lib/schemas';
import {
	organiserDeliberation,
	saveThresholds,
	setShortlisted,
	shapeRows,
	type DeliberationChange
} from '$lib/server/deliberation';
import { done, readBody, refuseAction } from '$lib/server/forms';
import { explain, statusOf, type Action } from '$lib/server/policy';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const table = await organiserDeliberation(await locals.db, locals.user!, params.slug);
	if (!table) error(404, m.delib_missing_edition());
	if (!table.ok) error(statusOf(table.reason), explain('deliberation.read', table.reason));
	const query = deliberationQuery.parse(Object.fromEntries(url.searchParams));
	const { result, jurors } = table;
	const titleOf = new Map(table.entries.map((e) => [e.slug, e.title]));
	const warned = new Set(result.jurors.filter((j) => j.warnings.length > 0).map((j) => j.juror));
	const all = result.entries.map((e) => ({
		...e,
		title: titleOf.get(e.entry) ?? e.entry,
		shortlisted: table.shortlist.has(e.entry)
	}));
	const matching = shapeRows(all, query);
	const pages = Math.max(1, Math.ceil(matching.length / DELIBERATION_PAGE_SIZE));
	query.page = Math.min(query.page, pages);
	const rows = matching.slice((query.page - 1) * DELIBERATION_PAGE_SIZE, query.page * DELIBERATION_PAGE_SIZE);
	const nameOf = new Map(jurors.map((j) => [j.id, j.name]));
	return {
		edition: {
			slug: table.edition.slug,
			name: table.edition.name,
			phase: table.edition.phase,
			version: table.edition.version
		},
		query,
		manageable: table.manage.ok,
		manageRefusal: table.manage.ok ? null : explain('deliberation.manage', table.manage.why),
		thresholds: table.thresholds,
		jurors,
		total: all.length,
		matching: matching.length,
		pages,
		shortlisted: table.shortlist.size,
		panel: result.panel,
		rows: rows.map((r) => ({
			slug: r.entry,
			title: r.title,
			/** Per juror of the edition, in column order: the total and its z, or why there is none. */
			cells: jurors.map((j) => {
				if (table.conflicted.has(`${j.id}\u0000${r.entry}`)) return { kind: 'conflict' as const };
				const t = r.totals.find((t) => t.juror === j.id);
				return t ? { kind: 'total' as const, total: t.total, z: t.z } : { kind: 'none' as const };
			}),
			totals: r.totals.map((t) => t.total),
			n: r.n,
			mean: r.mean,
			median: r.median,
			stdev: r.stdev,
			min: r.min,
			max: r.max,
			zMean: r.zMean,
			rankMean: r.rankMean,
			rankZ: r.rankZ,
			disagreement: r.disagreement,
			recommended: r.recommended,
			categories: r.categories,
			shortlisted: r.shortlisted,
			/** Its z-scores include one of a juror whose normalisation rests on too little. */
			zWeak: r.totals.some((t) => warned.has(t.juror))
		})),
		calibration: result.jurors.map((j) => ({
			id: j.juror,
			name: nameOf.get(j.juror) ?? j.juror,
			n: j.n,
			mu: j.mu,
			sigma: j.sigma,
			offset: j.offset,
			minOverlap: j.minOverlap,
			medianOverlap: j.medianOverlap,
			maxOverlap: j.maxOverlap,
			overlap: jurors.map((other) => (other.id === j.juror ? null : (j.overlap[other.id] ?? 0))),
			warnings: j.warnings
		}))
	};
};

function refusalOf(
	action: Action,
	reason: Exclude<DeliberationChange, { ok: true }>['reason'],
	extra: Record<string, unknown> = {}
) {
	if (reason === 'missing') error(404, m.delib_missing_edition());
	if (reason === 'conflict') return refuseAction(409, m.delib_conflict(), extra);
	if (reason === 'not-eligible') return refuseAction(400, m.delib_not_eligible(), extra);
	return refuseAction(statusOf(reason), explain(action, reason), extra);
}

export const actions: Actions = {
	shortlist: async ({ params, locals, request }) => {
		const parsed = shortlistForm.safeParse(Object.fromEntries(await readBody(request)));
		if (!parsed.success) return refuseAction(400, m.delib_not_eligible());
		const on = parsed.data.on === '1';
		const result = await setShortlisted(await locals.db, locals.user!, params.slug, parsed.data.entry, on);
		if (!result.ok) return refusalOf('deliberation.manage', result.reason);
		return done(on ? m.delib_shortlist_added() : m.delib_shortlist_removed(), { entry: parsed.data.entry });
	},
	thresholds: async ({ params, locals, request }) => {
		const body = Object.fromEntries(await readBody(request));
		const typed = { stdev: String(body.stdev ?? ''), range: String(body.range ?? '') };
		const parsed = thresholdsForm.safeParse(body);
		if (!parsed.success) return refuseAction(400, m.delib_thresholds_invalid(), { typed });
		const result = await saveThresholds(await locals.db, locals.user!, params.slug, parsed.data);
		if (!result.ok) return refusalOf('deliberation.manage', result.reason, { typed });
		return done(m.delib_thresholds_saved());
	}
};
