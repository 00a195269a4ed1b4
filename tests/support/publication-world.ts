/**
 * An edition in deliberation with everything publication reads: entries of two applicants, a
 * catalogue practice and a recommendation to link, three jurors (one with a public profile and
 * consent to be quoted, one quotable without a public profile, one conflicted with the awarded
 * entry), their scores, a discussion and decisions written straight into the database. Private
 * records carry planted strings (`SECRETS`) that must never reach anything public.
 */
import type { Db } from 'mongodb';
import { collections, type DecisionDoc } from '../../src/lib/server/db/collections';
import { renderMarkdown } from '../../src/lib/server/markdown';
import {
	createEdition,
	createEntry,
	createOrganisation,
	createScore,
	createUser,
	sessionOf
} from './factories';

export const SECRETS = {
	comment: 'TAJNY-KOMENTARZ-KRYTERIUM',
	privateComment: 'TAJNY-KOMENTARZ-PRYWATNY',
	discussion: 'TAJNA-DYSKUSJA-JURY',
	conflict: 'TAJNY-POWOD-KONFLIKTU',
	vote: 'TAJNE-GLOSOWANIE-5-ZA',
	noneJustification: 'TAJNE-UZASADNIENIE-BEZ-NAGRODY',
	hiddenQuote: 'TAJNY-CYTAT-BEZ-PROFILU',
	hiddenJurorName: 'Ukryta Jurorka Bezprofilowa',
	conflictedFeedback: 'TAJNA-UWAGA-JURORA-W-KONFLIKCIE'
};

export const CATEGORIES = ['Polityka i współpraca w mieście', 'Informacja i usługi publiczne'];

