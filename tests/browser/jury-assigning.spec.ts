import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { advancePhase, DEMO_ADMIN, DEMO_PASSWORD, signIn, signOut } from './support';

const DEMO_JUROR = 'juror@demo.miasta-otwarte.test';
const run = Date.now().toString(36);
const edition = `przydzial-${run}`;
const applicantEmail = `zglaszajaca-${run}@example.org`;
const applicantPassword = 'Jasny-Rower-2034-Jesien';
const titles = [`Punkt porad ${run}`, `Rada imigrantów ${run}`];

test.describe.configure({ mode: 'serial' });

/** The applicant writes an entry with everything required and sends it. */
async function submitEntry(page: Page, title: string) {
	await page.goto('/zgloszenia');
	await page.getByLabel('Edycja').selectOption(edition);
	await page.getByLabel('Tytuł praktyki').fill(title);
	await page.getByRole('button', { name: 'Utwórz szkic' }).click();
	await expect(page).toHaveURL(/\/zgloszenia\/[a-z0-9-]+$/);
	await page.getByLabel('Streszczenie').fill('Praktyka miasta dla cudzoziemców, opisana na potrzeby testu.');
	await page
		.getByLabel('Opis (Markdown)')
		.fill(
			'Miasto prowadzi działania dla cudzoziemców: porady, pomoc w sprawach urzędowych, tłumaczenia pism i kierowanie do instytucji.'
		);
	await page.getByRole('checkbox').first().check();
	await page.getByRole('group', { name: 'Grupy docelowe' }).getByRole('checkbox').first().check();
	await page.getByRole('button', { name: 'Zapisz szkic' }).click();
	await expect(page.getByText('Zapisano.')).toBeVisible();
	await page.reload();
	await page.getByRole('link', { name: 'Sprawdź i zgłoś…' }).click();
	await page.getByRole('button', { name: 'Tak, zgłaszam do konkursu' }).click();
	await expect(page.getByTestId('receipt-number')).toBeVisible();
}

test('anEditionWithTwoEntriesAndTheDemoJurorOnItsJury', async ({ page, browser }) => {
	await signIn(page, DEMO_ADMIN, DEMO_PASSWORD);
	await page.goto('/admin/edycje');
	await page.getByLabel('Nazwa edycji').fill(`Przydział ${run}`);
	await page.getByLabel('Identyfikator w adresie').fill(edition);
	await page.getByLabel('Zamknięcie naboru').fill('2099-12-31T23:59');
	await page.getByRole('button', { name: 'Utwórz edycję' }).click();
	await expect(page).toHaveURL(new RegExp(`/admin/edycje/${edition}$`));
	await advancePhase(page, 'nabór zgłoszeń');

	await page.goto('/admin/zaproszenia');
	await page.getByLabel('Adres e-mail').fill(applicantEmail);
	await page.getByLabel('Rola').selectOption('applicant');
	await page.getByLabel('Edycja').selectOption(edition);
	await page.getByLabel('Organizacja (dla zgłaszających)').selectOption({ index: 1 });
	await page.getByRole('button', { name: 'Wyślij zaproszenie' }).click();
	await expect(page.getByRole('status')).toContainText(applicantEmail);

	await page.goto(`/admin/edycje/${edition}/jury`);
	const add = page.locator('form[action="?/add"]');
	await add.getByLabel('Istniejące konto').selectOption({ label: `Juror (demo) (${DEMO_JUROR})` });
	await add.getByRole('button', { name: 'Dodaj do jury' }).click();
	await expect(page.getByText('Dodano jurora.')).toBeVisible();

	await page.goto('/admin/poczta');
	const invitation = page.getByRole('article').filter({ hasText: applicantEmail }).first();
	const link = /\/zaproszenie\/[a-z2-7]+/.exec(await invitation.innerText())![0];
	const applicant = await (await browser.newContext()).newPage();
	await applicant.goto(link, { waitUntil: 'networkidle' });
	await applicant.getByLabel('Imię i nazwisko').fill('Zgłaszająca Testowa');
	await applicant.getByLabel(/Hasło/).fill(applicantPassword);
	await applicant.getByRole('button', { name: 'Załóż konto' }).click();
	await expect(applicant).toHaveURL(/\/konto$/);
	for (const title of titles) await submitEntry(applicant, title);
	await applicant.context().close();
});

