import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const thinRoutes =
	'Routes reach the database through domain verbs in $lib/server/<domain>, with `await locals.db`.';
const noServerInComponents =
	'Components never import server code: the page gets what it needs from its load function.';

// Routes: no database module, no driver, no collections helper (whatever module it comes from).
const routeImports = [
	{ group: ['$lib/server/db', '$lib/server/db/**'], message: thinRoutes },
	{ regex: '^(\\.{1,2}/)+(.*/)?server/db(/|$)', message: thinRoutes },
	{ group: ['mongodb', 'mongodb/**'], message: thinRoutes },
	{ regex: '.*', importNames: ['collections'], message: thinRoutes }
];

// Components and every .svelte file: nothing under $lib/server, by alias or by relative path.
const componentImports = [
	{ group: ['$lib/server', '$lib/server/**'], message: noServerInComponents },
	{ regex: '^(\\.{1,2}/)+(lib/)?server(/|$)', message: noServerInComponents }
];

const restrictImports = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default defineConfig(
	globalIgnores([
		'build/',
		'.svelte-kit/',
		'src/lib/paraglide/',
		'node_modules/',
		'.data/',
		'test-results/',
		'playwright-report/'
	]),
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript and svelte-check already report undefined names, and know the ambient types
			// that this rule does not (typescript-eslint's advice).
			'no-undef': 'off',
			// Left to TypeScript's noFallthroughCasesInSwitch, which knows that SvelteKit's error() and
			// redirect() never return; this rule would want a dead `break` after each of them.
			'no-fallthrough': 'off',
			// `const { a: _, ...rest } = x` is how a copy without one key is made.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
			// The site is served at the root (no kit.paths.base) and links go through localizeHref, so
			// wrapping every href in resolve() would change nothing.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/routes/**'],
		rules: {
			...restrictImports(routeImports),
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.type='MemberExpression'][callee.property.name='collection']",
					message: thinRoutes
				}
			]
		}
	},
	{
		files: ['src/lib/components/**', '**/*.svelte'],
		rules: restrictImports(componentImports)
	},
	// A later block replaces a rule's options rather than adding to them, so a page under
	// src/routes gets both lists here.
	{
		files: ['src/routes/**/*.svelte'],
		rules: restrictImports([...componentImports, ...routeImports])
	}
);
