import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkPdf } from '../../src/lib/server/attachments/pdf';

const bytes = (...parts: (string | Uint8Array)[]) =>
	Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

/** A small PDF whose catalogue holds `catalogue` (dictionary entries). */
const pdf = (catalogue = '') =>
	bytes(
		`%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R ${catalogue} >>\nendobj\n`,
		'2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'
	);

/** A PDF 1.5 whose catalogue sits compressed in an object stream. */
function withObjectStream(objects: string, dictionary = '/Filter /FlateDecode', data?: Uint8Array) {
	const body = data ?? deflateSync(Buffer.from(`1 0 ${objects}`, 'latin1'));
	return bytes(
		`%PDF-1.7\n5 0 obj\n<< /Type /ObjStm /N 1 /First 4 ${dictionary} /Length ${body.length} >>\nstream\n`,
		body,
		'\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'
	);
}

describe('active content in PDFs', () => {
	it('aPlainDocument_passes', () => {
		expect(checkPdf(pdf('/Lang (pl-PL) /URI << /Base (https://example.org/) >>'))).toEqual({ ok: true });
	});

	it.each([
		['/OpenAction << /S /JavaScript /JS (app.alert(1)) >>', '/OpenAction'],
		['/Names << /JavaScript 3 0 R >>', '/JavaScript'],
		['/AA << /O 4 0 R >>', '/AA'],
		['/OpenAction << /S /Launch /F (cmd.exe) >>', '/OpenAction'],
		['/Annots [<< /A << /S /Launch /F (calc) >> >>]', '/Launch'],
		['/Names << /EmbeddedFiles 5 0 R >>', '/EmbeddedFiles'],
		['/X << /Type /EmbeddedFile >>', '/EmbeddedFile'],
		['/Annots [<< /Subtype /RichMedia >>]', '/RichMedia'],
		['/AcroForm << /XFA 6 0 R >>', '/XFA'],
		['/X << /JS 7 0 R >>', '/JS']
	])('%s_isRefused', (catalogue, feature) => {
		expect(checkPdf(pdf(catalogue))).toEqual({ ok: false, reason: 'pdf-active', feature });
	});

	it('hexEscapedNames_areDecodedFirst', () => {
		expect(checkPdf(pdf('/Names << /J#61vaScript 3 0 R >>'))).toMatchObject({ feature: '/JavaScript' });
		expect(checkPdf(pdf('/#4Fpen#41ction 3 0 R'))).toMatchObject({ feature: '/OpenAction' });
	});

	it('similarNames_pass', () => {
		expect(checkPdf(pdf('/JSX 1 /AAA 2 /Launcher 3 /JavaScripts 4'))).toEqual({ ok: true });
	});

	it('activeContentInACompressedObjectStream_isFound', () => {
		expect(checkPdf(withObjectStream('<< /Type /Catalog /OpenAction 9 0 R >>'))).toEqual({
			ok: false,
			reason: 'pdf-active',
			feature: '/OpenAction'
		});
		expect(checkPdf(withObjectStream('<< /Type /Catalog /Lang (pl) >>'))).toEqual({ ok: true });
		// The object stream's own type may be escaped too.
		const escaped = withObjectStream('<< /AA 9 0 R >>').toString('latin1').replace('/ObjStm', '/Obj#53tm');
		expect(checkPdf(Buffer.from(escaped, 'latin1'))).toMatchObject({ reason: 'pdf-active' });
	});

	it('anObjectStreamThatCannotBeRead_isRefused', () => {
		expect(checkPdf(withObjectStream('<< >>', '/Filter /LZWDecode'))).toEqual({
			ok: false,
			reason: 'pdf-unreadable'
		});
		expect(checkPdf(withObjectStream('', '/Filter /FlateDecode', new Uint8Array([1, 2, 3, 4, 5])))).toEqual({
			ok: false,
			reason: 'pdf-unreadable'
		});
	});

	it('binaryStreamData_isNotMistakenForNames', () => {
		// Image bytes that happen to spell "/JS " would otherwise refuse a photo.
		const image = Buffer.from('\x89\x10/JS \x00/AA\n\x01', 'latin1');
		const file = bytes(
			pdf(),
			`3 0 obj\n<< /Subtype /Image /Length ${image.length} >>\nstream\n`,
			image,
			'\nendstream\nendobj\n'
		);
		expect(checkPdf(file)).toEqual({ ok: true });
	});

	it('compressedPageContent_isNotMistakenForNames', () => {
		// A page's drawing operators may use any resource name; only object streams hold dictionaries.
		const content = deflateSync(Buffer.from('/AA gs /JS Do', 'latin1'));
		const file = bytes(
			pdf(),
			`3 0 obj\n<< /Filter /FlateDecode /Length ${content.length} >>\nstream\n`,
			content,
			'\nendstream\nendobj\n'
		);
		expect(checkPdf(file)).toEqual({ ok: true });
	});
});
