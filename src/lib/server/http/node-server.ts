import { Server, type IncomingMessage, type ServerResponse } from 'node:http';
import { applySecurityHeaders } from './headers';

const installed = Symbol.for('miasta-otwarte.server-guard');

/**
 * Two things happen on the Node server before SvelteKit's `handle` can act, so they are dealt with
 * on every `http.Server` of the process (installed once at start-up, before the server listens):
 * - TRACE and TRACK: the fetch `Request` refuses them, so adapter-node would answer a bare 400;
 *   they get 405 with `Allow`, in JSON on the API, like every other method a route does not take.
 * - Answers `handle` never sees (static files, SvelteKit's cross-site form refusal) still get the
 *   site's headers: they are set as defaults here, and whatever the app sets replaces them.
 * - Public answers kept in memory (`serveKept`) are served from here, at the cost of a static file.
 */
export function guardNodeServers({
	https,
	serveKept
}: {
	https: boolean;
	/** Answers from memory when it can (true), before SvelteKit builds its request. */
	serveKept?: (request: IncomingMessage, response: ServerResponse) => boolean;
}): void {
	const proto = Server.prototype as unknown as {
		emit: (event: string | symbol, ...args: unknown[]) => boolean;
		[installed]?: true;
	};
	if (proto[installed]) return;
	proto[installed] = true;
	const emit = proto.emit;
	proto.emit = function (this: Server, event, ...args) {
		if (event === 'request') {
			const [request, response] = args as [IncomingMessage, ServerResponse];
			const headers = new Headers();
			applySecurityHeaders(headers, { https });
			for (const [name, value] of headers) response.setHeader(name, value);
			if (request.method === 'TRACE' || request.method === 'TRACK') {
				refuseMethod(request, response);
				return true;
			}
			if (serveKept?.(request, response)) return true;
		}
		return emit.call(this, event, ...args);
	};
}

function refuseMethod(request: IncomingMessage, response: ServerResponse) {
	const api = /^(\/en)?\/api\//.test(request.url ?? '');
	response.statusCode = 405;
	response.setHeader('Allow', api ? 'GET, HEAD, OPTIONS' : 'GET, HEAD, POST');
	response.setHeader('Cache-Control', 'no-store');
	response.setHeader('Content-Type', api ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8');
	const message = `Method ${request.method} is not allowed`;
	response.end(api ? JSON.stringify({ error: message }) : message);
	request.resume();
}
