import type { IncomingMessage, ServerResponse } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
	isHttpError,
	isRedirect,
	json,
	type Handle,
	type RequestEvent,
	type ServerInit
} from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { env } from '$env/dynamic/private';
import { localizeHref } from '$lib/i18n';
import { deLocalizeUrl } from '$lib/paraglide/runtime';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { decideAccess } from '$lib/server/policy/routes';
import { deleteSessionCookie, sessionCookieName, setSessionCookie } from '$lib/server/auth/cookie';
import { deleteExpiredSessions, validateSessionToken } from '$lib/server/auth/session';
import { catalogueView, currentCatalogueView } from '$lib/server/catalogue';
import { m } from '$lib/paraglide/messages';
import { closeDb, getDb } from '$lib/server/db';
import { prepareDeliberations } from '$lib/server/deliberation/table';
import { badRequest } from '$lib/server/http';
import { applySecurityHeaders, mutable } from '$lib/server/http/headers';
import {
	AnswerCache,
	cacheKey,
	deliver,
	delivery,
	PRIVATE_CACHE_CONTROL,
	toCachedAnswer
} from '$lib/server/http/cache';
import { compressResponse } from '$lib/server/http/compression';
import { guardNodeServers } from '$lib/server/http/node-server';
import { stopWithLauncher } from '$lib/server/lifecycle';
import { useFormErrors } from '$lib/schemas/errors';
import { handleOutageError, outage, sessionUnlessOutage } from '$lib/server/outage';

// Forms' messages in the request's language, also where zod would give its own (English) one.
useFormErrors();

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

const servedOverHttps = () => env.ORIGIN?.startsWith('https://') ?? false;

// Most of the heap is the catalogue, alive for as long as its version. Before collecting, V8 lets
// the heap grow past what is alive by a factor of its choosing (up to 4). Growing by 25 % instead
// keeps a 100 000-practice catalogue's process under 1 GB, for more collecting: set once the
// catalogue is built, and only when it is large, since uncached pages of a small one are about a
// third faster with V8's own growth; while it is built, the heap only grows, and collecting it at
// every 25 % took 3 s more of a 100 000-practice start (see README, Performance).
// HEAP_GROWING_PERCENT sets it for good (0: V8's own).
const heapGrowingPercent = Number(process.env.HEAP_GROWING_PERCENT ?? 0);
if (heapGrowingPercent > 0) setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);
// A catalogue of this many practices holds about 250 MB of heap.
const TIGHT_HEAP_FROM_PRACTICES = 50_000;

/**
 * Growth by 25 % from now on, and one full collection at once: V8 applies a growth when it next
 * collects, and until then the heap could grow to the limit it set while the catalogue was built.
 */
function tightenHeapGrowth() {
	setFlagsFromString('--heap-growing-percent=25');
	setFlagsFromString('--expose-gc');
	try {
		(runInNewContext('gc') as () => void)();
	} catch {
		// A V8 that does not expose it late: the growth then applies from its next collection.
	}
}

/**
 * At start-up, before the server listens: the Node server's own guard (see `guardNodeServers`), and
 * the public catalogue and its search index, built now rather than on the first visit; then, without
 * holding the start, the final scores of editions in deliberation.
 */
export const init: ServerInit = async () => {
	guardNodeServers({ https: servedOverHttps(), serveKept: serveKeptAnswer });
	const view = await catalogueView().catch((cause) =>
		console.error('The public catalogue could not be built yet:', cause)
	);
	if (
		process.env.HEAP_GROWING_PERCENT === undefined &&
		(view?.practices.length ?? 0) >= TIGHT_HEAP_FROM_PRACTICES
	)
		tightenHeapGrowth();
	void getDb()
		.then(prepareDeliberations)
		.catch(() => {});
};

/** Resolves the language from the URL (`/en/…` or Polish by default) and marks up <html lang>. */
const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

/** Routes hand the database to domain verbs as `locals.db`, connected on first use. */
const database: Handle = ({ event, resolve }) => {
	Object.defineProperty(event.locals, 'db', { get: getDb, configurable: true });
	return resolve(event);
};

/** Reads the session cookie into `locals`; a signed-in answer is never cached. */
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
	const response = await resolve(event);
	if (event.locals.user) response.headers.set('Cache-Control', PRIVATE_CACHE_CONTROL);
	return response;
};

/**
 * Public pages and API answers that depend only on the URL (with its language) and the public
 * catalogue: rendered once per catalogue view, then served from memory to every anonymous visitor.
 */
