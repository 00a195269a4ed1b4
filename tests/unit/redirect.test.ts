import { describe, expect, it } from 'vitest';
import { localTarget } from '../../src/lib/server/http/redirect';

const origin = 'http://127.0.0.1:3000';
const target = (next: string | null) => localTarget(next, origin, '/konto');

describe('localTarget', () => {
	it.each([
		['/zgloszenia', '/zgloszenia'],
		['/praktyki?q=%C5%81%C3%B3d%C5%BA&page=2', '/praktyki?q=%C5%81%C3%B3d%C5%BA&page=2'],
		['/en/konto#haslo', '/en/konto#haslo'],
		['zgloszenia', '/zgloszenia'],
		['/a/../admin', '/admin'],
		[`${origin}/admin`, '/admin'],
		['/%2F%2Fevil.example', '/%2F%2Fevil.example'],
		// Both resolve to this site: a user name before our host, a scheme-relative path.
		['//evil.example@127.0.0.1:3000', '/'],
		['http:evil.example', '/evil.example']
	])('aPathOnThisSite_%s_isFollowedAs_%s', (next, expected) => {
		expect(target(next)).toBe(expected);
	});

	it.each([
		null,
		'',
		'//evil.example',
		'//evil.example/konto',
		'/\\evil.example',
		'\\\\evil.example',
		'\\/evil.example',
		'/\t/evil.example',
		'/\n/evil.example',
		'/\r\n/evil.example',
		'\t//evil.example',
		' //evil.example',
		'/\u0000/evil.example'.replace('\u0000', '\t'),
		'/.//evil.example',
		'/./\\evil.example',
		'https://evil.example',
		'http://127.0.0.1:3001/konto',
		'https://127.0.0.1:3000/konto',
		'javascript:alert(1)',
		'data:text/html,<script>alert(1)</script>',
		'///evil.example',
		'/\\/evil.example',
		'http://[::1',
		'//%65vil.example'
	])('anotherOriginOrABrokenTarget_%j_fallsBackToTheAccount', (next) => {
		expect(target(next)).toBe('/konto');
	});

	it('whatItReturnsNeverStartsWithTwoSlashesOrABackslash', () => {
		const pieces = ['/', '\\', '\t', '\n', '.', '..', '%2f', 'evil.example', ':', '@', '?', '#', ' '];
		let seed = 7;
		const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
		for (let i = 0; i < 5000; i++) {
			const length = 1 + (next() % 6);
			const value = Array.from({ length }, () => pieces[next() % pieces.length]).join('');
			const result = target(value);
			expect(result, JSON.stringify(value)).toMatch(/^\/(?![/\\])/);
			expect(new URL(result, origin).origin, JSON.stringify(value)).toBe(origin);
		}
	});
});
