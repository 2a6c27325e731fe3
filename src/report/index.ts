export { compare, createChecker, type Checker } from './compare.js';
export { compareMany } from './compare-many.js';
export type * from './types.js';
export type * from './many-types.js';
