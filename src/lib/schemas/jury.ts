import { z } from 'zod';
import { slug } from './common';

/* Forms of the organiser's jury page: jurors, their affiliations and consents, conflicts. */

const slugList = z.array(slug).max(50);
const email = z.string().trim().toLowerCase().email('Podaj poprawny adres e-mail.').max(320);

/** What the organiser says about a juror: affiliations and consents. */
const jurorDetails = {
	organisations: slugList,
	places: slugList,
	publicProfile: z.boolean(),
	quotable: z.boolean(),
	bio: z.string().trim().max(2000, 'Biogram może mieć najwyżej 2000 znaków.')
};

/** Adding a juror: an existing account from the list, or an address to invite (one of the two). */
export const jurorAddForm = z
	.object({
		account: z.string().max(64),
		email: z.union([email, z.literal('')]),
		...jurorDetails
	})
	.refine((f) => Boolean(f.account) !== Boolean(f.email), {
		message: 'Wybierz konto z listy albo wpisz adres e-mail do zaproszenia (jedno z dwóch).',
		path: ['account']
	});
export type JurorAddForm = z.infer<typeof jurorAddForm>;

/** Changing one juror: their record's id and the version it was read at. */
export const jurorUpdateForm = z.object({
	id: z.string().regex(/^[0-9a-f]{24}$/, 'Nieznany juror.'),
	version: z.coerce.number().int().min(1),
	...jurorDetails
});

export const jurorRemoveForm = z.object({
	id: z.string().regex(/^[0-9a-f]{24}$/, 'Nieznany juror.'),
	version: z.coerce.number().int().min(1)
});

export const placeConflictsForm = z.object({
	placeConflicts: z.enum(['true', 'false']),
	version: z.coerce.number().int().min(1)
});

/** The organiser adding (`conflicted`) or clearing a conflict, always with a reason. */
export const conflictForm = z.object({
	juror: z.string().min(1, 'Wybierz jurora.').max(64),
	entry: slug,
	conflicted: z.enum(['true', 'false']),
	reason: z.string().trim().min(5, 'Podaj powód (co najmniej 5 znaków).').max(1000)
});

/** A juror declaring a conflict with an entry. */
export const conflictDeclarationForm = z.object({
	entry: slug,
	reason: z.string().trim().min(5, 'Podaj powód (co najmniej 5 znaków).').max(1000)
});

/* Forms of the organiser's assignment page and the juror's preferences. */

/** Running the assignment: the mode to run it in (saved with the edition) and the version read. */
export const assignmentRunForm = z.object({
	mode: z.enum(['all', 'balanced'], 'Wybierz sposób przydziału.'),
	jurorsPerEntry: z.coerce
		.number('Podaj liczbę jurorów na zgłoszenie.')
		.int('Podaj liczbę całkowitą.')
		.min(1, 'Co najmniej 1 juror na zgłoszenie.')
		.max(50, 'Najwyżej 50 jurorów na zgłoszenie.'),
	version: z.coerce.number().int().min(1)
});

/** One juror × entry pair added or taken off by hand. */
export const assignmentPairForm = z.object({
	juror: z.string().min(1, 'Wybierz jurora.').max(64),
	entry: z.string().min(1, 'Wybierz zgłoszenie.').max(200).pipe(slug)
});

/** What jurors see while scoring and when scores are due; the deadline typed in Warsaw time. */
export const reviewSettingsForm = z.object({
	hideApplicantOrganisation: z.boolean(),
	reviewDeadline: z.union([
		z.literal(''),
		z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Podaj datę i godzinę (RRRR-MM-DD GG:MM).')
	]),
	version: z.coerce.number().int().min(1)
});

export const preferenceChoice = z.enum(['want', 'can', 'rather-not']);

/** A juror's preferences, posted as `pref:<entry slug>` fields. */
export const preferencesForm = z.record(slug, preferenceChoice);
