/**
 * Shapes the catalogue's server code hands to components. They live outside `$lib/server` so a
 * component can name them without importing server code.
 */
import type { PracticeStatus } from './schemas';

/** What a practice card shows; pages send only this for lists, never whole descriptions. */
export interface PracticeCardData {
	slug: string;
	title: string;
	summary: string;
	/** English title and summary, shown under /en when the practice has them. */
	titleEn?: string | null;
	summaryEn?: string | null;
	status: PracticeStatus;
	place: { name: string };
	award: { title: string; titleEn?: string | null } | null;
}

/** Where a search query matched in a practice's title and summary: [start, end] offsets. */
export type Highlight = Partial<Record<'title' | 'summary', [number, number][]>>;
