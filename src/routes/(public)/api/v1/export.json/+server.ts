import { catalogueView } from '$lib/server/catalogue';
import { cachedExport } from '$lib/server/export';
import { publicResponse } from '$lib/server/http';

export const GET = async ({ request }) => {
	const { body, etag } = cachedExport(await catalogueView(), 'json');
	return publicResponse(request, body, undefined, {}, etag);
};
