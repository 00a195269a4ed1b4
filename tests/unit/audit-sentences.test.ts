import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_SENTENCES, auditSentence, auditSentenceParts } from '../../src/lib/audit';

const root = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'paraglide' ? [] : sources(path);
		return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
	});
}

/** Keys written as templates, with every value the template takes. */
const TEMPLATES: Record<string, string[]> = {
	// submissions/index.ts changeStatus: draft → submitted, submitted → withdrawn.
	'`practice.${to}`': ['practice.submitted', 'practice.withdrawn']
};

/**
 * Every action key the code records: the `action:` of each `recordAudit(` call (every literal of
 * its expression, templates expanded from the table above) and the keys handed to local
 * `audit('…')` helpers that call it.
 */
function recordedActions(): { keys: Set<string>; unknownTemplates: string[] } {
	const keys = new Set<string>();
	const unknownTemplates: string[] = [];
	const files = ['src', 'startup', 'seed'].flatMap((dir) => sources(join(root, dir)));
	for (const file of files) {
		const text = readFileSync(file, 'utf8');
		if (!text.includes('recordAudit(')) continue;
		for (const [, expression] of text.matchAll(/\baction:\s*(`[^`]*`|[^,\n}]+)/g)) {
			for (const [template] of expression.matchAll(/`[^`]*`/g)) {
				if (TEMPLATES[template]) TEMPLATES[template].forEach((k) => keys.add(k));
				else unknownTemplates.push(`${file}: ${template}`);
			}
			// Keys are dotted or hyphenated ("practice.submitted", "sign-out"); other literals are values.
			for (const [, literal] of expression.matchAll(/'([a-z.-]+)'/g))
				if (/[.-]/.test(literal)) keys.add(literal);
		}
		for (const [, literal] of text.matchAll(/\baudit\('([^']+)'/g)) keys.add(literal);
	}
	return { keys, unknownTemplates };
}

describe('audit log sentences', () => {
	const { keys, unknownTemplates } = recordedActions();

	it('findsTheRecordedActions', () => {
		// A guard for the scan itself: it sees the calls it is meant to.
		expect(keys.size).toBeGreaterThan(40);
		for (const known of ['practice.submitted', 'sign-in.failed', 'edition.phase-changed', 'role.granted'])
			expect(keys).toContain(known);
		expect(unknownTemplates).toEqual([]);
	});

	it('everyRecordedAction_hasASentence', () => {
		const missing = [...keys].filter((key) => !(key in AUDIT_SENTENCES));
		expect(missing, 'actions recorded without a sentence in src/lib/audit.ts').toEqual([]);
	});

	it('everySentence_isSaidInBothLanguagesWithTheNamesInPlace', () => {
		for (const action of Object.keys(AUDIT_SENTENCES)) {
			for (const locale of ['pl', 'en'] as const) {
				const said = auditSentence(
					{ action, actor: 'Jan Kowalski', subject: 'Punkt porad', after: { phase: 'review' } },
					locale
				);
				expect(said).not.toMatch(/undefined|\[object/);
				expect(said.endsWith('.')).toBe(true);
				expect(said).toMatch(/Jan Kowalski|Punkt porad/);
			}
		}
	});

	it('polishVerbsAgreeWithTheActor_andTitlesAreQuoted', () => {
		const event = { action: 'practice.submitted', subject: 'Migrant Info Point' };
		expect(auditSentence({ ...event, actor: 'Urzędniczka z Poznania' }, 'pl')).toBe(
			'Urzędniczka z Poznania złożyła zgłoszenie „Migrant Info Point”.'
		);
		expect(auditSentence({ ...event, actor: 'Juror (demo)' }, 'pl')).toBe(
			'Juror (demo) złożył zgłoszenie „Migrant Info Point”.'
		);
		expect(auditSentence({ ...event, actor: 'Kuba Nowak' }, 'pl')).toContain('Kuba Nowak złożył ');
		expect(auditSentence({ ...event, actor: 'Urzędniczka z Poznania' }, 'en')).toBe(
			'Urzędniczka z Poznania submitted the entry “Migrant Info Point”.'
		);
		expect(
			auditSentence(
				{
					action: 'edition.phase-changed',
					actor: 'Anna',
					subject: 'Edycja 2026',
					after: { phase: 'review' }
				},
				'pl'
			)
		).toBe('Anna przeniosła edycję „Edycja 2026” do etapu: ocena jury.');
	});

	it('namesArePartsOfTheirOwn_soAPageCanMarkTheirLanguage', () => {
		const parts = auditSentenceParts(
			{ action: 'practice.submitted', actor: 'Urzędniczka z Poznania', subject: 'Punkt porad' },
			'en'
		);
		expect(parts).toEqual([
			{ text: 'Urzędniczka z Poznania', content: true },
			{ text: ' submitted the entry “', content: false },
			{ text: 'Punkt porad', content: true },
			{ text: '”.', content: false }
		]);
	});

	it('anActionWithoutASentence_isStillShownByItsKey', () => {
		expect(auditSentence({ action: 'test.marker', actor: null, subject: 'x1' }, 'en')).toBe(
			'Someone not signed in: test.marker (x1)'
		);
	});
});
