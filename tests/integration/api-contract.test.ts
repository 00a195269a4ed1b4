/**
 * The API keeps its own contract: a systematic set of valid and invalid requests to every operation
 * of `src/lib/api/openapi.json`, against the production build. Every answer must be one the
 * document lists for that operation, with a documented media type and a body its schema accepts;
 * a request is answered 200 exactly when the document says its parameters are valid (400 or 404
 * otherwise); undeclared methods get 405 with `Allow`; HEAD, OPTIONS and unknown paths behave.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import spec from '../../src/lib/api/openapi.json';
import { type World, startBuiltWorld } from '../support/access-world';
import { describeBuilt, type BuiltApp } from '../support/built-app';
import { errorsAgainst } from '../support/openapi';

interface Parameter {
	name: string;
	in: string;
	schema: Record<string, unknown>;
}
interface Operation {
	parameters?: Parameter[];
	responses: Record<
		string,
		{ content?: Record<string, { schema: object }>; headers?: Record<string, unknown> }
	>;
}
const paths = spec.paths as unknown as Record<string, { get: Operation }>;

/** A query value as the document's schema sees it: digits are a number, the rest a string. */
const typed = (value: string) => (/^-?[0-9]+$/.test(value) ? Number(value) : value);
const validParameter = (parameter: Parameter, value: string) =>
	errorsAgainst(parameter.schema, parameter.schema.type === 'integer' ? typed(value) : value).length === 0;

/** Candidate values by schema, valid and not; which is which is decided by the document. */
function candidates(schema: Record<string, unknown>): string[] {
	if (schema.enum) return [...(schema.enum as string[]), '', 'draft', 'AWARDED', 'awarded '];
	if (schema.type === 'integer')
		return [
			'1',
			'2',
			'24',
			'0',
			'-1',
			'100',
			'101',
			'100000',
			'100001',
			'1.5',
			'1e3',
			'0x10',
			'+1',
			' 1',
			'abc',
			'',
			'99999999999'
		];
	const values = [
		'',
		' ',
		'a',
		'Lodz',
		'Łódź',
		'info-point',
		'A',
		'a--b',
		'-a',
		'a b',
		'$ne',
		'__proto__',
		'x'.repeat(120),
		'x'.repeat(121),
		'x'.repeat(200),
		'x'.repeat(201),
		'😀'.repeat(150),
		'%',
		'<script>'
	];
	return values;
}

/** Whether the path's parameters (the slug, as the last segment) are valid by the document. */
function pathValid(operation: Operation, path: string): boolean {
	const parameter = (operation.parameters ?? []).find((p) => p.in === 'path');
	if (!parameter) return true;
	try {
		return validParameter(parameter, decodeURIComponent(path.split('?')[0].split('/').pop()!));
	} catch {
		return false;
	}
}

/** Slugs after which the path is no longer the operation's: a dot segment, bad percent-encoding. */
const unrouted = ['%2e%2e', '%C0%AE'];

interface Probe {
	method: string;
	path: string;
	/** The operation's path template, or null for a path the document does not have. */
	template: string | null;
	/** Whether the document says this request is valid (for GET and HEAD on an operation). */
	valid?: boolean;
}

function probes(world: World): Probe[] {
	const list: Probe[] = [];
	const publicSlug = world.publicPractice.slug;
	for (const [template, { get }] of Object.entries(paths)) {
		const slugs = template.includes('{slug}')
			? [
					publicSlug,
					world.perPhase.published.awardedA,
					'nie-ma-takiej',
					world.perPhase.open.draftA,
					'ABC',
					'a_b',
					'x'.repeat(121),
					'%C0%AE',
					'%2e%2e',
					'__proto__'
				]
			: [''];
		for (const slug of slugs) {
			const path = template.replace('{slug}', slug);
			list.push({ method: 'GET', path, template, valid: true });
			// Other methods; a path that reaches no route (`..`, bad encoding) is a 404 or 400 for any.
			for (const method of ['HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'])
				list.push({ method, path, template: unrouted.includes(slug) ? null : template });
		}
		const query = (get.parameters ?? []).filter((p) => p.in === 'query');
		for (const parameter of query) {
			for (const value of candidates(parameter.schema)) {
				const search = new URLSearchParams({ [parameter.name]: value });
				list.push({
					method: 'GET',
					path: `${template}?${search}`,
					template,
					valid: validParameter(parameter, value)
				});
			}
		}
		if (query.length) {
			// Beyond single values: what the document's description refuses, and a combination.
			for (const search of [
				'foo=1',
				'__proto__=1',
				'constructor=1',
				'toString=x',
				'q=a&q=b',
				'page=1&page=2'
			])
				list.push({ method: 'GET', path: `${template}?${search}`, template, valid: false });
			list.push({
				method: 'GET',
				path: `${template}?q=lodz&status=catalogue&page=1&pageSize=100&sort=title`,
				template,
				valid: true
			});
		}
	}
	for (const path of [
		'/api/v1',
		'/api/v1/',
		'/api/v1/nie-ma',
		'/api/v1/practices/a/b',
		'/api/v2/practices',
		'/api/v1/%FF',
		'/api/v1/practices%2F'
	])
		list.push({ method: 'GET', path, template: null });
	return list;
}

