import { expect, it } from 'vitest';
import { sitemapXml } from '../../src/lib/server/catalogue/sitemap';

const origin = 'https://example.org';
const paths = ['/', '/praktyki', '/praktyki/a', '/praktyki/b', '/edycje/x'];
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

it('sitemapXml_listsEveryPathWithItsEnglishAlternate_whenWithinTheLimit', () => {
	const xml = sitemapXml(origin, paths, null)!;
	expect(xml).toContain('<urlset');
	expect(locs(xml)).toEqual(paths.map((p) => origin + p));
	expect(xml).toContain(`hreflang="en" href="${origin}/en"/>`);
	expect(xml).toContain(`hreflang="en" href="${origin}/en/praktyki/a"/>`);
	expect(sitemapXml(origin, paths, '1')).toBe(xml);
});

it('sitemapXml_pastTheLimit_isAnIndexOfPartsThatTogetherListEveryPathOnce', () => {
	const index = sitemapXml(origin, paths, null, 2)!;
	expect(index).toContain('<sitemapindex');
	expect(locs(index)).toEqual([1, 2, 3].map((n) => `${origin}/sitemap.xml?part=${n}`));
	const listed = ['1', '2', '3'].flatMap((part) => locs(sitemapXml(origin, paths, part, 2)!));
	expect(listed).toEqual(paths.map((p) => origin + p));
});

it('sitemapXml_aPartThatDoesNotExist_isNull', () => {
	for (const part of ['0', '4', '-1', 'abc', '1.5', '', '99999999']) {
		expect(sitemapXml(origin, paths, part, 2), part).toBeNull();
	}
});
