import type { Command } from 'commander';
import { existsSync, mkdirSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../../cli/context.js';
import { FileError } from '../../errors.js';
import { type Answer, emit } from '../../cli/output.js';
import type { Translate } from '../../i18n/index.js';
import { fixturesDir } from '../../paths.js';
import { writeSetting } from '../../store/letterhead.js';
import { getWorkshop, updateWorkshop } from '../../store/workshop.js';
import { seededUuids } from '../../store/uuid-seeded.js';
import { steps as attendance } from './attendance.js';
import { steps as commitments } from './commitments.js';
import { steps as ideas } from './ideas.js';
import { steps as participants } from './participants.js';
import { steps as reports } from './reports.js';
import { demoSteps } from './steps.js';

/** In order: units (steps.ts), participants, attendance, ideas, commitments, then the reports. */
const allSteps = [...demoSteps, ...participants, ...attendance, ...ideas, ...commitments, ...reports];

export const DEMO_FILE = 'tanjungbalai-2022.innolab';

interface WorkshopFixture {
  title: string;
  organizer: string;
  partner: string;
  city: string;
  venue: string;
  start_date: string;
  end_date: string;
  legal_basis: string;
  signatory: { position: string; name: string; nip: string };
  /** The day the demo's outcome report and matrix speak for, inside the story (kept as its report date). */
  reports_as_of?: string;
}

export function register(program: Command, ctx: Context, t: Translate): void {
  program
    .command('demo')
    .description(t('help.demo'))
    .option('--out <dir>', t('help.demo.out'), 'innolab-demo')
    .action(async (opts: { out: string }) => emit(ctx, await runDemo(ctx, opts)));
}

export async function runDemo(ctx: Context, opts: { out: string }): Promise<Answer> {
  const fixtures = fixturesDir();
  const workshopJson = join(fixtures, 'workshop.json');
  if (!existsSync(workshopJson)) throw new FileError('error.demoFixtures', { dir: fixtures });
  const outDir = ctx.resolvePath(opts.out);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, DEMO_FILE);
  // The demo file is the demo's own: rebuilding replaces it.
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(file + suffix)) unlinkSync(file + suffix);

  const w = JSON.parse(readFileSync(workshopJson, 'utf8')) as WorkshopFixture;
  ctx.info(ctx.t('demo.building', { file }));
  // The same sample every time, down to its uuids (the badges' QR codes hold them): two builds give
  // byte-identical reports. A copy of the sample is still the same workshop to `merge`, as any copy is.
  ctx.uuids = seededUuids(`innolab demo: ${w.title}`);
  const store = ctx.create(file, {
    title: w.title,
    organizer: w.organizer,
    partner: w.partner,
    city: w.city,
    venue: w.venue,
    startDate: w.start_date,
    endDate: w.end_date,
    legalBasis: w.legal_basis,
    lang: ctx.opts.lang ?? 'id',
  });
  store.change(() => {
    updateWorkshop(store, { signatory_position: w.signatory.position, signatory_name: w.signatory.name, signatory_nip: w.signatory.nip });
    // Reports made from the demo file later (`report all -f innolab-demo/…`) stay inside the story too.
    writeSetting(store, 'report_date', w.reports_as_of ?? w.end_date);
  });
  for (const step of allSteps) await step.run({ ctx, store, fixtures, outDir });
  ctx.info(ctx.t('demo.done', { file }));
  return { json: { file, out: outDir, workshop: getWorkshop(store) }, message: ctx.t('demo.tryNext', { file }) };
}
