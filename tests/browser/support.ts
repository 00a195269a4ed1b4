import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-password-for-browser-tests';
export const DEMO_ADMIN = 'admin@demo.miasta-otwarte.test';

export async function signIn(page: Page, email: string, password: string) {
	await page.goto('/logowanie');
	await page.getByLabel('Adres e-mail').fill(email);
	await page.getByLabel('Hasło').fill(password);
	await page.getByRole('button', { name: 'Zaloguj się' }).click();
	// Applicants land on their entries, everyone else on their account.
	await expect(page).toHaveURL(/\/(konto|zgloszenia)$/);
}

export async function signOut(page: Page) {
	await page.goto('/konto');
	await page.getByRole('button', { name: 'Wyloguj się' }).click();
	await expect(page).toHaveURL(/\/$/);
}
