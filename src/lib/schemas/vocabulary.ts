import { z } from 'zod';
import { slug } from './common';

export const vocabularyKinds = ['category', 'theme', 'targetGroup'] as const;
export const vocabularyKind = z.enum(vocabularyKinds);
export type VocabularyKind = z.infer<typeof vocabularyKind>;

/** One term of a controlled vocabulary, labelled in both UI languages. */
export const vocabularyTerm = z.object({
	kind: vocabularyKind,
	code: slug,
	pl: z.string().min(1),
	en: z.string().min(1),
	order: z.number().int().nonnegative()
});
export type VocabularyTerm = z.infer<typeof vocabularyTerm>;
