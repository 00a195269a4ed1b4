import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-password-for-browser-tests';
export const DEMO_ADMIN = 'admin@demo.miasta-otwarte.test';

export async function signIn(page: Page, email: string, password: string) {
	await page.goto('/logowanie');
	await page.getByLabel('Adres e-mail').fill(email);
	await page.getByLabel('Hasło').fill(password);
	await page.getByRole('button', { name: 'Zaloguj się' }).click();
	await expect(page).toHaveURL(/\/konto$/);
}

export async function signOut(page: Page) {
	await page.goto('/konto');
	await page.getByRole('button', { name: 'Wyloguj się' }).click();
	await expect(page).toHaveURL(/\/$/);
}

/** Moves the edition shown on `page` (its organiser page) to the next phase, through the confirmation. */
export async function advancePhase(page: Page, phase: string) {
	await page.getByRole('button', { name: `Przejdź do etapu: ${phase}…` }).click();
	await page.getByRole('button', { name: `Tak, przejdź do etapu: ${phase}` }).click();
	await expect(page.getByRole('status')).toContainText(`Edycja przeszła do etapu: ${phase}.`);
}
