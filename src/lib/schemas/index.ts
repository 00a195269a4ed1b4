export * from './common';
export * from './vocabulary';
export * from './catalogue';
export * from './query';
export * from './forms';
export * from './entries';
export * from './jury';
export * from './criteria';
