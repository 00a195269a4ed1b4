import { error } from '@sveltejs/kit';
import { findAttachment, readAttachment } from '$lib/server/attachments';
import { getDb } from '$lib/server/db';
import { getOwnPractice } from '$lib/server/submissions';

/** Attachments of entries are private: the applicant's organisation and the organisers may open them. */
export const GET = async ({ params, locals }) => {
	const db = await getDb();
	const file = await findAttachment(db, params.id);
	const user = locals.user!;
	const practice = file?.metadata?.practice as string | undefined;
	const allowed = file && practice && (user.isAdmin || (await getOwnPractice(db, user, practice)));
	if (!file || !allowed) error(404, 'Nie ma takiego załącznika.');
	return new Response(readAttachment(db, params.id), {
		headers: {
			'Content-Type': String(file.metadata?.contentType ?? 'application/octet-stream'),
			'Content-Length': String(file.length),
			'Content-Disposition': `attachment; filename="${file.filename.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': 'private, no-store'
		}
	});
};
