import { describe, expect, it } from 'vitest';
import {
	criteriaForm,
	criteriaFromFields,
	criteriaOpOf,
	criterion,
	criterionOf,
	rowOf,
	withLevels,
	type CriterionRow
} from '../../src/lib/schemas';
import { applyRowOp, blankRow, criteriaOf } from '../../src/lib/server/editions/criteria';
import { criteriaTemplate } from '../../src/lib/server/editions/criteria-template';

const row = (id: string, overrides: Partial<CriterionRow> = {}): CriterionRow => ({
	...blankRow(id),
	label: `Kryterium ${id}`,
	description: `Opis ${id}.`,
	levels: [1, 2, 3, 4, 5].map((score) => ({ score, meaning: `Ocena ${score} w ${id}.` })),
	...overrides
});
const rows = (...ids: string[]) => ids.map((id) => row(id));
const idsOf = (list: CriterionRow[]) => list.map((r) => r.id);

describe('criteria template', () => {
	it('sixCriteria_eachValidOnAOneToFiveScaleWithAMeaningPerScore', () => {
		const template = criteriaTemplate();
		expect(template.map((c) => c.label)).toEqual([
			'Trafność',
			'Partycypacja i podejście zintegrowane',
			'Udokumentowany efekt lokalny',
			'Możliwość przeniesienia',
			'Trwałość',
			'Koszt i efektywność'
		]);
		for (const c of template) {
			expect(criterion.safeParse(c).success, c.id).toBe(true);
			expect(c.scale).toEqual({ min: 1, max: 5 });
			expect(c.levels.map((l) => l.score)).toEqual([1, 2, 3, 4, 5]);
		}
		expect(new Set(template.map((c) => c.id)).size).toBe(6);
	});

	it('isACopy_changingOneEditionsCriteriaLeavesTheTemplateAlone', () => {
		criteriaTemplate()[0].levels[0].meaning = 'zmienione';
		expect(criteriaTemplate()[0].levels[0].meaning).not.toBe('zmienione');
	});

	it('passesTheEditorsOwnSchema', () => {
		const form = criteriaForm.safeParse({ version: 1, criteria: criteriaTemplate().map(rowOf) });
		expect(form.success).toBe(true);
	});
});

describe('reading stored criteria', () => {
	it('oldShape_getsIdsByPositionAScaleFromOneAndNoMeanings', () => {
		const criteria = criteriaOf({
			criteria: [
				{ label: 'Innowacyjność', weight: 2, scale: 10 },
				{ label: 'Trwałość', weight: 1, scale: 5 }
			]
		});
		expect(criteria).toEqual([
			{
				id: 'k1',
				label: 'Innowacyjność',
				description: '',
				weight: 2,
				scale: { min: 1, max: 10 },
				levels: []
			},
			{ id: 'k2', label: 'Trwałość', description: '', weight: 1, scale: { min: 1, max: 5 }, levels: [] }
		]);
	});

	it('newShape_andNone_areReadAsTheyAre', () => {
		const template = criteriaTemplate();
		expect(criteriaOf({ criteria: template })).toEqual(template);
		expect(criteriaOf({})).toEqual([]);
	});

	it('oldShape_inTheEditor_asksForWhatItLacks', () => {
		const [old] = criteriaOf({ criteria: [{ label: 'Innowacyjność', weight: 2, scale: 3 }] });
		const form = criteriaForm.safeParse({ version: 1, criteria: [withLevels(rowOf(old))] });
		expect(form.success).toBe(false);
		const messages = form.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
		expect(messages).toEqual([
			'criteria.0.description: Opisz, co kryterium ocenia.',
			'criteria.0.levels.0.meaning: Napisz, co oznacza ocena 1.',
			'criteria.0.levels.1.meaning: Napisz, co oznacza ocena 2.',
			'criteria.0.levels.2.meaning: Napisz, co oznacza ocena 3.'
		]);
	});
});

