import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { attachmentFor } from '$lib/server/attachments';

/** Attachments of entries are private: who may open one is the policy's `attachment.download`. */
export const GET = async ({ params, locals }) => {
	const file = await attachmentFor(await locals.db, locals.user!, params.id);
	if (!file) error(404, m.why_attachment_missing());
	return new Response(file.content(), {
		headers: {
			'Content-Type': file.contentType,
			'Content-Length': String(file.length),
			'Content-Disposition': `attachment; filename="${file.filename.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '')}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
			'X-Content-Type-Options': 'nosniff',
			'Cache-Control': 'private, no-store'
		}
	});
};
