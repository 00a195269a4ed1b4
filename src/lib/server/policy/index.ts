/** Policy: who may do what — by role, edition phase, ownership and entry status — and why not. */
export * from './rules';
export * from './routes';
export { explain, statusOf } from './explain';
