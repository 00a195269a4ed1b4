import { catalogueView } from '$lib/server/catalogue';
import { exportJson } from '$lib/server/export';
import { publicJson } from '$lib/server/http';

export const GET = async ({ request }) => {
	const view = await catalogueView();
	return publicJson(request, exportJson(view, view.builtAt));
};
