/** Outage: answers while the database is down, a 503 page or JSON; public pages go on, anonymously. */
import { json, type Handle, type HandleServerError, type RequestEvent } from '@sveltejs/kit';
import type { Db } from 'mongodb';
import { m } from '$lib/paraglide/messages';
import { getLocale, localizeHref } from '$lib/i18n';
import { accessOf } from '$lib/server/policy/routes';
import type { SessionValidation } from '$lib/server/auth/session';
import { databaseLost, databaseReachable, isDatabaseUnavailable } from '$lib/server/db';

/** Seconds a client is asked to wait: the launcher restarts a crashed database within ~10 s. */
export const RETRY_AFTER_SECONDS = 10;

/** Asks the database to answer at once; throws when it cannot (the health check's 503). */
export async function pingDatabase(db: Db): Promise<void> {
	await db.command({ ping: 1 });
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The site's colours and type, inline: the stylesheet itself may be what cannot be served. */
const OUTAGE_STYLE = [
	'body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a2433;background:#f5f7fa;line-height:1.6}',
	'header{background:#fff;border-bottom:1px solid #d8dee6;padding:1rem 1.5rem}',
	'header a{color:#1a2433;font-weight:700;font-size:1.25rem;text-decoration:none}',
	'main{max-width:40rem;margin:3rem auto;padding:2rem 1.5rem;background:#fff;border:1px solid #d8dee6;border-radius:.5rem}',
	'h1{margin-top:0;font-size:1.75rem}',
	'@media (max-width:44rem){main{margin:1.5rem 1rem}}',
	'a{color:#0b4f8a}'
].join('');

/** The 503 answer while the database is down: a short page, or JSON for the API, data and actions. */
export function outageResponse(event: RequestEvent): Response {
	const headers = { 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' };
	const message = m.outage_text();
	if (event.request.headers.get('x-sveltekit-action') === 'true') {
		return json({ type: 'error', error: { message } }, { status: 503, headers });
	}
	// SvelteKit's client reads a failed `__data.json` as the error message.
	if (event.isDataRequest) return json(message, { status: 503, headers });
	if (event.url.pathname.startsWith('/api/') || event.route.id === '/(public)/healthz') {
		return json({ error: 'database_unavailable', message }, { status: 503, headers });
	}
	const [site, title, catalogue] = [m.site_name(), m.outage_title(), m.catalogue_title()].map(escapeHtml);
	const html = `<!doctype html>
<html lang="${getLocale()}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${site}</title>
<style>${OUTAGE_STYLE}</style></head>
<body>
<header><a href="${localizeHref('/')}">${site}</a></header>
<main>
<h1>${title}</h1>
<p>${escapeHtml(message)}</p>
<p>${escapeHtml(m.outage_catalogue())} <a href="${localizeHref('/praktyki')}">${catalogue}</a></p>
</main>
</body>
</html>
`;
	return new Response(html, {
		status: 503,
		headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' }
	});
}

const LOST: unique symbol = Symbol('database lost');

/**
 * Turns a database outage during a request into the 503 answer, never a 500: an error thrown by a
 * later handle, or one that `handleOutageError` saw in a load, action or endpoint. A request
 * still waiting when the database is found gone is answered at once: the driver's own retries
 * and server selection could take longer than a visitor should wait.
 */
export const outage: Handle = async ({ event, resolve }) => {
	const answer = (async () => resolve(event))();
	// Public pages serve from memory and do not wait; those that need the database may.
	const needsDatabase = event.route.id === '/(public)/healthz' || accessOf(event.route.id) !== 'public';
	const racers: Promise<Response | typeof LOST>[] = [answer];
	if (needsDatabase && databaseReachable()) racers.push(databaseLost().then((): typeof LOST => LOST));
	let response: Response | typeof LOST;
	try {
		response = await Promise.race(racers);
	} catch (error) {
		if (isDatabaseUnavailable(error)) return outageResponse(event);
		throw error;
	}
	if (response === LOST) {
		answer.catch(() => {}); // finishes (or fails) unseen
		return outageResponse(event);
	}
	return event.locals.databaseUnavailable ? outageResponse(event) : response;
};

/** Marks the request so that `outage` replaces SvelteKit's 500 with the 503 answer. */
export const handleOutageError: HandleServerError = ({ error, event, status, message }) => {
	if (isDatabaseUnavailable(error)) {
		event.locals.databaseUnavailable = true;
		return { message: m.outage_text() };
	}
	if (status >= 500) console.error(error);
	// SvelteKit's own texts ("Not Found", "Internal Error") are English whatever the page's language.
	if (status === 404) return { message: m.error_not_found() };
	return { message: status >= 500 ? m.error_unexpected() : message };
};

/**
 * The session behind a cookie, or null when it cannot be checked during an outage on a public
 * page: the visitor is then served as anonymous and keeps the cookie. Elsewhere the outage answer
 * follows.
 */
export async function sessionUnlessOutage(
	event: RequestEvent,
	check: () => Promise<SessionValidation>
): Promise<SessionValidation | null> {
	try {
		return await check();
	} catch (error) {
		if (isDatabaseUnavailable(error) && accessOf(event.route.id) === 'public') return null;
		throw error;
	}
}
