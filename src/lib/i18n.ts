import { deLocalizeHref, getLocale, localizeHref } from '$lib/paraglide/runtime';

export { getLocale, localizeHref };
export type Locale = ReturnType<typeof getLocale>;

/** The same page in the other language, keeping the query string. */
export function switchLanguageHref(url: URL): string {
	const target = getLocale() === 'pl' ? 'en' : 'pl';
	return localizeHref(deLocalizeHref(url.pathname + url.search), { locale: target });
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number in the page's language (a decimal comma in Polish) with `min` to `max` decimals; '—' when
 * there is none. Formats are made once per language and precision: tables format hundreds of cells.
 */
export function formatDecimal(value: number | null | undefined, max: number, min = 0): string {
	if (value === null || value === undefined) return '—';
	const locale = getLocale() === 'en' ? 'en-GB' : 'pl-PL';
	const key = `${locale}|${min}|${max}`;
	let format = numberFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: max });
		numberFormats.set(key, format);
	}
	return format.format(value);
}

/** A count in the page's language: 10 000 in Polish, 10,000 in English. */
export const formatCount = (value: number): string => formatDecimal(value, 0);
