import type { Catalogue } from './types.js';

export const commitmentMessages = {} satisfies Catalogue;
