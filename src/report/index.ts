export { compare, createChecker, type Checker } from './compare.js';
export type * from './types.js';
