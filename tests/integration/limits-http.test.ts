/**
 * Rate limits, attachment caps, the password change and the draft's place, over HTTP against the
 * production build (`npx vite build` first): what a visitor sees when refused, and that what they
 * typed comes back.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { collections } from '../../src/lib/server/db/collections';
import { RATE_LIMITS } from '../../src/lib/server/ratelimit';
import { MAX_ATTACHMENTS } from '../../src/lib/server/attachments';
import { createSession, generateSessionToken, sessionIdOf } from '../../src/lib/server/auth/session';
import { freshFixtures, ORG_A, PLACE_A, pdfWith, type World, startBuiltWorld } from '../support/access-world';
import { describeBuilt, type BuiltApp } from '../support/built-app';
import { createUser } from '../support/factories';
import { payloads, practiceFields } from '../support/form-payloads';

describeBuilt('limits over HTTP', () => {
	let world: World;
	let app: BuiltApp;
	beforeAll(async () => ({ world, app } = await startBuiltWorld()));
	afterAll(() => app?.close());

	async function sessionFor(userId: string) {
		const token = generateSessionToken();
		await createSession(world.db, token, userId);
		return token;
	}

	/** Posts as `use:enhance` does; answers the status SvelteKit reports and the raw body. */
	async function post(path: string, body: URLSearchParams | FormData, token?: string) {
		const response = await app.fetch(path, {
			method: 'POST',
			headers: {
				origin: app.origin,
				accept: 'application/json',
				'x-sveltekit-action': 'true',
				...(token ? { cookie: `session=${token}` } : {})
			},
			body
		});
		const text = await response.text();
		const result = JSON.parse(text) as { type: string; status?: number };
		return { status: result.type === 'failure' ? result.status! : response.status, type: result.type, text };
	}

	it('passwordReset_answersTheSameForKnownAndUnknownAddresses', async () => {
		const known = world.login.email;
		const unknown = `nikt-${world.run}@example.org`;
		const [a, b] = [
			await post('/reset-hasla', payloads.requestPasswordReset(known)),
			await post('/reset-hasla', payloads.requestPasswordReset(unknown))
		];
		expect(a.status).toBe(200);
		expect(b.status).toBe(a.status);
		expect(b.text.replaceAll(unknown, 'ADRES')).toBe(a.text.replaceAll(known, 'ADRES'));
		const outbox = collections(world.db).outbox;
		expect(await outbox.countDocuments({ to: known })).toBe(1);
		expect(await outbox.countDocuments({ to: unknown })).toBe(1);
	});

	it('passwordReset_pastTheLimitForOneAddress_is429WithTheAddressKept', async () => {
		const email = `zasypywany-${world.run}@example.org`;
		const max = RATE_LIMITS['password-reset'].email.max;
		for (let i = 0; i < max; i++)
			expect((await post('/reset-hasla', payloads.requestPasswordReset(email))).status).toBe(200);
		const refused = await post('/reset-hasla', payloads.requestPasswordReset(email));
		expect(refused.status).toBe(429);
		expect(refused.text).toContain(email);
		expect(refused.text).toContain('Zbyt wiele prób');
		expect(await collections(world.db).outbox.countDocuments({ to: email })).toBe(max);
	});

	it('registration_pastTheLimitForOneClient_is429', async () => {
		const max = RATE_LIMITS.registration.address.max;
		const body = () =>
			payloads.register({
				email: `nowy-${Math.random()}@example.org`,
				edition: 'brak',
				organisation: 'brak'
			});
		for (let i = 0; i < max; i++) expect((await post('/rejestracja', body())).status).not.toBe(429);
		const refused = await post('/rejestracja', body());
		expect(refused.status).toBe(429);
		expect(refused.text).not.toContain('Zielony-Tramwaj');
	});

	it('invitations_toOneAddress_areLimited', async () => {
		const token = await sessionFor(world.users.admin._id);
		const email = `zapraszany-${world.run}@example.org`;
		const body = () =>
			payloads.invite({ email, role: 'juror', edition: world.perPhase.open.edition, organisation: '' });
		const max = RATE_LIMITS.invitation.email.max;
		for (let i = 0; i < max; i++) expect((await post('/admin/zaproszenia', body(), token)).status).toBe(200);
		expect((await post('/admin/zaproszenia', body(), token)).status).toBe(429);
		expect(await collections(world.db).tokens.countDocuments({ email })).toBe(max);
	});

	it('uploads_refuseActivePdfsAndStopAtTheCapsAndTheRate', async () => {
		const token = await sessionFor(world.users.applicantA._id);
		const { slug } = await freshFixtures(world, []).entry('open', 'draft');
		const path = `/zgloszenia/${slug}?/upload`;
		const file = (bytes: Uint8Array<ArrayBuffer>, name = 'plik.pdf') =>
			payloads.uploadAttachment(new File([bytes], name));
		const files = world.db.collection('attachments.files');

		const active = new TextEncoder().encode(
			'%PDF-1.4\n1 0 obj << /Type /Catalog /AA << /O 2 0 R >> >> endobj\n%%EOF\n'
		);
		const refused = await post(path, file(active), token);
		expect(refused.status).toBe(415);
		expect(refused.text).toContain('aktywną treść (/AA)');

		for (let i = 0; i < MAX_ATTACHMENTS; i++)
			expect((await post(path, file(pdfWith(`plik ${i}`)), token)).status).toBe(200);
		const tooMany = await post(path, file(pdfWith('jeden za dużo')), token);
		expect(tooMany.status).toBe(409);
		expect(await files.countDocuments({ 'metadata.practice': slug })).toBe(MAX_ATTACHMENTS);

		const max = RATE_LIMITS.upload.account.max;
		for (let i = MAX_ATTACHMENTS + 2; i < max; i++) await post(path, file(pdfWith('znowu')), token);
		const limited = await post(path, file(pdfWith('za szybko')), token);
		expect(limited.status).toBe(429);
		expect(limited.text).toContain('Spróbuj ponownie za');
	});

	it('theDraftPage_saysTheCaps', async () => {
		const token = await sessionFor(world.users.applicantA._id);
		const page = await app.fetch(`/zgloszenia/${world.perPhase.open.draftA}`, {
			headers: { cookie: `session=${token}` }
		});
		expect(await page.text()).toContain(`najwyżej ${MAX_ATTACHMENTS} plików, razem do 30 MB`);
	});

	it('passwordChange_needsTheCurrentPasswordAndEndsOtherSessionsOnly', async () => {
		const { user, password } = await createUser(world.db, { email: `zmiana-${world.run}@example.org` });
		const here = await sessionFor(user._id);
		const elsewhere = await sessionFor(user._id);
		const sessions = collections(world.db).sessions;

		const wrong = await post('/konto?/password', payloads.changePassword('Nie-To-Haslo-2030'), here);
		expect(wrong.status).toBe(400);
		expect(wrong.text).toContain('Obecne hasło jest nieprawidłowe.');
		expect(await sessions.countDocuments({ userId: user._id })).toBe(2);

		const done = await post('/konto?/password', payloads.changePassword(password), here);
		expect(done.type).toBe('success');
		expect(done.text).not.toContain(password);
		expect(await sessions.findOne({ _id: sessionIdOf(here) })).not.toBeNull();
		expect(await sessions.findOne({ _id: sessionIdOf(elsewhere) })).toBeNull();
		expect(
			await collections(world.db).outbox.countDocuments({ to: user.email, subject: /Zmiana hasła/ })
		).toBe(1);
	});

	it('draftWithAnUnknownPlace_isRefusedAtTheFieldWithTheTextKept', async () => {
		const token = await sessionFor(world.users.applicantA._id);
		const { slug } = await freshFixtures(world, []).entry('open', 'draft');
		const title = `Tytuł, którego nie wolno zgubić ${world.run}`;
		const refused = await post(
			`/zgloszenia/${slug}?/save`,
			practiceFields({ title, organisation: ORG_A, place: 'atlantyda', version: 1 }),
			token
		);
		expect(refused.status).toBe(400);
		expect(refused.text).toContain('Nie ma takiego miejsca');
		expect(refused.text).toContain(title);
		const stored = await collections(world.db).practices.findOne({ slug });
		expect(stored?.version).toBe(1);
		const saved = await post(
			`/zgloszenia/${slug}?/save`,
			practiceFields({ title, organisation: ORG_A, place: PLACE_A, version: 1 }),
			token
		);
		expect(saved.type).toBe('success');
	});
});
