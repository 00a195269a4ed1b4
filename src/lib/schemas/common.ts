import { z } from 'zod';

/** Lower-case ASCII words joined by hyphens: the stable public identity of every record. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Without a message of its own: forms show the one `formError` gives in the page's language. */
export const slug = z.string().min(1).max(120).regex(slugPattern);

export const safeUrl = z
	.string()
	.url()
	.refine((value) => /^(https?:|mailto:)/i.test(value), 'Only http, https and mailto links');

/** A free-text field with trimmed whitespace; empty strings become invalid, not silently stored. */
export const text = (max = 2000) => z.string().trim().min(1).max(max);
