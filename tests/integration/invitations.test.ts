import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from 'mongodb';
import { collections } from '../../src/lib/server/db/collections';
import { acceptInvitation, inviteUser } from '../../src/lib/server/invitations';
import { useTestDatabase } from '../support/database';
import { createEdition, createOrganisation } from '../support/factories';
import { linkSentTo } from '../support/mail';

describe('invitations', () => {
	let db: Db;
	beforeAll(async () => {
		db = await useTestDatabase();
	});

	it('invitee_setsNameAndPasswordOnceAndGetsTheRole', async () => {
		const edition = await createEdition(db);
		const office = await createOrganisation(db);
		await inviteUser(
			db,
			{ email: 'Urzedniczka@Poznan.pl', role: 'applicant', edition: edition.slug, organisation: office.slug },
			'admin-1',
			'https://miasta.test'
		);
		const token = await linkSentTo(db, 'urzedniczka@poznan.pl', '/zaproszenie');
		expect(await collections(db).tokens.findOne({ _id: token })).toBeNull();

		const accepted = await acceptInvitation(db, token, 'Anna Nowak', 'Bardzo dobre hasło 2026');
		expect(accepted.ok).toBe(true);
		const user = await collections(db).users.findOne({ email: 'urzedniczka@poznan.pl' });
		expect(user).toMatchObject({
			name: 'Anna Nowak',
			roles: [{ edition: edition.slug, role: 'applicant' }],
			organisations: [office.slug],
			isAdmin: false
		});
		expect(await acceptInvitation(db, token, 'Ktoś Inny', 'Inne dobre hasło 2026')).toEqual({
			ok: false,
			reason: 'invalid'
		});
	});

	it('expiredInvitation_isRefused', async () => {
		await inviteUser(
			db,
			{
				email: 'spozniony@example.org',
				role: 'juror',
				edition: (await createEdition(db)).slug,
				organisation: null
			},
			'admin-1',
			'https://miasta.test'
		);
		const token = await linkSentTo(db, 'spozniony@example.org', '/zaproszenie');
		await collections(db).tokens.updateMany(
			{ email: 'spozniony@example.org' },
			{ $set: { expiresAt: new Date(Date.now() - 1000) } }
		);
		expect(await acceptInvitation(db, token, 'Jan', 'Bardzo dobre hasło 2026')).toEqual({
			ok: false,
			reason: 'invalid'
		});
	});

	it('twoInvitationsToOneAddressAcceptedAtOnce_oneAccount_theOtherIsToldItExists', async () => {
		const email = 'podwojne@example.org';
		for (const role of ['juror', 'applicant'] as const) {
			await inviteUser(
				db,
				{ email, role, edition: (await createEdition(db)).slug, organisation: null },
				'admin-1',
				'https://miasta.test'
			);
		}
		const tokens = (await collections(db).outbox.find({ to: email }).toArray()).map(
			(message) => /zaproszenie\/([a-z2-7]+)/.exec(message.text)![1]
		);
		expect(tokens).toHaveLength(2);
		const results = await Promise.all(
			tokens.map((token) => acceptInvitation(db, token, 'Jan Kowalski', 'Bardzo dobre hasło 2026'))
		);
		expect(results.filter((result) => result.ok)).toHaveLength(1);
		expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: 'exists' }]);
		expect(await collections(db).users.countDocuments({ email })).toBe(1);
	});
});
