import type { Catalogue } from './types.js';

export const participantMessages = {} satisfies Catalogue;
