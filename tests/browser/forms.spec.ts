import { expect, test, type Browser } from '@playwright/test';
import { DEMO_ADMIN, DEMO_PASSWORD, signIn } from './support';

const DEMO_APPLICANT = 'miasto@demo.miasta-otwarte.test';

async function signedInPage(browser: Browser, email: string, javaScriptEnabled = true) {
	const context = await browser.newContext({ javaScriptEnabled });
	const page = await context.newPage();
	await signIn(page, email, DEMO_PASSWORD);
	return page;
}

test.describe('without JavaScript', () => {
	test('editionForm_keepsWhatWasTypedShowsErrorsAndThenCreates', async ({ browser }) => {
		const page = await signedInPage(browser, DEMO_ADMIN, false);
		const slug = `bez-js-${Date.now()}`;
		await page.goto('/admin/edycje');
		await page.getByLabel('Nazwa edycji').fill('Edycja bez JavaScriptu');
		await page.getByLabel('Identyfikator w adresie').fill(slug);
		await page.getByLabel('Rok').fill('');
		await page.getByLabel('Opis (Markdown)').fill('Opis, którego nie wolno zgubić.');
		await page.getByLabel('angielski').check();
		await page.getByRole('button', { name: 'Utwórz edycję' }).click();

		await expect(page.getByText('Podaj rok (2000–2100).')).toBeVisible();
		await expect(page.getByLabel('Opis (Markdown)')).toHaveValue('Opis, którego nie wolno zgubić.');
		await expect(page.getByLabel('Identyfikator w adresie')).toHaveValue(slug);
		await expect(page.getByLabel('angielski')).toBeChecked();
		await expect(page.getByLabel('Rok')).toHaveAttribute('aria-invalid', 'true');

		await page.getByLabel('Rok').fill('2027');
		await page.getByRole('button', { name: 'Utwórz edycję' }).click();
		await expect(page).toHaveURL(new RegExp(`/admin/edycje/${slug}$`));
		// A new edition starts from the template of criteria.
		await expect(page.getByLabel('Nazwa', { exact: true }).first()).toHaveValue('Trafność');
		await page.context().close();
	});

	test('signIn_failureKeepsTheEmailButNeverThePassword', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/logowanie');
		await page.getByLabel('Adres e-mail').fill('nikt@example.org');
		await page.getByLabel('Hasło').fill('nie-to-hasło-123');
		await page.getByRole('button', { name: 'Zaloguj się' }).click();
		await expect(page.getByRole('alert')).toBeVisible();
		await expect(page.getByLabel('Adres e-mail')).toHaveValue('nikt@example.org');
		await expect(page.getByLabel('Hasło')).toHaveValue('');
		expect(await page.content()).not.toContain('nie-to-hasło-123');
		await context.close();
	});
});

test('twoOfficialsEditingOneDraft_secondSeesBothVersionsAndCanSaveTheMerge', async ({ browser }) => {
	const first = await signedInPage(browser, DEMO_APPLICANT);
	await first.goto('/zgloszenia');
	await first.getByLabel('Tytuł praktyki').fill('Wspólny szkic dwóch urzędników');
	await first.getByRole('button', { name: 'Utwórz szkic' }).click();
	await expect(first).toHaveURL(/\/zgloszenia\/wspolny-szkic/);
	const second = await signedInPage(browser, DEMO_APPLICANT);
	await second.goto(first.url(), { waitUntil: 'networkidle' });
	await first.waitForLoadState('networkidle');

	await first.getByLabel('Streszczenie').fill('Wersja pierwszej osoby.');
	await first.getByRole('button', { name: 'Zapisz szkic' }).click();
	await expect(first.getByText('Zapisano.')).toBeVisible();

	await second.getByLabel('Streszczenie').fill('Wersja drugiej osoby, której nie wolno zgubić.');
	await second.getByRole('button', { name: 'Zapisz szkic' }).click();
	await expect(second.getByRole('alert')).toContainText('Ktoś inny zapisał tę praktykę w międzyczasie');
	await expect(second.getByLabel('Streszczenie')).toHaveValue(
		'Wersja drugiej osoby, której nie wolno zgubić.'
	);
	await expect(second.getByRole('region', { name: 'Wersja zapisana przez kogoś innego' })).toContainText(
		'Wersja pierwszej osoby.'
	);

	await second.getByLabel('Streszczenie').fill('Wersja pierwszej osoby. Wersja drugiej osoby.');
	await second.getByRole('button', { name: 'Zapisz szkic' }).click();
	await expect(second.getByText('Zapisano.')).toBeVisible();
	await first.reload();
	await expect(first.getByLabel('Streszczenie')).toHaveValue('Wersja pierwszej osoby. Wersja drugiej osoby.');
	await first.context().close();
	await second.context().close();
});

test('accountPages_underEn_speakEnglishIncludingTheServersMessages', async ({ page }) => {
	await page.goto('/en/reset-hasla', { waitUntil: 'networkidle' });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Forgot your password?');
	await page.getByLabel("Your account's email address").fill('not-an-address');
	await page.getByRole('button', { name: 'Send the link' }).click();
	await expect(page.getByText('Enter a valid email address.')).toBeVisible();
	await page.getByLabel("Your account's email address").fill('nobody@example.org');
	await page.getByRole('button', { name: 'Send the link' }).click();
	await expect(page.getByRole('status')).toContainText('If an account with this address exists');

	await page.goto('/en/zaproszenie/no-such-invitation');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create account');
	await expect(page.getByText('This invitation has expired or has already been used.')).toBeVisible();
});
