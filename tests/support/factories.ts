import type { PublicPractice } from '../../src/lib/server/catalogue/public';
import type { PracticeContent } from '../../src/lib/schemas';

let counter = 0;

/** A complete public practice with plain defaults; override only what a test is about. */
export function publicPractice(overrides: Partial<PublicPractice> = {}): PublicPractice {
	counter++;
	return {
		id: `id-${counter}`,
		slug: `praktyka-${counter}`,
		title: `Praktyka ${counter}`,
		summary: 'Krótki opis.',
		description: '',
		descriptionHtml: '',
		place: { slug: 'warszawa', name: 'Warszawa', kind: 'city', voivodeship: 'mazowieckie' },
		organisations: [],
		partners: [],
		categories: [],
		themes: [],
		targetGroups: [],
		period: { from: null, to: null },
		funding: null,
		keyFigures: [],
		links: [],
		language: 'pl',
		status: 'catalogue',
		edition: null,
		award: null,
		similarActions: [],
		recommendations: [],
		jurorQuotes: [],
		updatedAt: new Date(0).toISOString(),
		...overrides
	};
}

/** Practice content as the seed or a form provides it. */
export function practiceContent(overrides: Partial<PracticeContent> = {}): PracticeContent {
	counter++;
	return {
		slug: `praktyka-${counter}`,
		title: `Praktyka ${counter}`,
		summary: 'Krótki opis.',
		description: 'Opis **praktyki**.',
		place: 'warszawa',
		organisations: [],
		partners: [],
		categories: [],
		themes: [],
		targetGroups: [],
		period: { from: null, to: null },
		funding: null,
		keyFigures: [],
		links: [],
		language: 'pl',
		status: 'catalogue',
		edition: null,
		jurorQuotes: [],
		...overrides
	};
}

let userCounter = 0;

/** An account with a known password; hashing is real, so create few of them. */
export async function createUser(
	db: import('mongodb').Db,
	overrides: Partial<import('../../src/lib/server/db/collections').UserDoc> = {},
	password = 'correct horse battery staple'
) {
	const { hashPassword } = await import('../../src/lib/server/auth/password');
	const { collections } = await import('../../src/lib/server/db/collections');
	userCounter++;
	const user = {
		_id: `user-${userCounter}-${Math.random().toString(36).slice(2)}`,
		email: `user${userCounter}@example.org`,
		name: `Użytkownik ${userCounter}`,
		passwordHash: await hashPassword(password),
		isAdmin: false,
		roles: [],
		organisations: [],
		disabled: false,
		isDemo: false,
		createdAt: new Date(),
		updatedAt: new Date(),
		version: 1,
		...overrides
	};
	await collections(db).users.insertOne(user);
	return { user, password };
}

/** The organiser as a signed-in user, for domain verbs that take the acting user. */
export function organiser(id = 'admin'): import('../../src/lib/server/auth/session').SessionUser {
	return {
		_id: id,
		email: `${id}@example.org`,
		name: 'Organizator',
		isAdmin: true,
		roles: [],
		organisations: []
	};
}
