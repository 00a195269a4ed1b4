import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import type { Db } from 'mongodb';
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

export function isKnownAddress(
	user: Pick<UserDoc, 'signInAddresses'> | null,
	address: string,
	now = new Date()
): boolean {
	const hash = addressHash(address);
	return (user?.signInAddresses ?? []).some(
		(known) => known.hash === hash && now.getTime() - known.at.getTime() < KNOWN_ADDRESS_DAYS * DAY
	);
}

const pairOf = (email: string, address: string) => `${email.trim().toLowerCase()} ${address}`;

/** Whether a sign-in (or a check of the current password) for this account from this address is paused. */
export function signInThrottled(
	db: Db,
	email: string,
	address: string,
	user: Pick<UserDoc, 'signInAddresses'> | null,
	now = new Date()
): Promise<Verdict> {
	const account = isKnownAddress(user, address, now) ? undefined : email.trim().toLowerCase();
	return peek(db, 'sign-in-failure', { pair: pairOf(email, address), address, account }, now);
}

/** Counts a failure in each scope on its own: one scope being full must not stop the others counting. */
export async function recordSignInFailure(db: Db, email: string, address: string, now = new Date()) {
	const account = email.trim().toLowerCase();
	for (const keys of [{ pair: pairOf(email, address) }, { address }, { account }])
		await hit(db, 'sign-in-failure', keys, now);
}

/** Clears the pair's failures and remembers the address (hashed) as one the owner uses. */
export async function recordSignInSuccess(
	db: Db,
	user: Pick<UserDoc, '_id' | 'email' | 'signInAddresses'>,
	address: string,
	now = new Date()
) {
	await clear(db, 'sign-in-failure', 'pair', pairOf(user.email, address));
	const hash = addressHash(address);
	const kept = (user.signInAddresses ?? []).filter(
		(known) => known.hash !== hash && now.getTime() - known.at.getTime() < KNOWN_ADDRESS_DAYS * DAY
	);
	await collections(db).users.updateOne(
		{ _id: user._id },
		{ $set: { signInAddresses: [{ hash, at: now }, ...kept].slice(0, KNOWN_ADDRESSES_KEPT) } }
	);
}

/** After a completed reset the owner has proved who they are: the account-wide count starts again. */
export function clearAccountFailures(db: Db, email: string) {
	return clear(db, 'sign-in-failure', 'account', email.trim().toLowerCase());
}
