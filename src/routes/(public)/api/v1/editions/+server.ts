import { catalogueView } from '$lib/server/catalogue';
import { publicJson } from '$lib/server/http';

export const GET = async ({ request }) => publicJson(request, { items: (await catalogueView()).editions });
