// Every report innolab writes, in the order `report all` writes them. Each drives its `report <name>` verb
// (index.ts) and its part of `report all` (all.ts): a new report is a producer in src/reports/, an entry
// here (its own file beside this one) and its words in the i18n catalogue.
import { attendanceReport } from './attendance.js';
import { badgesReport } from './badges.js';
import { certificatesReport } from './certificates.js';
import type { ReportEntry } from './common.js';
import { commitmentsReport } from './commitments.js';
import { outcomeReport } from './outcome.js';
import { recapReport } from './recap.js';
import { rollupReport } from './rollup.js';

export const REPORTS: readonly ReportEntry[] = [attendanceReport, recapReport, outcomeReport, commitmentsReport, certificatesReport, badgesReport, rollupReport];
