import { error, fail } from '@sveltejs/kit';
import { setError, type SuperValidated } from 'sveltekit-superforms';
import { formatDecimal, getLocale } from '$lib/i18n';
import { m } from '$lib/paraglide/messages';
import { decisionForm, decisionOpOf, similarSearch, type DecisionForm } from '$lib/schemas/awards';
import {
	createMentionedPractice,
	createRecommendation,
	decisionVerdict,
	decisionView,
	linkedTitles,
	saveDecision,
	similarCandidate,
	type DecisionError,
	type DecisionFields
} from '$lib/server/awards';
import { formatWarsawIn } from '$lib/server/editions';
import { formFor, readRowsForm } from '$lib/server/forms';
import { explain, statusOf } from '$lib/server/policy';
import type { Actions, PageServerLoad } from './$types';

const FORM_ID = 'decision';
type Form = SuperValidated<DecisionForm>;

/** Titles of the practices and recommendations a form or a stored decision names, by slug. */
async function known(
	db: Parameters<typeof linkedTitles>[0],
	...lists: Pick<DecisionFields, 'similarActions' | 'recommendations'>[]
) {
	const titles = await linkedTitles(
		db,
		lists.flatMap((l) => l.similarActions),
		lists.flatMap((l) => l.recommendations)
	);
	return {
		practices: Object.fromEntries(titles.practices.map((p) => [p.slug, { title: p.title, place: p.place }])),
		recommendations: Object.fromEntries(titles.recommendations.map((r) => [r.slug, r.title]))
	};
}

export const load: PageServerLoad = async ({ params, locals, url }) => {
	const db = await locals.db;
	const { q } = similarSearch.parse({ q: url.searchParams.get('q') ?? '' });
	const view = await decisionView(db, locals.user!, params.slug, params.entry, q);
	if (!view) error(404, m.awards_entry_missing());
	const locale = getLocale();
	const d = view.decision;
	return {
		edition: {
			slug: view.edition.slug,
			name: view.edition.name,
			phase: view.edition.phase,
			awardCategories: view.edition.awardCategories ?? []
		},
		entry: view.entry,
		decidable: view.decidable.ok,
		refusal: view.decidable.ok ? null : explain('award.decide', view.decidable.why),
		decided: d ? { by: d.decidedByName, at: formatWarsawIn(d.decidedAt, locale) } : null,
		opinion: {
			...view.opinion,
			mean: view.opinion.mean === null ? null : formatDecimal(view.opinion.mean, 1)
		},
		quotes: view.quotes,
		recommendationChoices: view.recommendations,
		places: view.places,
		organisations: view.organisations,
		themes: view.themes.map((t) => ({ value: t.code, label: locale === 'en' ? t.en : t.pl })),
		q,
		found: view.found,
		known: await known(db, d ?? { similarActions: [], recommendations: [] }),
		form: await formFor(
			decisionForm,
			{
				outcome: d?.outcome ?? 'none',
				category: d?.category ?? '',
				justification: d?.justification ?? '',
				vote: d?.vote ?? '',
				similarActions: d?.similarActions ?? [],
				recommendations: d?.recommendations ?? [],
				quotes: d?.quotes.map((quote) => quote.juror) ?? [],
				version: d?.version ?? 0
			},
			{ id: FORM_ID }
		)
	};
};

/** The sentence for a refused value, in the visitor's language. */
function errorText(code: DecisionError): string {
	switch (code) {
		case 'outcome':
			return m.awards_outcome_invalid();
		case 'category-required':
			return m.awards_category_required();
		case 'category-unknown':
			return m.awards_category_unknown();
		case 'justification-required':
			return m.awards_justification_required();
		case 'too-long':
			return m.awards_too_long();
		case 'similar-self':
			return m.awards_similar_self();
		case 'similar-unknown':
			return m.awards_similar_unknown();
		case 'recommendation-unknown':
			return m.awards_recommendation_unknown();
		case 'quote-unavailable':
			return m.awards_quote_unavailable();
	}
}

const createdErrors: Record<string, () => string> = {
	practiceTitle: m.awards_practice_title_invalid,
	practiceSummary: m.awards_practice_summary_invalid,
	practicePlace: m.awards_practice_place_invalid,
	practiceOrganisation: m.awards_practice_organisation_invalid,
	recommendationTitle: m.awards_recommendation_title_invalid,
	recommendationText: m.awards_recommendation_text_invalid,
	recommendationThemes: m.awards_recommendation_themes_invalid
};