describe('row operations', () => {
	it('add_appendsABlankRowOnAOneToFiveScaleAndFocusesItsName', () => {
		const result = applyRowOp(rows('a', 'b'), { kind: 'add' }, () => 'nowy');
		expect(result.ok && idsOf(result.rows)).toEqual(['a', 'b', 'nowy']);
		expect(result.ok && result.rows[2]).toEqual(blankRow('nowy'));
		expect(result.ok && result.focus).toEqual({ row: 'nowy', control: 'label' });
	});

	it('add_givesANewIdNoRowHas', () => {
		const result = applyRowOp(rows('a'), { kind: 'add' });
		expect(result.ok && result.rows[1].id).toMatch(/^[0-9a-f]{8}$/);
	});

	it('add_refusedAtTwentyRows', () => {
		const full = Array.from({ length: 20 }, (_, i) => row(`r${i}`));
		expect(applyRowOp(full, { kind: 'add' })).toEqual({ ok: false, reason: 'full' });
	});

	it('up_movesTheRowAndKeepsEveryRowAsTyped', () => {
		const before = [row('a'), row('b', { label: 'Wpisane, niezapisane', weight: null }), row('c')];
		const result = applyRowOp(before, { kind: 'up', id: 'c' });
		expect(result.ok && idsOf(result.rows)).toEqual(['a', 'c', 'b']);
		expect(result.ok && result.rows[2]).toEqual(before[1]);
		expect(result.ok && result.focus).toEqual({ row: 'c', control: 'up' });
	});

	it('up_toTheTop_focusesDown', () => {
		const result = applyRowOp(rows('a', 'b', 'c'), { kind: 'up', id: 'b' });
		expect(result.ok && idsOf(result.rows)).toEqual(['b', 'a', 'c']);
		expect(result.ok && result.focus).toEqual({ row: 'b', control: 'down' });
	});

	it('down_toTheBottom_focusesUp', () => {
		const result = applyRowOp(rows('a', 'b', 'c'), { kind: 'down', id: 'b' });
		expect(result.ok && idsOf(result.rows)).toEqual(['a', 'c', 'b']);
		expect(result.ok && result.focus).toEqual({ row: 'b', control: 'up' });
	});

	it('upAtTheTop_andDownAtTheBottom_changeNothing', () => {
		const top = applyRowOp(rows('a', 'b'), { kind: 'up', id: 'a' });
		const bottom = applyRowOp(rows('a', 'b'), { kind: 'down', id: 'b' });
		expect(top.ok && idsOf(top.rows)).toEqual(['a', 'b']);
		expect(top.ok && top.focus).toEqual({ row: 'a', control: 'down' });
		expect(bottom.ok && idsOf(bottom.rows)).toEqual(['a', 'b']);
		expect(bottom.ok && bottom.focus).toEqual({ row: 'b', control: 'up' });
	});

	it('moveOfTheOnlyRow_focusesItsName', () => {
		const result = applyRowOp(rows('a'), { kind: 'down', id: 'a' });
		expect(result.ok && result.focus).toEqual({ row: 'a', control: 'label' });
	});

	it('remove_focusesTheRowThatTookItsPlace_orThePreviousAtTheEnd_orAddWhenNoneIsLeft', () => {
		const middle = applyRowOp(rows('a', 'b', 'c'), { kind: 'remove', id: 'b' });
		expect(middle.ok && idsOf(middle.rows)).toEqual(['a', 'c']);
		expect(middle.ok && middle.focus).toEqual({ row: 'c', control: 'label' });
		const last = applyRowOp(rows('a', 'b'), { kind: 'remove', id: 'b' });
		expect(last.ok && last.focus).toEqual({ row: 'a', control: 'label' });
		const only = applyRowOp(rows('a'), { kind: 'remove', id: 'a' });
		expect(only.ok && only.rows).toEqual([]);
		expect(only.ok && only.focus).toEqual({ row: null, control: 'add' });
	});

	it('unknownRow_isReportedAndNothingChanges', () => {
		expect(applyRowOp(rows('a'), { kind: 'remove', id: 'zz' })).toEqual({ ok: false, reason: 'missing' });
	});

	it('template_fillsOnlyAnEmptyList', () => {
		const filled = applyRowOp([], { kind: 'template' });
		expect(filled.ok && filled.rows.map((r) => r.label)[0]).toBe('Trafność');
		expect(filled.ok && filled.focus).toEqual({ row: 'trafnosc', control: 'label' });
		expect(applyRowOp(rows('a'), { kind: 'template' })).toEqual({ ok: false, reason: 'not-empty' });
	});
});

