/** Jury: who reads which entry — every juror everything, or a balanced share honouring conflicts. */
export * from './assignment';