export const actions: Actions = {
	/**
	 * The decision form. Its buttons say what to do (`op`): `save` stores the decision; the others
	 * add or remove a link, or create a mentioned practice or a recommendation and link it, and send
	 * the form back as typed with the change, not saved yet. Works the same without JavaScript.
	 */
	decide: async ({ request, params, locals }) => {
		const db = await locals.db;
		const user = locals.user!;
		const { form, body } = await readRowsForm(request, decisionForm, {
			id: FORM_ID,
			fromFields: (data) => data
		});
		const answer = async (f: Form, status = 200) => {
			const extra = { known: await known(db, f.data) };
			return status === 200 ? { form: f, ...extra } : fail(status, { form: f, ...extra });
		};
		const unsaved = async (text: string) => {
			form.message = { type: 'success', text: `${text} ${m.awards_unsaved()}` };
			return answer(form);
		};
		const refused = async (text: string, status: number) => {
			form.message = { type: 'error', text };
			return answer(form, status);
		};

		const op = decisionOpOf(body.get('op'));
		if (!op) return refused(m.awards_op_unknown(), 400);
		const verdict = await decisionVerdict(db, user, params.slug, params.entry);
		if (!verdict.ok) {
			if (verdict.reason === 'missing') error(404, m.awards_entry_missing());
			return refused(explain('award.decide', verdict.reason), statusOf(verdict.reason));
		}
		const data = form.data;

		switch (op.kind) {
			case 'save': {
				if (!form.valid) return refused(m.awards_invalid(), 400);
				const result = await saveDecision(
					db,
					user,
					{ edition: params.slug, entry: params.entry },
					data,
					data.version
				);
				if (result.ok) {
					data.version = result.version;
					form.message = { type: 'success', text: result.changed ? m.awards_saved() : m.awards_unchanged() };
					return answer(form);
				}
				if (result.reason === 'invalid') {
					for (const [field, code] of Object.entries(result.errors))
						setError(form, field as 'category', errorText(code as DecisionError));
					return refused(m.awards_invalid(), 400);
				}
				if (result.reason === 'stale') {
					// Saving again replaces the stored decision: the organiser has seen both.
					data.version = result.version;
					form.message = { type: 'error', text: m.awards_stale() };
					return fail(409, {
						form,
						stale: result.theirs,
						known: await known(db, data, result.theirs)
					});
				}
				if (result.reason === 'missing') error(404, m.awards_entry_missing());
				return refused(explain('award.decide', result.reason), statusOf(result.reason));
			}
			case 'add-similar': {
				const found = await similarCandidate(db, params.entry, op.slug);
				if (found !== 'ok')
					return refused(errorText(found === 'self' ? 'similar-self' : 'similar-unknown'), 400);
				if (!data.similarActions.includes(op.slug)) data.similarActions.push(op.slug);
				return unsaved(m.awards_similar_added());
			}
			case 'remove-similar':
				data.similarActions = data.similarActions.filter((s) => s !== op.slug);
				return unsaved(m.awards_similar_removed());
			case 'remove-recommendation':
				data.recommendations = data.recommendations.filter((s) => s !== op.slug);
				return unsaved(m.awards_recommendation_removed());
			case 'add-recommendation': {
				const pick = data.recommendationPick;
				const titles = await known(db, { similarActions: [], recommendations: pick ? [pick] : [] });
				if (!pick || !titles.recommendations[pick]) return refused(m.awards_recommendation_unknown(), 400);
				if (!data.recommendations.includes(pick)) data.recommendations.push(pick);
				data.recommendationPick = '';
				return unsaved(m.awards_recommendation_added());
			}
			case 'new-practice':
			case 'new-recommendation': {
				const result =
					op.kind === 'new-practice'
						? await createMentionedPractice(db, user, params.slug, {
								title: data.practiceTitle,
								place: data.practicePlace,
								organisation: data.practiceOrganisation,
								summary: data.practiceSummary
							})
						: await createRecommendation(db, user, params.slug, {
								title: data.recommendationTitle,
								text: data.recommendationText,
								themes: data.recommendationThemes
							});
				if (!result.ok && result.reason === 'invalid') {
					for (const field of Object.keys(result.errors))
						setError(form, field as 'practiceTitle', (createdErrors[field] ?? m.awards_invalid)());
					return refused(m.awards_invalid(), 400);
				}
				if (!result.ok) {
					if (result.reason === 'missing') error(404, m.awards_entry_missing());
					return refused(explain('award.decide', result.reason), statusOf(result.reason));
				}
				if (op.kind === 'new-practice') {
					if (!data.similarActions.includes(result.slug)) data.similarActions.push(result.slug);
					Object.assign(data, {
						practiceTitle: '',
						practicePlace: '',
						practiceOrganisation: '',
						practiceSummary: ''
					});
					return unsaved(m.awards_practice_created());
				}
				if (!data.recommendations.includes(result.slug)) data.recommendations.push(result.slug);
				Object.assign(data, { recommendationTitle: '', recommendationText: '', recommendationThemes: [] });
				return unsaved(m.awards_recommendation_created());
			}
		}
	}
};
