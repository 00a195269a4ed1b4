import { randomBytes, randomUUID } from 'node:crypto';
import { MongoServerError, type Db } from 'mongodb';
import { hashPassword } from '../src/lib/server/auth/password.ts';
import { collections, ensureIndexes, type UserDoc } from '../src/lib/server/db/collections.ts';
import { criteriaTemplate } from '../src/lib/server/editions/criteria-template.ts';

export const DEMO_EDITION = 'demo';

const isDuplicateKey = (cause: unknown) => cause instanceof MongoServerError && cause.code === 11000;

export interface DemoAccount {
	role: string;
	email: string;
	password: string;
}

/**
 * A demo edition open for submissions and one account per role, so a newcomer can try every part.
 * Only for the embedded database (or when explicitly asked for); passwords are shown once, at creation.
 */
export async function ensureDemoAccounts(db: Db, now = new Date()): Promise<DemoAccount[]> {
	const c = collections(db);
	// The unique indexes (edition slug, account email) are what let two starts at once create each
	// record once: of two inserts of the same, one fails and that start leaves the record alone.
	await ensureIndexes(db);
	try {
		await c.editions.insertOne({
			slug: DEMO_EDITION,
			name: 'Edycja demonstracyjna',
			year: now.getFullYear(),
			description: 'Edycja do wypróbowania platformy. Nie jest prawdziwym konkursem.',
			descriptionHtml: '<p>Edycja do wypróbowania platformy. Nie jest prawdziwym konkursem.</p>',
			phase: 'open',
			isDemo: true,
			criteria: criteriaTemplate(),
			criteriaVersion: 1,
			createdAt: now,
			updatedAt: now,
			origin: 'app',
			version: 1
		});
	} catch (cause) {
		if (!isDuplicateKey(cause)) throw cause;
	}
	const poznan = await c.organisations.findOne({ place: 'poznan', kind: 'city-office' });
	const accounts: Omit<UserDoc, '_id' | 'passwordHash' | 'createdAt' | 'updatedAt' | 'version'>[] = [
		{
			email: 'admin@demo.miasta-otwarte.test',
			name: 'Organizator (demo)',
			isAdmin: true,
			roles: [],
			organisations: [],
			disabled: false,
			isDemo: true
		},
		{
			email: 'juror@demo.miasta-otwarte.test',
			name: 'Juror (demo)',
			isAdmin: false,
			roles: [{ edition: DEMO_EDITION, role: 'juror' }],
			organisations: [],
			disabled: false,
			isDemo: true
		},
		{
			email: 'miasto@demo.miasta-otwarte.test',
			name: 'Urzędniczka z Poznania (demo)',
			isAdmin: false,
			roles: [{ edition: DEMO_EDITION, role: 'applicant' }],
			organisations: poznan ? [poznan.slug] : [],
			disabled: false,
			isDemo: true
		}
	];
	const created: DemoAccount[] = [];
	for (const account of accounts) {
		if (await c.users.findOne({ email: account.email })) continue;
		// DEMO_PASSWORD fixes the password for automated tests; people get a random one.
		const password = process.env.DEMO_PASSWORD || randomBytes(12).toString('base64url');
		try {
			await c.users.insertOne({
				...account,
				_id: randomUUID(),
				passwordHash: await hashPassword(password),
				createdAt: now,
				updatedAt: now,
				version: 1
			});
		} catch (cause) {
			// Another start created it a moment ago; its password is the one that start shows.
			if (isDuplicateKey(cause)) continue;
			throw cause;
		}
		created.push({ role: account.isAdmin ? 'admin' : account.roles[0].role, email: account.email, password });
	}
	return created;
}
