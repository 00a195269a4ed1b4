import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';

test('catalogueFilters_narrowTheListAndShowCounts', async ({ page }) => {
	await page.goto('/praktyki');
	const total = Number(await page.getByRole('status').locator('strong').innerText());
	// The seed's 11 distinctions, and any an edition published by an earlier test added.
	const option = await page.getByLabel('Status').locator('option[value="awarded"]').innerText();
	const awarded = Number(/\((\d+)\)/.exec(option)?.[1]);
	expect(awarded).toBeGreaterThanOrEqual(11);
	await page.getByLabel('Status').selectOption('awarded');
	await page.getByRole('button', { name: 'Pokaż wyniki' }).click();
	await expect(page).toHaveURL(/status=awarded/);
	await expect(page.getByRole('status').locator('strong')).toHaveText(String(awarded));
	expect(total).toBeGreaterThan(awarded);
	await expect(page.getByLabel('Status').locator('option:checked')).toHaveText(`Wyróżnienie (${awarded})`);
	await page.goBack();
	await expect(page).toHaveURL(/\/praktyki$/);
});

test('search_highlightsMatchesAndPassesAxe', async ({ page }) => {
	await page.goto('/praktyki?q=wielokulturow');
	await expect(page.getByRole('main').getByRole('article').first()).toContainText('Centrum Wielokulturowe');
	await expect(page.locator('mark').first()).toBeVisible();
	await expectNoSeriousA11yViolations(page);
});

test('languageSwitch_showsTheSamePageInEnglish', async ({ page }) => {
	await page.goto('/praktyki');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/en\/praktyki$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice catalogue');
	await page.getByRole('main').getByRole('article').first().getByRole('link').click();
	await expect(page).toHaveURL(/\/en\/praktyki\/[a-z0-9-]+$/);
	await expect(page.getByRole('heading', { name: 'At a glance' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	// Exact: "wielkopolskie voivodeship" in the practice's facts is a link too.
	await page.getByRole('link', { name: 'Polski', exact: true }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
});

for (const [name, path] of [
	['places and map', '/miejsca'],
	['a place', '/miejsca/lublin'],
	['editions', '/edycje'],
	['an edition with charts', '/edycje/miasta-otwarte-2015'],
	['open data', '/api'],
	['recommendations', '/rekomendacje'],
	['sign in', '/logowanie'],
	['registration', '/rejestracja'],
	['password reset', '/reset-hasla']
] as const) {
	test(`page_${name.replaceAll(' ', '_')}_rendersAndPassesAxe`, async ({ page }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectNoSeriousA11yViolations(page);
	});
}

test('map_markersLinkToThePlacePages', async ({ page }) => {
	await page.goto('/miejsca');
	await page
		.getByRole('group', { name: /Mapa Polski/ })
		.getByRole('link', { name: /^Lublin/ })
		.click();
	await expect(page).toHaveURL(/\/miejsca\/lublin$/);
	await expect(page.getByRole('main').getByRole('article')).not.toHaveCount(0);
});

test('practicePage_printsWithoutNavigation', async ({ page }) => {
	await page.goto('/praktyki/warszawa-komisja-dialogu-spolecznego-ds-cudzoziemcow');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Główna nawigacja' })).toBeHidden();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('phoneWidth_hasNoHorizontalScroll', async ({ browser }) => {
	const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
	for (const path of [
		'/',
		'/praktyki',
		'/praktyki/warszawa-komisja-dialogu-spolecznego-ds-cudzoziemcow',
		'/praktyki/lublin-study-in-lublin',
		'/miejsca',
		'/miejsca/lublin',
		'/edycje',
		'/edycje/miasta-otwarte-2015',
		'/rekomendacje',
		'/api',
		'/en/edycje/miasta-otwarte-2015'
	]) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
	await page.close();
});
