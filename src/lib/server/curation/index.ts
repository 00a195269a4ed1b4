/** Curation: the organiser completes practices that came from outside a competition. */
import type { Db } from 'mongodb';
import { recordAudit } from '../audit';
import { invalidateCatalogueView } from '../catalogue';
import { collections } from '../db/collections';
import { guardedUpdate } from '../db/guarded';
import { renderMarkdown } from '../markdown';
import type { SessionUser } from '../auth/session';
import { can, CURATED_STATUSES, type Why } from '../policy/rules';

type CuratableStatus = 'mentioned' | 'catalogue';

export interface CuratedContent {
	title: string;
	summary: string;
	description: string;
	status: CuratableStatus;
	version: number;
}

/** Every curatable practice, mentioned ones first, each group by title. */
export function listCuratable(db: Db) {
	return collections(db)
		.practices.find({ status: { $in: [...CURATED_STATUSES] } })
		.sort({ status: 1, title: 1 })
		.toArray();
}

/** One curatable practice, or null when there is none by that slug (or it is a competition entry). */
export async function getCuratable(db: Db, slug: string) {
	const practice = await collections(db).practices.findOne({
		slug,
		status: { $in: [...CURATED_STATUSES] }
	});
	return practice && { ...practice, status: practice.status as CuratableStatus };
}

export type CurateResult = { ok: true } | { ok: false; reason: Why | 'conflict' };

/** The organiser completes a practice that came from outside a competition (or was only mentioned). */
export async function curatePractice(
	db: Db,
	slug: string,
	content: CuratedContent,
	actor: SessionUser
): Promise<CurateResult> {
	const practices = collections(db).practices;
	const before = await practices.findOne({ slug });
	if (!before) return { ok: false, reason: 'missing' };
	const verdict = can(actor, 'catalogue.curate', { entry: before });
	if (!verdict.ok) return { ok: false, reason: verdict.why };
	const curated = await guardedUpdate(
		db,
		practices,
		{ _id: before._id, version: content.version },
		{
			$set: {
				title: content.title,
				summary: content.summary,
				description: content.description,
				descriptionHtml: renderMarkdown(content.description),
				status: content.status,
				updatedAt: new Date()
			}
		},
		{ status: { $in: [...CURATED_STATUSES] } }
	);
	if (!curated) return { ok: false, reason: 'conflict' };
	await recordAudit(db, {
		actor: actor._id,
		action: 'practice.curated',
		subject: { type: 'practice', id: slug },
		before: { title: before.title, status: before.status },
		after: { title: content.title, status: content.status }
	});
	// The public catalogue and its search index are rebuilt on the next request, reading this practice again.
	await invalidateCatalogueView(db, { practices: [before._id!] });
	return { ok: true };
}
