import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../../cli/context.js';
import { writeAllReports } from '../report/all.js';
import type { DemoStep } from './steps.js';

/**
 * The day the sample workshop's reports speak for (fixtures/workshop.json "reports_as_of"): inside its story,
 * two months after the workshop, so the follow-up reads "Terlambat 24 hari", not the years since 2022.
 */
function storyDate(fixtures: string): string {
  const w = JSON.parse(readFileSync(join(fixtures, 'workshop.json'), 'utf8')) as { reports_as_of?: string; end_date: string };
  return w.reports_as_of ?? w.end_date;
}

/**
 * The context with SOURCE_DATE_EPOCH pinned to that day (09:00 in Tanjungbalai, 02:00 UTC): the reports'
 * as-of date, signature dates and PDF dates all come from it, so two demo runs write byte-identical files.
 */
function pinnedTo(ctx: Context, date: string): Context {
  const epoch = String(Date.parse(`${date}T02:00:00Z`) / 1000);
  return Object.create(ctx, { env: { value: { ...ctx.env, SOURCE_DATE_EPOCH: epoch } } }) as Context;
}

/** Last step of `innolab demo`: every report of the sample workshop into <out>/laporan/. */
export const steps: DemoStep[] = [
  {
    name: 'reports',
    async run({ ctx, store, fixtures, outDir }) {
      const dir = join(outDir, 'laporan');
      await writeAllReports(pinnedTo(ctx, storyDate(fixtures)), store, { dir, paper: 'a4' });
      ctx.info(ctx.t('demo.reports', { dir }));
    },
  },
];
