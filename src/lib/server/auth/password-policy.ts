import { dictionary } from '@zxcvbn-ts/language-common';
import { z } from 'zod';
import { m } from '../../paraglide/messages';

/*
 * Kept apart from hashing: its messages come from the compiled UI messages, which the launcher and
 * the seed (they hash demo passwords) must not need before the site is built.
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
