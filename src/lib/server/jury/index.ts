/** Jury: the jurors of an edition, their affiliations and consents, and their conflicts of interest. */
export * from './members';
export * from './conflicts';
export * from './view';
