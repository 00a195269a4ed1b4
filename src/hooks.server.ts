import { error, redirect, type Handle, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { decideAccess } from '$lib/server/auth/access';
import { deleteSessionCookie, sessionCookieName, setSessionCookie } from '$lib/server/auth/cookie';
import { deleteExpiredSessions, validateSessionToken } from '$lib/server/auth/session';
import { catalogueView } from '$lib/server/catalogue';
import { closeDb, getDb } from '$lib/server/db';
import { stopWithLauncher } from '$lib/server/lifecycle';
import { handleOutageError, outage, sessionUnlessOutage } from '$lib/server/outage';

// adapter-node exits once the event loop is empty; the MongoClient's monitors would keep it alive.
process.on('sveltekit:shutdown', () => void closeDb());
stopWithLauncher();

// FerretDB has no TTL indexes: expired sessions are swept hourly (unref'd, so it never holds the process).
setInterval(
	() =>
		getDb()
			.then(deleteExpiredSessions)
			.catch(() => {}),
	60 * 60 * 1000
).unref();

/** The public catalogue and its search index are built at start-up, not on the first visit. */
export const init: ServerInit = async () => {
	await catalogueView().catch((cause) =>
		console.error('The public catalogue could not be built yet:', cause)
	);
};

/** Resolves the language from the URL (`/en/…` or Polish by default) and marks up <html lang>. */
const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

/** Reads the session cookie into `locals`, then applies the route's access rule. */
const authentication: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(sessionCookieName(event.url));
	event.locals.user = null;
	event.locals.session = null;
	if (token) {
		const checked = await sessionUnlessOutage(event, async () => validateSessionToken(await getDb(), token));
		if (checked) {
			const { session, user } = checked;
			if (session) setSessionCookie(event.cookies, event.url, token, session.expiresAt);
			else deleteSessionCookie(event.cookies, event.url);
			event.locals.user = user;
			event.locals.session = session;
		}
	}

	const decision = decideAccess(event.route.id, event.locals.user);
	if (decision === 'sign-in') {
		if (event.isDataRequest || event.request.method !== 'GET') error(401, 'Zaloguj się, aby kontynuować.');
		redirect(303, `/logowanie?next=${encodeURIComponent(event.url.pathname + event.url.search)}`);
	}
	if (decision === 'forbidden') error(403, 'Brak dostępu do tej strony.');

	const response = await resolve(event);
	if (event.locals.user) response.headers.set('Cache-Control', 'no-store');
	return response;
};

/** Security headers that `kit.csp` does not set. */
const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	return response;
};

export const handle = sequence(securityHeaders, i18n, outage, authentication);

export const handleError = handleOutageError;
