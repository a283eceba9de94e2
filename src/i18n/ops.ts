import type { Catalogue } from './types.js';

export const opsMessages = {} satisfies Catalogue;
