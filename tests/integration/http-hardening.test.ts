/**
 * What an outside probe of the production build found, each answered over HTTP: redirects after
 * sign-in stay on the site, unreadable bodies are refused without a 500, every early answer carries
 * the site's headers and page, and the API answers in JSON whatever the path.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type Actor, type World, startBuiltWorld } from '../support/access-world';
import { describeBuilt, type BuiltApp } from '../support/built-app';
import { payloads } from '../support/form-payloads';

/** The headers every answer must carry, whatever it is. */
function expectSecurityHeaders(response: Response, what: string) {
	const h = response.headers;
	expect(h.get('content-security-policy'), `${what}: CSP`).toMatch(/frame-ancestors 'none'/);
	expect(h.get('x-frame-options'), `${what}: X-Frame-Options`).toBe('DENY');
	expect(h.get('x-content-type-options'), `${what}: nosniff`).toBe('nosniff');
	expect(h.get('referrer-policy'), `${what}: Referrer-Policy`).toBe('strict-origin-when-cross-origin');
	// The test site is served over http: HSTS there would be meaningless.
	expect(h.get('strict-transport-security'), `${what}: HSTS over http`).toBeNull();
}

/** A request `fetch` refuses to send (TRACE), through Node's own client. */
function rawRequest(origin: string, method: string, path: string) {
	return new Promise<{ status: number; headers: Headers; body: string }>((resolve, reject) => {
		const sent = httpRequest(`${origin}${path}`, { method }, (res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk) => (body += chunk));
			res.on('end', () => {
				const headers = new Headers();
				for (const [name, value] of Object.entries(res.headers))
					if (typeof value === 'string') headers.set(name, value);
				resolve({ status: res.statusCode!, headers, body });
			});
		});
		sent.on('error', reject);
		sent.end();
	});
}

const noStack = (body: string) => expect(body).not.toMatch(/\n\s+at .+:\d+:\d+|TypeError|SyntaxError/);

