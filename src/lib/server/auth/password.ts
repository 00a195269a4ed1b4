import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { z } from 'zod';

/** Argon2id at the OWASP minimum: 19 MiB, two passes, one lane. */
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

const commonPasswords = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

export const newPassword = z
	.string()
	.min(PASSWORD_MIN, `Hasło musi mieć co najmniej ${PASSWORD_MIN} znaków.`)
	.max(PASSWORD_MAX, `Hasło może mieć najwyżej ${PASSWORD_MAX} znaków.`)
	.refine(
		(password) => !commonPasswords.has(password.toLowerCase()),
		'To hasło jest zbyt popularne — wybierz inne.'
	);

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
