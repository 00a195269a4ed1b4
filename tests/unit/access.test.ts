import { describe, expect, it } from 'vitest';
import { decideAccess, routeAccess } from '../../src/lib/server/auth/access';
import type { SessionUser } from '../../src/lib/server/auth/session';

const applicant: SessionUser = {
	_id: 'u1',
	email: 'a@x.pl',
	name: 'A',
	isAdmin: false,
	roles: [{ edition: 'demo', role: 'applicant' }],
	organisations: ['org']
};
const juror: SessionUser = {
	...applicant,
	_id: 'u2',
	roles: [{ edition: 'demo', role: 'juror' }],
	organisations: []
};
const admin: SessionUser = { ...applicant, _id: 'u3', isAdmin: true, roles: [] };
const visitors = { anonymous: null, applicant, juror, admin } as const;

/** Route × visitor → decision, in the spirit of HotCRP's permission tables. */
const table: [string, Record<keyof typeof visitors, ReturnType<typeof decideAccess>>][] = [
	['/', { anonymous: 'allow', applicant: 'allow', juror: 'allow', admin: 'allow' }],
	['/praktyki/[slug]', { anonymous: 'allow', applicant: 'allow', juror: 'allow', admin: 'allow' }],
	['/api/v1/export.json', { anonymous: 'allow', applicant: 'allow', juror: 'allow', admin: 'allow' }],
	['/logowanie', { anonymous: 'allow', applicant: 'allow', juror: 'allow', admin: 'allow' }],
	['/konto', { anonymous: 'sign-in', applicant: 'allow', juror: 'allow', admin: 'allow' }],
	['/wyloguj', { anonymous: 'sign-in', applicant: 'allow', juror: 'allow', admin: 'allow' }],
	['/admin', { anonymous: 'sign-in', applicant: 'forbidden', juror: 'forbidden', admin: 'allow' }],
	['/admin/poczta', { anonymous: 'sign-in', applicant: 'forbidden', juror: 'forbidden', admin: 'allow' }],
	['/admin/dziennik', { anonymous: 'sign-in', applicant: 'forbidden', juror: 'forbidden', admin: 'allow' }],
	[
		'/admin/uzytkownicy',
		{ anonymous: 'sign-in', applicant: 'forbidden', juror: 'forbidden', admin: 'allow' }
	],
	[
		'/a-route-nobody-listed',
		{ anonymous: 'forbidden', applicant: 'forbidden', juror: 'forbidden', admin: 'forbidden' }
	]
];

describe('route access', () => {
	for (const [route, expected] of table) {
		for (const [who, user] of Object.entries(visitors)) {
			it(`${route}_${who}_${expected[who as keyof typeof visitors]}`, () => {
				expect(decideAccess(route, user)).toBe(expected[who as keyof typeof visitors]);
			});
		}
	}

	it('everyRouteInTheApp_hasARule', async () => {
		const files = import.meta.glob('../../src/routes/**/+{page.svelte,page.server.ts,server.ts}');
		const routeIds = new Set(
			Object.keys(files).map((file) => {
				const id = file
					.replace('../../src/routes', '')
					.replace(/\/\+(page\.svelte|page\.server\.ts|server\.ts)$/, '');
				return id === '' ? '/' : id;
			})
		);
		expect([...routeIds].filter((id) => !(id in routeAccess))).toEqual([]);
	});
});
