// Issue 13 scenario 1 on the sample workshop: the daftar hadir prints each person's own number (SPEC §2: the
// short number is "used in commands and on paper"), and `checkin <that number>` checks in the person
// printed on that row.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfPages } from '../helpers/pdf-text.js';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'innolab-own-number-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('report attendance on the sample workshop', () => {
  it('shows each person’s own number, and checkin <that number> checks in the person on that row', async () => {
    const demo = await runCli(['demo', '--out', join(dir, 'sample'), '--no-input', '--lang', 'en'], { cwd: dir, now: '2022-11-09T08:00:00.000Z' });
    expect(demo.code, demo.stderr).toBe(0);
    const file = join(dir, 'sample', 'tanjungbalai-2022.innolab');
    const run = (argv: string[]) => runCli(['-f', file, '--lang', 'en', ...argv], { cwd: dir, now: '2022-11-09T08:00:00.000Z' });
    const people = (await run(['participant', 'list', '--json'])).json<{ no: number; name: string; nip: string | null }[]>();
    const byNo = new Map(people.map((p) => [p.no, p.name]));
    const nipOf = new Map(people.map((p) => [p.no, p.nip]));
    // Removing someone leaves a gap: a running count would now differ from the numbers.
    expect((await run(['participant', 'remove', String(people[3]!.no), '--force', '--yes'])).code).toBe(0);
    byNo.delete(people[3]!.no);

    const pdf = join(dir, 'day1.pdf');
    const r = await run(['report', 'attendance', '--day', '1', '--blank-rows', '0', '--out', pdf]);
    expect(r.code, r.stderr).toBe(0);
    const rows: Array<{ no: number; text: string }> = [];
    for (const page of await pdfPages(pdf)) {
      const left = Math.min(...page.items.map((i) => i.x));
      for (const cell of page.items.filter((i) => /^\d+$/.test(i.str) && i.x < left + 40)) {
        // The number's line, and the lines just above and below it (cells are centred on the row, and a NIP
        // may wrap at a space into two lines around the number's), read column by column, top down.
        const line = page.items.filter((i) => Math.abs(i.y - cell.y) < 9 && i !== cell).sort((a, b) => a.x - b.x || b.y - a.y);
        rows.push({ no: Number(cell.str), text: line.map((i) => i.str).join(' ') });
      }
    }
    const printed = rows.filter((row) => byNo.has(row.no));
    expect(printed.length).toBeGreaterThanOrEqual(byNo.size - 1);
    // The print order (unit, then name) is not the number order: numbers are the people's own.
    expect(printed.map((row) => row.no)).not.toEqual([...printed.map((row) => row.no)].sort((a, b) => a - b));
    // Each numbered row is that person: their NIP (as printed, 8 6 1 3 digits) is on the number's line.
    const withNip = printed.filter((row) => nipOf.get(row.no));
    expect(withNip.length).toBeGreaterThan(10);
    for (const row of withNip) {
      const nip = nipOf.get(row.no)!;
      expect(row.text, `row ${row.no}`).toContain(`${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`);
    }
    const sample = withNip[Math.floor(withNip.length / 2)]!;
    const checked = (await run(['checkin', String(sample.no), '--day', '3', '--json'])).json<{ participant: { no: number; name: string } }[]>();
    expect(checked[0]!.participant).toEqual({ no: sample.no, name: byNo.get(sample.no) });
  }, 120_000);
});
