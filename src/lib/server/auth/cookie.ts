import type { Cookies } from '@sveltejs/kit';
import type { Db } from 'mongodb';
import { createSession, generateSessionToken } from './session';

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

/**
 * Signs the account in on this browser: a fresh token every time (a session id planted before
 * sign-in is worthless), stored as a session and set as the cookie.
 */
export async function startSession(db: Db, cookies: Cookies, url: URL, userId: string): Promise<void> {
	const token = generateSessionToken();
	const session = await createSession(db, token, userId);
	setSessionCookie(cookies, url, token, session.expiresAt);
}
