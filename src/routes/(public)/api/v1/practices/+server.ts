import { parseSearchParams, practiceQuery } from '$lib/schemas';
import { catalogueView, queryPractices } from '$lib/server/catalogue';
import { badRequest, publicJson } from '$lib/server/http';

export const GET = async ({ request, url }) => {
	const parsed = parseSearchParams(practiceQuery, url.searchParams, { strict: true });
	if (!parsed.ok) return badRequest(parsed.message);
	const view = await catalogueView();
	return publicJson(request, queryPractices(view.practices, view.search, parsed.value).page);
};
