import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { z } from 'zod';
import { m } from '../../paraglide/messages';

/** Argon2id at the OWASP minimum: 19 MiB, two passes, one lane. */
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

const commonPasswords = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

/** Messages are functions, so each request gets them in its own language. */
export const newPassword = z
	.string()
	.min(PASSWORD_MIN, { error: () => m.password_too_short({ min: PASSWORD_MIN }) })
	.max(PASSWORD_MAX, { error: () => m.password_too_long({ max: PASSWORD_MAX }) })
	.refine((password) => !commonPasswords.has(password.toLowerCase()), {
		error: () => m.password_too_common()
	});

export function hashPassword(password: string): Promise<string> {
	return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

/** Spends the same time as a real check, so an unknown account cannot be told from a wrong password. */
let dummyHash: Promise<string> | null = null;
export async function burnVerificationTime(password: string): Promise<void> {
	dummyHash ??= hashPassword('dummy-password-for-timing');
	await verifyPassword(await dummyHash, password);
}
