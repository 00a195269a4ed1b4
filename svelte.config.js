import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// Absolute asset paths: a refusal page rendered for another URL (see hooks) must find its
		// stylesheet from any depth.
		paths: { relative: false },
		// Stylesheets up to this size go into the page itself: on a phone each one linked is a round
		// trip before the first paint. The CSP allows inline styles ('unsafe-inline' in style-src).
		inlineStyleThreshold: 10 * 1024,
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
