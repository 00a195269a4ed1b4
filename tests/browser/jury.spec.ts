import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { DEMO_ADMIN, DEMO_PASSWORD, signIn } from './support';

const DEMO_APPLICANT = 'miasto@demo.miasta-otwarte.test';
const DEMO_JUROR_NAME = 'Juror (demo)';

test('organiser_namesAJurorWithAnAffiliation_seesTheConflict_andClearsItWithAReason', async ({ browser }) => {
	// The Poznań office sends an entry to the demo edition.
	const applicant = await (await browser.newContext()).newPage();
	await signIn(applicant, DEMO_APPLICANT, DEMO_PASSWORD);
	const title = `Punkt porad dla cudzoziemców ${Date.now()}`;
	await applicant.goto('/zgloszenia');
	await applicant.getByLabel('Edycja').selectOption('demo');
	await applicant.getByLabel('Tytuł praktyki').fill(title);
	await applicant.getByRole('button', { name: 'Utwórz szkic' }).click();
	await expect(applicant).toHaveURL(/\/zgloszenia\/punkt-porad/);
	await applicant.getByLabel('Streszczenie').fill('Punkt informacyjny dla cudzoziemców w urzędzie miasta.');
	await applicant
		.getByLabel('Opis (Markdown)')
		.fill(
			'Punkt udziela porad cudzoziemcom, pomaga w sprawach urzędowych, tłumaczy pisma i kieruje do właściwych instytucji w mieście.'
		);
	await applicant.getByRole('checkbox').first().check();
	await applicant.getByRole('group', { name: 'Grupy docelowe' }).getByRole('checkbox').first().check();
	await applicant.getByRole('button', { name: 'Zapisz szkic' }).click();
	await expect(applicant.getByText('Zapisano.')).toBeVisible();
	await applicant.reload();
	await applicant.getByRole('link', { name: 'Sprawdź i zgłoś…' }).click();
	await applicant.getByRole('button', { name: 'Tak, zgłaszam do konkursu' }).click();
	await expect(applicant.getByTestId('receipt-number')).toBeVisible();
	await applicant.context().close();

	// The organiser names the demo juror, affiliated with the office, from the edition's page.
	const page = await (await browser.newContext()).newPage();
	await signIn(page, DEMO_ADMIN, DEMO_PASSWORD);
	await page.goto('/admin/edycje/demo');
	await page.getByRole('link', { name: 'Jury i konflikty interesów' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jury: Edycja demonstracyjna');
	const add = page.locator('form[action="?/add"]');
	await add
		.getByLabel('Istniejące konto')
		.selectOption({ label: 'Juror (demo) (juror@demo.miasta-otwarte.test)' });
	await add
		.getByRole('group', { name: 'Afiliacje: organizacje' })
		.getByLabel('Urząd Miasta Poznania')
		.check();
	await add.getByLabel('Zgoda na cytowanie').check();
	await add.getByRole('button', { name: 'Dodaj do jury' }).click();
	await expect(page.getByText('Dodano jurora.')).toBeVisible();
	const juror = page.locator('li.juror').filter({ hasText: DEMO_JUROR_NAME });
	await expect(juror).toContainText('Urząd Miasta Poznania');
	await expect(juror).toContainText('zgoda na cytowanie');

	// The conflict from the affiliation is there, and the organiser clears it with a reason.
	const row = page.getByRole('row').filter({ hasText: title });
	await expect(row).toContainText('konflikt');
	await expect(row).toContainText('Afiliacja: organizacja Urząd Miasta Poznania');
	await expectNoSeriousA11yViolations(page);
	await row.getByRole('button', { name: 'Uchyl konflikt' }).click();
	// The reason is required: nothing is sent without it (and the server refuses a short one).
	await expect(row).toContainText('konflikt');
	await row.getByLabel('Powód uchylenia').fill('Juror odszedł z urzędu w 2019 roku.');
	await row.getByRole('button', { name: 'Uchyl konflikt' }).click();
	const cleared = page.getByRole('row').filter({ hasText: title });
	await expect(cleared).toContainText('uchylony');
	await expect(cleared).toContainText('„Juror odszedł z urzędu w 2019 roku.”');
	await expect(cleared.getByRole('status')).toHaveText('Konflikt interesów uchylono.');
	await expectNoSeriousA11yViolations(page);
	await page.context().close();
});
