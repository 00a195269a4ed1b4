import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { DEMO_PASSWORD, signIn, signOut } from './support';

const WHY_JURY_MISSING = 'Nie ma takiego zgłoszenia wśród przydzielonych Tobie.';

/** The site's own header (with its navigation) and footer surround the error page. */
async function expectSiteFrame(page: Page, catalogue: string) {
	const siteNav = page.getByRole('banner').getByRole('navigation');
	await expect(siteNav).toBeVisible();
	await expect(siteNav.getByRole('link', { name: catalogue })).toBeVisible();
	await expect(page.getByRole('contentinfo')).toBeVisible();
}

test('unknownAddress_showsTheNotFoundPageWithTheSiteNavigation', async ({ page }) => {
	const response = await page.goto('/nie-ma-takiej-strony/wcale');
	expect(response?.status()).toBe(404);
	await expectSiteFrame(page, 'Katalog praktyk');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nie znaleziono strony (błąd 404)');
	await expect(page.getByRole('main')).toContainText('Adres mógł się zmienić albo zawierać literówkę.');
	await expect(
		page.getByRole('main').getByRole('link', { name: 'Przeglądaj katalog praktyk' })
	).toHaveAttribute('href', '/praktyki');
	await expect(page.getByRole('main')).not.toContainText('Not Found');
	await expectNoSeriousA11yViolations(page);
});

test('unknownAddressInEnglish_isTheEnglishNotFoundPage', async ({ page }) => {
	const response = await page.goto('/en/no-such-page');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expectSiteFrame(page, 'Practice catalogue');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found (error 404)');
	await expect(
		page.getByRole('main').getByRole('link', { name: 'Browse the practice catalogue' })
	).toHaveAttribute('href', '/en/praktyki');
	await expectNoSeriousA11yViolations(page);
});

test('applicantOpeningTheAdminArea_getsTheForbiddenPageWithTheSiteNavigation', async ({ page }) => {
	await signIn(page, 'miasto@demo.miasta-otwarte.test', DEMO_PASSWORD);
	const response = await page.goto('/admin');
	expect(response?.status()).toBe(403);
	await expectSiteFrame(page, 'Katalog praktyk');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brak dostępu (błąd 403)');
	const main = page.getByRole('main');
	await expect(main).toContainText('Brak dostępu do tej strony.');
	await expect(main).toContainText('To konto nie ma uprawnień do tej strony.');
	await expect(main.getByRole('link', { name: 'Przejdź do swojego konta' })).toBeVisible();
	await expect(main.getByRole('link', { name: 'Wróć na stronę główną' })).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	await signOut(page);
});

test('refusalsInsideTheRouteGroups_keepTheirOwnSentence', async ({ page }) => {
	await page.goto('/jury');
	await expect(page).toHaveURL(/\/logowanie\?next=%2Fjury$/);

	await signIn(page, 'juror@demo.miasta-otwarte.test', DEMO_PASSWORD);
	expect((await page.goto('/admin/edycje/demo'))?.status()).toBe(403);
	await expect(page.getByRole('main')).toContainText('Brak dostępu do tej strony.');
	await signOut(page);

	await signIn(page, 'miasto@demo.miasta-otwarte.test', DEMO_PASSWORD);
	expect((await page.goto('/jury/demo'))?.status()).toBe(404);
	await expectSiteFrame(page, 'Katalog praktyk');
	await expect(page.getByRole('main')).toContainText(WHY_JURY_MISSING);
	await signOut(page);
});
