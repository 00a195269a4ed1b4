import { catalogueView } from '$lib/server/catalogue';
import { exportResponse } from '$lib/server/export';

export const GET = async ({ request }) => exportResponse(request, await catalogueView(), 'json');
