/** Awards: the organiser's decision on each entry in deliberation, and what it links to. */
export * from './decisions';
export * from './jury';
export * from './links';
export * from './view';
