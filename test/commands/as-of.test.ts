// Issue 13 scenario 7: --as-of is a snapshot, "the record as it stood at the end of that day", in commitment
// list and show, status and the reports; report all takes the options its reports take.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../helpers/pdf-text.js';
import { newWorkshop, ok } from '../helpers/run-cli.js';

async function followUp() {
  const w = await newWorkshop();
  ok(await w.run(['unit', 'add', 'Dinas Kesehatan', '--short', 'Dinkes']));
  ok(await w.run(['participant', 'add', '--name', 'Ani', '--unit', 'Dinkes']));
  ok(await w.run(['checkin', '1', '--day', '1']));
  ok(await w.run(['commitment', 'add', '--unit', 'Dinkes', '--action', 'Uji coba posyandu digital', '--due', '2022-12-15'], { now: '2022-11-09T03:00:00.000Z' }));
  ok(await w.run(['commitment', 'update', '1', '--progress', '30', '--note', 'SK tim', '--date', '2022-11-20'], { now: '2022-11-20T03:00:00.000Z' }));
  ok(await w.run(['commitment', 'update', '1', '--status', 'done', '--progress', '100', '--note', 'Selesai diuji', '--date', '2022-12-29'], { now: '2022-12-29T03:00:00.000Z' }));
  return w;
}

interface Commitment {
  status: string;
  progress: number;
  overdue: boolean;
  updates?: unknown[];
}

describe('--as-of (scenario 7)', () => {
  it('commitment list and show give the commitment as it stood at the end of that day', async () => {
    const { run } = await followUp();
    const now = { now: '2023-02-01T03:00:00.000Z' };
    const at = async (date: string) => ok(await run(['commitment', 'show', '1', '--as-of', date, '--json'], now)).json<Commitment>();
    expect(await at('2022-11-09')).toMatchObject({ status: 'planned', progress: 0, updates: [] });
    expect(await at('2022-12-01')).toMatchObject({ status: 'in-progress', progress: 30, overdue: false });
    expect((await at('2022-12-01')).updates).toHaveLength(1);
    expect(await at('2022-12-20')).toMatchObject({ status: 'in-progress', progress: 30, overdue: true });
    expect(await at('2023-01-15')).toMatchObject({ status: 'done', progress: 100, overdue: false });
    const list = ok(await run(['commitment', 'list', '--as-of', '2022-12-20', '--overdue', '--json'], now)).json<Commitment[]>();
    expect(list).toHaveLength(1);
    expect(ok(await run(['commitment', 'list', '--status', 'done', '--as-of', '2022-12-20', '--json'], now)).json<unknown[]>()).toHaveLength(0);
    const status = ok(await run(['status', '--as-of', '2022-12-20', '--json'], now)).json<{ commitments: { overdue: { commitments: unknown[] } } }>();
    expect(status.commitments.overdue.commitments).toHaveLength(1);
  });

  it('the RTL matrix and the outcome report print no progress reported after the date', async () => {
    const { run, dir } = await followUp();
    const now = { now: '2023-02-01T03:00:00.000Z' };
    ok(await run(['report', 'commitments', '--as-of', '2022-12-01', '--out', 'rtl.pdf'], now));
    const rtl = await pdfText(join(dir, 'rtl.pdf'));
    expect(rtl).not.toContain('29 Desember 2022');
    expect(rtl).toContain('30');
    ok(await run(['report', 'outcome', '--as-of', '2022-11-09', '--out', 'hasil.pdf'], now));
    const outcome = await pdfText(join(dir, 'hasil.pdf'));
    expect(outcome).not.toContain('SK tim');
    expect(outcome).not.toContain('Selesai diuji');
  });

  it('report all takes --as-of, --paper, --blank-rows and --min-attendance', async () => {
    const { run } = await followUp();
    const r = ok(await run(['report', 'all', '--out', 'semua', '--as-of', '2022-12-01', '--paper', 'f4', '--blank-rows', '2', '--min-attendance', '30', '--json'], { now: '2023-02-01T03:00:00.000Z' }));
    const written = r.json<{ report: string; paper: string; as_of?: string; min_attendance?: number; certificates?: number }[]>();
    expect(written.every((w) => w.paper === 'f4')).toBe(true);
    expect(written.find((w) => w.report === 'commitments')!.as_of).toBe('2022-12-01');
    expect(written.find((w) => w.report === 'outcome')!.as_of).toBe('2022-12-01');
    expect(written.find((w) => w.report === 'certificates')).toMatchObject({ min_attendance: 30, certificates: 1 });
    expect((await run(['report', 'all', '--out', 'x', '--min-attendance', 'banyak'])).code).toBe(2);
  });
});
