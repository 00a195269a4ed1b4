import { catalogueView } from '$lib/server/catalogue';
import { badRequest, publicJson } from '$lib/server/http';

export const GET = async ({ request, params }) => {
	const practice = (await catalogueView()).practiceBySlug.get(params.slug);
	if (!practice) return badRequest(`No public practice with slug "${params.slug}"`, 404);
	return publicJson(request, practice);
};
