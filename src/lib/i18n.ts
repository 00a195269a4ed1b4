import { deLocalizeHref, getLocale, localizeHref } from '$lib/paraglide/runtime';

export { getLocale, localizeHref };
export type Locale = ReturnType<typeof getLocale>;

/** The same page in the other language, keeping the query string. */
export function switchLanguageHref(url: URL): string {
	const target = getLocale() === 'pl' ? 'en' : 'pl';
	return localizeHref(deLocalizeHref(url.pathname + url.search), { locale: target });
}