describe('criteria form', () => {
	const errorsOf = (criteria: unknown[]) => {
		const parsed = criteriaForm.safeParse({ version: 1, criteria });
		return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
	};

	it('validRows_pass', () => {
		expect(errorsOf(rows('a', 'b'))).toEqual([]);
	});

	it('eachFieldHasItsOwnMessage', () => {
		expect(errorsOf([row('a', { label: ' ', description: '', weight: null, min: 3, max: 2 })])).toEqual([
			'criteria.0.label: Podaj nazwę kryterium.',
			'criteria.0.description: Opisz, co kryterium ocenia.',
			'criteria.0.weight: Podaj wagę: liczbę całkowitą od 1 do 100.',
			'criteria.0.max: Najwyższa ocena musi być większa od najniższej.'
		]);
	});

	it('weightAndScale_areWholeNumbersWithinBounds', () => {
		expect(errorsOf([row('a', { weight: 2.5 })])).toEqual([
			'criteria.0.weight: Podaj wagę: liczbę całkowitą od 1 do 100.'
		]);
		expect(errorsOf([row('a', { weight: 101 })])).toHaveLength(1);
		expect(errorsOf([withLevels(row('a', { min: 0, max: 11 }))])[0]).toBe(
			'criteria.0.max: Podaj najwyższą ocenę: liczbę całkowitą od 1 do 10.'
		);
	});

	it('everyScoreOfTheScaleNeedsAMeaning_atItsOwnField', () => {
		const widened = withLevels(row('a', { max: 6 }));
		expect(widened.levels.map((l) => l.score)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(errorsOf([widened])).toEqual(['criteria.0.levels.5.meaning: Napisz, co oznacza ocena 6.']);
	});

	it('meaningsOutsideTheScale_areKeptWhileEditing_andDroppedWhenSaved', () => {
		const narrowed = row('a', { min: 2, max: 4, description: '  Opis.  ' });
		expect(errorsOf([narrowed])).toEqual([]);
		const stored = criterionOf(narrowed);
		expect(stored.levels.map((l) => l.score)).toEqual([2, 3, 4]);
		expect(stored.description).toBe('Opis.');
		expect(criterion.safeParse(stored).success).toBe(true);
	});

	it('anEmptyList_aListOverTwenty_andRepeatedIds_areRefused', () => {
		expect(errorsOf([])).toEqual(['criteria: Dodaj co najmniej jedno kryterium.']);
		expect(errorsOf(Array.from({ length: 21 }, (_, i) => row(`r${i}`)))).toEqual([
			'criteria: Edycja może mieć najwyżej 20 kryteriów.'
		]);
		expect(errorsOf([row('a'), row('a')])).toEqual(['criteria: Kryteria się powtarzają; odśwież stronę.']);
	});

	it('idsShapedLikeAnythingButLettersAndDigits_areRefused', () => {
		expect(errorsOf([row('$where')])).toHaveLength(1);
		expect(errorsOf([row('a.b')])).toHaveLength(1);
	});
});

describe('criteria posted without JavaScript', () => {
	const posted = (entries: [string, string][]) => {
		const data = new FormData();
		for (const [name, value] of entries) data.append(name, value);
		return data;
	};

	it('readsTheRowsInTheOrderPosted_asTyped', () => {
		const values = criteriaFromFields(
			posted([
				['version', '3'],
				['row', 'b'],
				['row', 'a'],
				['criterion-a-label', 'Pierwsze'],
				['criterion-b-label', '  Drugie '],
				['criterion-b-description', 'Opis drugiego.'],
				['criterion-b-weight', '1,5'],
				['criterion-b-min', ''],
				['criterion-b-max', 'pięć'],
				['criterion-b-level-1', 'Słabo.'],
				['criterion-b-level-3', ''],
				['op', 'save']
			])
		);
		expect(values).toEqual({
			version: 3,
			criteria: [
				{
					id: 'b',
					label: '  Drugie ',
					description: 'Opis drugiego.',
					weight: 1.5,
					min: null,
					max: null,
					levels: [
						{ score: 1, meaning: 'Słabo.' },
						{ score: 3, meaning: '' }
					]
				},
				{ id: 'a', label: 'Pierwsze', description: '', weight: null, min: null, max: null, levels: [] }
			]
		});
	});

	it('withLevels_givesEveryScoreOfTheScaleAField', () => {
		const completed = withLevels({ ...blankRow('a'), min: 0, max: 2, levels: [{ score: 1, meaning: 'x' }] });
		expect(completed.levels).toEqual([
			{ score: 0, meaning: '' },
			{ score: 1, meaning: 'x' },
			{ score: 2, meaning: '' }
		]);
	});

	it('theButtonPressed_isReadAsAnOperation', () => {
		expect(criteriaOpOf(null)).toEqual({ kind: 'save' });
		expect(criteriaOpOf('save')).toEqual({ kind: 'save' });
		expect(criteriaOpOf('add')).toEqual({ kind: 'add' });
		expect(criteriaOpOf('template')).toEqual({ kind: 'template' });
		expect(criteriaOpOf('up:trafnosc')).toEqual({ kind: 'up', id: 'trafnosc' });
		expect(criteriaOpOf('remove:1a2b')).toEqual({ kind: 'remove', id: '1a2b' });
		expect(criteriaOpOf('drop:a')).toBeNull();
		expect(criteriaOpOf('up:$where')).toBeNull();
	});
});
