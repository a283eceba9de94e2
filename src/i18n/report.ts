import type { Catalogue } from './types.js';

export const reportMessages = {} satisfies Catalogue;
