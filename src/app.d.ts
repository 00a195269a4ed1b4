import type { Db } from 'mongodb';
import type { SessionValidation } from '$lib/server/auth/session';

// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** Set by the build (vite.config.ts): see startup/catalogue-shape.ts. */
	const __CATALOGUE_SHAPE__: string;
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			user: SessionValidation['user'];
			session: SessionValidation['session'];
			/**
			 * The database, for handing to domain verbs (routes never query it themselves); connected
			 * on first use, so a page that does not need it does not wait for it.
			 */
			readonly db: Promise<Db>;
			/** Set by handleError when the database was out of reach: the answer becomes a 503. */
			databaseUnavailable?: boolean;
		}
		namespace Superforms {
			/** What a form says about itself as a whole, shown above its fields. */
			type Message = { type: 'success' | 'error'; text: string };
		}
	}
}

export {};
