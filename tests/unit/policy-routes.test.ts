import { describe, expect, it } from 'vitest';
import { accessOf, decideAccess, pathOf } from '../../src/lib/server/policy/routes';
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
	['/(public)', { anonymous: 'allow', applicant: 'allow', juror: 'allow', admin: 'allow' }],
	['/(public)/praktyki/[slug]', { anonymous: 'allow', applicant: 'allow', juror: 'allow', admin: 'allow' }],
	[
		'/(public)/api/v1/export.json',
		{ anonymous: 'allow', applicant: 'allow', juror: 'allow', admin: 'allow' }
	],
	['/(public)/logowanie', { anonymous: 'allow', applicant: 'allow', juror: 'allow', admin: 'allow' }],
	['/(account)/konto', { anonymous: 'sign-in', applicant: 'allow', juror: 'allow', admin: 'allow' }],
	['/(account)/wyloguj', { anonymous: 'sign-in', applicant: 'allow', juror: 'allow', admin: 'allow' }],
	['/(admin)/admin', { anonymous: 'sign-in', applicant: 'forbidden', juror: 'forbidden', admin: 'allow' }],
	[
		'/(admin)/admin/poczta',
		{ anonymous: 'sign-in', applicant: 'forbidden', juror: 'forbidden', admin: 'allow' }
	],
	[
		'/(admin)/admin/dziennik',
		{ anonymous: 'sign-in', applicant: 'forbidden', juror: 'forbidden', admin: 'allow' }
	],
	[
		'/(admin)/admin/uzytkownicy',
		{ anonymous: 'sign-in', applicant: 'forbidden', juror: 'forbidden', admin: 'allow' }
	],
	[
		'/a-route-outside-any-group',
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

	it('everyRouteInTheApp_sitsInAnAudienceGroup', async () => {
		const files = import.meta.glob('../../src/routes/**/+{page.svelte,page.server.ts,server.ts}');
		const routeIds = new Set(
			Object.keys(files).map((file) => {
				const id = file
					.replace('../../src/routes', '')
					.replace(/\/\+(page\.svelte|page\.server\.ts|server\.ts)$/, '');
				return id === '' ? '/' : id;
			})
		);
		expect([...routeIds].filter((id) => accessOf(id) === null)).toEqual([]);
	});
});

describe('route paths', () => {
	it('pathOf_dropsGroupsAndFillsParams', () => {
		expect(pathOf('/(public)')).toBe('/');
		expect(pathOf('/(admin)/admin/edycje/[slug]', () => 'x')).toBe('/admin/edycje/x');
	});
});
