import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { MongoServerError, type Db } from 'mongodb';
import { collections, type UserDoc } from '../db/collections';
import { clear, hit, peek, type Verdict } from '../ratelimit';

/*
 * Sign-in throttling keeps guessing out without letting a stranger lock the owner out: failures
 * count per account + address pair, per address, and per account; the account-wide limit does not
 * apply from an address the account recently signed in from.
 */

const KNOWN_ADDRESS_DAYS = 30;
const KNOWN_ADDRESSES_KEPT = 10;
const DAY = 24 * 60 * 60 * 1000;

const addressHash = (address: string) =>
	encodeHexLowerCase(sha256(new TextEncoder().encode(`sign-in-address:${address}`)));

/** Whether the account signed in from this address within the last KNOWN_ADDRESS_DAYS. */
export async function isKnownAddress(
	db: Db,
	user: Pick<UserDoc, '_id'> | null,
	address: string,
	now = new Date()
): Promise<boolean> {
	if (!user) return false;
	const known = await collections(db).signInAddresses.findOne({
		_id: `${user._id}:${addressHash(address)}`,
		at: { $gt: new Date(now.getTime() - KNOWN_ADDRESS_DAYS * DAY) }
	});
	return known !== null;
}

const pairOf = (email: string, address: string) => `${email.trim().toLowerCase()} ${address}`;

/** Whether a sign-in (or a check of the current password) for this account from this address is paused. */
export async function signInThrottled(
	db: Db,
	email: string,
	address: string,
	user: Pick<UserDoc, '_id'> | null,
	now = new Date()
): Promise<Verdict> {
	const account = (await isKnownAddress(db, user, address, now)) ? undefined : email.trim().toLowerCase();
	return peek(db, 'sign-in-failure', { pair: pairOf(email, address), address, account }, now);
}

/** Counts a failure in each scope on its own: one scope being full must not stop the others counting. */
export async function recordSignInFailure(db: Db, email: string, address: string, now = new Date()) {
	const account = email.trim().toLowerCase();
	for (const keys of [{ pair: pairOf(email, address) }, { address }, { account }])
		await hit(db, 'sign-in-failure', keys, now);
}

/**
 * Clears the pair's failures and remembers the address (hashed) as one the owner uses: one record
 * per account and address, so sign-ins never write the account itself, nor each other's records.
 * Only the KNOWN_ADDRESSES_KEPT latest stay, none older than KNOWN_ADDRESS_DAYS.
 */
export async function recordSignInSuccess(
	db: Db,
	user: Pick<UserDoc, '_id' | 'email'>,
	address: string,
	now = new Date()
) {
	await clear(db, 'sign-in-failure', 'pair', pairOf(user.email, address));
	const addresses = collections(db).signInAddresses;
	const hash = addressHash(address);
	const _id = `${user._id}:${hash}`;
	const record = { userId: user._id, hash, at: now };
	try {
		await addresses.updateOne({ _id }, { $set: record }, { upsert: true });
	} catch (cause) {
		// FerretDB: of two upserts of a new record at once, one inserts and the other hits its id.
		if (!(cause instanceof MongoServerError && cause.code === 11000)) throw cause;
		await addresses.updateOne({ _id }, { $set: record });
	}
	const older = await addresses
		.find({ userId: user._id, _id: { $ne: _id } }, { projection: { _id: 1 } })
		.sort({ at: -1 })
		.skip(KNOWN_ADDRESSES_KEPT - 1)
		.toArray();
	if (older.length > 0) await addresses.deleteMany({ _id: { $in: older.map((known) => known._id) } });
	await addresses.deleteMany({
		userId: user._id,
		at: { $lt: new Date(now.getTime() - KNOWN_ADDRESS_DAYS * DAY) }
	});
}

/** After a completed reset the owner has proved who they are: the account-wide count starts again. */
export function clearAccountFailures(db: Db, email: string) {
	return clear(db, 'sign-in-failure', 'account', email.trim().toLowerCase());
}
