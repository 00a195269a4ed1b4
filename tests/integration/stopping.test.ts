import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterEach, expect, it } from 'vitest';
import { describeBuilt } from '../support/built-app';
import { startSite, waitFor, type RunningSite } from '../support/launcher';

/** The direct children of `pid`, with their command lines. */
function children(pid: number): { pid: number; command: string }[] {
	return execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' })
		.trim()
		.split('\n')
		.filter(Boolean)
		.map((line) => {
			const [, childPid, command] = /^\s*(\d+)\s+(.*)$/.exec(line)!;
			return { pid: Number(childPid), command };
		});
}

type Target = 'npm' | 'launcher' | 'app' | 'database';

function pidOf(site: RunningSite, target: Target): number {
	const lock = site.lock()!;
	switch (target) {
		case 'npm':
			return site.child.pid!;
		case 'launcher':
			return lock.pid;
		case 'database':
			return lock.databasePid!;
		case 'app':
			return children(lock.pid).find((c) => c.command.includes('build/index.js'))!.pid;
	}
}

/**
 * `npm start` as a process manager runs it: SIGTERM or SIGINT to any process of the tree stops
 * every one of them and releases the data directory's lock.
 */
describeBuilt('stopping npm start', () => {
	let site: RunningSite | undefined;
	afterEach(async () => {
		await site?.dispose();
		site = undefined;
	});

	it.each<[Target, NodeJS.Signals]>([
		['npm', 'SIGTERM'],
		['npm', 'SIGINT'],
		['launcher', 'SIGTERM'],
		['launcher', 'SIGINT'],
		['app', 'SIGTERM'],
		['app', 'SIGINT'],
		['database', 'SIGTERM'],
		['database', 'SIGINT']
	])(
		'%s_%s_stopsTheWholeTree_andReleasesTheLock',
		async (target, signal) => {
			site = await startSite(`stop-${target}-${signal}`, 'npm');
			const running = site.tree();
			// npm, the launcher (its shell exec'd it), the app and the database.
			expect(running.length).toBeGreaterThanOrEqual(4);
			expect(existsSync(site.lockFile)).toBe(true);

			process.kill(pidOf(site, target), signal);

			const current = site;
			await waitFor(
				'every process of the tree to stop and the lock to go',
				() => current.tree().length === 0 && !existsSync(current.lockFile),
				15_000
			).catch((error) => {
				throw new Error(`${error.message}\nstill running: ${current.tree().join(' ')}\n${current.output()}`);
			});
		},
		150_000
	);

	it('npmStart_printsAShortUsefulStart', async () => {
		site = await startSite('stop-output', 'npm');
		const output = site.output();
		expect(output).toContain(`Miasta Otwarte: ${site.origin}`);
		expect(output).toMatch(/Database: FerretDB|Database: mongod/);
		expect(output).toMatch(/Demo account \(admin\)/);
		expect(output.trim().split('\n').length).toBeLessThan(15);
	}, 150_000);

	it('npmStart_again_showsTheDemoAccountsCreatedByTheFirstStart', async () => {
		site = await startSite('stop-again', 'npm');
		const demoLines = site.output().match(/^Demo account .*$/gm);
		expect(demoLines).toHaveLength(3);
		process.kill(site.child.pid!, 'SIGTERM');
		const first = site;
		await waitFor('the first start to stop', () => first.tree().length === 0, 15_000);

		site = await startSite('stop-again', 'npm', { keepData: true });
		for (const line of demoLines!) expect(site.output()).toContain(line);
	}, 300_000);
});
