import type { Catalogue } from './types.js';

export const attendanceMessages = {} satisfies Catalogue;