export async function publicationWorld(db: Db, { tag = '' } = {}) {
	const c = collections(db);
	const edition = await createEdition(db, {
		phase: 'deliberation',
		name: `Edycja do publikacji ${tag}`.trim(),
		awardCategories: CATEGORIES
	});
	const slug = edition.slug;
	const orgA = await createOrganisation(db);
	const orgB = await createOrganisation(db);
	const applicantA = (
		await createUser(db, { roles: [{ edition: slug, role: 'applicant' }], organisations: [orgA.slug] })
	).user;
	const applicantB = (
		await createUser(db, { roles: [{ edition: slug, role: 'applicant' }], organisations: [orgB.slug] })
	).user;
	const entry = (organisation: string, title: string) =>
		createEntry(db, {
			edition: slug,
			status: 'submitted',
			organisations: [organisation],
			title,
			place: orgA.place
		});
	const awarded = await entry(orgA.slug, `Punkt informacyjny dla cudzoziemców ${tag}`.trim());
	const mentioned = await entry(orgA.slug, `Rada imigrantów ${tag}`.trim());
	const passed = await entry(orgB.slug, `Kurs językowy ${tag}`.trim());
	const similar = await createEntry(db, {
		edition: null,
		status: 'catalogue',
		origin: 'seed',
		title: `Podobne działanie w innym mieście ${tag}`.trim()
	});
	const now = new Date();
	const recommendation = `rekomendacja-${slug}`;
	await c.recommendations.insertOne({
		slug: recommendation,
		edition: slug,
		title: 'Informacja w wielu językach',
		text: 'Miasta powinny informować **w wielu językach**.',
		textHtml: renderMarkdown('Miasta powinny informować **w wielu językach**.'),
		themes: [],
		order: 0,
		createdAt: now,
		updatedAt: now,
		origin: 'app',
		version: 1
	});

	async function juror(name: string, consent: { publicProfile: boolean; quotable: boolean; bio: string }) {
		const { user } = await createUser(db, { name, roles: [{ edition: slug, role: 'juror' }] });
		await c.jurors.insertOne({
			edition: slug,
			user: user._id,
			invitedEmail: null,
			affiliations: { organisations: [], places: [] },
			...consent,
			addedBy: 'admin',
			createdAt: now,
			updatedAt: now,
			version: 1
		});
		return user;
	}
	const publicJuror = await juror(`Anna Publiczna ${tag}`.trim(), {
		publicProfile: true,
		quotable: true,
		bio: 'Badaczka migracji, Uniwersytet Warszawski.'
	});
	const hiddenJuror = await juror(SECRETS.hiddenJurorName, {
		publicProfile: false,
		quotable: true,
		bio: 'Bio bez zgody.'
	});
	const conflictedJuror = await juror(`Jan Konfliktowy ${tag}`.trim(), {
		publicProfile: true,
		quotable: false,
		bio: 'Urzędnik.'
	});
	await c.conflicts.insertOne({
		edition: slug,
		juror: conflictedJuror._id,
		entry: awarded.slug,
		conflicted: true,
		source: 'organiser',
		reason: SECRETS.conflict,
		by: 'admin',
		createdAt: now,
		updatedAt: now,
		version: 1
	});

	// Legacy criteria of the factory: k1 (weight 2) and k2 (weight 1), both on a scale 1–5.
	const score = (juror: string, entrySlug: string, k1: number, k2: number, feedback: string, quote = '') =>
		createScore(db, {
			edition: slug,
			entry: entrySlug,
			juror,
			criteria: [
				{ id: 'k1', score: k1, comment: SECRETS.comment },
				{ id: 'k2', score: k2, comment: SECRETS.comment }
			],
			privateComment: SECRETS.privateComment,
			feedback,
			quote
		});
	await score(publicJuror._id, awarded.slug, 5, 4, 'Zadbajcie o ewaluację.', 'Wzorowy punkt informacyjny.');
	await score(hiddenJuror._id, awarded.slug, 4, 3, 'Bardzo dobra dostępność.', SECRETS.hiddenQuote);
	await score(conflictedJuror._id, awarded.slug, 1, 1, SECRETS.conflictedFeedback);
	await score(publicJuror._id, mentioned.slug, 3, 3, '');
	await score(hiddenJuror._id, mentioned.slug, 4, 2, 'Warto rozszerzyć skład rady.');
	await score(publicJuror._id, passed.slug, 2, 2, 'Kurs za krótki.');
	await c.discussion.insertOne({
		edition: slug,
		entry: awarded.slug,
		author: publicJuror._id,
		text: SECRETS.discussion,
		textHtml: `<p>${SECRETS.discussion}</p>`,
		createdAt: now
	});

	const decision = (entrySlug: string, fields: Partial<DecisionDoc>): DecisionDoc => ({
		edition: slug,
		entry: entrySlug,
		outcome: 'none',
		category: null,
		justification: '',
		justificationHtml: '',
		similarActions: [],
		recommendations: [],
		quotes: [],
		vote: '',
		decidedBy: 'admin',
		decidedAt: now,
		createdAt: now,
		updatedAt: now,
		version: 1,
		...fields
	});
	const justification = 'Jury doceniło **dostępność** punktu i współpracę z organizacjami.';
	await c.decisions.insertMany([
		decision(awarded.slug, {
			outcome: 'award',
			category: CATEGORIES[1],
			justification,
			justificationHtml: renderMarkdown(justification),
			similarActions: [similar.slug],
			recommendations: [recommendation],
			quotes: [
				{ juror: publicJuror._id, text: 'Wzorowy punkt informacyjny.' },
				{ juror: hiddenJuror._id, text: SECRETS.hiddenQuote }
			],
			vote: SECRETS.vote
		}),
		decision(mentioned.slug, {
			outcome: 'mention',
			justification: 'Wyróżnienie za stały dialog z mieszkańcami.',
			justificationHtml: renderMarkdown('Wyróżnienie za stały dialog z mieszkańcami.')
		}),
		decision(passed.slug, { justification: SECRETS.noneJustification, vote: SECRETS.vote })
	]);

	return {
		edition: slug,
		editionName: edition.name,
		entries: { awarded: awarded.slug, mentioned: mentioned.slug, passed: passed.slug },
		similar: similar.slug,
		recommendation,
		applicants: { a: sessionOf(applicantA), b: sessionOf(applicantB) },
		applicantEmails: [applicantA.email, applicantB.email],
		jurors: { public: publicJuror, hidden: hiddenJuror, conflicted: conflictedJuror }
	};
}

export type PublicationWorld = Awaited<ReturnType<typeof publicationWorld>>;
