import type { LayoutServerLoad } from './$types';

/** Only whether someone is signed in reaches every page; account details stay on /konto. */
export const load: LayoutServerLoad = ({ locals }) => ({ signedIn: locals.user !== null });
