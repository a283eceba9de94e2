import type { Catalogue } from './types.js';

export const outcomeMessages = {} satisfies Catalogue;
