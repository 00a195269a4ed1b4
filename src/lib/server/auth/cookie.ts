import type { Cookies } from '@sveltejs/kit';

/** `__Host-` binds the cookie to this exact origin; browsers accept that prefix only over HTTPS. */
export const sessionCookieName = (url: URL) => (url.protocol === 'https:' ? '__Host-session' : 'session');

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date): void {
	cookies.set(sessionCookieName(url), token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(sessionCookieName(url), { path: '/', secure: url.protocol === 'https:' });
}
