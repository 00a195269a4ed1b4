import { z } from 'zod';

/** Lower-case ASCII words joined by hyphens: the stable public identity of every record. */
export const slug = z
	.string()
	.min(1)
	.max(120)
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and hyphens');

export const safeUrl = z
	.string()
	.url()
	.refine((value) => /^(https?:|mailto:)/i.test(value), 'Only http, https and mailto links');

/** A free-text field with trimmed whitespace; empty strings become invalid, not silently stored. */
export const text = (max = 2000) => z.string().trim().min(1).max(max);
