import type { StatusSection } from './sections.js';

export const sections: StatusSection[] = [];
