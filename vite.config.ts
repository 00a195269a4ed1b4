import { fileURLToPath } from 'node:url';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { catalogueShape } from './startup/catalogue-shape.ts';

/** The production build, which tests load as Node loads it (see tests/support/built-app.ts). */
const buildDir = new RegExp(
	`^${fileURLToPath(new URL('./build/', import.meta.url)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`
);

export default defineConfig({
	// Which builds may share a catalogue snapshot (src/lib/server/catalogue/snapshot.ts).
	define: {
		__CATALOGUE_SHAPE__: JSON.stringify(catalogueShape(fileURLToPath(new URL('.', import.meta.url))))
	},
	plugins: [
		sveltekit(),
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['url', 'baseLocale'],
			// One module per message, whoever compiles (the CLI, a build, vitest): pages then load only
			// the messages they use. Left unset, the plugin picks per-locale bundles unless NODE_ENV is
			// "production", and a build made from a test run shipped every message to every page.
			outputStructure: 'message-modules'
		})
	],
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
					globalSetup: ['tests/support/global-setup.ts'],
					// FerretDB's SQLite backend fails when several databases are created and dropped at once.
					fileParallelism: false,
					// Node loads the built server as it is; re-transformed by Vite, its pages fail to render.
					server: { deps: { external: [buildDir] } },
					testTimeout: 30_000,
					hookTimeout: 120_000
				}
			}
		]
	}
});
