import type { LayoutServerLoad } from './$types';

/**
 * Only whether someone is signed in (and is a juror, an applicant or an organiser, for the Jury, own-entries and panel links) reaches every page;
 * account details stay on /konto.
 */
export const load: LayoutServerLoad = ({ locals }) => ({
	signedIn: locals.user !== null,
	juror: locals.user?.roles.some((r) => r.role === 'juror') ?? false,
	applicant: locals.user?.roles.some((r) => r.role === 'applicant') ?? false,
	organiser: locals.user?.isAdmin ?? false
});
