import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { stringify } from 'devalue';
import { afterEach, describe, expect, it } from 'vitest';
import {
	decodeActionResult,
	runJuryLoad,
	verify,
	type LoadCriterion,
	type StoredScore
} from '../../scripts/jury-load';

const criteria: LoadCriterion[] = [
	{ id: 'a', min: 1, max: 5 },
	{ id: 'b', min: 1, max: 5 },
	{ id: 'c', min: 0, max: 3 }
];

interface Faults {
	/** Every n-th request answers 503 without doing anything. */
	unavailableEvery?: number;
	/** Every n-th request is done, then its connection is cut before the answer. */
	cutAfterWriteEvery?: number;
	/** Every n-th write is acknowledged but not kept. */
	forgetEvery?: number;
}

/**
 * A scoring endpoint with the page's contract, in memory: versioned saves and submits, a repeated
 * request with the stored content answered with the current version, 409 for a stale version.
 */
function scoringEndpoint(faults: Faults) {
	const store = new Map<string, StoredScore>();
	let requests = 0;
	let writes = 0;
	const answer = (res: ServerResponse, status: number, type: string, data: unknown) => {
		res.writeHead(status, { 'content-type': 'application/json' });
		res.end(JSON.stringify({ type, status, data: stringify(data) }));
	};
	const handle = async (req: IncomingMessage, res: ServerResponse) => {
		const n = ++requests;
		let body = '';
		for await (const chunk of req) body += chunk;
		if (req.headers['x-sveltekit-action'] !== 'true') return answer(res, 415, 'error', {});
		if (faults.unavailableEvery && n % faults.unavailableEvery === 0) {
			res.writeHead(503, { 'retry-after': '1' });
			return res.end('Unavailable');
		}
		const url = new URL(req.url!, 'http://x');
		const [, , edition, entry] = url.pathname.split('/');
		const action = url.search === '?/submit' ? 'submit' : 'save';
		const juror = /session=([^;]+)/.exec(req.headers.cookie ?? '')![1];
		const form = new URLSearchParams(body);
		const version = Number(form.get('version'));
		const key = `${juror} ${entry}`;
		const before = store.get(key);
		const content = {
			criteria: criteria.map((c) => ({
				id: c.id,
				score: form.get(`score-${c.id}`) ? Number(form.get(`score-${c.id}`)) : null,
				comment: form.get(`comment-${c.id}`) ?? ''
			})),
			privateComment: form.get('privateComment') ?? '',
			feedback: form.get('feedback') ?? '',
			quote: form.get('quote') ?? '',
			recommend: form.get('recommend') === 'on',
			category: form.get('recommend') === 'on' ? form.get('category') : null
		};
		const state: StoredScore['state'] =
			action === 'submit' || before?.state === 'submitted' ? 'submitted' : 'draft';
		const same =
			before &&
			before.state === state &&
			JSON.stringify({ ...before, version: 0 }) ===
				JSON.stringify({ juror, entry, version: 0, state, ...content });
		if (same)
			return answer(res, 200, 'success', {
				notice: { type: 'success', text: 'Zapisano' },
				version: before.version
			});
		if ((before?.version ?? 0) !== version)
			return answer(res, 409, 'failure', {
				notice: { type: 'error', text: 'Ktoś zapisał nowszą wersję' },
				stale: { theirs: before ?? null, yours: content }
			});
		const after = { juror, entry, version: version + 1, state, ...content };
		if (!(faults.forgetEvery && ++writes % faults.forgetEvery === 0)) store.set(key, after);
		if (faults.cutAfterWriteEvery && n % faults.cutAfterWriteEvery === 0) return req.socket.destroy();
		answer(res, 200, 'success', {
			notice: { type: 'success', text: `Zapisano w ${edition}` },
			version: after.version
		});
	};
	const server = createServer((req, res) => void handle(req, res));
	return { server, store };
}

let server: Server | null = null;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function run(faults: Faults) {
	const endpoint = scoringEndpoint(faults);
	server = endpoint.server;
	await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
	const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	let settled = 0;
	const result = await runJuryLoad({
		base,
		edition: 'e',
		entries: ['x', 'y', 'z'],
		criteria,
		categories: ['Kategoria'],
		jurors: ['j1', 'j2', 'j3', 'j4'].map((id) => ({ id, token: id })),
		saves: 2,
		maxAttempts: 20,
		onSettled: (n) => (settled = n)
	});
	return { result, settled, verdict: verify(result.latest, [...endpoint.store.values()]) };
}

describe('jury load driver', () => {
	it('decodesSvelteKitActionResults_withDevalueData', () => {
		const text = JSON.stringify({
			type: 'success',
			status: 200,
			data: stringify({ version: 3, notice: null })
		});
		expect(decodeActionResult(text)).toEqual({
			type: 'success',
			status: 200,
			data: { version: 3, notice: null }
		});
		expect(() => decodeActionResult('<html>')).toThrow();
	});

	it('retriesOutagesAndLostAnswers_withoutLosingOrDuplicating_andEndsSubmitted', async () => {
		const { result, settled, verdict } = await run({ unavailableEvery: 5, cutAfterWriteEvery: 7 });
		expect(result.requests).toBe(4 * 3 * 3);
		expect(settled).toBe(result.requests);
		expect(result.acknowledged).toBe(result.requests);
		expect(result.errors['http-503']).toBeGreaterThan(0);
		expect(Object.keys(result.errors).some((kind) => kind.startsWith('network-'))).toBe(true);
		expect(result.retries).toBeGreaterThan(0);
		expect(result.stale).toBe(0);
		expect(verdict).toMatchObject({ pairs: 12, found: 12, lost: 0, newer: 0, duplicates: 0 });
		expect([...result.latest.values()].every((ack) => ack.state === 'submitted' && ack.version === 3)).toBe(
			true
		);
	});

	it('countsWritesAcknowledgedButNotKept_asLost', async () => {
		const { verdict } = await run({ forgetEvery: 4 });
		expect(verdict.lost).toBeGreaterThan(0);
		expect(verdict.found + verdict.lost + verdict.newer).toBe(verdict.pairs);
	});

	it('countsDuplicateRecords', () => {
		const score: StoredScore = {
			juror: 'j',
			entry: 'e',
			version: 1,
			state: 'draft',
			criteria: [],
			privateComment: '',
			feedback: '',
			quote: '',
			recommend: false,
			category: null
		};
		expect(verify(new Map(), [score, { ...score }, { ...score, entry: 'f' }]).duplicates).toBe(1);
	});
});
