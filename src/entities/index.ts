export { buildEntityRegistry } from './build-entity-registry.js';
export { registryMentions } from './registry.js';
export type * from './types.js';
