/**
 * The JavaScript each public page makes a browser fetch before it is interactive, as the built app
 * serves it over the seed catalogue: at most 60 KB gzipped (node:zlib level 9, one file at a time,
 * which is a little more than a browser receives). Sizes, not times: it does not depend on the
 * machine's load. `npm run bench:pages` prints the same figures with Lighthouse's scores.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { loadCatalogue } from '../../seed/catalogue';
import { seedCatalogue } from '../../seed/seed';
import { describeBuilt, startBuiltApp, type BuiltApp } from '../support/built-app';
import { useTestDatabase } from '../support/database';
import { javascriptOf, scriptsNamedBy, staticImportsOf } from '../support/page-weight';

const LIMIT = 60 * 1024;

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

	it('everyPublicPage_loadsAtMost60KbOfGzippedJavaScript', async () => {
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
			'/api'
		];
		const weights: Record<string, number> = {};
		for (const page of [...pages, ...pages.map((p) => `/en${p === '/' ? '' : p}`)]) {
			const js = await javascriptOf((path) => app.fetch(path), page);
			// The count is only meaningful when it found the app's code: its entry and the page's own node.
			expect(
				js.files.some((f) => f.path.includes('/entry/start.')),
				page
			).toBe(true);
			expect(js.files.filter((f) => f.path.includes('/nodes/')).length, page).toBeGreaterThanOrEqual(2);
			weights[page] = js.gzipBytes;
		}
		const over = Object.entries(weights).filter(([, bytes]) => bytes > LIMIT);
		expect(over, JSON.stringify(weights)).toEqual([]);
	});
});
