import { dictionary } from '@zxcvbn-ts/language-common';
import { z } from 'zod';
import { m } from '../paraglide/messages';

/*
 * The rule for every new password, in the forms that set one and in the account code. Kept apart
 * from hashing (`server/auth/password.ts`): its messages come from the compiled UI messages, which
 * the launcher and the seed (they hash demo passwords) must not need before the site is built.
 * Not re-exported from the index: the list of common passwords belongs on the server, and the
 * index is also imported by pages in the browser.
 */

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 256;

const commonPasswords = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

/** Messages are functions, so each request gets them in its own language. */
export const newPassword = z
	.string()
	.min(PASSWORD_MIN, { error: () => m.password_too_short({ min: PASSWORD_MIN }) })
	.max(PASSWORD_MAX, { error: () => m.password_too_long({ max: PASSWORD_MAX }) })
	.refine((password) => !commonPasswords.has(password.toLowerCase()), {
		error: () => m.password_too_common()
	});
