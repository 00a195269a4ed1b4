import type { SessionUser } from '../auth/session';

export type Access = 'public' | 'signedIn' | 'admin';

/**
 * Who may reach a route (its page, `__data.json`, form actions and endpoints alike), by the route
 * group it sits in under `src/routes`: the tree itself says who each page is for. What a visitor
 * may then do there, entry by entry, is for `can`. A route outside these groups is refused.
 */
export const audiences = {
	'(public)': 'public',
	/** Any signed-in account: its own settings, signing out, attachments (checked by `can`). */
	'(account)': 'signedIn',
	'(applicant)': 'signedIn',
	'(jury)': 'signedIn',
	'(admin)': 'admin'
} as const satisfies Record<string, Access>;

export type Audience = keyof typeof audiences;

/** The group a route id sits in: `/(admin)/admin/edycje` → `(admin)`; null outside any group. */
export function audienceOf(routeId: string): Audience | null {
	const group = /^\/(\([a-z]+\))/.exec(routeId)?.[1];
	return group && group in audiences ? (group as Audience) : null;
}

/** The access rule of a route id; null for a route no group covers (refused). */
export function accessOf(routeId: string | null): Access | null {
	const audience = routeId === null ? null : audienceOf(routeId);
	return audience ? audiences[audience] : null;
}

export type AccessDecision = 'allow' | 'sign-in' | 'forbidden';

export function decideAccess(routeId: string | null, user: SessionUser | null): AccessDecision {
	if (routeId === null) return 'allow'; // no route: SvelteKit answers 404
	const rule = accessOf(routeId);
	if (!rule) return 'forbidden';
	if (rule === 'public') return 'allow';
	if (!user) return 'sign-in';
	if (rule === 'admin' && !user.isAdmin) return 'forbidden';
	return 'allow';
}

/** A URL path for a route id: groups dropped, `[param]`s filled by `fill`. */
export function pathOf(routeId: string, fill: (param: string) => string = (p) => p): string {
	const path = routeId
		.split('/')
		.filter((segment) => !/^\(.*\)$/.test(segment))
		.map((segment) => segment.replace(/\[(\w+)\]/g, (_, name: string) => fill(name)))
		.join('/');
	return path || '/';
}
