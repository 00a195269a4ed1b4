import { MongoServerError, type Db } from 'mongodb';
import { collections } from '../db/collections';
import { guardedUpdate } from '../db/guarded';

/**
 * Moves the juror record waiting for an invited address to the account just created from the
 * invitation to that edition's jury. Kept apart from the rest of the jury so that invitations can
 * call it without depending on the jury's other verbs. Safe to repeat.
 */
export async function linkInvitedJuror(
	db: Db,
	email: string,
	userId: string,
	edition: string
): Promise<void> {
	const jurors = collections(db).jurors;
	const pending = await jurors.findOne({ edition, user: null, invitedEmail: email });
	if (!pending) return;
	try {
		const linked = await guardedUpdate(db, jurors, pending, {
			$set: { user: userId, invitedEmail: null, updatedAt: new Date() }
		});
		if (linked) return;
	} catch (cause) {
		if (!(cause instanceof MongoServerError && cause.code === 11000)) throw cause;
	}
	// The account already has a record for this edition (or another request linked this one).
	await jurors.deleteOne({ _id: pending._id, user: null, version: pending.version });
}
