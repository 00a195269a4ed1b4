import { z } from 'zod';
import { m } from '../paraglide/messages';
import { slug } from './common';

/* Forms of the entry's editor and of the organiser's work on entries and accounts. */

export const newDraftForm = z.object({
	edition: slug,
	title: z
		.string()
		.trim()
		.min(3, { error: () => m.form_title_short() })
		.max(300)
});

export const attachmentUploadForm = z.object({ file: z.instanceof(File) });
export const attachmentChoiceForm = z.object({ id: z.string().max(64) });

export const eligibilityDecisionForm = z
	.object({ slug, eligible: z.enum(['yes', 'no']), reason: z.string().trim().max(2000) })
	.refine((d) => d.eligible === 'yes' || d.reason.length >= 5, {
		error: () => m.org_reason_required(),
		path: ['reason']
	});

export const entryListFilter = z.object({
	edition: slug.optional(),
	status: z.enum(['submitted', 'withdrawn', 'ineligible', 'awarded']).optional(),
	/** Where the organiser's eligibility check stands (see `decisionOf`). */
	decision: z.enum(['awaiting', 'eligible', 'ineligible']).optional()
});

export const accountDisableForm = z.object({
	userId: z.string().min(1).max(64),
	disabled: z.enum(['true', 'false'])
});
export const accountApprovalForm = z.object({ version: z.coerce.number().int().min(1) });
export const accountRoleForm = z
	.object({
		grant: z.enum(['true', 'false']),
		role: z.enum(['admin', 'juror', 'applicant']),
		edition: z.union([slug, z.literal('')]).optional(),
		organisation: z.union([slug, z.literal('')]).optional()
	})
	.refine((f) => f.role === 'admin' || f.edition, {
		error: () => m.form_choose_edition(),
		path: ['edition']
	});
