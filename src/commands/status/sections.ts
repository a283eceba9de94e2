// The dashboard's sections, in the order it shows them; each area of the program adds its own file.
import { attendance } from './attendance.js';
import { commitments } from './commitments.js';
import { counts } from './counts.js';
import { ideas } from './ideas.js';
import type { StatusSection } from './section.js';

export const statusSections: readonly StatusSection[] = [counts, attendance, ideas, commitments];