describeBuilt('HTTP hardening', () => {
	let world: World;
	let app: BuiltApp;
	const cookieOf = async (actor: Actor) => `session=${(await signIn(world, actor))!.token}`;

	beforeAll(async () => ({ world, app } = await startBuiltWorld()));
	afterAll(() => app?.close());

	describe('redirect after sign-in', () => {
		const hostile = [
			'/\\evil.example',
			'/\t/evil.example',
			'//evil.example',
			'/%09/evil.example',
			'https://evil.example'
		];

		it.each(hostile)('signedInVisit_next_%j_staysOnTheSite', async (next) => {
			const response = await app.fetch(`/logowanie?next=${encodeURIComponent(next)}`, {
				headers: { cookie: await cookieOf('applicantA') }
			});
			expect(response.status).toBe(303);
			const location = response.headers.get('location')!;
			expect(location).toMatch(/^\/(?![/\\])/);
			expect(new URL(location, app.origin).origin).toBe(app.origin);
			expectSecurityHeaders(response, 'redirect');
		});

		it.each(hostile)('signInPost_next_%j_staysOnTheSite', async (next) => {
			const response = await app.fetch(`/logowanie?next=${encodeURIComponent(next)}`, {
				method: 'POST',
				headers: { origin: app.origin, accept: 'text/html' },
				body: payloads.signIn(world.login.email, world.login.password)
			});
			expect(response.status).toBe(303);
			const location = response.headers.get('location')!;
			expect(location).toMatch(/^\/(?![/\\])/);
			expect(new URL(location, app.origin).origin).toBe(app.origin);
		});

		it('aPathOnTheSite_isFollowedWithItsQuery', async () => {
			const response = await app.fetch(`/logowanie?next=${encodeURIComponent('/praktyki?q=lodz')}`, {
				headers: { cookie: await cookieOf('applicantA') }
			});
			expect(response.headers.get('location')).toBe('/praktyki?q=lodz');
		});
	});

	describe('unreadable bodies', () => {
		it.each(['/logowanie', '/rejestracja', '/reset-hasla', '/en/logowanie'])(
			'textPlainPost_%s_is415WithTheSitePageAndNoStack',
			async (path) => {
				const response = await app.fetch(path, {
					method: 'POST',
					headers: { origin: app.origin, 'content-type': 'text/plain', accept: 'text/html' },
					body: 'email=a@example.org'
				});
				expect(response.status).toBe(415);
				const body = await response.text();
				expect(body).toContain('multipart/form-data');
				expect(body).toContain('<nav');
				noStack(body);
				expectSecurityHeaders(response, path);
			}
		);

		it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
			'actionNamedAfterAnObjectMember_%s_is404NotA500',
			async (name) => {
				const response = await app.fetch(`/logowanie?/${name}`, {
					method: 'POST',
					headers: { origin: app.origin, accept: 'text/html' },
					body: payloads.signIn(world.login.email, 'wrong')
				});
				expect(response.status).toBe(404);
				expect(await response.text()).toContain('<nav');
				expectSecurityHeaders(response, name);
			}
		);

		it('textPlainPost_enhanced_is415InJson', async () => {
			const response = await app.fetch('/logowanie', {
				method: 'POST',
				headers: {
					origin: app.origin,
					'content-type': 'text/plain',
					accept: 'application/json',
					'x-sveltekit-action': 'true'
				},
				body: 'x'
			});
			expect(response.status).toBe(415);
			expect(await response.json()).toEqual({ message: expect.stringContaining('form') });
		});

		it.each([
			[
				'multipart/form-data; boundary=x',
				'--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF'
			],
			['multipart/form-data', 'no boundary at all'],
			['multipart/form-data; boundary=y', 'garbage without any boundary']
		])('brokenMultipartUpload_%s_is400WithoutAStack', async (type, body) => {
			const draft = world.perPhase.open.draftA;
			const response = await app.fetch(`/zgloszenia/${draft}?/upload`, {
				method: 'POST',
				headers: {
					origin: app.origin,
					accept: 'text/html',
					'content-type': type,
					cookie: await cookieOf('applicantA')
				},
				body
			});
			expect(response.status).toBe(400);
			const text = await response.text();
			noStack(text);
			expect(text).toContain('<nav');
			expectSecurityHeaders(response, 'broken upload');
		});
	});

	describe('early answers', () => {
		it('signInRedirect_carriesEveryHeader', async () => {
			const response = await app.fetch('/admin');
			expect(response.status).toBe(303);
			expect(response.headers.get('location')).toBe('/logowanie?next=%2Fadmin');
			expectSecurityHeaders(response, '303');
		});

		it.each([
			['/wyloguj', 'POST'],
			['/konto/__data.json', 'GET']
		])('anonymous_%s_%s_is401WithEveryHeader', async (path, method) => {
			const response = await app.fetch(path, {
				method,
				headers: { origin: app.origin, 'content-type': 'application/x-www-form-urlencoded' },
				body: method === 'POST' ? '' : undefined
			});
			expect(response.status).toBe(401);
			expectSecurityHeaders(response, '401');
		});

		it('signedIn403_isTheSitePageUncachedWithEveryHeader', async () => {
			const response = await app.fetch('/admin', { headers: { cookie: await cookieOf('applicantA') } });
			expect(response.status).toBe(403);
			expectSecurityHeaders(response, '403');
			expect(response.headers.get('cache-control')).toContain('no-store');
			const body = await response.text();
			expect(body).toContain('<nav');
			expect(body).toContain('Brak dostępu do tej strony.');
			expect(body).toContain('lang="pl"');
			// Signed in: the navigation says so.
			expect(body).toContain('href="/konto"');
			expect(body).not.toContain('href="/logowanie"');
		});

		it('signedIn403_underEn_isInEnglish', async () => {
			const response = await app.fetch('/en/admin/uzytkownicy', {
				headers: { cookie: await cookieOf('juror') }
			});
			expect(response.status).toBe(403);
			const body = await response.text();
			expect(body).toContain('lang="en"');
			expect(body).toContain('You have no access to this page.');
			expect(body).toContain('<nav');
		});

		it('signedIn403_forDataAndEnhancedActions_isJson', async () => {
			const cookie = await cookieOf('applicantA');
			const data = await app.fetch('/admin/__data.json', { headers: { cookie } });
			expect(data.status).toBe(403);
			expectSecurityHeaders(data, '403 data');
			expect(data.headers.get('cache-control')).toContain('no-store');
		});

		it('unknownPage_is404WithTheSitePageAndEveryHeader', async () => {
			const response = await app.fetch('/nie-ma-takiej-strony', {
				headers: { cookie: await cookieOf('applicantA') }
			});
			expect(response.status).toBe(404);
			expectSecurityHeaders(response, '404');
			expect(response.headers.get('cache-control')).toContain('no-store');
			expect(await response.text()).toContain('<nav');
		});

		it.each(['/api/v1/editions', '/healthz', '/robots.txt', '/api/v1/export.csv'])(
			'nonHtml_%s_getsARestrictivePolicy',
			async (path) => {
				const response = await app.fetch(path);
				expect(response.status).toBe(200);
				expectSecurityHeaders(response, path);
				expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
			}
		);

		it('trace_onAPage_is405WithEveryHeader', async () => {
			const response = await rawRequest(app.origin, 'TRACE', '/praktyki');
			expect(response.status).toBe(405);
			expect(response.headers.get('allow')).toBe('GET, HEAD, POST');
			expectSecurityHeaders(response as unknown as Response, 'TRACE page');
		});

		it.each(['/favicon.svg', '/robots.txt'])('staticOrPlain_%s_carriesEveryHeader', async (path) => {
			const response = await app.fetch(path);
			expect(response.status).toBe(200);
			expectSecurityHeaders(response, path);
		});

		it('crossSiteFormPost_refusedBySvelteKit_carriesEveryHeader', async () => {
			const response = await app.fetch('/logowanie', {
				method: 'POST',
				headers: { origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
				body: 'email=a'
			});
			expect(response.status).toBe(403);
			expectSecurityHeaders(response, 'cross-site post');
		});

		it('aPublicPage_shipsNoScript_andItsPolicyAllowsNoInlineScript', async () => {
			// Public pages are rendered without JavaScript, so their policy needs no hash and no nonce.
			const response = await app.fetch('/praktyki');
			expect(response.headers.get('content-security-policy')).toContain("script-src 'self';");
			expect(await response.text()).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
		});
	});

	describe('API', () => {
		it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
			'objectPropertyName_%s_isAnUnknownParameter',
			async (name) => {
				const response = await app.fetch(`/api/v1/practices?${name}=1`);
				expect(response.status).toBe(400);
				expect(await response.json()).toEqual({ error: `Unknown parameter "${name}"` });
			}
		);

		it.each([
			['/api/v1/practices/%C0%AE', 400],
			['/api/v1/practices/%E0%A4%A', 400],
			['/api/v1/%FF', 400],
			['/api/v1/nie-ma', 404],
			['/api/v2/practices', 404],
			['/en/api/v1/nie-ma', 404]
		])('%s_answersJson_%i', async (path, status) => {
			const response = await app.fetch(path, { headers: { accept: 'text/html' } });
			expect(response.status).toBe(status);
			expect(response.headers.get('content-type')).toMatch(/^application\/json/);
			expect(await response.json()).toEqual({ error: expect.any(String) });
			expectSecurityHeaders(response, path);
		});

		it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('%s_is405WithAllowInJson', async (method) => {
			const response = await app.fetch('/api/v1/practices', { method });
			expect(response.status).toBe(405);
			expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
			expect(await response.json()).toEqual({ error: expect.stringContaining(method) });
		});

		it.each(['/api/v1/editions', '/api/v1/practices/praktyka-publiczna', '/en/api/v1/places'])(
			'trace_%s_is405WithAllowInJson',
			async (path) => {
				const response = await rawRequest(app.origin, 'TRACE', path);
				expect(response.status).toBe(405);
				expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
				expect(JSON.parse(response.body)).toEqual({ error: expect.stringContaining('TRACE') });
				expectSecurityHeaders(response as unknown as Response, `TRACE ${path}`);
			}
		);

		it('options_listsTheMethods', async () => {
			const response = await app.fetch('/api/v1/editions', { method: 'OPTIONS' });
			expect(response.status).toBe(204);
			expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
		});
	});
});
