/**
 * The audit log in sentences: one event, with names already put in place of ids, said in Polish
 * or English ("Urzędniczka z Poznania złożyła zgłoszenie „…”"). Every action the server records
 * has a sentence here; `tests/unit/audit-sentences.test.ts` fails when a recorded one has none.
 */
import type { Locale } from './i18n';
import { phaseLabel } from './labels';

export interface AuditLine {
	action: string;
	/** The actor's name, or null for someone not signed in. */
	actor: string | null;
	/** The subject's name: an entry's title, an edition's name, an account's name or address. */
	subject: string;
	before?: unknown;
	after?: unknown;
}

/**
 * Polish verbs agree with the actor's gender, which accounts do not record: a first word ending
 * in "a" is read as feminine (Anna, Urzędniczka), with the usual male exceptions.
 */
const MALE_IN_A = new Set(['kuba', 'barnaba', 'bonawentura', 'kosma', 'jarema']);
function feminine(name: string | null): boolean {
	const first = name?.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
	return first.endsWith('a') && !MALE_IN_A.has(first);
}

type Say = (e: AuditLine, v: (masculine: string, feminine: string) => string) => string;
type Sentence = { pl: Say; en: Say };

const field = (value: unknown, key: string): unknown =>
	value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const q = {
	pl: (s: string) => `„${s}”`,
	en: (s: string) => `“${s}”`
};

