/** Organisations: the offices and groups that applicants belong to. */
import type { Db } from 'mongodb';
import { collections, type OrganisationDoc } from '../db/collections';

/** Every organisation by name, as a choice in a form. */
export function listOrganisations(db: Db) {
	return collections(db)
		.organisations.find<Pick<OrganisationDoc, 'slug' | 'name'>>(
			{},
			{ projection: { _id: 0, slug: 1, name: 1 }, sort: { name: 1 } }
		)
		.toArray();
}
