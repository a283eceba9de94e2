import type { Catalogue } from './types.js';

export const ideaMessages = {} satisfies Catalogue;