/** Every recorded action, by its key. */
export const AUDIT_SENTENCES: Record<string, Sentence> = {
	'sign-in.succeeded': {
		pl: (e, v) => `${e.actor} ${v('zalogował', 'zalogowała')} się`,
		en: (e) => `${e.actor} signed in`
	},
	'sign-in.failed': {
		pl: (e) => `Nieudana próba logowania na konto ${e.subject}`,
		en: (e) => `A failed attempt to sign in as ${e.subject}`
	},
	'sign-in.throttled': {
		pl: (e) => `Logowanie na konto ${e.subject} wstrzymane po zbyt wielu próbach`,
		en: (e) => `Signing in as ${e.subject} held back after too many attempts`
	},
	'sign-out': {
		pl: (e, v) => `${e.actor} ${v('wylogował', 'wylogowała')} się`,
		en: (e) => `${e.actor} signed out`
	},
	'password.changed': {
		pl: (e, v) => `${e.actor} ${v('zmienił', 'zmieniła')} hasło`,
		en: (e) => `${e.actor} changed their password`
	},
	'password-change.failed': {
		pl: (e) => `${e.actor}: nieudana zmiana hasła (złe obecne hasło)`,
		en: (e) => `${e.actor}: a failed password change (wrong current password)`
	},
	'password-change.throttled': {
		pl: (e) => `${e.actor}: zmiana hasła wstrzymana po zbyt wielu próbach`,
		en: (e) => `${e.actor}: password change held back after too many attempts`
	},
	'password-reset.requested': {
		pl: (e) => `Poproszono o odnowienie hasła konta ${e.subject}`,
		en: (e) => `A password reset was asked for ${e.subject}`
	},
	'password-reset.completed': {
		pl: (e) => `Odnowiono hasło konta ${e.subject}`,
		en: (e) => `The password of ${e.subject} was reset`
	},
	'registration.requested': {
		pl: (e) => `${e.subject} prosi o założenie konta`,
		en: (e) => `${e.subject} asked for an account`
	},
	'registration.attempted-existing': {
		pl: (e) => `Ponowna rejestracja istniejącego konta ${e.subject}`,
		en: (e) => `Someone tried to register the existing account ${e.subject} again`
	},
	'registration.confirmed': {
		pl: (e) => `${e.subject}: adres e-mail potwierdzony, konto czeka na zatwierdzenie`,
		en: (e) => `${e.subject}: address confirmed, the account awaits approval`
	},
	'registration.approved': {
		pl: (e, v) => `${e.actor} ${v('zatwierdził', 'zatwierdziła')} konto ${e.subject}`,
		en: (e) => `${e.actor} approved the account of ${e.subject}`
	},
	'invitation.sent': {
		pl: (e, v) => `${e.actor} ${v('zaprosił', 'zaprosiła')} ${e.subject}`,
		en: (e) => `${e.actor} invited ${e.subject}`
	},
	'invitation.accepted': {
		pl: (e) => `${e.subject} przyjmuje zaproszenie i zakłada konto`,
		en: (e) => `${e.subject} accepted the invitation and created an account`
	},
	'account.disabled': {
		pl: (e, v) => `${e.actor} ${v('zablokował', 'zablokowała')} konto ${e.subject}`,
		en: (e) => `${e.actor} disabled the account of ${e.subject}`
	},
	'account.enabled': {
		pl: (e, v) => `${e.actor} ${v('odblokował', 'odblokowała')} konto ${e.subject}`,
		en: (e) => `${e.actor} enabled the account of ${e.subject}`
	},
	'role.granted': {
		pl: (e, v) => `${e.actor} ${v('nadał', 'nadała')} rolę kontu ${e.subject}`,
		en: (e) => `${e.actor} gave a role to ${e.subject}`
	},
	'role.revoked': {
		pl: (e, v) => `${e.actor} ${v('odebrał', 'odebrała')} rolę kontu ${e.subject}`,
		en: (e) => `${e.actor} took a role from ${e.subject}`
	},
	'edition.created': {
		pl: (e, v) => `${e.actor} ${v('utworzył', 'utworzyła')} edycję ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} created the edition ${q.en(e.subject)}`
	},
	'edition.updated': {
		pl: (e, v) => `${e.actor} ${v('zmienił', 'zmieniła')} ustawienia edycji ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} changed the settings of ${q.en(e.subject)}`
	},
	'edition.criteria-changed': {
		pl: (e, v) => `${e.actor} ${v('zmienił', 'zmieniła')} kryteria oceny edycji ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} changed the scoring criteria of ${q.en(e.subject)}`
	},
	'edition.phase-changed': {
		pl: (e, v) =>
			`${e.actor} ${v('przeniósł', 'przeniosła')} edycję ${q.pl(e.subject)} do etapu: ${phaseWord(field(e.after, 'phase'), 'pl')}`,
		en: (e) => `${e.actor} moved ${q.en(e.subject)} to the phase: ${phaseWord(field(e.after, 'phase'), 'en')}`
	},
	'edition.place-conflicts-changed': {
		pl: (e, v) =>
			`${e.actor} ${v('zmienił', 'zmieniła')} zasadę konfliktów miejsca w edycji ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} changed the place-conflict rule of ${q.en(e.subject)}`
	},
	'edition.assignment-mode-changed': {
		pl: (e, v) => `${e.actor} ${v('zmienił', 'zmieniła')} sposób przydziału w edycji ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} changed how entries are assigned in ${q.en(e.subject)}`
	},
	'edition.review-settings-changed': {
		pl: (e, v) => `${e.actor} ${v('zmienił', 'zmieniła')} ustawienia oceniania edycji ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} changed the review settings of ${q.en(e.subject)}`
	},
	'practice.draft-created': {
		pl: (e, v) => `${e.actor} ${v('zaczął', 'zaczęła')} zgłoszenie ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} started the entry ${q.en(e.subject)}`
	},
	'practice.submitted': {
		pl: (e, v) => `${e.actor} ${v('złożył', 'złożyła')} zgłoszenie ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} submitted the entry ${q.en(e.subject)}`
	},
	'practice.withdrawn': {
		pl: (e, v) => `${e.actor} ${v('wycofał', 'wycofała')} zgłoszenie ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} withdrew the entry ${q.en(e.subject)}`
	},
	'deliberation.shortlisted': {
		pl: (e, v) => `${e.actor} ${v('dodał', 'dodała')} zgłoszenie ${q.pl(e.subject)} do krótkiej listy`,
		en: (e) => `${e.actor} put the entry ${q.en(e.subject)} on the shortlist`
	},
	'deliberation.unshortlisted': {
		pl: (e, v) => `${e.actor} ${v('usunął', 'usunęła')} zgłoszenie ${q.pl(e.subject)} z krótkiej listy`,
		en: (e) => `${e.actor} took the entry ${q.en(e.subject)} off the shortlist`
	},
	'edition.disagreement-thresholds-changed': {
		pl: (e, v) =>
			`${e.actor} ${v('zmienił', 'zmieniła')} progi rozbieżności ocen w edycji ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} changed the score disagreement thresholds of ${q.en(e.subject)}`
	},
	'decision.saved': {
		pl: (e, v) => `${e.actor} ${v('zapisał', 'zapisała')} decyzję jury o zgłoszeniu ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} recorded the jury's decision on the entry ${q.en(e.subject)}`
	},
	'practice.mentioned': {
		pl: (e, v) => `${e.actor} ${v('dodał', 'dodała')} podobne działanie ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} added the similar action ${q.en(e.subject)}`
	},
	'recommendation.created': {
		pl: (e, v) => `${e.actor} ${v('napisał', 'napisała')} rekomendację ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} wrote the recommendation ${q.en(e.subject)}`
	},
	'edition.publication-run': {
		pl: (e, v) => `${e.actor} ${v('uruchomił', 'uruchomiła')} publikację wyników edycji ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} started publishing the results of ${q.en(e.subject)}`
	},
	'edition.published': {
		pl: (e, v) => `${e.actor} ${v('opublikował', 'opublikowała')} wyniki edycji ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} published the results of ${q.en(e.subject)}`
	},
	'practice.eligibility': {
		pl: (e, v) =>
			field(e.after, 'status') === 'ineligible'
				? `${e.actor} ${v('uznał', 'uznała')} zgłoszenie ${q.pl(e.subject)} za niedopuszczone: ${text(field(e.after, 'reason'))}`
				: `${e.actor} ${v('dopuścił', 'dopuściła')} zgłoszenie ${q.pl(e.subject)} do oceny jury`,
		en: (e) =>
			field(e.after, 'status') === 'ineligible'
				? `${e.actor} found the entry ${q.en(e.subject)} ineligible: ${text(field(e.after, 'reason'))}`
				: `${e.actor} found the entry ${q.en(e.subject)} eligible for the jury`
	},
	'practice.curated': {
		pl: (e, v) => `${e.actor} ${v('opracował', 'opracowała')} praktykę ${q.pl(e.subject)} w katalogu`,
		en: (e) => `${e.actor} edited the catalogue practice ${q.en(e.subject)}`
	},
	'attachment.uploaded': {
		pl: (e, v) => `${e.actor} ${v('dodał', 'dodała')} załącznik do zgłoszenia ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} attached a file to ${q.en(e.subject)}`
	},
	'attachment.deleted': {
		pl: (e, v) => `${e.actor} ${v('usunął', 'usunęła')} załącznik zgłoszenia ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} removed an attachment of ${q.en(e.subject)}`
	},
	'jury.juror-added': {
		pl: (e, v) => `${e.actor} ${v('dodał', 'dodała')} jurora do jury edycji ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} added a juror to the jury of ${q.en(e.subject)}`
	},
	'jury.juror-invited': {
		pl: (e, v) =>
			`${e.actor} ${v('zaprosił', 'zaprosiła')} ${text(field(e.after, 'invited'))} do jury edycji ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} invited ${text(field(e.after, 'invited'))} to the jury of ${q.en(e.subject)}`
	},
	'jury.juror-updated': {
		pl: (e, v) => `${e.actor} ${v('zmienił', 'zmieniła')} dane jurora w edycji ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} changed a juror's details in ${q.en(e.subject)}`
	},
	'jury.juror-removed': {
		pl: (e, v) => `${e.actor} ${v('usunął', 'usunęła')} jurora z jury edycji ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} took a juror off the jury of ${q.en(e.subject)}`
	},
	'jury.reminded': {
		pl: (e, v) =>
			`${e.actor} ${v('przypomniał', 'przypomniała')} jurorom edycji ${q.pl(e.subject)} o ocenach`,
		en: (e) => `${e.actor} reminded the jurors of ${q.en(e.subject)} of their scores`
	},
	'conflict.declared': {
		pl: (e, v) =>
			`${e.actor} ${v('zgłosił', 'zgłosiła')} konflikt interesów przy zgłoszeniu ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} declared a conflict of interest with ${q.en(e.subject)}`
	},
	'conflict.added': {
		pl: (e, v) =>
			`${e.actor} ${v('oznaczył', 'oznaczyła')} konflikt interesów przy zgłoszeniu ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} marked a conflict of interest with ${q.en(e.subject)}`
	},
	'conflict.cleared': {
		pl: (e, v) => `${e.actor} ${v('zdjął', 'zdjęła')} konflikt interesów przy zgłoszeniu ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} cleared a conflict of interest with ${q.en(e.subject)}`
	},
	'assignment.run': {
		pl: (e, v) =>
			`${e.actor} ${v('przydzielił', 'przydzieliła')} zgłoszenia jurorom edycji ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} assigned entries to the jurors of ${q.en(e.subject)}`
	},
	'assignment.added': {
		pl: (e, v) => `${e.actor} ${v('przydzielił', 'przydzieliła')} zgłoszenie ${q.pl(e.subject)} jurorowi`,
		en: (e) => `${e.actor} assigned the entry ${q.en(e.subject)} to a juror`
	},
	'assignment.removed': {
		pl: (e, v) => `${e.actor} ${v('zdjął', 'zdjęła')} przydział zgłoszenia ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} removed an assignment of ${q.en(e.subject)}`
	},
	'assignment.preferences-saved': {
		pl: (e, v) => `${e.actor} ${v('zapisał', 'zapisała')} preferencje w edycji ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} saved their preferences in ${q.en(e.subject)}`
	},
	'assignment.acknowledged': {
		pl: (e, v) => `${e.actor} ${v('potwierdził', 'potwierdziła')} przydział w edycji ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} confirmed their assignment in ${q.en(e.subject)}`
	},
	'score.saved': {
		pl: (e, v) => `${e.actor} ${v('zapisał', 'zapisała')} ocenę zgłoszenia ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} saved a score of ${q.en(e.subject)}`
	},
	'score.submitted': {
		pl: (e, v) => `${e.actor} ${v('przekazał', 'przekazała')} ocenę zgłoszenia ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} submitted a score of ${q.en(e.subject)}`
	},
	'discussion.posted': {
		pl: (e, v) => `${e.actor} ${v('napisał', 'napisała')} w dyskusji o zgłoszeniu ${q.pl(e.subject)}`,
		en: (e) => `${e.actor} wrote in the discussion of ${q.en(e.subject)}`
	}
};