function expectHeaders(response: Response, what: string) {
	expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
	expect(response.headers.get('content-security-policy') ?? 'none', what).toMatch(/default-src 'none'/);
}

describeBuilt('API contract', () => {
	let world: World;
	let app: BuiltApp;

	beforeAll(async () => ({ world, app } = await startBuiltWorld()));
	afterAll(() => app?.close());

	it('everyAnswer_isOneTheDocumentDescribes', async () => {
		const failures: string[] = [];
		const all = probes(world);
		for (const probe of all) {
			const what = `${probe.method} ${probe.path}`;
			const response = await app.fetch(probe.path, { method: probe.method });
			const text = await response.text();
			const type = response.headers.get('content-type') ?? '';
			const fail = (why: string) =>
				failures.push(`${what} → ${response.status}: ${why} ${text.slice(0, 200)}`);
			try {
				expectHeaders(response, what);
			} catch (e) {
				fail(String(e));
			}
			if (probe.template === null) {
				if (response.status !== 404 && response.status !== 400)
					fail('an unknown path must be 404 (or 400 when undecodable)');
				if (probe.method === 'HEAD') continue;
				if (
					!type.startsWith('application/json') ||
					errorsAgainst({ $ref: '#/components/schemas/Error' }, JSON.parse(text || 'null')).length
				)
					fail('not the documented Error shape');
				continue;
			}
			const operation = paths[probe.template].get;
			if (probe.method === 'OPTIONS') {
				if (response.status !== 204 || response.headers.get('allow') !== 'GET, HEAD, OPTIONS')
					fail('OPTIONS must be 204 with Allow');
				continue;
			}
			if (probe.method === 'HEAD') {
				const get = await app.fetch(probe.path);
				await get.arrayBuffer();
				if (response.status !== get.status || text !== '' || type !== (get.headers.get('content-type') ?? ''))
					fail(`HEAD must answer as GET (${get.status}) without a body`);
				continue;
			}
			const status = String(response.status);
			const documented = operation.responses[status];
			if (!documented) {
				fail(`status not documented (documented: ${Object.keys(operation.responses)})`);
				continue;
			}
			if (probe.method !== 'GET') {
				if (status !== '405' || response.headers.get('allow') !== 'GET, HEAD, OPTIONS')
					fail('an undeclared method must be 405 with Allow');
			} else if (probe.valid !== undefined) {
				const valid = probe.valid && pathValid(operation, probe.path);

				if (valid && !['200', '404'].includes(status)) fail('a valid request was refused');
				if (valid && status === '404' && !probe.template.includes('{slug}'))
					fail('a valid request was refused');
				if (!valid && status === '200') fail('a request the document forbids was accepted');
			}
			const media = Object.entries(documented.content ?? {}).find(([name]) => type.startsWith(name));
			if (!media) {
				fail(`content type ${type} not documented for ${status}`);
				continue;
			}
			for (const header of Object.keys(documented.headers ?? {}))
				if (!response.headers.has(header)) fail(`documented header ${header} missing`);
			const body = media[0] === 'application/json' ? JSON.parse(text) : text;
			const errors = errorsAgainst(media[1].schema, body);
			if (errors.length) fail(`body does not match the document: ${errors.slice(0, 5).join('; ')}`);
		}
		expect(all.length).toBeGreaterThan(250);
		expect(failures, failures.slice(0, 30).join('\n')).toEqual([]);
	});
});
