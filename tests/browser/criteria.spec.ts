import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { DEMO_ADMIN, DEMO_PASSWORD, signIn } from './support';

const row = (page: Page, n: number) => page.getByRole('group', { name: `Kryterium ${n}`, exact: true });
const labels = (page: Page) =>
	page
		.getByRole('group', { name: /^Kryterium \d+$/ })
		.getByLabel('Nazwa', { exact: true })
		.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

async function newEdition(page: Page) {
	await signIn(page, DEMO_ADMIN, DEMO_PASSWORD);
	const slug = `kryteria-${Date.now()}`;
	await page.goto('/admin/edycje');
	await page.getByLabel('Nazwa edycji').fill('Edycja z kryteriami');
	await page.getByLabel('Identyfikator w adresie').fill(slug);
	await page.getByRole('button', { name: 'Utwórz edycję' }).click();
	await expect(page).toHaveURL(new RegExp(`/admin/edycje/${slug}$`));
	return slug;
}

/** The organiser edits an edition's criteria with the row editor's buttons, without JavaScript. */
test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('criteria_addReorderRemoveAndSave', async ({ page }) => {
		const slug = await newEdition(page);

		// A new edition starts from the template.
		expect(await labels(page)).toEqual([
			'Trafność',
			'Partycypacja i podejście zintegrowane',
			'Udokumentowany efekt lokalny',
			'Możliwość przeniesienia',
			'Trwałość',
			'Koszt i efektywność'
		]);

		// Add: a seventh row, and the keyboard is in its name.
		await page.getByRole('button', { name: 'Dodaj kryterium' }).click();
		await expect(row(page, 7)).toBeVisible();
		await expect(row(page, 7).getByLabel('Nazwa', { exact: true })).toBeFocused();
		await expect(page.getByRole('status')).toContainText('Dodano kryterium 7.');
		await page.keyboard.type('Współpraca z uczelniami');

		// Saving it half-filled: messages at the fields, nothing typed lost, the keyboard at the first.
		await page.getByRole('button', { name: 'Zapisz kryteria' }).click();
		await expect(page.getByRole('alert')).toContainText('Kryteria nie zostały zapisane');
		await expect(row(page, 7).getByLabel('Nazwa', { exact: true })).toHaveValue('Współpraca z uczelniami');
		const description = row(page, 7).getByLabel('Opis: co jurorzy oceniają');
		await expect(description).toHaveAttribute('aria-invalid', 'true');
		await expect(description).toBeFocused();
		await expect(row(page, 7).getByText('Napisz, co oznacza ocena 3.')).toBeVisible();

		await description.fill('Czy praktykę prowadzi się z uczelnią lub ośrodkiem badawczym.');
		await row(page, 7).getByLabel('Waga').fill('5');
		for (const score of [1, 2, 3, 4, 5]) {
			await row(page, 7).getByLabel(`Ocena ${score}`).fill(`Współpraca na poziomie ${score}.`);
		}

		// Reorder: up twice; the keyboard stays on the moved row's button.
		await page.getByRole('button', { name: 'W górę: kryterium 7' }).click();
		await expect(page.getByRole('button', { name: 'W górę: kryterium 6' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('button', { name: 'W górę: kryterium 5' })).toBeFocused();
		await expect(page.getByRole('status')).toContainText(
			'Przesunięto kryterium „Współpraca z uczelniami” na miejsce 5.'
		);
		await expect(row(page, 5).getByLabel('Ocena 4')).toHaveValue('Współpraca na poziomie 4.');

		// Remove the first; the keyboard goes to the row that took its place.
		await page.getByRole('button', { name: 'Usuń: kryterium 1' }).click();
		await expect(row(page, 1).getByLabel('Nazwa', { exact: true })).toBeFocused();
		await expect(row(page, 7)).toHaveCount(0);

		await page.getByRole('button', { name: 'Zapisz kryteria' }).click();
		await expect(page.getByRole('status')).toHaveText('Zapisano kryteria.');

		// Stored in that order, with what was typed.
		await page.goto(`/admin/edycje/${slug}`);
		const saved = [
			'Partycypacja i podejście zintegrowane',
			'Udokumentowany efekt lokalny',
			'Możliwość przeniesienia',
			'Współpraca z uczelniami',
			'Trwałość',
			'Koszt i efektywność'
		];
		expect(await labels(page)).toEqual(saved);
		await expect(row(page, 4).getByLabel('Waga')).toHaveValue('5');

		// Enter in a field saves (it never moves a row).
		await row(page, 1).getByLabel('Waga').fill('25');
		await row(page, 1).getByLabel('Waga').press('Enter');
		await expect(page.getByRole('status')).toHaveText('Zapisano kryteria.');
		expect(await labels(page)).toEqual(saved);
		await expect(row(page, 1).getByLabel('Waga')).toHaveValue('25');
	});
});

/** The same editor with JavaScript: Superforms posts the rows without a reload, and axe checks it. */
test('criteria_withJavaScript_sameOperationsAndNoSeriousA11yViolations', async ({ page }) => {
	const slug = await newEdition(page);
	await page.waitForLoadState('networkidle');
	await expectNoSeriousA11yViolations(page);

	await page.getByRole('button', { name: 'Dodaj kryterium' }).click();
	await expect(row(page, 7).getByLabel('Nazwa', { exact: true })).toBeFocused();
	await page.keyboard.type('Dostępność informacji');
	await page.getByRole('button', { name: 'Zapisz kryteria' }).click();
	await expect(page.getByRole('alert')).toContainText('Kryteria nie zostały zapisane');
	await expect(row(page, 7).getByText('Opisz, co kryterium ocenia.')).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	await page.getByRole('button', { name: 'W górę: kryterium 7' }).click();
	await expect(page.getByRole('button', { name: 'W górę: kryterium 6' })).toBeFocused();
	await expect(row(page, 6).getByLabel('Nazwa', { exact: true })).toHaveValue('Dostępność informacji');
	await page.getByRole('button', { name: 'Usuń: kryterium 6' }).click();
	await expect(row(page, 6).getByLabel('Nazwa', { exact: true })).toBeFocused();
	await page.getByRole('button', { name: 'Zapisz kryteria' }).click();
	await expect(page.getByRole('status')).toHaveText('Zapisano kryteria.');
	await expectNoSeriousA11yViolations(page);

	await page.goto(`/admin/edycje/${slug}`);
	expect(await labels(page)).toHaveLength(6);
});