const cacheableRoutes = new Set([
	'/(public)',
	'/(public)/praktyki',
	'/(public)/praktyki/[slug]',
	'/(public)/miejsca',
	'/(public)/miejsca/[slug]',
	'/(public)/edycje',
	'/(public)/edycje/[slug]',
	'/(public)/rekomendacje',
	'/(public)/rekomendacje/[slug]',
	'/(public)/sitemap.xml',
	'/(public)/robots.txt',
	'/(public)/api/v1/practices',
	'/(public)/api/v1/practices/[slug]',
	'/(public)/api/v1/places',
	'/(public)/api/v1/editions',
	'/(public)/api/v1/recommendations',
	'/(public)/api/v1/openapi.json'
]);
const answers = new AnswerCache(Number(process.env.PUBLIC_CACHE_MB ?? 64) * 1024 * 1024);

/** Whether the request may be signed in: then it is never served from, nor stored in, the cache. */
const mayBeSignedIn = (event: RequestEvent) =>
	event.cookies.get('session') !== undefined ||
	event.cookies.get('__Host-session') !== undefined ||
	event.request.headers.has('authorization');

/**
 * Serves anonymous GET/HEAD of the routes above from `answers`. An answer is kept only when it is
 * a 200 for a visitor who was not signed in, sets no cookie, is not private, and the catalogue view
 * it was rendered from is still the current one; a write through this instance (or, within
 * seconds, through another) gives a new view, under which nothing is kept yet.
 */
const publicCache: Handle = async ({ event, resolve }) => {
	const { request } = event;
	if (
		(request.method !== 'GET' && request.method !== 'HEAD') ||
		!cacheableRoutes.has(event.route.id ?? '') ||
		mayBeSignedIn(event)
	)
		return resolve(event);
	let serial: number;
	try {
		serial = (await catalogueView()).serial;
	} catch {
		return resolve(event); // the database is down and no catalogue was built yet
	}
	const url = new URL(request.url);
	const key = cacheKey(request.headers.get('host'), url.pathname + url.search);
	const kept = answers.get(serial, key);
	if (kept) return deliver(request, kept, { cache: answers, state: 'hit' });
	const response = await resolve(event);
	if (
		request.method !== 'GET' ||
		response.status !== 200 ||
		event.locals.user ||
		response.headers.has('set-cookie') ||
		/\b(private|no-store)\b/i.test(response.headers.get('cache-control') ?? '') ||
		currentCatalogueView()?.serial !== serial
	)
		return response;
	// A page differs for a signed-in visitor (the header's links): shared caches keep them apart.
	const entry = await toCachedAnswer(response, isApiPath(event.url) ? [] : ['Cookie']);
	answers.set(serial, key, entry);
	return deliver(request, entry, { cache: answers, state: 'miss' });
};

const sessionCookie = /(?:^|;)\s*(?:__Host-)?session=/;

/**
 * The same kept answers, served on the Node server before a request reaches SvelteKit (see
 * `guardNodeServers`): only for a visitor with no session cookie, and only while the catalogue
 * view they were rendered from is current; anything else goes the usual way.
 */
function serveKeptAnswer(request: IncomingMessage, response: ServerResponse): boolean {
	const method = request.method;
	if (method !== 'GET' && method !== 'HEAD') return false;
	const headers = request.headers;
	if (headers.authorization || (headers.cookie && sessionCookie.test(headers.cookie))) return false;
	const serial = currentCatalogueView()?.serial;
	if (serial === undefined || !request.url?.startsWith('/')) return false;
	const entry = answers.get(serial, cacheKey(headers.host ?? null, request.url));
	if (!entry) return false;
	const {
		status,
		headers: answer,
		body
	} = delivery(
		{
			method,
			acceptEncoding: headers['accept-encoding'] ?? null,
			ifNoneMatch: headers['if-none-match'] ?? null
		},
		entry,
		{ cache: answers, state: 'hit' }
	);
	response.statusCode = status;
	for (const [name, value] of answer) response.setHeader(name, value);
	response.end(body ?? undefined);
	return true;
}

/** HTML, JSON and other text compressed as the client accepts (cached answers come compressed). */
const compression: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	return event.isSubRequest ? response : compressResponse(event.request, response);
};

/**
 * A refusal decided before routing, answered like any other page: the site's error page (header,
 * navigation, the visitor's language) rendered by `/odmowa/[status]` through an internal request,
 * or SvelteKit's JSON shape for `__data.json` and clients that ask for JSON. Returned, never
 * thrown: a thrown answer would skip the handles around this one and their headers.
 */
async function refusal(
	event: RequestEvent,
	status: 401 | 403 | 404 | 415,
	message: string
): Promise<Response> {
	const wantsJson =
		event.isDataRequest || /^application\/json\b/.test(event.request.headers.get('accept') ?? '');
	if (wantsJson || event.isSubRequest) return json({ message }, { status });
	const page = await event.fetch(localizeHref(`/odmowa/${status}`), { headers: { accept: 'text/html' } });
	return mutable(page);
}

