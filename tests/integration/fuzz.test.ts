/**
 * A bounded fuzz run against the production build: a few thousand requests with malformed query
 * strings, methods, headers, bodies and cookies over every route under `src/routes` (parameters
 * filled with real and junk values), anonymous and signed in as applicant, juror and admin.
 * Deterministic (fixed seed): a failure names the request, which can be replayed by hand. Any 5xx,
 * any answer slower than 2 s, or a request the server drops fails the test.
 */
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { PLACE_A, signIn, type Actor, type World, startBuiltWorld } from '../support/access-world';
import { pathOf } from '../../src/lib/server/policy/routes';
import { describeBuilt, type BuiltApp } from '../support/built-app';

const SEED = Number(process.env.FUZZ_SEED ?? 0x8a11ce);
/** Longer runs by hand: FUZZ_REQUESTS=20000 (and FUZZ_SEED for another sequence). */
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 2500);
const SLOW_MS = 2000;

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number) {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const junk = [
	'%C0%AE',
	'%',
	'%zz',
	'%E0%A4%A',
	'%00',
	'..',
	'%2e%2e',
	'%2F',
	'$ne',
	'__proto__',
	'constructor',
	'ŁÓDŹ',
	'a\'b"<x>',
	'%F0%9F%98%80',
	'null',
	'-1',
	'0',
	'ffffffffffffffffffffffff',
	'x'.repeat(2000)
];
const queryJunk = [
	'q=%',
	'q=%zz',
	`q=${'ą'.repeat(3000)}`,
	'page=-1',
	'page=1e999',
	'page=NaN',
	'pageSize=99999999999999999999',
	'__proto__=1',
	'constructor=1',
	'toString=1',
	'a[]=1&a[]=2',
	'&&&',
	'==',
	'%=%',
	'next=%2F%5Cevil.example',
	'next=/%09/evil.example',
	'x-sveltekit-invalidated=1111111111',
	'x-sveltekit-invalidated=x',
	'x-sveltekit-trailing-slash=1',
	'sort=%00',
	'status=$ne',
	'category=__proto__&category=x',
	'haslo=zmienione',
	'zgloszono=1'
];
const actions = [
	'',
	'/save',
	'/preview',
	'/upload',
	'/submit',
	'/withdraw',
	'/deleteAttachment',
	'/approve',
	'/role',
	'/phase',
	'/create',
	'/eligibility',
	'/setDisabled',
	'/nope',
	'/__proto__',
	'/constructor',
	'/'
];
const fieldNames = [
	'email',
	'password',
	'name',
	'title',
	'summary',
	'description',
	'place',
	'organisation',
	'categories',
	'version',
	'id',
	'file',
	'phase',
	'role',
	'edition',
	'slug',
	'disabled',
	'decision',
	'__proto__',
	'$ne',
	'a.b',
	'__superform_id',
	'__superform_json'
];
const fieldValues = [
	...junk,
	'',
	'true',
	'1',
	'999999999999',
	'open',
	'admin',
	'[]',
	'{"$ne":1}',
	'a@example.org'
];

type Body = { type?: string; body?: BodyInit; label: string };

/**
 * One request on its own connection (Node's client, no keep-alive): an answer sent before a body
 * was read closes the connection, which must not be blamed on the next request. Sends any method
 * and header `fetch` would refuse.
 */
async function send(
	url: string,
	method: string,
	headers: Record<string, string>,
	body?: BodyInit
): Promise<number> {
	let bytes: Buffer | undefined;
	if (body !== undefined) {
		const encoded = new Request('http://x', { method: 'POST', body });
		bytes = Buffer.from(await encoded.arrayBuffer());
		if (!headers['content-type'] && encoded.headers.get('content-type'))
			headers['content-type'] = encoded.headers.get('content-type')!;
	}
	return new Promise((resolve, reject) => {
		// Header values go as their UTF-8 bytes, as a browser would send them.
		const raw = Object.fromEntries(
			Object.entries(headers).map(([name, value]) => [name, Buffer.from(value).toString('latin1')])
		);
		const sent = httpRequest(url, { method, headers: raw, agent: false }, (response) => {
			response.resume();
			response.on('end', () => resolve(response.statusCode!));
			response.on('error', reject);
		});
		sent.on('error', reject);
		sent.end(bytes);
	});
}

describeBuilt('fuzzing the production build', () => {
	let world: World;
	let app: BuiltApp;

	beforeAll(async () => ({ world, app } = await startBuiltWorld()));
	afterAll(() => app?.close());

	it(`${REQUESTS}Requests_noServerErrorAndNoneSlowerThan2s`, { timeout: 240_000 }, async () => {
		const rand = random(SEED);
		const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
		const chance = (p: number) => rand() < p;
		const open = world.perPhase.open;
		const real: Record<string, string[]> = {
			slug: [
				world.publicPractice.slug,
				world.recommendation,
				PLACE_A,
				open.edition,
				world.perPhase.published.edition,
				open.draftA,
				open.submittedA,
				open.draftB
			],
			id: [open.attachmentA, open.attachmentB, world.users.applicantA._id, world.users.admin._id],
			token: ['a'.repeat(43), 'nie-ma-takiego'],
			status: ['401', '403', '415', '404']
		};
		// Route ids without their groups, as paths with `[param]`s still in them.
		const routes = [
			...new Set(
				Object.keys(import.meta.glob('../../src/routes/**/+{page.svelte,server.ts}')).map((file) =>
					pathOf(file.replace('../../src/routes', '').replace(/\/\+[^/]+$/, '') || '/', (p) => `[${p}]`)
				)
			)
		];
		const actors: (Actor | 'junk')[] = ['anonymous', 'applicantA', 'applicantB', 'juror', 'admin', 'junk'];
		const cookieJunk = () =>
			pick([
				`session=${pick(junk)}`,
				'session=%E0%A4%A',
				`session=${'a'.repeat(4000)}`,
				'session=a; session=b',
				'session',
				'=;=;',
				'__Host-session=x',
				'PARAGLIDE_LOCALE=xx',
				`session="${'"'.repeat(10)}"`
			]);

		const fill = (route: string) =>
			route.replace(/\[(\w+)\]/g, (_, name: string) => {
				if (chance(0.6)) return encodeURIComponent(pick(real[name] ?? ['x']));
				const value = pick(junk);
				return value.includes('%') ? value : encodeURIComponent(value);
			});

		const body = (): Body => {
			const fields = Array.from({ length: 1 + Math.floor(rand() * 6) }, () => [
				pick(fieldNames),
				pick(fieldValues)
			]);
			switch (Math.floor(rand() * 9)) {
				case 0:
				case 1:
					return {
						type: 'application/x-www-form-urlencoded',
						body: new URLSearchParams(fields).toString(),
						label: 'urlencoded'
					};
				case 2: {
					const form = new FormData();
					for (const [name, value] of fields) form.append(name, value);
					if (chance(0.5))
						form.append(
							'file',
							new File([pick(['%PDF-1.4\n%%EOF', 'MZ', ''])], pick(['a.pdf', '../a.pdf', 'a']))
						);
					return { body: form, label: 'multipart' };
				}
				case 3:
					return {
						type: 'multipart/form-data; boundary=x',
						body: pick([
							'--x\r\nbroken',
							'',
							'--y--',
							'--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nx\r\n--x--\r\n'
						]),
						label: 'broken multipart'
					};
				case 4:
					return { type: 'multipart/form-data', body: 'no boundary', label: 'multipart without boundary' };
				case 5:
					return { type: 'text/plain', body: 'email=a@example.org', label: 'text/plain' };
				case 6:
					return {
						type: 'application/json',
						body: pick(['{"email":{"$ne":null}}', '{', '[]', '"__proto__"']),
						label: 'json'
					};
				case 7:
					return {
						type: 'application/x-www-form-urlencoded',
						body: `title=${'x'.repeat(200_000)}`,
						label: 'big urlencoded'
					};
				default:
					return { label: 'no body' };
			}
		};

		const failures: string[] = [];
		const times: [number, string][] = [];
		const started = performance.now();
		for (let n = 0; n < REQUESTS; n++) {
			const route = routes[n % routes.length]; // every route, in turn
			let path = (chance(0.2) ? '/en' : '') + fill(route);
			if (path === '/en/') path = '/en';
			const kind = pick(['page', 'page', 'data', 'action', 'action', 'method'] as const);
			if (kind === 'data') path = `${path === '/' ? '' : path.replace(/\/$/, '')}/__data.json`;
			const query = Array.from({ length: Math.floor(rand() * 3) }, () => pick(queryJunk));
			if (kind === 'action') query.push(`${pick(actions)}`.replace(/^\//, '/'));
			const search = query.length ? `?${query.join('&')}` : '';
			const method =
				kind === 'action'
					? 'POST'
					: kind === 'method'
						? pick(['HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'POST'])
						: 'GET';
			const headers: Record<string, string> = {
				accept: pick([
					'text/html',
					'application/json',
					'*/*',
					'garbage/;;;',
					'text/html;q=0, application/json;q=0'
				])
			};
			const actor = pick(actors);
			if (actor === 'junk') headers.cookie = cookieJunk();
			else if (actor !== 'anonymous') headers.cookie = `session=${(await signIn(world, actor))!.token}`;
			if (method !== 'GET' && method !== 'HEAD') {
				headers.origin = chance(0.9) ? app.origin : pick(['http://evil.example', 'null']);
				if (chance(0.3)) headers['x-sveltekit-action'] = 'true';
			}
			if (chance(0.1)) headers['accept-language'] = pick(['en', '*', 'xx-;;', '']);
			if (chance(0.05)) headers['if-none-match'] = pick(['*', '"x"', 'W/"', '']);
			const sent =
				method === 'POST' || method === 'PUT' || method === 'PATCH' ? body() : { label: 'no body' };
			if (sent.type) headers['content-type'] = sent.type;

			const request = `#${n} ${method} ${path}${search} [${actor}; accept ${headers.accept}; ${sent.label}${headers.cookie && actor === 'junk' ? `; cookie ${headers.cookie.slice(0, 60)}` : ''}]`;
			const begin = performance.now();
			try {
				const status = await send(app.origin + path + search, method, headers, sent.body);
				const ms = performance.now() - begin;
				times.push([ms, request]);
				if (status >= 500) failures.push(`${request} → ${status}`);
				else if (ms > SLOW_MS) failures.push(`${request} → ${status} after ${Math.round(ms)} ms`);
			} catch (e) {
				failures.push(`${request} → no answer: ${(e as Error).cause ?? e}`);
			}
		}
		const seconds = (performance.now() - started) / 1000;
		times.sort((a, b) => b[0] - a[0]);
		const slowest = times.slice(0, 5).map(([ms, request]) => `${Math.round(ms)} ms ${request.slice(0, 160)}`);
		console.log(
			`fuzz: ${REQUESTS} requests in ${seconds.toFixed(1)} s, ${failures.length} failed; slowest:\n${slowest.join('\n')}`
		);
		expect(failures, failures.slice(0, 25).join('\n')).toEqual([]);
	});
});
