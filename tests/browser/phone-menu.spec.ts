import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { DEMO_ADMIN, DEMO_PASSWORD, signIn } from './support';

const phone = { width: 390, height: 844 };
const menuItems = [
	'Katalog praktyk',
	'Rekomendacje',
	'Miasta i regiony',
	'Edycje',
	'Dane otwarte',
	'Zaloguj się',
	'English'
];

const mainNavigation = (page: Page) => page.getByRole('navigation', { name: 'Główna nawigacja' });
// A <summary>: browsers expose it as a button that reports whether it is expanded, while
// Playwright's role queries give it no role, so it is found by its element.
const menuButton = (page: Page) => mainNavigation(page).locator('summary', { hasText: 'Menu' });

async function openPhone(browser: Browser, javaScriptEnabled: boolean) {
	const context = await browser.newContext({ viewport: phone, javaScriptEnabled, locale: 'pl-PL' });
	const page = await context.newPage();
	await page.goto('/praktyki');
	return { context, page };
}

// Public pages ship no scripts; pages behind a sign-in run the app, which adds to the menu.
const organiserItems = [...menuItems.slice(0, 5), 'Panel organizatora', 'Moje konto', 'English'];

async function openPhoneSignedIn(browser: Browser) {
	const context = await browser.newContext({ viewport: phone, locale: 'pl-PL' });
	const page = await context.newPage();
	await signIn(page, DEMO_ADMIN, DEMO_PASSWORD);
	return { context, page };
}

async function expectEveryItemInView(page: Page, items = menuItems) {
	const nav = mainNavigation(page);
	for (const name of items) {
		const link = nav.getByRole('link', { name, exact: true });
		await expect(link, name).toBeVisible();
		await expect(link, name).toBeInViewport({ ratio: 1 });
	}
}

for (const javaScriptEnabled of [true, false]) {
	test(`phone_menuButtonRevealsEveryItem_${javaScriptEnabled ? 'withJs' : 'withoutJs'}`, async ({
		browser
	}) => {
		const { context, page } = await openPhone(browser, javaScriptEnabled);
		const button = menuButton(page);
		await expect(button).toBeVisible();
		await expect(mainNavigation(page).getByRole('link', { name: 'English' })).toBeHidden();

		await button.click();
		await expectEveryItemInView(page);
		// axe runs as a script in the page, so it checks the open menu where scripts run.
		if (javaScriptEnabled) await expectNoSeriousA11yViolations(page);

		// Following an item leads where it says.
		await mainNavigation(page).getByRole('link', { name: 'Edycje', exact: true }).click();
		await expect(page).toHaveURL(/\/edycje$/);
		await context.close();
	});
}

test('phone_menuOpenedBeforeTheScriptsArrive_staysOpenOnceTheyDo', async ({ browser }) => {
	const { context, page } = await openPhoneSignedIn(browser);
	let releaseScripts = () => {};
	const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await scriptsHeld;
		await route.continue();
	});
	await page.goto('/konto', { waitUntil: 'domcontentloaded' });
	const button = menuButton(page);
	await button.click();
	await expect(mainNavigation(page).getByRole('link', { name: 'Edycje', exact: true })).toBeVisible();

	releaseScripts();
	// The button reports its state only once the page is hydrated.
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	await expectEveryItemInView(page, organiserItems);
	await context.close();
});

test('phone_menuWorksFromTheKeyboard_andEscapeCloses', async ({ browser }) => {
	const { context, page } = await openPhoneSignedIn(browser);
	await page.goto('/konto');
	const button = menuButton(page);
	await expect(button).toHaveAttribute('aria-expanded', 'false');
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	await expectEveryItemInView(page, organiserItems);

	await page.keyboard.press('Tab');
	await expect(mainNavigation(page).getByRole('link', { name: 'Katalog praktyk' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(button).toHaveAttribute('aria-expanded', 'false');
	await expect(button).toBeFocused();
	await expect(mainNavigation(page).getByRole('link', { name: 'Katalog praktyk' })).toBeHidden();

	// After following a link within the app the menu is closed on the next page.
	await page.keyboard.press('Space');
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	await mainNavigation(page).getByRole('link', { name: 'Panel organizatora' }).click();
	await expect(page).toHaveURL(/\/admin$/);
	await expect(button).toHaveAttribute('aria-expanded', 'false');
	await expect(mainNavigation(page).getByRole('link', { name: 'Panel organizatora' })).toBeHidden();
	await context.close();
});

test('phone_menuIsInEnglishUnderEn', async ({ browser }) => {
	const context = await browser.newContext({ viewport: phone });
	const page = await context.newPage();
	await page.goto('/en/praktyki');
	const nav = page.getByRole('navigation', { name: 'Main navigation' });
	await nav.locator('summary', { hasText: 'Menu' }).click();
	for (const name of ['Practice catalogue', 'Sign in', 'Polski']) {
		await expect(nav.getByRole('link', { name }), name).toBeInViewport({ ratio: 1 });
	}
	await context.close();
});

test('desktop_menuIsOneRowWithoutAButton', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.goto('/praktyki');
	const nav = mainNavigation(page);
	await expect(nav.locator('summary')).toBeHidden();
	await expectEveryItemInView(page);
	const tops = await Promise.all(
		menuItems.map(async (name) => (await nav.getByRole('link', { name, exact: true }).boundingBox())?.y)
	);
	expect(new Set(tops).size, 'all items on one line').toBe(1);
	await expectNoSeriousA11yViolations(page);
	await context.close();
});