/** Route ids that are endpoints (`+server.ts`), as opposed to pages with form actions. */
const endpointRoutes = new Set(
	Object.keys(import.meta.glob('/src/routes/**/+server.ts')).map(
		(file) => file.slice('/src/routes'.length, -'/+server.ts'.length) || '/'
	)
);

/**
 * What a form action is sent, checked before SvelteKit runs it:
 * - a form: any other body is refused with 415 (SvelteKit lets `text/plain` through, on which
 *   reading the form would fail);
 * - the action's name: SvelteKit looks it up on the page's `actions`, so `?/constructor` or
 *   `?/__proto__` would reach a member every object inherits (a 500). Such a name is answered as
 *   any unknown action is, 404.
 */
const formPosts: Handle = async ({ event, resolve }) => {
	const { request, route, url } = event;
	if (request.method !== 'POST' || route.id === null || endpointRoutes.has(route.id)) return resolve(event);
	const action = [...url.searchParams.keys()].find((key) => key.startsWith('/'))?.slice(1);
	if (action !== undefined && action in Object.prototype) return refusal(event, 404, m.error_not_found());
	const type = request.headers.get('content-type') ?? '';
	if (/^(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i.test(type)) return resolve(event);
	return refusal(event, 415, m.error_form_media_type());
};

/** Applies the route's access rule: sign in first (303 for a page, 401 otherwise), or 403. */
const accessControl: Handle = async ({ event, resolve }) => {
	const decision = decideAccess(event.route.id, event.locals.user);
	if (decision === 'allow') return resolve(event);
	const pageVisit =
		!event.isDataRequest && (event.request.method === 'GET' || event.request.method === 'HEAD');
	if (decision === 'sign-in' && pageVisit) {
		const next = encodeURIComponent(event.url.pathname + event.url.search);
		return new Response(null, { status: 303, headers: { Location: `/logowanie?next=${next}` } });
	}
	if (decision === 'sign-in') return refusal(event, 401, m.error_sign_in_required());
	return refusal(event, 403, m.error_forbidden());
};

/** API paths (also under `/en`), which answer in JSON whatever happens. */
const isApiPath = (url: URL) => {
	try {
		return deLocalizeUrl(url).pathname.startsWith('/api/');
	} catch {
		return url.pathname.startsWith('/api/') || url.pathname.startsWith('/en/api/');
	}
};
const apiMethods = 'GET, HEAD, OPTIONS';

/**
 * The API keeps its OpenAPI contract: unknown paths 404 and malformed paths 400, in JSON; methods
 * other than GET and HEAD 405 with `Allow` (OPTIONS answers with `Allow` alone); and any other
 * error SvelteKit renders as a page is turned into the documented `{ error }` shape.
 */
const apiContract: Handle = async ({ event, resolve }) => {
	if (!isApiPath(event.url)) return resolve(event);
	if (event.route.id === null) {
		try {
			decodeURI(event.url.pathname);
		} catch {
			return badRequest('The path is not valid percent-encoded UTF-8');
		}
		return badRequest('No such API path; see /api/v1/openapi.json', 404);
	}
	const method = event.request.method;
	if (method === 'OPTIONS') return new Response(null, { status: 204, headers: { Allow: apiMethods } });
	if (method !== 'GET' && method !== 'HEAD') {
		const refused = badRequest(`Method ${method} is not allowed; use GET`, 405);
		refused.headers.set('Allow', apiMethods);
		return refused;
	}
	const response = await resolve(event);
	if (response.status < 400 || response.headers.get('content-type')?.startsWith('application/json'))
		return response;
	return badRequest(response.statusText || `Error ${response.status}`, response.status);
};

/**
 * The same headers on every answer, refusals and redirects included (see `applySecurityHeaders`).
 * A redirect or HTTP error thrown by an inner handle is answered here, so it gets them too.
 */
const securityHeaders: Handle = async ({ event, resolve }) => {
	let response: Response;
	try {
		response = await resolve(event);
	} catch (thrown) {
		if (isRedirect(thrown))
			response = new Response(null, { status: thrown.status, headers: { Location: thrown.location } });
		else if (isHttpError(thrown)) response = json(thrown.body, { status: thrown.status });
		else throw thrown;
	}
	const https = servedOverHttps();
	try {
		applySecurityHeaders(response.headers, { https });
	} catch {
		response = mutable(response); // headers frozen by `fetch`
		applySecurityHeaders(response.headers, { https });
	}
	return response;
};

export const handle = sequence(
	securityHeaders,
	compression,
	apiContract,
	publicCache,
	i18n,
	outage,
	database,
	authentication,
	accessControl,
	formPosts
);

export const handleError = handleOutageError;
