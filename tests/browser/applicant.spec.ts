import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { advancePhase, DEMO_ADMIN, DEMO_PASSWORD, signIn, signOut } from './support';

test.describe.configure({ mode: 'serial' });

const applicantEmail = `urzedniczka-${Date.now()}@example.org`;
const applicantPassword = 'Poznań dba o nowych mieszkańców';
const edition = `e2e-${Date.now()}`;
/** The invited applicant's entry, which a self-registered claimant of the same organisation must not reach. */
let draftUrl = '';

test('anonymousVisitor_isSentToSignInAndCannotOpenTheAdminArea', async ({ page, request }) => {
	await page.goto('/admin');
	await expect(page).toHaveURL(/\/logowanie\?next=%2Fadmin$/);
	await expectNoSeriousA11yViolations(page);
	expect((await request.get('/admin/__data.json')).status()).toBe(401);
	expect(
		(
			await request.post('/admin/uzytkownicy?/setDisabled', { form: { userId: 'x', disabled: 'true' } })
		).status()
	).toBeGreaterThanOrEqual(400);
});

test('refusalDeepInTheSite_isTheStyledErrorPage', async ({ page }) => {
	await signIn(page, 'juror@demo.miasta-otwarte.test', DEMO_PASSWORD);
	const response = await page.goto('/admin/edycje/demo/jury');
	expect(response?.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('403');
	// The page's stylesheet is found from any depth (it was not, three folders down).
	const rules = await page.evaluate(() =>
		[...document.styleSheets].reduce((count, sheet) => count + sheet.cssRules.length, 0)
	);
	expect(rules).toBeGreaterThan(50);
	await signOut(page);
});

test('wrongPassword_getsTheGenericMessageAndKeepsTheEmail', async ({ page }) => {
	await page.goto('/logowanie');
	await page.getByLabel('Adres e-mail').fill(DEMO_ADMIN);
	await page.getByLabel('Hasło').fill('not the password');
	await page.getByRole('button', { name: 'Zaloguj się' }).click();
	await expect(page.getByRole('alert')).toHaveText('Nieprawidłowy e-mail lub hasło.');
	await expect(page.getByLabel('Adres e-mail')).toHaveValue(DEMO_ADMIN);
});

test('organiserOpensAnEditionAndInvitesAnApplicant', async ({ page }) => {
	await signIn(page, DEMO_ADMIN, DEMO_PASSWORD);
	await page.goto('/admin/edycje');
	await page.getByLabel('Nazwa edycji').fill('Edycja testowa');
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
	await signOut(page);
});

test('applicantAcceptsTheInvitationWritesOverTwoSessionsAndSubmits', async ({ page, browser }) => {
	// A long journey: invitation, two sessions, files, confirmation and receipt, the deadline.
	test.setTimeout(60_000);
	const admin = await browser.newPage();
	await signIn(admin, DEMO_ADMIN, DEMO_PASSWORD);
	await admin.goto('/admin/poczta');
	const invitation = admin.getByRole('article').filter({ hasText: applicantEmail }).first();
	const link = /\/zaproszenie\/[a-z2-7]+/.exec(await invitation.innerText())![0];

	await page.goto(link, { waitUntil: 'networkidle' });
	await page.getByLabel('Imię i nazwisko').fill('Anna Testowa');
	await page.getByLabel(/Hasło/).fill('krótkie');
	await page.getByRole('button', { name: 'Załóż konto' }).click();
	await expect(page.getByText('Hasło musi mieć co najmniej 12 znaków.')).toBeVisible();
	await expect(page.getByLabel('Imię i nazwisko')).toHaveValue('Anna Testowa');
	await page.getByLabel(/Hasło/).fill(applicantPassword);
	await page.getByRole('button', { name: 'Załóż konto' }).click();
	await expect(page).toHaveURL(/\/konto$/);

	await page.goto('/zgloszenia');
	await page.getByLabel('Edycja').selectOption(edition);
	await page.getByLabel('Tytuł praktyki').fill('Migrant Info Point w urzędzie');
	await page.getByRole('button', { name: 'Utwórz szkic' }).click();
	await expect(page).toHaveURL(/\/zgloszenia\/migrant-info-point-w-urzedzie-[0-9a-f]+$/);
	draftUrl = page.url();
	await page
		.getByLabel('Streszczenie')
		.fill('Punkt informacyjny dla cudzoziemców prowadzony wspólnie przez miasto i uczelnię.');
	await page.getByLabel('Najważniejsze liczby').fill('bez dwukropka');
	await page.getByRole('button', { name: 'Zapisz szkic' }).click();
	await expect(page.getByText('użyj „opis: wartość”')).toBeVisible();
	await expect(page.getByLabel('Streszczenie')).toHaveValue(/Punkt informacyjny dla cudzoziemców/);
	await page.getByLabel('Najważniejsze liczby').fill('Porady udzielone w 2014 r.: ponad 1000');
	await page.getByRole('button', { name: 'Zapisz szkic' }).click();
	await expect(page.getByText('Zapisano.')).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	await page.getByLabel(/Dodaj plik/).setInputFiles({
		name: 'ulotka.png',
		mimeType: 'image/png',
		buffer: Buffer.from('<html>not an image</html>')
	});
	await page.getByRole('button', { name: 'Wyślij plik' }).click();
	await expect(page.getByRole('alert')).toContainText('Dozwolone są tylko pliki PDF, PNG i JPEG');
	await page.getByLabel(/Dodaj plik/).setInputFiles({
		name: 'sprawozdanie.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.from('%PDF-1.4\n%%EOF\n')
	});
	await page.getByRole('button', { name: 'Wyślij plik' }).click();
	const attachment = page
		.getByRole('region', { name: 'Załączniki' })
		.getByRole('link', { name: 'sprawozdanie.pdf' });
	await expect(attachment).toBeVisible();
	const download = await page.request.get((await attachment.getAttribute('href'))!);
	expect(download.headers()['content-disposition']).toContain('attachment; filename="sprawozdanie.pdf"');
	expect((await download.body()).toString()).toContain('%PDF-1.4');
	await signOut(page);

	await signIn(page, applicantEmail, applicantPassword);
	await page.goto(draftUrl);
	await expect(page.getByLabel('Streszczenie')).toHaveValue(/Punkt informacyjny dla cudzoziemców/);
	await page
		.getByLabel('Opis (Markdown)')
		.fill(
			'### Cele\n\nPunkt udziela porad studentom i pracownikom z zagranicy, pomaga w sprawach urzędowych i kieruje do właściwych instytucji.\n\n- porady\n- asysta'
		);
	await page.getByRole('checkbox').first().check();
	await page.getByRole('group', { name: 'Grupy docelowe' }).getByRole('checkbox').first().check();
	await page.getByRole('button', { name: 'Podgląd opisu' }).first().click();
	await expect(
		page.getByRole('region', { name: 'Podgląd opisu' }).getByRole('heading', { name: 'Cele' })
	).toBeVisible();
	await page.getByRole('button', { name: 'Zapisz szkic' }).click();
	await expect(page.getByText('Zapisano.')).toBeVisible();
	await page.reload();
	await page.getByRole('link', { name: 'Sprawdź i zgłoś…' }).click();
	await page.getByRole('button', { name: 'Tak, zgłaszam do konkursu' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Potwierdzenie zgłoszenia');
	const number = await page.getByTestId('receipt-number').innerText();

	await admin.goto('/admin/poczta');
	await expect(
		admin
			.getByRole('article')
			.filter({ hasText: `Potwierdzenie zgłoszenia ${number}: Migrant Info Point w urzędzie` })
	).toHaveCount(1);

	// After the deadline (the organiser closes submissions), nothing can be changed any more.
	await page.goto(`${draftUrl}?zmien=1`);
	await admin.goto(`/admin/edycje/${edition}`);
	await advancePhase(admin, 'ocena jury');
	// A form posted by hand (no JavaScript, stale page) is refused by the server.
	await page.evaluate(() => {
		const form = document.querySelector<HTMLFormElement>('form[action="?/save"]')!;
		form.querySelector('fieldset')!.disabled = false;
		(form.elements.namedItem('title') as HTMLInputElement).value = 'Zmiana po terminie';
		form.submit();
	});
	await expect(page.getByRole('alert')).toContainText('Nabór jest zamknięty');
	await page.goto(draftUrl);
	await expect(page.getByText('To zgłoszenie można już tylko przeglądać')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Migrant Info Point w urzędzie');

	// The organiser's eligibility check: a refused decision keeps what was chosen and typed.
	await admin.goto(`/admin/zgloszenia?edition=${edition}`);
	await admin.getByRole('link', { name: 'Migrant Info Point w urzędzie', exact: true }).click();
	const entry = admin.getByRole('region', { name: 'Decyzja' });
	await entry.getByLabel('Niedopuszczone').check();
	await entry.getByRole('button', { name: 'Zapisz decyzję' }).click();
	await expect(entry.getByRole('alert')).toContainText('Podaj uzasadnienie');
	await expect(entry.getByLabel('Niedopuszczone')).toBeChecked();
	await entry.getByLabel('Dopuszczone', { exact: true }).check();
	await entry.getByRole('button', { name: 'Zapisz decyzję' }).click();
	await expect(entry.getByRole('status')).toContainText('Zapisano decyzję');
	await admin.close();
});

test('selfRegistration_isConfirmedByMail_andAClaimantSeesOnlyOwnDraftsUntilApproved', async ({
	page,
	browser
}) => {
	const admin = await browser.newPage();
	await signIn(admin, DEMO_ADMIN, DEMO_PASSWORD);
	const open = `${edition}-r`;
	await admin.goto('/admin/edycje');
	await admin.getByLabel('Nazwa edycji').fill('Edycja z rejestracją');
	await admin.getByLabel('Identyfikator w adresie').fill(open);
	await admin.getByLabel('Zamknięcie naboru').fill('2099-12-31T23:59');
	await admin.getByLabel(/Zgłaszający mogą się\s+sami zarejestrować/).check();
	await admin.getByRole('button', { name: 'Utwórz edycję' }).click();
	await expect(admin).toHaveURL(new RegExp(`/admin/edycje/${open}$`));
	await advancePhase(admin, 'nabór zgłoszeń');

	// Asks to join the invited applicant's organisation (the first on both lists).
	const email = `zglaszajaca-${Date.now()}@example.org`;
	const register = async () => {
		await page.goto('/rejestracja', { waitUntil: 'networkidle' });
		await page.getByLabel('Imię i nazwisko').fill('Ewa Rejestrująca');
		await page.getByLabel('Adres e-mail').fill(email);
		await page.getByLabel(/Hasło/).fill(applicantPassword);
		await page.getByLabel('Edycja').selectOption(open);
		await page.getByLabel('Organizacja', { exact: true }).selectOption({ index: 1 });
		await expectNoSeriousA11yViolations(page);
		await page.getByRole('button', { name: 'Załóż konto' }).click();
		await expect(page.getByRole('status')).toContainText('Sprawdź skrzynkę');
	};
	await register();
	await admin.goto('/admin/poczta');
	const mail = admin.getByRole('article').filter({ hasText: email }).first();
	const link = /\/rejestracja\/[a-z2-7]+/.exec(await mail.innerText())![0];
	await page.goto(link);
	await page.getByRole('button', { name: 'Załóż konto' }).click();
	await expect(page).toHaveURL(/\/konto$/);
	await expect(page.getByRole('status')).toContainText('czeka na zatwierdzenie');

	// Before approval the organisation's entries do not exist for them; their own draft does.
	await page.goto('/zgloszenia');
	await expect(page.getByText('Migrant Info Point w urzędzie')).toHaveCount(0);
	expect((await page.goto(draftUrl))?.status()).toBe(404);
	await page.goto('/zgloszenia');
	await page.getByLabel('Edycja').selectOption(open);
	await page.getByLabel('Tytuł praktyki').fill('Szkic przed zatwierdzeniem');
	await page.getByRole('button', { name: 'Utwórz szkic' }).click();
	await expect(page).toHaveURL(/\/zgloszenia\/szkic-przed-zatwierdzeniem-[0-9a-f]+$/);
	await page.getByLabel('Streszczenie').fill('Szkic napisany, zanim organizator zatwierdził konto.');
	await page.getByRole('button', { name: 'Zapisz szkic' }).click();
	await expect(page.getByText('Zapisano.')).toBeVisible();

	// The link works once; the same address registering again gets the same answer, and its owner a mail.
	expect((await page.goto(link))?.status()).toBe(410);
	await expect(page.getByText('Ten link rejestracyjny jest nieważny')).toBeVisible();
	await signOut(page);
	await register();
	await admin.goto('/admin/poczta');
	await expect(
		admin.getByRole('article').filter({ hasText: email }).filter({ hasText: 'Próba rejestracji' })
	).toHaveCount(1);

	await admin.goto('/admin/uzytkownicy');
	await admin.getByRole('link', { name: 'Ewa Rejestrująca' }).first().click();
	await expect(admin.getByText(/Prosi o dołączenie do organizacji/)).toBeVisible();
	await admin.getByRole('button', { name: 'Zatwierdź wniosek' }).click();
	await expect(admin.getByRole('status')).toContainText('Konto zatwierdzone');

	await signIn(page, email, applicantPassword);
	await page.goto('/zgloszenia');
	await expect(page.getByText('Migrant Info Point w urzędzie')).toBeVisible();
	await expect(page.getByText('Szkic przed zatwierdzeniem')).toBeVisible();
	await admin.close();
});

test('signIn_replacesAPlantedSessionAndSignOutEndsItOnTheServer', async ({ browser, baseURL }) => {
	const context = await browser.newContext();
	await context.addCookies([{ name: 'session', value: 'planted-by-an-attacker', url: baseURL! }]);
	const page = await context.newPage();
	await signIn(page, DEMO_ADMIN, DEMO_PASSWORD);
	const issued = (await context.cookies()).find((c) => c.name === 'session');
	expect(issued?.value).toMatch(/^[a-z2-7]{32}$/);
	expect(issued?.httpOnly).toBe(true);
	expect(issued?.sameSite).toBe('Lax');
	await signOut(page);

	const replay = await browser.newContext();
	await replay.addCookies([{ name: 'session', value: issued!.value, url: baseURL! }]);
	const replayed = await replay.newPage();
	await replayed.goto('/konto');
	await expect(replayed).toHaveURL(/\/logowanie/);
	await replay.close();
	await context.close();
});
