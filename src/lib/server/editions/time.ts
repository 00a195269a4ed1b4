import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** All deadlines are set and shown in Polish time; the server clock decides. */
export const ZONE = 'Europe/Warsaw';

/** "2027-01-10T09:00" typed in Warsaw → the instant. */
export function fromWarsawLocal(value: string | null): Date | null {
	if (!value) return null;
	const [date, time] = value.split('T');
	const [y, mo, d] = date.split('-').map(Number);
	const [h, mi] = time.split(':').map(Number);
	return new Date(new TZDate(y, mo - 1, d, h, mi, ZONE).getTime());
}

/** The instant → "2027-01-10T09:00" in Warsaw, for a datetime-local field. */
export function toWarsawLocal(instant: Date | null | undefined): string {
	return instant ? format(new TZDate(instant.getTime(), ZONE), "yyyy-MM-dd'T'HH:mm") : '';
}

/** The instant for people: "10.01.2027, 09:00 (czas polski)". */
export function formatWarsaw(instant: Date | null | undefined): string {
	return instant ? `${format(new TZDate(instant.getTime(), ZONE), 'dd.MM.yyyy, HH:mm')} (czas polski)` : '—';
}

/** The same in the page's language: "(czas polski)" or "(Polish time)". */
export function formatWarsawIn(instant: Date | null | undefined, locale: string): string {
	if (!instant) return '—';
	const when = format(new TZDate(instant.getTime(), ZONE), 'dd.MM.yyyy, HH:mm');
	return locale === 'en' ? `${when} (Polish time)` : `${when} (czas polski)`;
}

/** A day and hour in words, in Polish time: "12 maja 2027, 18:00" or "12 May 2027, 18:00". */
export function formatWarsawLong(instant: Date, locale: 'pl' | 'en'): string {
	const day = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'pl-PL', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: ZONE
	}).format(instant);
	return `${day}, ${format(new TZDate(instant.getTime(), ZONE), 'HH:mm')}`;
}
