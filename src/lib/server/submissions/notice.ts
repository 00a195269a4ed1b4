/** A notice that survives the redirect after a form posted without JavaScript (one read, then gone). */
import type { Cookies } from '@sveltejs/kit';

const NAME = 'mo-notice';
type Notice = { type: 'success' | 'error'; text: string; about?: string };

export function keepNotice(cookies: Cookies, url: URL, notice: Notice) {
	cookies.set(NAME, encodeURIComponent(JSON.stringify(notice)), {
		path: url.pathname,
		secure: url.protocol === 'https:',
		maxAge: 60,
		httpOnly: true,
		sameSite: 'lax'
	});
}

export function takeNotice(cookies: Cookies, url: URL): Notice | null {
	const raw = cookies.get(NAME);
	if (!raw) return null;
	cookies.delete(NAME, { path: url.pathname, secure: url.protocol === 'https:' });
	try {
		const notice = JSON.parse(decodeURIComponent(raw)) as Notice;
		return (notice.type === 'success' || notice.type === 'error') && typeof notice.text === 'string'
			? { type: notice.type, text: notice.text.slice(0, 500), about: notice.about }
			: null;
	} catch {
		return null;
	}
}
