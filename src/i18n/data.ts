import type { Catalogue } from './types.js';

export const dataMessages = {} satisfies Catalogue;
