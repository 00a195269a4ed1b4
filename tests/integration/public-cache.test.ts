/**
 * The cache of rendered public answers in the built app: a kept answer is the same as a freshly
 * rendered one, comes compressed when the client accepts it, a write through the app shows on the
 * next request, and no signed-in answer is ever kept or served to anyone else.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { loadCatalogue } from '../../seed/catalogue';
import { seedCatalogue } from '../../seed/seed';
import { collections } from '../../src/lib/server/db/collections';
import { createSession, generateSessionToken } from '../../src/lib/server/auth/session';
import { describeBuilt, startBuiltApp, type BuiltApp } from '../support/built-app';
import { createUser } from '../support/factories';
import { useTestDatabase } from '../support/database';
import { payloads } from '../support/form-payloads';

describeBuilt('public answer cache', () => {
	let db: Db;
	let app: BuiltApp;
	let admin: string;
	let slug: string;

	beforeAll(async () => {
		db = await useTestDatabase();
		await seedCatalogue(db, loadCatalogue());
		const { user } = await createUser(db, { isAdmin: true });
		const token = generateSessionToken();
		await createSession(db, token, user._id);
		admin = `session=${token}`;
		slug = (await collections(db).practices.findOne({ status: 'catalogue' }))!.slug;
		app = await startBuiltApp(db);
	});
	afterAll(() => app?.close());

	const anonymous = (path: string, headers: Record<string, string> = {}) => app.fetch(path, { headers });
	/** Rendered afresh: a cookie that names no session keeps the visitor anonymous but skips the cache. */
	const uncached = (path: string) => app.fetch(path, { headers: { cookie: 'session=nie-ma-takiej-sesji' } });

	it.each([
		'/',
		'/praktyki',
		'/praktyki?q=punkt%20informacyjny',
		'/en/praktyki?sort=title&page=1',
		'/miejsca',
		'/edycje',
		'/api/v1/practices?q=integracja',
		'/api/v1/places'
	])('cachedAnswer_%s_isTheSameAsARenderedOne', async (path) => {
		await anonymous(path);
		const cached = await anonymous(path);
		expect(cached.status).toBe(200);
		expect(cached.headers.get('x-cache')).toBe('hit');
		const fresh = await uncached(path);
		expect(fresh.status).toBe(200);
		expect(fresh.headers.get('x-cache')).toBeNull();
		expect(await cached.text()).toBe(await fresh.text());
		for (const header of ['content-type', 'content-security-policy', 'access-control-allow-origin'])
			expect(cached.headers.get(header), header).toBe(fresh.headers.get(header));
		expect(cached.headers.get('cache-control')).toMatch(/^public, .*stale-while-revalidate=\d+/);
	});

	it('pages_carryNoNonces_soAKeptPageKeepsAValidPolicy', async () => {
		const response = await anonymous('/praktyki');
		const policy = response.headers.get('content-security-policy')!;
		expect(policy).toMatch(/script-src 'self'/);
		expect(policy).not.toContain('nonce-');
		const html = await response.text();
		expect(html).not.toContain('nonce=');
		// Public pages ship no scripts; any inline one would have to be named by its hash.
		const { createHash } = await import('node:crypto');
		const inline = [
			...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)
		];
		for (const [, code] of inline)
			expect(policy).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
	});

	it.each(['br', 'gzip'])('compressed_%s_whenAccepted_withTheSameText', async (encoding) => {
		const plain = await anonymous('/praktyki', { 'accept-encoding': 'identity' });
		expect(plain.headers.get('content-encoding')).toBeNull();
		const compressed = await anonymous('/praktyki', { 'accept-encoding': encoding });
		expect(compressed.headers.get('content-encoding')).toBe(encoding);
		expect(compressed.headers.get('vary')).toMatch(/Accept-Encoding/);
		expect(await compressed.text()).toBe(await plain.text());
		const json = await anonymous('/api/v1/practices', { 'accept-encoding': encoding });
		expect(json.headers.get('content-encoding')).toBe(encoding);
		expect((await json.json()).total).toBeGreaterThan(0);
	});

	it('sameValidator_answers304_andHeadHasNoBody', async () => {
		const first = await anonymous('/praktyki/' + slug);
		const etag = first.headers.get('etag')!;
		expect(etag).toBeTruthy();
		const again = await anonymous('/praktyki/' + slug, { 'if-none-match': etag });
		expect(again.status).toBe(304);
		const head = await app.fetch('/praktyki/' + slug, { method: 'HEAD' });
		expect(head.status).toBe(200);
		expect(await head.text()).toBe('');
	});

	it('writeThroughTheApp_isVisibleOnTheNextRequest', async () => {
		const found = async () =>
			(await (await anonymous(`/api/v1/practices?q=redakcji&pageSize=100`)).json()).items.map(
				(p: { slug: string }) => p.slug
			);
		expect(await found()).not.toContain(slug);
		await anonymous(`/praktyki/${slug}`);
		expect((await anonymous(`/praktyki/${slug}`)).headers.get('x-cache')).toBe('hit');
		const version = (await collections(db).practices.findOne({ slug }))!.version;
		const stored = await collections(db).meta.findOne({ _id: 'catalogue' });
		const saved = await app.fetch(`/admin/katalog/${slug}`, {
			method: 'POST',
			headers: { cookie: admin, origin: app.origin, 'content-type': 'application/x-www-form-urlencoded' },
			body: payloads.curate(version)
		});
		expect(saved.status).toBe(200);
		expect(await saved.text()).toContain('Zapisano.');
		const page = await anonymous(`/praktyki/${slug}`);
		expect(page.headers.get('x-cache')).toBe('miss');
		expect(await page.text()).toContain('Praktyka po redakcji');
		expect(await found()).toContain(slug);
		// The stored version changed, so other instances rebuild too.
		const now = await collections(db).meta.findOne({ _id: 'catalogue' });
		expect(now?.version).toBeTruthy();
		expect(now?.version).not.toBe(stored?.version);
	});

	it('signedInAnswer_isNeverKept_norServedToAnotherVisitor', async () => {
		// What shows that an answer was made for a signed-in visitor: the account link, or the layout's data.
		const signedInMark = /\/konto|\{"signedIn":1,[^}]*\},true/;
		for (const path of ['/rekomendacje', '/rekomendacje/__data.json', '/api/v1/editions']) {
			// The signed-in visitor comes first, to an empty cache.
			const signedIn = await app.fetch(path, { headers: { cookie: admin } });
			expect(signedIn.status).toBe(200);
			expect(signedIn.headers.get('x-cache'), path).toBeNull();
			expect(signedIn.headers.get('cache-control'), path).toBe('private, no-store');
			const signedInBody = await signedIn.text();
			if (!path.startsWith('/api')) expect(signedInBody).toMatch(signedInMark);
			// Another visitor: rendered for them (nothing was kept), and without the signed-in links.
			const other = await anonymous(path);
			const kept = !path.endsWith('__data.json'); // SvelteKit makes data answers private: never kept
			expect(other.headers.get('x-cache'), path).toBe(kept ? 'miss' : null);
			expect(await other.text()).not.toMatch(signedInMark);
			expect((await anonymous(path)).headers.get('x-cache'), path).toBe(kept ? 'hit' : null);
			// Signed in again: still rendered for them, not the anonymous answer now kept.
			const again = await app.fetch(path, { headers: { cookie: admin } });
			expect(again.headers.get('x-cache'), path).toBeNull();
			expect(again.headers.get('cache-control'), path).toBe('private, no-store');
			if (!path.startsWith('/api')) expect(await again.text()).toMatch(signedInMark);
		}
	});

	it('exports_preparedOncePerVersion_compressedWhenAccepted_with304', async () => {
		const plain = await anonymous('/api/v1/export.json', { 'accept-encoding': 'identity' });
		const text = await plain.text();
		expect(JSON.parse(text).practices.length).toBeGreaterThan(0);
		for (const encoding of ['br', 'gzip']) {
			const compressed = await anonymous('/api/v1/export.json', { 'accept-encoding': encoding });
			expect(compressed.headers.get('content-encoding')).toBe(encoding);
			expect(await compressed.text()).toBe(text);
		}
		const etag = plain.headers.get('etag')!;
		expect((await anonymous('/api/v1/export.json', { 'if-none-match': etag })).status).toBe(304);
		const csv = await anonymous('/api/v1/export.csv', { 'accept-encoding': 'gzip' });
		expect(csv.headers.get('content-encoding')).toBe('gzip');
		expect(csv.headers.get('content-disposition')).toContain('miasta-otwarte-praktyki.csv');
		expect(await csv.text()).toContain('slug');
	});
});
