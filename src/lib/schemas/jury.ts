import { z } from 'zod';
import { m } from '../paraglide/messages';
import { slug } from './common';

/* Forms of the organiser's jury page: jurors, their affiliations and consents, conflicts. */

const slugList = z.array(slug).max(50);
const email = z
	.string()
	.trim()
	.toLowerCase()
	.email({ error: () => m.email_invalid() })
	.max(320);

/** What the organiser says about a juror: affiliations and consents. */
const jurorDetails = {
	organisations: slugList,
	places: slugList,
	publicProfile: z.boolean(),
	quotable: z.boolean(),
	bio: z
		.string()
		.trim()
		.max(2000, { error: () => m.jury_bio_too_long({ max: 2000 }) })
};

/** Adding a juror: an existing account from the list, or an address to invite (one of the two). */
export const jurorAddForm = z
	.object({
		account: z.string().max(64),
		email: z.union([email, z.literal('')]),
		...jurorDetails
	})
	.refine((f) => Boolean(f.account) !== Boolean(f.email), {
		error: () => m.jury_account_or_email(),
		path: ['account']
	});
export type JurorAddForm = z.infer<typeof jurorAddForm>;

/** Changing one juror: their record's id and the version it was read at. */
export const jurorUpdateForm = z.object({
	id: z.string().regex(/^[0-9a-f]{24}$/, { error: () => m.jury_unknown_juror() }),
	version: z.coerce.number().int().min(1),
	...jurorDetails
});

export const jurorRemoveForm = z.object({
	id: z.string().regex(/^[0-9a-f]{24}$/, { error: () => m.jury_unknown_juror() }),
	version: z.coerce.number().int().min(1)
});

export const placeConflictsForm = z.object({
	placeConflicts: z.enum(['true', 'false']),
	version: z.coerce.number().int().min(1)
});

/** The organiser adding (`conflicted`) or clearing a conflict, always with a reason. */
export const conflictForm = z.object({
	juror: z
		.string()
		.min(1, { error: () => m.jury_choose_juror() })
		.max(64),
	entry: slug,
	conflicted: z.enum(['true', 'false']),
	reason: z
		.string()
		.trim()
		.min(5, { error: () => m.prefs_reason_short() })
		.max(1000)
});

/** A juror declaring a conflict with an entry. */
export const conflictDeclarationForm = z.object({
	entry: slug,
	reason: z
		.string()
		.trim()
		.min(5, { error: () => m.prefs_reason_short() })
		.max(1000)
});

/* Forms of the organiser's assignment page and the juror's preferences. */

/** Running the assignment: the mode to run it in (saved with the edition) and the version read. */
export const assignmentRunForm = z.object({
	mode: z.enum(['all', 'balanced'], { error: () => m.assign_mode_missing() }),
	jurorsPerEntry: z.coerce
		.number({ error: () => m.assign_per_entry_missing() })
		.int({ error: () => m.assign_whole_number() })
		.min(1, { error: () => m.assign_per_entry_min() })
		.max(50, { error: () => m.assign_per_entry_max() }),
	version: z.coerce.number().int().min(1)
});

/** One juror × entry pair added or taken off by hand. */
export const assignmentPairForm = z.object({
	juror: z
		.string()
		.min(1, { error: () => m.jury_choose_juror() })
		.max(64),
	entry: z
		.string()
		.min(1, { error: () => m.jury_choose_entry() })
		.max(200)
		.pipe(slug)
});

/** What jurors see while scoring and when scores are due; the deadline typed in Warsaw time. */
export const reviewSettingsForm = z.object({
	hideApplicantOrganisation: z.boolean(),
	reviewDeadline: z.union([
		z.literal(''),
		z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: () => m.form_date_time_format() })
	]),
	version: z.coerce.number().int().min(1)
});

export const preferenceChoice = z.enum(['want', 'can', 'rather-not']);

/** A juror's preferences, posted as `pref:<entry slug>` fields. */
export const preferencesForm = z.record(slug, preferenceChoice);
