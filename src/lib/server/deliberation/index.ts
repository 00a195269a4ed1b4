/** Deliberation: the jury's scores turned into a ranking, its diagnostics, the shortlist, the CSVs. */
export * from './stats';
export * from './table';
export * from './manage';
export * from './csv';
export * from './view';
