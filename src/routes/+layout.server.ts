import type { LayoutServerLoad } from './$types';

/**
 * Only whether someone is signed in (and is a juror or an organiser, for the Jury and panel links) reaches every page;
 * account details stay on /konto.
 */
export const load: LayoutServerLoad = ({ locals }) => ({
	signedIn: locals.user !== null,
	juror: locals.user?.roles.some((r) => r.role === 'juror') ?? false,
	organiser: locals.user?.isAdmin ?? false
});
