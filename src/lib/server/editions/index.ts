/** Editions: their settings, jury criteria, phases and submission deadlines in Europe/Warsaw. */
import type { Db } from 'mongodb';
import { phaseLabel } from '../../labels';
import { editionPhases, lines, type EditionForm, type EditionPhase } from '../../schemas';
import { recordAudit } from '../audit';
import { invalidateCatalogueView, publishedPhases } from '../catalogue';
import { collections, type EditionDoc } from '../db/collections';
import { guardedUpdate } from '../db/guarded';
import { sendMail } from '../mail';
import { renderMarkdown } from '../markdown';
import { publishEdition } from '../publication';
import { initialCriteria } from './criteria';
import { fromWarsawLocal } from './time';

export * from './criteria';
export * from './time';

export async function listEditions(db: Db) {
	return collections(db).editions.find().sort({ year: -1, slug: 1 }).toArray();
}

export async function getEdition(db: Db, slug: string) {
	return collections(db).editions.findOne({ slug });
}

/** The settings the edition form holds; the criteria have a form (and a version) of their own. */
function settingsOf(form: EditionForm) {
	return {
		name: form.name,
		year: form.year,
		description: form.description,
		descriptionHtml: renderMarkdown(form.description),
		submissionsOpen: fromWarsawLocal(form.submissionsOpen || null),
		submissionsClose: fromWarsawLocal(form.submissionsClose || null),
		resultsDate: fromWarsawLocal(form.resultsDate || null),
		awardCategories: lines(form.awardCategories),
		eligibility: form.eligibility,
		eligibilityChecklist: lines(form.eligibilityChecklist),
		languages: form.languages.length > 0 ? form.languages : ['pl' as const],
		selfRegistration: form.selfRegistration
	};
}

export type EditionWriteResult =
	| { ok: true }
	| { ok: false; reason: 'taken' | 'conflict' | 'missing' }
	| { ok: false; reason: 'unpublishable'; problems: string[] };

export async function createEdition(db: Db, form: EditionForm, actor: string): Promise<EditionWriteResult> {
	const editions = collections(db).editions;
	if (await editions.findOne({ slug: form.slug })) return { ok: false, reason: 'taken' };
	const now = new Date();
	const doc: EditionDoc = {
		slug: form.slug,
		...settingsOf(form),
		...initialCriteria(),
		phase: 'draft',
		isDemo: false,
		createdAt: now,
		updatedAt: now,
		origin: 'app',
		version: 1
	};
	await editions.insertOne(doc);
	await recordAudit(db, {
		actor,
		action: 'edition.created',
		subject: { type: 'edition', id: form.slug },
		after: { name: form.name }
	});
	return { ok: true };
}

/** Saves the settings only if nobody saved since `version` was read. */
export async function updateEdition(
	db: Db,
	slug: string,
	form: EditionForm,
	version: number,
	actor: string
): Promise<EditionWriteResult> {
	const editions = collections(db).editions;
	const before = await editions.findOne({ slug });
	if (!before) return { ok: false, reason: 'missing' };
	const saved = await guardedUpdate(
		db,
		editions,
		{ _id: before._id, version },
		{ $set: { ...settingsOf(form), updatedAt: new Date() } }
	);
	if (!saved) return { ok: false, reason: 'conflict' };
	// A published edition's name and description are on public pages; its practices are unchanged.
	if (publishedPhases.includes(before.phase)) await invalidateCatalogueView(db, {});
	await recordAudit(db, {
		actor,
		action: 'edition.updated',
		subject: { type: 'edition', id: slug },
		before: { name: before.name },
		after: { name: form.name }
	});
	return { ok: true };
}

/** Phases move forward one step at a time: draft → open → review → deliberation → published → archived. */
export function nextPhase(phase: EditionPhase): EditionPhase | null {
	return editionPhases[editionPhases.indexOf(phase) + 1] ?? null;
}

export async function advancePhase(
	db: Db,
	slug: string,
	to: EditionPhase,
	actor: string
): Promise<EditionWriteResult> {
	const editions = collections(db).editions;
	const edition = await editions.findOne({ slug });
	if (!edition) return { ok: false, reason: 'missing' };
	if (nextPhase(edition.phase) !== to) return { ok: false, reason: 'conflict' };
	if (to === 'published') return publish(db, edition, actor);
	const moved = await guardedUpdate(
		db,
		editions,
		edition,
		{ $set: { phase: to, updatedAt: new Date() } },
		{ phase: edition.phase }
	);
	if (!moved) return { ok: false, reason: 'conflict' };
	// Archiving changes what the edition's public page shows; no stored practice changes (and a
	// rebuild reads the practices of an edition that became public by itself).
	await invalidateCatalogueView(db, {});
	await recordAudit(db, {
		actor,
		action: 'edition.phase-changed',
		subject: { type: 'edition', id: slug },
		before: { phase: edition.phase },
		after: { phase: to }
	});
	const people = await collections(db).users.find({ 'roles.edition': slug, disabled: false }).toArray();
	await tellOfPhase(db, edition, to, people);
	return { ok: true };
}

async function tellOfPhase(db: Db, edition: EditionDoc, to: EditionPhase, people: { email: string }[]) {
	for (const person of people) {
		await sendMail(db, {
			to: person.email,
			subject: `${edition.name}: nowy etap konkursu`,
			text: `Dzień dobry,\n\nedycja „${edition.name}” przeszła do etapu: ${phaseLabel(to, 'pl')}.\n\nMiasta Otwarte`
		});
	}
}

/**
 * Deliberation → published is the publication itself (`publishEdition`), which moves the phase as
 * its last step. Applicants get the results mail from it; the jurors are told of the new phase.
 */
async function publish(db: Db, edition: EditionDoc, actor: string): Promise<EditionWriteResult> {
	const result = await publishEdition(db, actor, edition.slug);
	if (!result.ok) return result;
	if (result.already) return { ok: false, reason: 'conflict' };
	await recordAudit(db, {
		actor,
		action: 'edition.phase-changed',
		subject: { type: 'edition', id: edition.slug },
		before: { phase: edition.phase },
		after: { phase: 'published' }
	});
	const people = await collections(db)
		.users.find({ 'roles.edition': edition.slug, disabled: false })
		.toArray();
	const jurors = people.filter((p) => p.roles.some((r) => r.edition === edition.slug && r.role === 'juror'));
	await tellOfPhase(db, edition, 'published', jurors);
	return { ok: true };
}
