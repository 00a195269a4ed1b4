import { untrack } from 'svelte';
import { superForm, type FormOptions, type SuperValidated } from 'sveltekit-superforms';

/** The ids that describe a field (its hint, its error), for `aria-describedby`. */
export function describedBy(name: string, hint?: string, error?: string): string | undefined {
	return [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** Asked before leaving a long form with changes nobody saved. */
export const UNSAVED_CHANGES = 'Masz niezapisane zmiany. Opuścić stronę mimo to?';

/**
 * The page's form through Superforms. It is created once from the first page data and then
 * follows the page's later data and action results by itself, hence the untracked read.
 */
export function pageForm<T extends Record<string, unknown>>(
	initial: () => SuperValidated<T>,
	options: FormOptions<T> = {}
) {
	return superForm(untrack(initial), options);
}
