import { collections, getDb } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({
	practices: (
		await collections(await getDb())
			.practices.find({ status: { $in: ['mentioned', 'catalogue'] } })
			.sort({ status: 1, title: 1 })
			.toArray()
	).map((p) => ({
		slug: p.slug,
		title: p.title,
		status: p.status,
		place: p.place,
		empty: p.description.trim() === ''
	}))
});
