/** Export: the open-data download of everything public, as JSON and CSV under CC BY 4.0. */
import { stringify } from 'csv-stringify/sync';
import type { CatalogueView, PublicPractice } from '../catalogue';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { Readable } from 'node:stream';
import { constants, createBrotliCompress, createGunzip, createGzip } from 'node:zlib';
import { etagOfHash } from '../http';
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
 * `JSON.stringify(exportJson(view, view.builtAt))` in pieces of about a megabyte, written a practice
 * at a time: the whole text (two bytes a character with Polish letters) is never held.
 */
export function exportJsonText(view: CatalogueView): Generator<string> {
	return batched(jsonPieces(view));
}

function* jsonPieces(view: CatalogueView): Generator<string> {
	const { practices, awards, recommendations, jurors, vocabularies, ...head } = exportJson(
		view,
		view.builtAt
	);
	// The keys in the order exportJson gives them, practices after organisations.
	yield `${JSON.stringify(head).slice(0, -1)},"practices":[`;
	for (let i = 0; i < practices.length; i++) yield `${i > 0 ? ',' : ''}${JSON.stringify(practices[i])}`;
	yield `],${JSON.stringify({ awards, recommendations, jurors, vocabularies }).slice(1)}`;
}

/** Joins short strings into pieces of about a megabyte. */
function* batched(texts: Iterable<string>): Generator<string> {
	let pending: string[] = [];
	let length = 0;
	for (const text of texts) {
		pending.push(text);
		length += text.length;
		if (length >= 1 << 20) {
			yield pending.join('');
			pending = [];
			length = 0;
		}
	}
	if (pending.length) yield pending.join('');
}

/** A source document as one line: its title (its id when it has none), publisher and date. */
function sourceLabel(source: PublicPractice['sources'][number]): string {
	return [source.title ?? source.id, source.publisher, source.date].filter(Boolean).join(', ');
}

/** A practice as a CSV row; lists joined with "; " so the file opens cleanly in a spreadsheet. */
export function csvRow(p: PublicPractice) {
	const join = (values: string[]) => values.join('; ');
	return {
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
	};
}

/**
 * The CSV export in pieces of `rowsPerPiece` rows: one row per public practice, after a byte order mark
 * and the header. Each piece is stringified on its own; together they are the file a single
 * `stringify` of every row gives.
 */
export function* exportCsvText(view: CatalogueView, rowsPerPiece = 2000): Generator<string> {
	const { practices } = view;
	const columns = practices.length ? Object.keys(csvRow(practices[0])) : ['id'];
	yield stringify([], { header: true, columns, bom: true });
	for (let from = 0; from < practices.length; from += rowsPerPiece)
		yield stringify(practices.slice(from, from + rowsPerPiece).map(csvRow), { columns });
}

/** The whole CSV export as one string. */
export function exportCsv(view: CatalogueView): string {
	return [...exportCsvText(view)].join('');
}

/**
 * An export prepared once per catalogue view: only its gzip and brotli forms are kept (the JSON is
 * hundreds of megabytes at 100 000 practices, its gzip a few), with the length and validator of the
 * uncompressed bytes.
 */
export interface PreparedExport {
	/** Bytes of the uncompressed export. */
	length: number;
	etag: string;
	gzip: Buffer;
	br: Buffer;
}
const prepared = new WeakMap<CatalogueView, Partial<Record<'json' | 'csv', Promise<PreparedExport>>>>();

/** The export of this view, compressed as it is written (once; concurrent callers share the work). */
export function prepareExport(view: CatalogueView, format: 'json' | 'csv'): Promise<PreparedExport> {
	let entry = prepared.get(view);
	if (!entry) prepared.set(view, (entry = {}));
	const pending = (entry[format] ??= compressExport(
		format === 'json' ? exportJsonText(view) : exportCsvText(view)
	));
	pending.catch(() => {
		if (entry[format] === pending) delete entry[format];
	});
	return pending;
}

/** Writes the text through gzip and brotli (in the thread pool) and a hash, keeping only the results. */
async function compressExport(text: Iterable<string>): Promise<PreparedExport> {
	const gzip = createGzip({ level: 6 });
	const br = createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
	const hash = createHash('sha256');
	let length = 0;
	const results = [gzip, br].map(async (stream) => {
		const chunks: Buffer[] = [];
		for await (const chunk of stream) chunks.push(chunk);
		return Buffer.concat(chunks);
	});
	try {
		for (const piece of text) {
			const bytes = Buffer.from(piece);
			length += bytes.length;
			hash.update(bytes);
			const full = [gzip, br].filter((stream) => !stream.write(bytes));
			await Promise.all(full.map((stream) => once(stream, 'drain')));
		}
	} catch (error) {
		for (const stream of [gzip, br]) stream.destroy();
		await Promise.allSettled(results);
		throw error;
	}
	gzip.end();
	br.end();
	const [gzipped, brotli] = await Promise.all(results);
	return { length, etag: etagOfHash(hash), gzip: gzipped, br: brotli };
}

const exportHeaders = {
	json: { 'Content-Type': 'application/json; charset=utf-8' },
	csv: {
		'Content-Type': 'text/csv; charset=utf-8',
		'Content-Disposition': 'attachment; filename="miasta-otwarte-praktyki.csv"'
	}
};

/**
 * The export as an answer: brotli or gzip as prepared for this catalogue view when the client
 * accepts it; otherwise the gzip form decompressed as it is sent. 304 when the client has it, no
 * body for HEAD.
 */
export async function exportResponse(
	request: Request,
	view: CatalogueView,
	format: 'json' | 'csv'
): Promise<Response> {
	const entry = await prepareExport(view, format);
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
	if (encoding !== 'identity') headers.set('Content-Encoding', encoding);
	headers.set('Content-Length', String(encoding === 'identity' ? entry.length : entry[encoding].length));
	if (request.method === 'HEAD') return new Response(null, { headers });
	const body =
		encoding === 'identity'
			? (Readable.toWeb(Readable.from([entry.gzip]).pipe(createGunzip())) as unknown as ReadableStream)
			: (entry[encoding] as Uint8Array<ArrayBuffer>);
	return new Response(body, { headers });
}
