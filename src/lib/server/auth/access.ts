import type { SessionUser } from './session';

export type Access = 'public' | 'signedIn' | 'admin';

/**
 * Who may reach each route (pages, their `__data.json`, form actions and endpoints alike).
 * A route missing here is refused: new routes must be given a rule.
 */
export const routeAccess: Record<string, Access> = {
	'/': 'public',
	'/praktyki': 'public',
	'/praktyki/[slug]': 'public',
	'/rekomendacje': 'public',
	'/rekomendacje/[slug]': 'public',
	'/miejsca': 'public',
	'/miejsca/[slug]': 'public',
	'/edycje': 'public',
	'/edycje/[slug]': 'public',
	'/api': 'public',
	'/api/v1/practices': 'public',
	'/api/v1/practices/[slug]': 'public',
	'/api/v1/recommendations': 'public',
	'/api/v1/editions': 'public',
	'/api/v1/places': 'public',
	'/api/v1/export.json': 'public',
	'/api/v1/export.csv': 'public',
	'/api/v1/openapi.json': 'public',
	'/healthz': 'public',
	'/odmowa/[status]': 'public',
	'/sitemap.xml': 'public',
	'/robots.txt': 'public',
	'/logowanie': 'public',
	'/rejestracja': 'public',
	'/rejestracja/[token]': 'public',
	'/wyloguj': 'signedIn',
	'/konto': 'signedIn',
	'/admin': 'admin',
	'/admin/poczta': 'admin',
	'/admin/dziennik': 'admin',
	'/admin/uzytkownicy': 'admin',
	'/admin/uzytkownicy/[id]': 'admin',
	'/admin/edycje': 'admin',
	'/admin/edycje/[slug]': 'admin',
	'/admin/zaproszenia': 'admin',
	'/admin/zgloszenia': 'admin',
	'/admin/katalog': 'admin',
	'/admin/katalog/[slug]': 'admin',
	'/zaproszenie/[token]': 'public',
	'/reset-hasla': 'public',
	'/reset-hasla/[token]': 'public',
	'/zgloszenia': 'signedIn',
	'/zgloszenia/[slug]': 'signedIn',
	'/zalaczniki/[id]': 'signedIn'
};

export type AccessDecision = 'allow' | 'sign-in' | 'forbidden';

export function decideAccess(routeId: string | null, user: SessionUser | null): AccessDecision {
	if (routeId === null) return 'allow'; // no route: SvelteKit answers 404
	const rule = routeAccess[routeId];
	if (!rule) return 'forbidden';
	if (rule === 'public') return 'allow';
	if (!user) return 'sign-in';
	if (rule === 'admin' && !user.isAdmin) return 'forbidden';
	return 'allow';
}
