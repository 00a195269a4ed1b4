import { expect, test } from '@playwright/test';
import { DEMO_ADMIN, DEMO_PASSWORD, signIn } from './support';

/*
 * At 1280 px the main menu is one row for every role, in both languages: a signed-in organiser
 * or applicant has eight items, which once wrapped onto a second line.
 */
const accounts = [
	['organiser', DEMO_ADMIN],
	['applicant', 'miasto@demo.miasta-otwarte.test'],
	['juror', 'juror@demo.miasta-otwarte.test']
] as const;

for (const [role, email] of accounts) {
	test(`wideMenu_staysOnOneLine_for_${role}`, async ({ page }) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await signIn(page, email, DEMO_PASSWORD);
		for (const [prefix, label] of [
			['', 'Główna nawigacja'],
			['/en', 'Main navigation']
		]) {
			await page.goto(`${prefix}/konto`);
			const items = page.getByRole('navigation', { name: label }).locator('ul:visible > li');
			const tops = await items.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).offsetTop));
			expect(tops.length, `${role} ${prefix || 'pl'}`).toBeGreaterThanOrEqual(role === 'juror' ? 7 : 8);
			expect(new Set(tops).size, `${role} ${prefix || 'pl'}: ${tops.join(', ')}`).toBe(1);
			// The row stays inside the page: nothing scrolls sideways.
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
		}
	});
}
