import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { DEMO_ADMIN, DEMO_PASSWORD, signIn } from './support';

/**
 * The applicant's path from a draft to a receipt: files never cost typed text (with and without
 * JavaScript), submitting and withdrawing are confirmed, the receipt is a page of its own that
 * prints, and the organiser's eligibility decision reaches the applicant in plain words.
 */
test.describe.configure({ mode: 'serial' });

const DEMO_APPLICANT = 'miasto@demo.miasta-otwarte.test';
const run = Date.now();
const pdf = (name: string) => ({
	name,
	mimeType: 'application/pdf',
	buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n')
});
const summary = 'Punkt informacyjny dla cudzoziemców prowadzony wspólnie przez miasto i uczelnię.';
const description =
	'### Jak działa\n\nPunkt działa od 2014 roku i udziela porad w kilku językach każdego dnia roboczego, także w sprawach pobytu.\n\n| Rok | Porady |\n| --- | --- |\n| 2014 | 1000 |';

async function newDraft(page: Page, title: string) {
	await page.goto('/zgloszenia');
	await page.getByLabel('Edycja').selectOption('demo');
	await page.getByLabel('Tytuł praktyki').fill(title);
	await page.getByRole('button', { name: 'Utwórz szkic' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	return page.url();
}

async function complete(page: Page) {
	await page.getByLabel('Streszczenie').fill(summary);
	await page.getByLabel('Opis (Markdown)').fill(description);
	await page.getByRole('group', { name: 'Kategorie' }).getByRole('checkbox').first().check();
	await page.getByRole('group', { name: 'Grupy docelowe' }).getByRole('checkbox').first().check();
	await page.getByRole('button', { name: 'Zapisz szkic' }).click();
	await expect(page.getByText('Zapisano.')).toBeVisible();
}

test('signIn_landsOnMyEntries_whichAreInTheMenu_andTheNewEntryPageExplainsTheRules', async ({ page }) => {
	await signIn(page, DEMO_APPLICANT, DEMO_PASSWORD);
	await expect(page).toHaveURL(/\/zgloszenia$/);
	const menu = page.getByRole('navigation', { name: 'Główna nawigacja' });
	await expect(menu.getByRole('link', { name: 'Moje zgłoszenia' }).first()).toHaveAttribute(
		'aria-current',
		'page'
	);
	await expect(page.getByRole('heading', { name: 'Na co patrzy jury' }).first()).toBeVisible();
	await expect(page.getByText('Termin zgłoszeń:').first()).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	// The places come in Polish order: Łódź after Lublin, not at the end.
	const url = await newDraft(page, `Kolejność miejsc ${run}`);
	const places = await page.getByLabel('Miejsce').locator('option').allInnerTexts();
	const lodz = places.indexOf('Łódź');
	expect(lodz).toBeGreaterThan(places.indexOf('Lublin'));
	expect(lodz).toBeLessThan(places.indexOf('Poznań'));
	// The preview sits under its field and rules its tables.
	await page.getByLabel('Opis (Markdown)').fill(description);
	await page.getByRole('button', { name: 'Pokaż podgląd opisu' }).click();
	const preview = page.getByRole('region', { name: 'Podgląd opisu' });
	await expect(preview.getByRole('table')).toBeVisible();
	expect(
		await preview
			.locator('td')
			.first()
			.evaluate((td) => getComputedStyle(td).borderTopStyle)
	).toBe('solid');
	const field = await page.getByLabel('Opis (Markdown)').boundingBox();
	const shown = await preview.boundingBox();
	expect(shown!.y - (field!.y + field!.height)).toBeLessThan(200);
	await expectNoSeriousA11yViolations(page);

	await page.goto('/en' + new URL(url).pathname);
	await expect(page.getByRole('heading', { name: 'What the jury looks for' })).toBeVisible();
	await expect(page.getByLabel('Summary')).toBeVisible();
	await expectNoSeriousA11yViolations(page);
});

test('withJavaScript_uploadingAFileKeepsTheTypedText', async ({ page }) => {
	await signIn(page, DEMO_APPLICANT, DEMO_PASSWORD);
	const url = await newDraft(page, `Plik z JavaScriptem ${run}`);
	await page.getByLabel('Streszczenie').fill(summary);
	await page.getByLabel(/Dodaj plik/).setInputFiles(pdf('sprawozdanie.pdf'));
	// No leave-page prompt may appear: the upload does not leave the page.
	page.on('dialog', (dialog) => {
		throw new Error(`unexpected dialog: ${dialog.message()}`);
	});
	await page.getByRole('button', { name: 'Wyślij plik' }).click();
	const files = page.getByRole('region', { name: 'Załączniki' });
	await expect(files.getByRole('link', { name: 'sprawozdanie.pdf' })).toBeVisible();
	await expect(files.getByRole('status')).toContainText('Dodano plik sprawozdanie.pdf');
	await expect(page.getByLabel('Streszczenie')).toHaveValue(summary);
	expect(page.url()).not.toContain('?/');
	// The same page, scrolled to its files.
	expect(page.url().replace(/#attachments$/, '')).toBe(url);
	await page.reload();
	await expect(page.getByLabel('Streszczenie')).toHaveValue(summary);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('uploadingAFileKeepsTheTypedText_andSubmittingIsConfirmedThenReceipted', async ({ page }) => {
		await signIn(page, DEMO_APPLICANT, DEMO_PASSWORD);
		await newDraft(page, `Plik bez JavaScriptu ${run}`);
		await page.getByLabel('Streszczenie').fill(summary);
		await page.getByLabel('Opis (Markdown)').fill(description);
		await page.getByLabel(/Dodaj plik/).setInputFiles(pdf('bez-js.pdf'));
		await page.getByRole('button', { name: 'Wyślij plik' }).click();
		await expect(page).not.toHaveURL(/\?\//);
		await expect(
			page.getByRole('region', { name: 'Załączniki' }).getByRole('link', { name: 'bez-js.pdf' })
		).toBeVisible();
		await expect(page.getByText('Dodano plik bez-js.pdf')).toBeVisible();
		await expect(page.getByLabel('Streszczenie')).toHaveValue(summary);
		await expect(page.getByLabel('Opis (Markdown)')).toHaveValue(description);

		await page.getByRole('group', { name: 'Kategorie' }).getByRole('checkbox').first().check();
		await page.getByRole('group', { name: 'Grupy docelowe' }).getByRole('checkbox').first().check();
		await page.getByRole('button', { name: 'Zapisz szkic' }).click();
		await expect(page.getByText('Zapisano.')).toBeVisible();
		await page.getByRole('link', { name: 'Sprawdź i zgłoś…' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zgłosić praktykę do konkursu?');
		await page.getByRole('button', { name: 'Tak, zgłaszam do konkursu' }).click();
		await expect(page).toHaveURL(/\/potwierdzenie$/);
		await expect(page.getByTestId('receipt-number')).toHaveText(/^MO-\d{4}-\d{6}$/);
		await expect(page.getByTestId('receipt-time')).toContainText('(czas polski)');
	});
});

test('submitting_isConfirmed_thenAReceiptThatPrints_andWithdrawingWarnsItCannotBeUndone', async ({
	page
}) => {
	await signIn(page, DEMO_APPLICANT, DEMO_PASSWORD);
	const title = `Zgłoszenie z potwierdzeniem ${run}`;
	const url = await newDraft(page, title);
	await complete(page);
	await page.getByLabel(/Dodaj plik/).setInputFiles(pdf('plan.pdf'));
	await page.getByRole('button', { name: 'Wyślij plik' }).click();
	await expect(page.getByRole('link', { name: 'plan.pdf' })).toBeVisible();

	await page.getByRole('link', { name: 'Sprawdź i zgłoś…' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zgłosić praktykę do konkursu?');
	await expect(page.getByText(summary)).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	await page.getByRole('button', { name: 'Tak, zgłaszam do konkursu' }).click();

	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Potwierdzenie zgłoszenia');
	const number = (await page.getByTestId('receipt-number').innerText()).trim();
	expect(number).toMatch(/^MO-\d{4}-\d{6}$/);
	await expect(page.getByTestId('receipt-time')).toHaveText(
		/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} \(czas polski\)$/
	);
	await expect(page.getByRole('heading', { name: 'Co dalej' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Co zostało wysłane' })).toContainText(summary);
	await expect(
		page.getByRole('region', { name: 'Co zostało wysłane' }).getByRole('link', { name: 'plan.pdf' })
	).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	// Printed, the receipt is only the receipt: no menu, no buttons.
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.site-header')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Drukuj' })).toBeHidden();
	await expect(page.getByTestId('receipt-number')).toBeVisible();
	await page.emulateMedia({ media: 'screen' });

	// Going back to the confirmation (the back button, a second tab) leads to the same receipt.
	await page.goto(`${url}/wyslij`);
	await expect(page.getByTestId('receipt-number')).toHaveText(number);

	// The sent entry reads as sent, not as a form; changing it is a deliberate step.
	await page.goto(url);
	await expect(page.getByLabel('Streszczenie')).toHaveCount(0);
	await expect(page.getByText(number)).toBeVisible();
	await expect(page.getByTestId('entry-status')).toHaveText('Zgłoszona');

	await page.goto('/en' + new URL(url).pathname + '/potwierdzenie');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Receipt of your entry');
	await expect(page.getByTestId('receipt-time')).toContainText('(Polish time)');
	await expectNoSeriousA11yViolations(page);

	await page.goto(url);
	await page.getByRole('link', { name: 'Wycofaj zgłoszenie…' }).click();
	await expect(page.getByText('Tego nie można cofnąć')).toBeVisible();
	await expectNoSeriousA11yViolations(page);
	await page.getByRole('button', { name: 'Tak, wycofuję zgłoszenie' }).click();
	await expect(page).toHaveURL(url);
	await expect(page.getByTestId('entry-status')).toHaveText('Wycofana');
	await expect(page.getByText('Zgłoszenie zostało wycofane.')).toBeVisible();
});

test('afterTheEligibilityDecision_theApplicantSeesAdmittedOrNotAdmittedWithTheReason', async ({
	page,
	browser
}) => {
	await signIn(page, DEMO_APPLICANT, DEMO_PASSWORD);
	const titles = [`Dopuszczane ${run}`, `Odrzucane ${run}`];
	for (const title of titles) {
		await newDraft(page, title);
		await complete(page);
		await page.getByRole('link', { name: 'Sprawdź i zgłoś…' }).click();
		await page.getByRole('button', { name: 'Tak, zgłaszam do konkursu' }).click();
		await expect(page.getByTestId('receipt-number')).toBeVisible();
	}

	const admin = await browser.newPage();
	await signIn(admin, DEMO_ADMIN, DEMO_PASSWORD);
	// The organiser decides on each entry's own page, beside the whole entry.
	const decide = async (title: string, eligible: boolean) => {
		await admin.goto('/admin/zgloszenia?edition=demo');
		await admin.getByRole('link', { name: title, exact: true }).click();
		const decision = admin.getByRole('region', { name: 'Decyzja' });
		if (eligible) await decision.getByLabel('Dopuszczone', { exact: true }).check();
		else {
			await decision.getByLabel('Niedopuszczone').check();
			await decision.getByLabel(/Uzasadnienie/).fill('Działanie trwa krócej niż rok.');
		}
		await decision.getByRole('button', { name: 'Zapisz decyzję' }).click();
		await expect(decision.getByRole('status')).toContainText('Zapisano decyzję');
	};
	await decide(titles[0], true);
	await decide(titles[1], false);
	await admin.close();

	await page.goto('/zgloszenia');
	const row = (title: string) => page.getByRole('listitem').filter({ hasText: title });
	await expect(row(titles[0]).locator('.badge')).toHaveText('Dopuszczona');
	await expect(row(titles[1]).locator('.badge')).toHaveText(
		'Niedopuszczona (Działanie trwa krócej niż rok.)'
	);
	await page.goto('/en/zgloszenia');
	await expect(row(titles[0]).locator('.badge')).toHaveText('Admitted');
	await expect(row(titles[1]).locator('.badge')).toHaveText('Not admitted (Działanie trwa krócej niż rok.)');
	await expectNoSeriousA11yViolations(page);
});
