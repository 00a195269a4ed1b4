import { z } from 'zod';
import { m } from '../paraglide/messages';
import { slugPattern } from './common';

/*
 * Zod's own messages are English whatever the page's language. Every check a form can fail
 * without a message of its own gets one of ours instead, in the language of the request (the
 * messages are read when a form is parsed). Superforms' adapter uses the same global map.
 */

type Issue = z.core.$ZodRawIssue;

function tooBig(issue: Issue & { code: 'too_big' }): string {
	const max = Number(issue.maximum);
	switch (issue.origin) {
		case 'string':
			return m.zod_text_too_long({ max });
		case 'number':
		case 'int':
		case 'bigint':
			return m.zod_number_too_big({ max });
		case 'array':
		case 'set':
			return m.zod_too_many({ max });
		case 'file':
			return m.zod_file_too_big();
		default:
			return m.zod_invalid();
	}
}

function tooSmall(issue: Issue & { code: 'too_small' }): string {
	const min = Number(issue.minimum);
	switch (issue.origin) {
		case 'string':
			return min <= 1 ? m.zod_required() : m.zod_text_too_short({ min });
		case 'number':
		case 'int':
		case 'bigint':
			return m.zod_number_too_small({ min });
		case 'array':
		case 'set':
			return m.zod_too_few({ min });
		default:
			return m.zod_invalid();
	}
}

/** A message of ours for any issue; `z.config({ customError: formError })` installs it. */
export function formError(issue: Issue): string {
	switch (issue.code) {
		case 'too_big':
			return tooBig(issue);
		case 'too_small':
			return tooSmall(issue);
		case 'invalid_type':
			if (issue.input === undefined || issue.input === null) return m.zod_required();
			if (issue.expected === 'int') return m.zod_whole_number();
			if (issue.expected === 'number') return m.zod_number();
			return m.zod_invalid();
		case 'invalid_format':
			if (issue.format === 'email') return m.email_invalid();
			if (issue.format === 'url') return m.zod_url_invalid();
			if (issue.format === 'regex' && String(issue.pattern) === String(slugPattern)) {
				return m.form_slug_invalid();
			}
			return m.zod_invalid();
		case 'invalid_value':
			return m.zod_choose_option();
		default:
			return m.zod_invalid();
	}
}

/** Installs `formError` for every parse in this process (or page). */
export function useFormErrors(): void {
	z.config({ customError: formError });
}
