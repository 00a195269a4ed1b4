import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { PageServerLoad } from './$types';

/**
 * The page for a refusal decided before routing (the access check, an unreadable form), so that it
 * is the site's own error page: header, navigation, language. `hooks.server.ts` renders it with an
 * internal request; asked for directly, it shows the same page and nothing else.
 */
export const load: PageServerLoad = ({ params }) => {
	switch (params.status) {
		case '401':
			error(401, m.error_sign_in_required());
		case '403':
			error(403, m.error_forbidden());
		case '415':
			error(415, m.error_form_media_type());
		default:
			error(404, m.error_not_found());
	}
};
