/**
 * The JavaScript each public page makes a browser fetch, as the built app serves it over the seed
 * catalogue: none (public pages are server-rendered documents, `csr = false` in their layout). The
 * goal is at most 60 KB gzipped; the helpers that find and weigh a page's scripts are checked here
 * too, so that "none" is not a helper that finds nothing. `npm run bench:pages` prints the weights
 * with Lighthouse's scores.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { loadCatalogue } from '../../seed/catalogue';
import { seedCatalogue } from '../../seed/seed';
import { describeBuilt, startBuiltApp, type BuiltApp } from '../support/built-app';
import { useTestDatabase } from '../support/database';
import { javascriptOf, scriptsNamedBy, staticImportsOf } from '../support/page-weight';

it('scriptsNamedBy_findsLinkHeaderModulepreloadsScriptTagsAndInlineImports', () => {
	const html =
		'<link rel="modulepreload" href="/_app/a.js"><script src="/b.js"></script>' +
		'<script>Promise.all([import("/_app/entry/start.js")]).then(() => {})</script>';
	const header =
		'</_app/c.css>; rel="preload"; as="style"; nopush, </_app/nodes/0.js>; rel="modulepreload"; nopush';
	expect(scriptsNamedBy(html, header).sort()).toEqual([
		'/_app/a.js',
		'/_app/entry/start.js',
		'/_app/nodes/0.js',
		'/b.js'
	]);
});

it('staticImportsOf_followsImportsAndReExportsButNotDynamicImports', () => {
	const code =
		'import"../chunks/A.js";import{a as b}from"../chunks/B.js";export{c}from"./C.js";' +
		'const n=[()=>import("./nodes/1.js")];';
	expect(staticImportsOf(code).sort()).toEqual(['../chunks/A.js', '../chunks/B.js', './C.js']);
});

describeBuilt('JavaScript weight of public pages', () => {
	let db: Db;
	let app: BuiltApp;

	beforeAll(async () => {
		db = await useTestDatabase();
		await seedCatalogue(db, loadCatalogue());
		app = await startBuiltApp(db);
	});
	afterAll(() => app?.close());

	/** The first link under `prefix` on `page`: one page of each kind from the seed. */
	async function firstLink(page: string, prefix: string) {
		const html = await (await app.fetch(page)).text();
		const match = new RegExp(`href="(${prefix}/[^"?#/]+)"`).exec(html);
		expect(match, `a link to ${prefix}/… on ${page}`).not.toBeNull();
		return match![1];
	}

	const bothLanguages = (pages: string[]) => [...pages, ...pages.map((p) => `/en${p === '/' ? '' : p}`)];

	it('everyPublicPage_loadsNoJavaScript', async () => {
		const pages = [
			'/',
			'/praktyki',
			'/praktyki?q=punkt',
			await firstLink('/praktyki', '/praktyki'),
			await firstLink('/miejsca', '/miejsca'),
			await firstLink('/edycje', '/edycje'),
			'/rekomendacje',
			await firstLink('/rekomendacje', '/rekomendacje'),
			'/miejsca',
			'/edycje',
			'/api',
			'/logowanie',
			'/rejestracja',
			'/reset-hasla',
			'/zaproszenie/no-such-invitation'
		];
		const loaded: Record<string, string[]> = {};
		for (const page of bothLanguages(pages)) {
			const response = await app.fetch(page);
			expect(response.status, page).toBe(200);
			const js = await javascriptOf((path) => app.fetch(path), page);
			if (js.files.length > 0) loaded[page] = js.files.map((f) => f.path);
		}
		expect(loaded).toEqual({});
	});
});
