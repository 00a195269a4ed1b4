import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';

test('home_showsTheAwardedPractices', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('integrację imigrantów');
	const awarded = page.getByRole('region', { name: 'Wyróżnione praktyki' }).getByRole('article');
	await expect(awarded).toHaveCount(11);
	await expectNoSeriousA11yViolations(page);
});

test('practicePage_showsSimilarActionsBothWaysAndRecommendations', async ({ page }) => {
	await page.goto('/praktyki/warszawa-komisja-dialogu-spolecznego-ds-cudzoziemcow');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Komisja Dialogu Społecznego');
	await expect(page.getByText('Wyróżnienie').first()).toBeVisible();

	const similar = page.getByRole('region', { name: 'Podobne działania w innych miastach' });
	await expect(similar.getByRole('link')).toHaveCount(5);
	const recommendations = page.getByRole('region', { name: 'Rekomendacje ekspertów' });
	await expect(recommendations.getByRole('heading', { level: 3 })).not.toHaveCount(0);
	await expect(page.getByText('W porównaniu do innych miast Warszawa robi najwięcej')).toBeVisible();
	await expectNoSeriousA11yViolations(page);

	await similar.getByRole('link', { name: /Pozna/ }).click();
	await expect(page).toHaveURL(/\/praktyki\/poznan-/);
	await expect(page.getByText('Priscilla Rubia', { exact: false })).toBeVisible();
	const back = page.getByRole('region', { name: 'Podobne działania w innych miastach' }).getByRole('link', {
		name: /Komisja Dialogu Społecznego/
	});
	await back.click();
	await expect(page).toHaveURL(/warszawa-komisja-dialogu-spolecznego-ds-cudzoziemcow$/);

	await page
		.getByRole('region', { name: 'Rekomendacje ekspertów' })
		.getByRole('heading', { level: 3 })
		.getByRole('link')
		.first()
		.click();
	await expect(page).toHaveURL(/\/rekomendacje\/[a-z0-9-]+$/);
	await expect(
		page.getByRole('main').getByRole('link', { name: /Komisja Dialogu Społecznego/ })
	).toBeVisible();
});

test('recommendationPage_listsThePracticeItFollows', async ({ page }) => {
	await page.goto('/rekomendacje');
	await page.getByRole('main').getByRole('heading', { level: 2 }).first().getByRole('link').click();
	await expect(page.getByRole('heading', { level: 2, name: 'Praktyki, z których wynika' })).toBeVisible();
	await expect(page.getByRole('article')).not.toHaveCount(0);
	await expectNoSeriousA11yViolations(page);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('catalogueSearch_worksAsAPlainForm', async ({ page }) => {
		await page.goto('/praktyki');
		await page.getByRole('searchbox', { name: 'Szukaj' }).fill('Lodz');
		await page.getByRole('button', { name: 'Pokaż wyniki' }).click();
		await expect(page).toHaveURL(/q=Lodz/);
		const titles = page.getByRole('main').getByRole('article');
		await expect(titles.first()).toContainText('Łódź');
	});
});

test('api_exportAndSinglePractice_areServedAsJson', async ({ request }) => {
	const exported = await request.get('/api/v1/export.json');
	expect(exported.status()).toBe(200);
	expect(exported.headers()['etag']).toBeTruthy();
	const body = await exported.json();
	expect(body.practices.length).toBeGreaterThan(25);
	expect(body.licence.name).toBe('CC BY 4.0');

	const one = await request.get('/api/v1/practices/warszawa-komisja-dialogu-spolecznego-ds-cudzoziemcow');
	expect((await one.json()).award.title).toBe('Wyróżnienie');
	const again = await request.get('/api/v1/export.json', {
		headers: { 'If-None-Match': exported.headers()['etag'] }
	});
	expect(again.status()).toBe(304);

	const badRequest = await request.get('/api/v1/practices?pageSize=1000');
	expect(badRequest.status()).toBe(400);
	expect((await badRequest.json()).error).toContain('"pageSize"');
	expect((await request.get('/api/v1/practices/nie-ma-takiej')).status()).toBe(404);
});

test('api_csvAndOpenApi_areServed', async ({ request }) => {
	const csv = await request.get('/api/v1/export.csv');
	expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
	const lines = (await csv.text()).trim().split('\n');
	expect(lines[0]).toContain('id,slug,title');
	expect(lines.length).toBeGreaterThan(25);
	const spec = await (await request.get('/api/v1/openapi.json')).json();
	expect(spec.openapi).toBe('3.1.0');
	expect(Object.keys(spec.paths)).toContain('/api/v1/export.json');
});

test('health_reportsTheDatabase', async ({ request }) => {
	const response = await request.get('/healthz');
	expect(response.status()).toBe(200);
	expect(await response.json()).toEqual({ status: 'ok', db: 'ok' });
});
