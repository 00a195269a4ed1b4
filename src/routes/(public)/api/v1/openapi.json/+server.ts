import spec from '$lib/api/openapi.json';
import { publicJson } from '$lib/server/http';

export const GET = async ({ request }) => publicJson(request, spec);
