import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
const chromium =
	process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

/** Browser tests run the production build on its own embedded database, in Debian's Chromium. */
export default defineConfig({
	testDir: 'tests/browser',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 30_000,
	reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		locale: 'pl-PL',
		launchOptions: {
			executablePath: chromium,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		command: 'node_modules/.bin/tsx scripts/with-database.ts start',
		url: `http://127.0.0.1:${port}/healthz`,
		timeout: 600_000,
		reuseExistingServer: false,
		stdout: 'pipe',
		env: {
			DATA_DIR: '.data/e2e',
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`,
			DEMO_PASSWORD: 'demo-password-for-browser-tests'
		}
	}
});
