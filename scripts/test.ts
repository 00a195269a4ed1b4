/**
 * `npm test`: every suite against the real embedded database, then one line with the totals.
 *   1. `npm run lint` (Prettier and ESLint); a failure counts as one failed test, the rest still run
 *   2. a production build (the HTTP access-matrix tests in vitest and Playwright both run it)
 *   3. vitest: unit and integration tests (server project)
 *   4. Playwright in Debian's Chromium against the build
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, '.data', 'reports');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<number> {
	return new Promise((resolve) => {
		const child = spawn(command, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
		child.on('exit', (code) => resolve(code ?? 1));
	});
}

function readJson<T>(file: string): T | null {
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
}

async function main() {
	await rm(reports, { recursive: true, force: true });
	await mkdir(reports, { recursive: true });
	let passed = 0;
	let failed = 0;

	// First, as it takes seconds: an unformatted file or a forbidden import is reported at once.
	const lintCode = await run('npm', ['run', 'lint']);
	if (lintCode !== 0) failed += 1;

	// A failed build leaves no build behind, so tests of the built app fail rather than test an old one.
	await rm(path.join(root, 'build'), { recursive: true, force: true });
	const buildCode = await run(bin('vite'), ['build']);
	if (buildCode !== 0) failed += 1;

	const vitestReport = path.join(reports, 'vitest.json');
	const vitestCode = await run(bin('vitest'), [
		'run',
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${vitestReport}`
	]);
	const vitest = readJson<{ numPassedTests: number; numFailedTests: number }>(vitestReport);
	passed += vitest?.numPassedTests ?? 0;
	failed += vitest?.numFailedTests ?? 0;
	if (vitestCode !== 0 && (vitest?.numFailedTests ?? 0) === 0) failed += 1; // a crash counts as a failure

	if (buildCode === 0) {
		await rm(path.join(root, '.data', 'e2e'), { recursive: true, force: true });
		const playwrightReport = path.join(reports, 'playwright.json');
		const playwrightCode = await run(bin('playwright'), ['test'], {
			PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport
		});
		const stats = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(
			playwrightReport
		)?.stats;
		passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
		failed += stats?.unexpected ?? 0;
		if (playwrightCode !== 0 && (stats?.unexpected ?? 0) === 0) failed += 1;
	}

	console.log(`\n${passed} passed, ${failed} failed`);
	process.exit(failed > 0 || passed === 0 ? 1 : 0);
}

main();
