import { describe, expect, it } from 'vitest';
import { applySecurityHeaders, baseCsp } from '../../src/lib/server/http/headers';

describe('applySecurityHeaders', () => {
	it('https_addsHsts', () => {
		const headers = new Headers();
		applySecurityHeaders(headers, { https: true });
		expect(headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
	});

	it('http_hasNoHsts', () => {
		const headers = new Headers();
		applySecurityHeaders(headers, { https: false });
		expect(headers.get('strict-transport-security')).toBeNull();
	});

	it('aResponseWithoutItsOwnPolicy_getsOneThatAllowsNothing', () => {
		const headers = new Headers();
		applySecurityHeaders(headers, { https: false });
		expect(headers.get('content-security-policy')).toBe(baseCsp);
		expect(baseCsp).toMatch(/^default-src 'none';.*frame-ancestors 'none'/);
		expect(headers.get('x-frame-options')).toBe('DENY');
		expect(headers.get('x-content-type-options')).toBe('nosniff');
		expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
	});

	it('aPagePolicy_isKept', () => {
		const headers = new Headers({ 'content-security-policy': "script-src 'nonce-x'" });
		applySecurityHeaders(headers, { https: true });
		expect(headers.get('content-security-policy')).toBe("script-src 'nonce-x'");
	});
});
