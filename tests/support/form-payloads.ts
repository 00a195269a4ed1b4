/**
 * What each form action receives, one helper per action, with the field names the forms post
 * today. When a form changes its fields, this is the one place to follow it.
 */

type Fields = Record<string, string | string[]>;

function urlEncoded(fields: Fields): URLSearchParams {
	const body = new URLSearchParams();
	for (const [name, value] of Object.entries(fields)) {
		for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
	}
	return body;
}

const NEW_PASSWORD = 'Zielony-Tramwaj-2031-Lato';

/** A practice as the applicant's editor posts it (`?/save`, `?/preview` on /zgloszenia/[slug]). */
export function practiceFields(fields: {
	title: string;
	organisation: string;
	place: string;
	version: number;
}) {
	return urlEncoded({
		title: fields.title,
		summary: 'Streszczenie praktyki po zmianie, dość długie.',
		description: 'Opis **praktyki** po zmianie. '.repeat(5),
		place: fields.place,
		organisation: fields.organisation,
		categories: ['info-point'],
		themes: [],
		targetGroups: ['immigrants'],
		periodFrom: '2020',
		periodTo: '',
		funding: '',
		keyFigures: 'Porady: 100',
		links: '',
		version: String(fields.version)
	});
}

/** An edition's settings (`?/create` on /admin/edycje, `?/save` on /admin/edycje/[slug]). */
function editionFields(slug: string, extra: Fields = {}) {
	return urlEncoded({
		slug,
		name: `Edycja ${slug}`,
		year: '2027',
		description: 'Opis edycji.',
		submissionsOpen: '',
		submissionsClose: '',
		resultsDate: '',
		awardCategories: '',
		eligibility: '',
		eligibilityChecklist: '',
		languages: ['pl'],
		...extra
	});
}

/**
 * An edition's criteria as the row editor posts them without JavaScript (`?/criteria` on
 * /admin/edycje/[slug]): `row` once per criterion, fields named after its id, and the button.
 */
function criteriaFields(version: number, label: string, op: string) {
	const id = 'innowacyjnosc';
	const field = (part: string) => `criterion-${id}-${part}`;
	return urlEncoded({
		version: String(version),
		row: [id],
		[field('label')]: label,
		[field('description')]: 'Czy praktyka wprowadza nowe rozwiązania.',
		[field('weight')]: '2',
		[field('min')]: '1',
		[field('max')]: '3',
		[field('level-1')]: 'Nic nowego.',
		[field('level-2')]: 'Coś nowego.',
		[field('level-3')]: 'Zupełnie nowe podejście.',
		op
	});
}

