import { catalogueView } from '$lib/server/catalogue';
import { exportCsv } from '$lib/server/export';
import { publicResponse } from '$lib/server/http';

export const GET = async ({ request }) =>
	publicResponse(request, exportCsv(await catalogueView()), 'text/csv; charset=utf-8', {
		'Content-Disposition': 'attachment; filename="miasta-otwarte-praktyki.csv"'
	});
