import { constants, inflateSync } from 'node:zlib';

/**
 * PDF features that run or carry something on opening: scripts, automatic actions, launching
 * programs, embedded files, Flash/media and XFA forms. Refused outright: a catalogue of good
 * practices needs none of them.
 */
const ACTIVE_NAMES = new Set([
	'JavaScript',
	'JS',
	'OpenAction',
	'AA',
	'Launch',
	'EmbeddedFile',
	'EmbeddedFiles',
	'RichMedia',
	'XFA'
]);

/** Object streams are inflated to be checked too; more than this is not a document we accept. */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

/** The PDF names in `text`, each with its `#xx` escapes decoded (`/J#61vaScript` is `/JavaScript`). */
function namesIn(text: string): string[] {
	return [...text.matchAll(/\/([^\s\0/[\]()<>{}%]*)/g)].map((match) =>
		match[1].replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
	);
}

const activeIn = (text: string) => namesIn(text).find((name) => ACTIVE_NAMES.has(name));

export type PdfCheck =
	| { ok: true }
	| { ok: false; reason: 'pdf-active'; feature: string }
	| { ok: false; reason: 'pdf-unreadable' };

/**
 * Looks for active content in the file's objects, including those packed in compressed object
 * streams (PDF 1.5+), where dictionaries such as the catalogue's /OpenAction may hide. An object
 * stream that cannot be read (encrypted, or compressed other than with Flate) cannot be checked,
 * so the file is refused as unreadable. A scan of names, not a full parser: it refuses what a
 * reader would act on in an ordinary file, which is what it is for.
 */
export function checkPdf(bytes: Uint8Array): PdfCheck {
	const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
	const outside: string[] = [];
	let from = 0;
	for (const start of text.matchAll(/>>\s*stream\r?\n/g)) {
		const dataStart = start.index + start[0].length;
		if (dataStart <= from) continue;
		const found = text.indexOf('endstream', dataStart);
		const end = found < 0 ? text.length : found;
		outside.push(text.slice(from, dataStart));
		from = end;
		const dictionary = text.slice(
			Math.max(text.lastIndexOf('obj', start.index), start.index - 4096),
			start.index
		);
		const names = namesIn(dictionary);
		if (!names.includes('ObjStm')) continue;
		const filters = names.filter((name) => name.endsWith('Decode'));
		if (filters.some((name) => name !== 'FlateDecode')) return { ok: false, reason: 'pdf-unreadable' };
		const data = Buffer.from(bytes.subarray(dataStart, end));
		let inflated: string;
		try {
			inflated = (
				filters.length
					? inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: MAX_INFLATED_BYTES })
					: data
			).toString('latin1');
		} catch {
			return { ok: false, reason: 'pdf-unreadable' };
		}
		const hidden = activeIn(inflated);
		if (hidden) return { ok: false, reason: 'pdf-active', feature: `/${hidden}` };
	}
	outside.push(text.slice(from));
	// Stream data (images, fonts, page content) is binary or drawing operators: only the objects
	// around it are read, or chance bytes such as "/JS " in a photo would refuse it.
	const found = activeIn(outside.join('\n'));
	return found ? { ok: false, reason: 'pdf-active', feature: `/${found}` } : { ok: true };
}
