// A large registration file is parsed and validated on a worker thread (src/import/parallel.ts), which only
// the built program has. Whatever the file holds, the result must be the one-thread import's: the same
// rows written, the same invalid lines, warnings and duplicates, in the same order.
import { copyFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PARALLEL_MIN_BYTES } from '../../src/import/parallel.js';
import { buildOnce, innolab, nip, registrationCsv } from '../faults/helpers.js';
import { newWorkshop, runCli } from '../helpers/run-cli.js';

beforeAll(() => buildOnce(), 180_000);

/**
 * 12,000 rows (line n is person n - 1) with what offices' files have, spread over the pieces the file is
 * parsed in (500 lines each): the first piece is the one read to find the header.
 */
function registrationFile(): string {
  const lines = registrationCsv(12_000).trimEnd().split('\n');
  const cells = (line: number) => lines[line - 1]!.split(',');
  const set = (line: number, values: string[]) => (lines[line - 1] = values.join(','));
  const edit = (line: number, column: number, value: string) => set(line, cells(line).map((v, i) => (i === column ? value : v)));
  edit(40, 0, 'Ni Luh Putu Éka Suárez'); // not ASCII
  edit(300, 1, '196513011990011001'); // born in month 13: invalid, in the first piece
  edit(3002, 1, ''); // e-mail only: registered already (see below)
  edit(5001, 1, ''); // e-mail only, repeated at line 11000
  edit(6000, 1, '198501012020001001'); // appointment month 00: a warning
  edit(7001, 5, 'peserta7000@'); // invalid e-mail
  set(8000, cells(8000).slice(0, 2)); // a short row: that piece is parsed by csv-parse
  edit(9000, 1, nip(98)); // line 100's NIP again
  edit(10500, 0, 'Budi\u0001Santoso'); // a control character: refused (and the worker cannot join values with it)
  edit(11000, 1, '');
  edit(11000, 5, 'PESERTA5000@example.go.id');
  return lines.join('\r\n') + '\r\n';
}

/** A workshop where two of the file's people are registered already: by NIP, and by e-mail alone. */
async function workshop(): Promise<{ dir: string; file: string }> {
  const w = await newWorkshop(['--lang', 'en']);
  expect((await w.run(['participant', 'add', '--name', 'Peserta 21', '--nip', nip(20)])).code).toBe(0);
  expect((await w.run(['participant', 'add', '--name', 'Peserta 3001', '--email', 'peserta3001@example.go.id'])).code).toBe(0);
  return w;
}

/** What a participant list shows, without what differs between any two imports (uuid, time). */
async function people(file: string): Promise<unknown[]> {
  const list = await runCli(['-f', file, 'participant', 'list', '--json']);
  return list.json<Record<string, unknown>[]>().map(({ uuid: _u, created_at: _c, updated_at: _m, ...rest }) => rest);
}

describe('participant import of a large file on a worker thread', () => {
  for (const policy of ['skip', 'update']) {
    it(`gives the one-thread import's result (--on-duplicate ${policy} --skip-invalid)`, async () => {
      const { dir, file } = await workshop();
      const csv = join(dir, 'registrations.csv');
      writeFileSync(csv, registrationFile());
      expect(statSync(csv).size).toBeGreaterThanOrEqual(PARALLEL_MIN_BYTES);
      const parallel = join(dir, 'parallel.innolab');
      copyFileSync(file, parallel);
      const args = ['participant', 'import', csv, '--on-duplicate', policy, '--skip-invalid', '--json'];

      const built = innolab(['-f', parallel, ...args], { INNOLAB_DEBUG: '1' });
      const here = await runCli(['-f', file, ...args, '--lang', 'en']);

      expect(built.stderr).toContain('debug: the rows of the file are parsed and checked on a second thread');
      expect(here.stderr).not.toContain('debug:');
      expect(built.status).toBe(0);
      expect(here.code).toBe(0);
      const result = here.json<{ added: number; duplicates: number; invalid: { line: number; field: string }[]; warnings: { line: number }[] }>();
      expect(JSON.parse(built.stdout)).toEqual(result);
      expect(built.stderr.split('\n').filter((l) => !l.startsWith('debug:'))).toEqual(here.stderr.split('\n'));
      expect(result.invalid.map((p) => [p.line, p.field])).toEqual([
        [300, 'nip'],
        [7001, 'email'],
        [10500, 'name'],
      ]);
      expect(result.warnings.map((p) => p.line)).toEqual([6000]);
      // Registered by NIP (line 22) and by e-mail (3002); repeated in the file (9000, 11000).
      expect(result.duplicates).toBe(4);
      expect(result.added).toBe(12_000 - 3 - 4);
      const list = await people(parallel);
      expect(list).toEqual(await people(file));
      expect(list).toContainEqual(expect.objectContaining({ name: 'Ni Luh Putu Éka Suárez' }));
      expect(list).not.toContainEqual(expect.objectContaining({ name: 'Budi\u0001Santoso' }));
      expect(list).toContainEqual(expect.objectContaining({ name: 'Peserta Nomor 7999 S.Sos', position: null, unit: null, email: null }));
    }, 60_000);
  }

  it('an invalid row rolls the whole import back, as on one thread', async () => {
    const { dir, file } = await workshop();
    const csv = join(dir, 'registrations.csv');
    writeFileSync(csv, registrationFile());
    const before = await people(file);
    const built = innolab(['-f', file, 'participant', 'import', csv]);
    expect(built.status).toBe(2);
    expect(built.stderr).toMatch(/^line 300: nip: .*\nline 7001: email: .*\nline 10500: name: contains a control character \(U\+0001\)\nwarning: line 6000: .*\nerror: 3 invalid rows/);
    expect(await people(file)).toEqual(before);
    expect(before).toHaveLength(2);
  }, 60_000);
});
