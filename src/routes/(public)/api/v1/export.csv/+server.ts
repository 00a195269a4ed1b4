import { catalogueView } from '$lib/server/catalogue';
import { cachedExport } from '$lib/server/export';
import { publicResponse } from '$lib/server/http';

export const GET = async ({ request }) => {
	const { body, etag } = cachedExport(await catalogueView(), 'csv');
	return publicResponse(
		request,
		body,
		'text/csv; charset=utf-8',
		{ 'Content-Disposition': 'attachment; filename="miasta-otwarte-praktyki.csv"' },
		etag
	);
};
