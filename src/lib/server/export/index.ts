/** Export: the open-data download of everything public, as JSON and CSV under CC BY 4.0. */
import { stringify } from 'csv-stringify/sync';
import type { CatalogueView, PublicPractice } from '../catalogue';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { etagOf } from '../http';
import { PUBLIC_CACHE_CONTROL } from '../http/cache';
import { negotiateEncoding } from '../http/compression';

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

/**
 * `JSON.stringify(exportJson(view, view.builtAt))` as UTF-8 bytes, written a practice at a time:
 * the whole text as one string (two bytes a character with Polish letters) is never held, which
 * at 100 000 practices would be over half a gigabyte beside the body.
 */
export function exportJsonBody(view: CatalogueView): Buffer {
	const { practices, awards, recommendations, jurors, vocabularies, ...head } = exportJson(
		view,
		view.builtAt
	);
	const chunks: Buffer[] = [];
	let pending: string[] = [];
	let pendingLength = 0;
	const write = (text: string) => {
		pending.push(text);
		pendingLength += text.length;
		if (pendingLength >= 1 << 20) flush();
	};
	const flush = () => {
		chunks.push(Buffer.from(pending.join('')));
		pending = [];
		pendingLength = 0;
	};
	// The keys in the order exportJson gives them, practices after organisations.
	write(`${JSON.stringify(head).slice(0, -1)},"practices":[`);
	practices.forEach((practice, i) => write(`${i > 0 ? ',' : ''}${JSON.stringify(practice)}`));
	write(`],${JSON.stringify({ awards, recommendations, jurors, vocabularies }).slice(1)}`);
	flush();
	return Buffer.concat(chunks);
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

/** The exports are large and change only with the catalogue: prepared once per catalogue view. */
interface PreparedExport {
	body: Buffer;
	etag: string;
	/** Compressed in the thread pool on first demand, then kept beside the body. */
	encoded: Partial<Record<'br' | 'gzip', Promise<Buffer>>>;
}
const prepared = new WeakMap<CatalogueView, Partial<Record<'json' | 'csv', PreparedExport>>>();

export function cachedExport(view: CatalogueView, format: 'json' | 'csv'): PreparedExport {
	const entry = prepared.get(view) ?? {};
	if (!entry[format]) {
		const body = format === 'json' ? exportJsonBody(view) : Buffer.from(exportCsv(view));
		entry[format] = { body, etag: etagOf(body), encoded: {} };
		prepared.set(view, entry);
	}
	return entry[format];
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

const exportHeaders = {
	json: { 'Content-Type': 'application/json; charset=utf-8' },
	csv: {
		'Content-Type': 'text/csv; charset=utf-8',
		'Content-Disposition': 'attachment; filename="miasta-otwarte-praktyki.csv"'
	}
};

/**
 * The export as an answer: the body prepared for this catalogue view, brotli or gzip when the
 * client accepts it (compressed once), 304 when the client has it, no body for HEAD.
 */
export async function exportResponse(
	request: Request,
	view: CatalogueView,
	format: 'json' | 'csv'
): Promise<Response> {
	const entry = cachedExport(view, format);
	const encoding = negotiateEncoding(request.headers.get('accept-encoding'));
	const etag = encoding === 'identity' ? entry.etag : entry.etag.replace(/"$/, `-${encoding}"`);
	const headers = new Headers({
		...exportHeaders[format],
		'Cache-Control': PUBLIC_CACHE_CONTROL,
		'Access-Control-Allow-Origin': '*',
		Vary: 'Accept-Encoding',
		ETag: etag
	});
	const known = (request.headers.get('if-none-match') ?? '')
		.split(',')
		.map((tag) => tag.trim().replace(/^W\//, ''));
	if (known.includes(etag) || known.includes(entry.etag) || known.includes('*'))
		return new Response(null, { status: 304, headers });
	let body = entry.body;
	if (encoding !== 'identity') {
		const pending = (entry.encoded[encoding] ??=
			encoding === 'br'
				? brotli(entry.body, {
						params: {
							[constants.BROTLI_PARAM_QUALITY]: 5,
							[constants.BROTLI_PARAM_SIZE_HINT]: entry.body.length
						}
					})
				: gzipped(entry.body, { level: 6 }));
		body = await pending.catch((error) => {
			delete entry.encoded[encoding];
			throw error;
		});
		headers.set('Content-Encoding', encoding);
	}
	headers.set('Content-Length', String(body.length));
	return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
		headers
	});
}
