/** Where someone lands after signing in when no page asked for them: where their work is. */
import type { Db } from 'mongodb';
import { collections, type UserDoc } from '../db/collections';

/** An applicant's work is their entries; everyone else starts at their account. */
export const landingOf = (user: Pick<UserDoc, 'roles'> | null): string =>
	user?.roles.some((r) => r.role === 'applicant') ? '/zgloszenia' : '/konto';

export async function landingFor(db: Db, userId: string): Promise<string> {
	return landingOf(await collections(db).users.findOne({ _id: userId }, { projection: { roles: 1 } }));
}
