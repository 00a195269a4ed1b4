/** Export: the open-data download of everything public, as JSON and CSV under CC BY 4.0. */
import { stringify } from 'csv-stringify/sync';
import type { CatalogueView, PublicPractice } from '../catalogue';
import { etagOf } from '../http';

export const LICENCE = {
	name: 'CC BY 4.0',
	url: 'https://creativecommons.org/licenses/by/4.0/',
	attribution: 'Miasta Otwarte — katalog dobrych praktyk integracji imigrantów'
};

/** Everything public, in one document: the full open-data export. */
export function exportJson(view: CatalogueView, generatedAt = new Date()) {
	return {
		generatedAt: generatedAt.toISOString(),
		licence: LICENCE,
		editions: view.editions,
		places: view.places,
		organisations: view.organisations,
		practices: view.practices,
		awards: view.awards,
		recommendations: view.recommendations,
		jurors: view.jurors,
		vocabularies: view.vocabulary
	};
}

/** A source document as one line: its title (its id when it has none), publisher and date. */
function sourceLabel(source: PublicPractice['sources'][number]): string {
	return [source.title ?? source.id, source.publisher, source.date].filter(Boolean).join(', ');
}

/** One row per public practice; lists joined with "; " so the file opens cleanly in a spreadsheet. */
export function exportCsv(view: CatalogueView): string {
	const join = (values: string[]) => values.join('; ');
	const rows = view.practices.map((p) => ({
		id: p.id,
		slug: p.slug,
		title: p.title,
		summary: p.summary,
		status: p.status,
		edition: p.edition ?? '',
		award: p.award?.title ?? '',
		award_category: p.award?.category ?? '',
		place: p.place.name,
		place_slug: p.place.slug,
		place_kind: p.place.kind,
		voivodeship: p.place.voivodeship,
		organisations: join(p.organisations.map((o) => o.name)),
		partners: join(p.partners.map((o) => o.name)),
		categories: join(p.categories),
		themes: join(p.themes),
		target_groups: join(p.targetGroups),
		period_from: p.period.from ?? '',
		period_to: p.period.to ?? '',
		funding: p.funding ?? '',
		key_figures: join(p.keyFigures.map((f) => `${f.label}: ${f.value}`)),
		links: join(p.links.map((l) => l.url)),
		similar_actions: join(p.similarActions),
		recommendations: join(p.recommendations),
		updated_at: p.updatedAt,
		// Added later, at the end so existing column positions stay as they were.
		title_en: p.titleEn ?? '',
		summary_en: p.summaryEn ?? '',
		sources: join(p.sources.map(sourceLabel)),
		award_level: p.award?.level ?? ''
	}));
	return stringify(rows, { header: true, columns: rows.length ? Object.keys(rows[0]) : ['id'], bom: true });
}

/** The exports are large and change only with the catalogue: serialised once per catalogue view. */
const serialised = new WeakMap<
	CatalogueView,
	Partial<Record<'json' | 'csv', { body: string; etag: string }>>
>();

export function cachedExport(view: CatalogueView, format: 'json' | 'csv') {
	const entry = serialised.get(view) ?? {};
	if (!entry[format]) {
		const body = format === 'json' ? JSON.stringify(exportJson(view, view.builtAt)) : exportCsv(view);
		entry[format] = { body, etag: etagOf(body) };
		serialised.set(view, entry);
	}
	return entry[format];
}
