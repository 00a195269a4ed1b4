import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { DEMO_ADMIN, DEMO_PASSWORD, signIn } from './support';

const DEMO_APPLICANT = 'miasto@demo.miasta-otwarte.test';
const run = Date.now().toString(36);
const title = `Punkt porad dla cudzoziemców ${run}`;

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

/** The Poznań office sends an entry with a PDF attached to the demo edition. */
async function sendEntryWithAttachment(page: Page) {
	await signIn(page, DEMO_APPLICANT, DEMO_PASSWORD);
	await page.goto('/zgloszenia');
	await page.getByLabel('Edycja').selectOption('demo');
	await page.getByLabel('Tytuł praktyki').fill(title);
	await page.getByRole('button', { name: 'Utwórz szkic' }).click();
	await expect(page).toHaveURL(/\/zgloszenia\/punkt-porad/);
	await page.getByLabel('Streszczenie').fill('Punkt informacyjny dla cudzoziemców w urzędzie miasta.');
	await page
		.getByLabel('Opis (Markdown)')
		.fill(
			'Punkt udziela porad cudzoziemcom, pomaga w sprawach urzędowych, tłumaczy pisma i kieruje do właściwych instytucji w mieście.'
		);
	await page.getByRole('checkbox').first().check();
	await page.getByRole('group', { name: 'Grupy docelowe' }).getByRole('checkbox').first().check();
	await page.getByRole('button', { name: 'Zapisz szkic' }).click();
	await expect(page.getByText('Zapisano.')).toBeVisible();
	await page.getByLabel(/Dodaj plik/).setInputFiles({
		name: 'sprawozdanie.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.from('%PDF-1.4\n%%EOF\n')
	});
	await page.getByRole('button', { name: 'Wyślij plik' }).click();
	await expect(page.getByRole('link', { name: 'sprawozdanie.pdf' })).toBeVisible();
	await page.getByRole('link', { name: 'Sprawdź i zgłoś…' }).click();
	await page.getByRole('button', { name: 'Tak, zgłaszam do konkursu' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Potwierdzenie zgłoszenia');
}

test('organiser_readsTheWholeEntryAndItsAttachment_beforeDecidingEligibility', async ({ browser }) => {
	const applicant = await (await browser.newContext()).newPage();
	await sendEntryWithAttachment(applicant);
	await applicant.context().close();

	const page = await (await browser.newContext()).newPage();
	await signIn(page, DEMO_ADMIN, DEMO_PASSWORD);
	// The panel is in the top menu; its dashboard counts what waits and links to it.
	await page
		.getByRole('navigation', { name: 'Główna nawigacja' })
		.getByRole('link', { name: 'Panel organizatora' })
		.first()
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Panel organizatora');
	const todo = page.getByRole('listitem').filter({ hasText: 'zgłoszenia czekające na ocenę formalną' });
	await expect(todo).not.toContainText(/^\s*0/);
	await expectNoSeriousA11yViolations(page);
	await todo.getByRole('link', { name: 'Przejdź do zgłoszeń' }).click();
	await expect(page).toHaveURL(/\/admin\/zgloszenia\?decision=awaiting$/);
	await expect(page.getByLabel('Ocena formalna')).toHaveValue('awaiting');

	// The title leads to the whole entry, read-only, beside the checklist and the decision.
	await page.getByRole('link', { name: title, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
	const entry = page.getByRole('article');
	await expect(entry).toContainText('Punkt udziela porad cudzoziemcom');
	await expect(entry).toContainText('Urząd Miasta Poznania');
	await expect(page.getByRole('region', { name: 'Warunki dopuszczenia' })).toBeVisible();
	const file = entry.getByRole('link', { name: 'sprawozdanie.pdf' });
	const download = await page.request.get((await file.getAttribute('href'))!);
	expect(download.status()).toBe(200);
	expect(download.headers()['content-disposition']).toContain('filename="sprawozdanie.pdf"');
	expect((await download.body()).toString()).toContain('%PDF-1.4');
	await expectNoSeriousA11yViolations(page);

	// Refusing needs a reason; what was chosen stays chosen.
	const decision = page.getByRole('region', { name: 'Decyzja' });
	await decision.getByLabel('Niedopuszczone').check();
	await decision.getByRole('button', { name: 'Zapisz decyzję' }).click();
	await expect(decision.getByRole('alert')).toContainText('Podaj uzasadnienie');
	await expect(decision.getByLabel('Niedopuszczone')).toBeChecked();
	await decision.getByLabel(/Uzasadnienie/).fill('Działanie nie dotyczy integracji cudzoziemców.');
	await decision.getByRole('button', { name: 'Zapisz decyzję' }).click();
	await expect(decision.getByRole('status')).toContainText('Zapisano decyzję');
	await expect(page.locator('.meta .badge')).toHaveText('Niedopuszczone');

	// The list filters by decision without JavaScript (a GET form).
	await page.goto('/admin/zgloszenia');
	await page.getByLabel('Ocena formalna').selectOption('ineligible');
	await page.getByRole('button', { name: 'Filtruj' }).click();
	await expect(page).toHaveURL(/decision=ineligible/);
	await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
	await page.getByLabel('Ocena formalna').selectOption('awaiting');
	await page.getByRole('button', { name: 'Filtruj' }).click();
	await expect(page.getByRole('link', { name: title, exact: true })).toHaveCount(0);

	// The audit log says it in a sentence, with names.
	await page.goto('/admin/dziennik');
	await expect(
		page.getByText(`Urzędniczka z Poznania (demo) złożyła zgłoszenie „${title}”.`).first()
	).toBeVisible();
	await expect(
		page.getByText(`Organizator (demo) uznał zgłoszenie „${title}” za niedopuszczone`).first()
	).toBeVisible();
	await page.context().close();
});

for (const javaScriptEnabled of [true, false]) {
	test(`phaseStepBar_confirmsBeforeMovingOn_${javaScriptEnabled ? 'withJs' : 'withoutJs'}`, async ({
		browser
	}) => {
		const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
		await signIn(page, DEMO_ADMIN, DEMO_PASSWORD);
		const slug = `etapy-${run}-${javaScriptEnabled ? 'js' : 'nojs'}`;
		await page.goto('/admin/edycje');
		await page.getByLabel('Nazwa edycji').fill(`Etapy ${run}`);
		await page.getByLabel('Identyfikator w adresie').fill(slug);
		await page.getByRole('button', { name: 'Utwórz edycję' }).click();
		await expect(page).toHaveURL(new RegExp(`/admin/edycje/${slug}$`));

		const steps = page.getByRole('list', { name: 'Etapy edycji, od szkicu do archiwum' });
		await expect(steps.getByRole('listitem')).toHaveCount(6);
		await expect(steps.locator('[aria-current="step"]')).toContainText('szkic');
		await expect(steps.getByRole('listitem').nth(1)).toContainText('otwarcie: nie ustalono');
		await expect(steps).not.toContainText('— — —');

		// Asking to move on only asks; cancelling leaves the phase as it was.
		await page.getByRole('button', { name: 'Przejdź do etapu: nabór zgłoszeń…' }).click();
		const confirmation = page.getByRole('group', { name: 'Przejść do etapu: nabór zgłoszeń?' });
		await expect(confirmation).toContainText('Etapów nie można cofnąć');
		// axe runs as a script in the page: only where the page runs scripts.
		if (javaScriptEnabled) await expectNoSeriousA11yViolations(page);
		await confirmation.getByRole('link', { name: 'Anuluj' }).click();
		await expect(steps.locator('[aria-current="step"]')).toContainText('szkic');

		await page.getByRole('button', { name: 'Przejdź do etapu: nabór zgłoszeń…' }).click();
		await page.getByRole('button', { name: 'Tak, przejdź do etapu: nabór zgłoszeń' }).click();
		await expect(page.getByRole('status')).toContainText('Edycja przeszła do etapu: nabór zgłoszeń.');
		await expect(steps.locator('[aria-current="step"]')).toContainText('nabór zgłoszeń');
		await expect(page.getByRole('button', { name: 'Przejdź do etapu: ocena jury…' })).toBeVisible();
		await page.context().close();
	});
}
