import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Context } from '../../src/cli/context.js';
import { steps as attendanceSteps } from '../../src/commands/demo/attendance.js';
import { steps as participantSteps } from '../../src/commands/demo/participants.js';
import { demoSteps } from '../../src/commands/demo/steps.js';
import { fixturesDir } from '../../src/paths.js';
import { pipedIO } from '../helpers/piped-io.js';
import { runCli, tempDir } from '../helpers/run-cli.js';

/** Runs the demo's units, participants and attendance steps (not the later areas') into a fresh file. */
async function sampleWorkshop(): Promise<string> {
  const dir = tempDir();
  const file = join(dir, 'tanjungbalai-2022.innolab');
  const ctx = new Context(pipedIO({ cwd: dir }));
  const store = ctx.create(file, { title: 'Laboratorium Inovasi Pemerintah Kota Tanjungbalai', startDate: '2022-11-07', endDate: '2022-11-09', lang: 'en' });
  try {
    for (const step of [...demoSteps, ...participantSteps, ...attendanceSteps]) await step.run({ ctx, store, fixtures: fixturesDir(), outDir: dir });
  } finally {
    ctx.close();
  }
  return file;
}

interface Summary {
  participants: { participant: { no: number; name: string }; days_present: number; days: Record<string, string | null> }[];
  days: { date: string; present: number; excused: number; represented: number; absent: number }[];
}

describe('demo attendance', () => {
  it('loads three days of the sample workshop with absences, excused and represented heads', async () => {
    const file = await sampleWorkshop();
    const summary = (await runCli(['-f', file, 'attendance', 'summary', '--json'])).json<Summary>();
    expect(summary.participants).toHaveLength(40);
    expect(summary.days).toEqual([
      { date: '2022-11-07', day: 1, present: 36, excused: 1, represented: 2, absent: 1 },
      { date: '2022-11-08', day: 2, present: 36, excused: 1, represented: 1, absent: 2 },
      { date: '2022-11-09', day: 3, present: 34, excused: 2, represented: 1, absent: 3 },
    ]);
    const sekda = summary.participants.find((p) => p.participant.no === 1)!;
    expect(sekda.days).toEqual({ '2022-11-07': 'present', '2022-11-08': 'represented', '2022-11-09': 'present' });
    expect(sekda.days_present).toBe(3);
    const day2 = (await runCli(['-f', file, 'attendance', 'list', '--day', '2', '--json'])).json<{ participant: { no: number }; status: string; note: string | null; how: string }[]>();
    expect(day2.find((r) => r.participant.no === 7)).toMatchObject({ status: 'excused', note: 'sakit', how: 'import' });
  });
});
