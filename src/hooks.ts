import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

/** `/en/praktyki` is served by the same route as `/praktyki`. */
export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
