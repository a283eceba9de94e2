import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../helpers/run-cli.js';

describe('unit import', () => {
  it('adds units with short name and kind, skips existing ones, and is all-or-nothing on invalid rows', async () => {
    const { run, dir } = await newWorkshop(['--lang', 'en']);
    await run(['unit', 'add', 'Dinas Kesehatan', '--short', 'Dinkes']);
    const path = join(dir, 'units.csv');
    writeFileSync(path, 'Nama;Singkatan;Jenis\r\nDinas Sosial;Dinsos;dinas\r\ndinas kesehatan;;\r\nKecamatan Datuk Bandar;;\r\nKantor X;;kantor\r\n');
    const strict = await run(['unit', 'import', path]);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain('line 5: kind: unknown kind');
    expect((await run(['unit', 'list', '--json'])).json<unknown[]>()).toHaveLength(1);
    const result = await run(['unit', 'import', path, '--skip-invalid', '--json']);
    expect(result.code).toBe(0);
    expect(result.json()).toMatchObject({
      added: 2,
      existing: 1,
      units_created: [
        { no: 2, name: 'Dinas Sosial', short_name: 'Dinsos' },
        { no: 3, name: 'Kecamatan Datuk Bandar', short_name: null },
      ],
    });
    const units = (await run(['unit', 'list', '--json'])).json<{ name: string; short_name: string | null; kind: string }[]>();
    expect(units.map((u) => [u.name, u.short_name, u.kind])).toEqual([
      ['Dinas Kesehatan', 'Dinkes', 'dinas'],
      ['Dinas Sosial', 'Dinsos', 'dinas'],
      ['Kecamatan Datuk Bandar', null, 'kecamatan'],
    ]);
    const again = await run(['unit', 'import', path, '--skip-invalid', '--json']);
    expect(again.json()).toMatchObject({ added: 0, existing: 3 });
  });

  it('warns, as unit add does, about a unit close to one there already (a typo), and adds it', async () => {
    const { run, dir } = await newWorkshop(['--lang', 'en']);
    await run(['unit', 'add', 'Dinas Kesehatan', '--short', 'Dinkes']);
    const path = join(dir, 'units.csv');
    writeFileSync(path, 'Nama\nDinas Kesehatn\nDinkes Kota\nBagian Umum\nBagian Hukum\n');
    const dry = await run(['unit', 'import', path, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stderr).toContain('Dry run (nothing written): would add 4 units; 0 already existed, 0 invalid rows');
    const r = await run(['unit', 'import', path, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ added: 4, existing: 0 });
    expect(r.stderr.split('\n').filter((l) => l.startsWith('warning:'))).toEqual([
      'warning: unit "Dinas Kesehatn" is close to 1. Dinas Kesehatan; did you mean it?',
      'warning: unit "Dinkes Kota" is close to 1. Dinas Kesehatan; did you mean it?',
    ]);
  });
});
