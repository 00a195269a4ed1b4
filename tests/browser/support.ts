import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { MongoClient, type Db } from 'mongodb';

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

/** The running site's database, from the lock file the launcher keeps in its data directory. */
export async function withDatabase<T>(work: (db: Db) => Promise<T>): Promise<T> {
	const { uri } = JSON.parse(readFileSync('.data/e2e/run.lock', 'utf8')) as { uri: string };
	const name = /^mongodb:\/\/[^/]+\/([^?]+)/.exec(uri)?.[1] ?? 'miasta-otwarte';
	const client = new MongoClient(uri);
	await client.connect();
	try {
		return await work(client.db(decodeURIComponent(name)));
	} finally {
		await client.close();
	}
}

/** Moves the edition shown on `page` (its organiser page) to the next phase, through the confirmation. */
export async function advancePhase(page: Page, phase: string) {
	await page.getByRole('button', { name: `Przejdź do etapu: ${phase}…` }).click();
	await page.getByRole('button', { name: `Tak, przejdź do etapu: ${phase}` }).click();
	await expect(page.getByRole('status')).toContainText(`Edycja przeszła do etapu: ${phase}.`);
}

/**
 * Links and forms on an /en page that lead to a Polish page: every address must keep /en, unless
 * it is on the same page (`#…`, `?…`), elsewhere (`https:`, `mailto:`), a file (an attachment, a
 * download) or the language switch.
 */
export async function polishAddressesOn(page: Page): Promise<string[]> {
	return page
		.locator('main a[href], main form[action], main [formaction], header a[href]')
		.evaluateAll((elements) =>
			elements.flatMap((el) => {
				if (el.hasAttribute('download') || el.hasAttribute('hreflang')) return [];
				const address =
					el.getAttribute('href') ?? el.getAttribute('action') ?? el.getAttribute('formaction')!;
				const kept = /^(\/en(\/|$|\?|#)|[#?]|https?:|mailto:|\/zalaczniki\/)/.test(address);
				return kept ? [] : [`<${el.tagName.toLowerCase()}> ${address}`];
			})
		);
}
