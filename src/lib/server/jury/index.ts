/** Jury: the jurors of an edition, their conflicts of interest, and who reads which entry. */
export * from './members';
export * from './conflicts';
export * from './view';
export * from './assignment';
export * from './assignments';
export * from './assigning';
export * from './preferences';
export * from './progress';
export * from './reminders';
export * from './scores';
export * from './discussion';
export * from './workspace';
