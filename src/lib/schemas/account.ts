import { z } from 'zod';
import { m } from '../paraglide/messages';
import { slug } from './common';
import { newPassword } from './password';

/*
 * Forms of signing in, registering and keeping an account. Imported from here, not from the
 * index, because they carry the password rule (see `password.ts`). Messages are functions, so
 * each request gets them in its own language.
 */

const email = z
	.string()
	.trim()
	.toLowerCase()
	.email({ error: () => m.email_invalid() })
	.max(320);

const personName = z
	.string()
	.trim()
	.min(2, { error: () => m.name_missing() })
	.max(200);

/** Sign-in: any failure gets one message, so the form's own messages are never shown. */
export const signInForm = z.object({
	email: z.string().trim().toLowerCase().email().max(320),
	password: z.string().min(1).max(1024)
});

/** Asking for a password reset link. */
export const passwordResetRequestForm = z.object({ email });

/** Setting a new password through a reset link. */
export const passwordResetForm = z.object({ password: newPassword });

/** A signed-in account changing its password. */
export const passwordChangeForm = z.object({
	currentPassword: z
		.string()
		.min(1, { error: () => m.password_change_wrong() })
		.max(1024),
	password: newPassword
});

/** Creating the account an invitation was sent for (the address comes from the invitation). */
export const invitationAcceptanceForm = z.object({
	name: personName,
	password: newPassword
});

/** The organisation choice that asks for a new one (not a slug, so no organisation can have it). */
export const NEW_ORGANISATION = '_new';

/** Registering for an edition open to self-registration, joining an organisation or asking for a new one. */
export const registrationForm = z
	.object({
		name: personName,
		email,
		password: newPassword,
		edition: slug,
		organisation: z
			.string()
			.min(1, { error: () => m.registration_organisation_missing() })
			.pipe(z.union([slug, z.literal(NEW_ORGANISATION)])),
		newOrganisationName: z.string().trim().max(200),
		newOrganisationPlace: z.union([slug, z.literal('')])
	})
	// Checked once the fields themselves are valid (zod runs an object's refinements last).
	.superRefine((form, ctx) => {
		const missing = (path: string, message: string) =>
			ctx.addIssue({ code: 'custom', path: [path], message });
		if (form.organisation !== NEW_ORGANISATION) return;
		if (form.newOrganisationName.length < 2)
			missing('newOrganisationName', m.registration_new_organisation_name_missing());
		if (form.newOrganisationPlace === '') missing('newOrganisationPlace', m.registration_place_missing());
	});