test('jurorSavesPreferencesBeforeTheAssignment', async ({ page }) => {
	await signIn(page, DEMO_JUROR, DEMO_PASSWORD);
	await page.goto(`/jury/${edition}/preferencje`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Preferencje: Przydział ${run}`);
	await page
		.getByRole('group', { name: `Twoja preferencja: ${titles[0]}` })
		.getByLabel('wolę nie')
		.check();
	await page
		.getByRole('group', { name: `Twoja preferencja: ${titles[1]}` })
		.getByLabel('chcę oceniać')
		.check();
	await page.getByRole('button', { name: 'Zapisz preferencje' }).click();
	await expect(page.getByRole('status')).toHaveText('Zapisano preferencje (zmienione: 2).');
	await expect(
		page.getByRole('group', { name: `Twoja preferencja: ${titles[0]}` }).getByLabel('wolę nie')
	).toBeChecked();
	await expectNoSeriousA11yViolations(page);

	await page.goto(`/en/jury/${edition}/preferencje`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Preferences: Przydział ${run}`);
	await expect(
		page.getByRole('group', { name: `Your preference: ${titles[1]}` }).getByLabel('I want to score it')
	).toBeChecked();
	await expectNoSeriousA11yViolations(page);
	await signOut(page);
});

test('organiserAssignsOneJurorPerEntry_changesOnePair_watchesProgress_andRemindsTheJury', async ({
	page
}) => {
	await signIn(page, DEMO_ADMIN, DEMO_PASSWORD);
	await page.goto(`/admin/edycje/${edition}`);
	await advancePhase(page, 'ocena jury');
	await page.getByRole('link', { name: 'Przydział zgłoszeń' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Przydział zgłoszeń: Przydział ${run}`);

	await page.getByRole('radio', { name: /Określona liczba jurorów na zgłoszenie/ }).check();
	await page.getByLabel('Jurorów na zgłoszenie (przy równym obciążeniu)').fill('1');
	await page.getByRole('button', { name: 'Zapisz sposób i przydziel' }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Przydział zapisany: dodano 2, usunięto 0, pozostawiono 0.'
	);
	const jurors = page.getByRole('table', { name: 'Obciążenie jurorów i potwierdzenie przydziału' });
	await expect(jurors.getByRole('row', { name: /Juror \(demo\)/ })).toContainText('2');
	await expect(jurors.getByRole('row', { name: /Juror \(demo\)/ })).toContainText('nie potwierdził(a)');
	await expectNoSeriousA11yViolations(page);

	// One pair off and back on, by hand.
	const pairs = page.getByRole('table', { name: 'Kto ocenia które zgłoszenie' });
	await pairs.getByRole('button', { name: new RegExp(`^Usuń ?: Juror \\(demo\\) — ${titles[0]}$`) }).click();
	await expect(page.getByText('Usunięto przydział.')).toBeVisible();
	await expect(page.getByRole('note').filter({ hasText: 'Zgłoszenia z niepełną obsadą' })).toContainText(
		titles[0]
	);
	const add = page.locator('form[action="?/add"]');
	await add.getByLabel('Juror').selectOption({ label: 'Juror (demo)' });
	await add.getByLabel('Zgłoszenie').selectOption({ label: titles[0] });
	await add.getByRole('button', { name: 'Dodaj przydział' }).click();
	await expect(page.getByText('Dodano przydział.')).toBeVisible();
	await expect(pairs.getByRole('row', { name: new RegExp(titles[0]) })).toContainText('ręczny');

	// The grid: both entries assigned, none started.
	await page.getByRole('link', { name: 'Postęp oceniania' }).click();
	const grid = page.getByRole('table', { name: /Stan ocen/ });
	const row = grid.getByRole('row', { name: new RegExp(titles[1]) });
	await expect(row.getByRole('link', { name: /nie rozpoczęto/ })).toHaveAttribute(
		'href',
		new RegExp(`/jury/${edition}/`)
	);
	await expect(row).toContainText('0 z 1');
	await expect(grid.getByRole('row', { name: /Ocenione przez jurora/ })).toContainText('0 z 2');
	await expectNoSeriousA11yViolations(page);

	await page.getByRole('button', { name: 'Wyślij przypomnienia' }).click();
	await expect(page.getByRole('status')).toHaveText('Wysłano przypomnienia: 1.');
	await page.getByRole('button', { name: 'Wyślij przypomnienia' }).click();
	await expect(page.getByRole('status')).toContainText('nie wysłano ich ponownie');

	await page.goto('/admin/poczta');
	const reminder = page
		.getByRole('article')
		.filter({ hasText: `Przypomnienie: oceny w edycji „Przydział ${run}”` });
	await expect(reminder).toHaveCount(1);
	await expect(reminder).toContainText(titles[0]);
	await expect(reminder).toContainText(titles[1]);
});
