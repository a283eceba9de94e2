import { join } from 'node:path';
import { writeAllReports } from '../report/all.js';
import type { DemoStep } from './steps.js';

/** Last step of `innolab demo`: every report of the sample workshop into <out>/laporan/. */
export const steps: DemoStep[] = [
  {
    name: 'reports',
    async run({ ctx, store, outDir }) {
      const dir = join(outDir, 'laporan');
      await writeAllReports(ctx, store, { dir, paper: 'a4' });
      ctx.info(ctx.t('demo.reports', { dir }));
    },
  },
];