const phaseWord = (phase: unknown, locale: Locale) => phaseLabel(String(phase), locale);

/** One event as a sentence; an action without a sentence (recorded by newer code) is named as it is. */
export function auditSentence(event: AuditLine, locale: Locale): string {
	return auditSentenceParts(event, locale)
		.map((p) => p.text)
		.join('');
}

const OPEN = '\u0001';
const CLOSE = '\u0002';

/**
 * The same sentence in parts, names and titles marked as `content`: a page shows them in the
 * language they were written in (`lang="pl"`) inside a sentence in the visitor's language.
 */
export function auditSentenceParts(event: AuditLine, locale: Locale): { text: string; content: boolean }[] {
	const mark = (s: string) => `${OPEN}${s}${CLOSE}`;
	const line = {
		...event,
		actor:
			event.actor === null
				? locale === 'pl'
					? 'Ktoś niezalogowany'
					: 'Someone not signed in'
				: mark(event.actor),
		subject: mark(event.subject)
	};
	const sentence = AUDIT_SENTENCES[event.action];
	const v = (masculine: string, feminineForm: string) =>
		event.actor !== null && feminine(event.actor) ? feminineForm : masculine;
	const said = sentence
		? `${sentence[locale](line, v)}.`
		: `${line.actor}: ${event.action} (${line.subject})`;
	return said
		.split(new RegExp(`(${OPEN}[^${CLOSE}]*${CLOSE})`))
		.filter((part) => part !== '')
		.map((part) =>
			part.startsWith(OPEN) ? { text: part.slice(1, -1), content: true } : { text: part, content: false }
		);
}