export const payloads = {
	/** /logowanie (default) */
	signIn: (email: string, password: string) => urlEncoded({ email, password }),
	/** /rejestracja (default) */
	register: (fields: {
		email: string;
		edition: string;
		organisation: string;
		newOrganisationName?: string;
		newOrganisationPlace?: string;
	}) => urlEncoded({ name: 'Nowa Osoba', password: NEW_PASSWORD, ...fields }),
	/** /rejestracja/[token] (default) */
	confirmRegistration: () => urlEncoded({}),
	/** /zaproszenie/[token] (default) */
	acceptInvitation: () => urlEncoded({ name: 'Zaproszona Osoba', password: NEW_PASSWORD }),
	/** /reset-hasla (default) */
	requestPasswordReset: (email: string) => urlEncoded({ email }),
	/** /reset-hasla/[token] (default) */
	resetPassword: () => urlEncoded({ password: NEW_PASSWORD }),
	/** /konto ?/password */
	changePassword: (current: string) => urlEncoded({ currentPassword: current, password: NEW_PASSWORD }),
	/** /wyloguj (default) */
	signOut: () => urlEncoded({}),
	/** /zgloszenia ?/create */
	createDraft: (edition: string, title: string) => urlEncoded({ edition, title }),
	/** /zgloszenia/[slug] ?/save */
	saveDraft: practiceFields,
	/** /zgloszenia/[slug] ?/preview */
	previewDraft: practiceFields,
	/** /zgloszenia/[slug] ?/upload (multipart) */
	uploadAttachment: (file: File) => {
		const body = new FormData();
		body.append('file', file);
		return body;
	},
	/** /zgloszenia/[slug] ?/deleteAttachment */
	deleteAttachment: (id: string) => urlEncoded({ id }),
	/** /zgloszenia/[slug]/wyslij (the confirmation) */
	submit: () => urlEncoded({}),
	/** /zgloszenia/[slug]/wycofaj (the confirmation) */
	withdraw: () => urlEncoded({}),
	/** /admin/uzytkownicy ?/setDisabled */
	setDisabled: (userId: string, disabled: boolean) => urlEncoded({ userId, disabled: String(disabled) }),
	/** /admin/uzytkownicy/[id] ?/approve */
	approve: (version = 1) => urlEncoded({ version: String(version) }),
	/** /admin/uzytkownicy/[id] ?/role */
	changeRole: (fields: { grant: boolean; role: 'admin' | 'juror' | 'applicant'; edition: string }) =>
		urlEncoded({ grant: String(fields.grant), role: fields.role, edition: fields.edition, organisation: '' }),
	/** /admin/edycje ?/create */
	createEdition: (slug: string) => editionFields(slug),
	/** /admin/edycje/[slug] ?/save */
	saveEdition: (slug: string, version: number) => editionFields(slug, { version: String(version) }),
	/** /admin/edycje/[slug] ?/criteria (save, or a row operation such as `add`) */
	saveCriteria: (version: number, label: string, op = 'save') => criteriaFields(version, label, op),
	/** /admin/edycje/[slug] ?/phase */
	changePhase: (phase: string) => urlEncoded({ phase }),
	/** /admin/zaproszenia (default) */
	invite: (fields: {
		email: string;
		role: 'applicant' | 'juror' | 'admin';
		edition: string;
		organisation: string;
	}) => urlEncoded(fields),
	/** /admin/zgloszenia/[slug] ?/eligibility */
	eligibility: (slug: string, eligible: boolean) =>
		urlEncoded({
			slug,
			eligible: eligible ? 'yes' : 'no',
			reason: eligible ? '' : 'Praktyka nie spełnia warunków.'
		}),
	/** /admin/katalog/[slug] (default) */
	curate: (version: number) =>
		urlEncoded({
			title: 'Praktyka po redakcji',
			summary: 'Streszczenie po redakcji.',
			description: 'Opis po redakcji.',
			status: 'catalogue',
			version: String(version)
		}),
	/** /admin/edycje/[slug]/jury ?/add (an existing account) */
	addJuror: (account: string) =>
		urlEncoded({ account, email: '', organisations: [], places: [], publicProfile: 'on', bio: 'Biogram.' }),
	/** /admin/edycje/[slug]/jury ?/update */
	updateJuror: (id: string, version: number) =>
		urlEncoded({
			id,
			version: String(version),
			organisations: [],
			places: [],
			quotable: 'on',
			bio: 'Nowy biogram.'
		}),
	/** /admin/edycje/[slug]/jury ?/remove */
	removeJuror: (id: string, version: number) => urlEncoded({ id, version: String(version) }),
	/** /admin/edycje/[slug]/jury ?/placeConflicts */
	placeConflicts: (placeConflicts: boolean, version: number) =>
		urlEncoded({ placeConflicts: String(placeConflicts), version: String(version) }),
	/** /admin/edycje/[slug]/jury ?/conflict */
	conflict: (fields: { juror: string; entry: string; conflicted: boolean }) =>
		urlEncoded({ ...fields, conflicted: String(fields.conflicted), reason: 'Powód decyzji organizatora.' })
};

/** The organiser's assignment and progress pages, and the juror's preferences page. */
export const assigningPayloads = {
	/** /admin/edycje/[slug]/przydzial ?/run */
	run: (mode: 'all' | 'balanced', jurorsPerEntry: number, version: number) =>
		urlEncoded({ mode, jurorsPerEntry: String(jurorsPerEntry), version: String(version) }),
	/** /admin/edycje/[slug]/przydzial ?/add and ?/remove */
	pair: (juror: string, entry: string) => urlEncoded({ juror, entry }),
	/** /admin/edycje/[slug]/przydzial ?/settings */
	reviewSettings: (hide: boolean, deadline: string, version: number) =>
		urlEncoded({
			...(hide ? { hideApplicantOrganisation: 'on' } : {}),
			reviewDeadline: deadline,
			version: String(version)
		}),
	/** /admin/edycje/[slug]/obrady ?/shortlist */
	shortlist: (entry: string, on: boolean) => urlEncoded({ entry, on: on ? '1' : '0' }),
	/** /admin/edycje/[slug]/obrady ?/thresholds */
	thresholds: (stdev: number, range: number, version: number) =>
		urlEncoded({ stdev: String(stdev), range: String(range), version: String(version) }),
	/** /admin/edycje/[slug]/postep ?/remind */
	remind: () => urlEncoded({}),
	/** /jury/[edition]/preferencje ?/save */
	preferences: (choices: Record<string, 'want' | 'can' | 'rather-not'>) =>
		urlEncoded(
			Object.fromEntries(Object.entries(choices).map(([entry, choice]) => [`pref:${entry}`, choice]))
		),
	/** /jury/[edition]/preferencje ?/conflict */
	declareConflict: (entry: string) => urlEncoded({ entry, reason: 'Pracowałem przy tym projekcie.' })
};
