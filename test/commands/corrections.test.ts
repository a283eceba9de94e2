// Issue 13 scenario 8: mistakes can be corrected, every correction audited, with --json and exit codes, and
// carried by a merge.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newWorkshop, ok, runCli } from '../helpers/run-cli.js';

async function workshop() {
  const w = await newWorkshop(['--lang', 'en']);
  ok(await w.run(['unit', 'add', 'Dinas Kesehatn', '--short', 'Dinkes']));
  ok(await w.run(['unit', 'add', 'Dinkes Kota']));
  ok(await w.run(['unit', 'add', 'LAN RI']));
  ok(await w.run(['participant', 'add', '--name', 'Ani', '--unit', 'Dinkes']));
  ok(await w.run(['participant', 'add', '--name', 'Budi', '--unit', 'Dinkes Kota']));
  ok(await w.run(['idea', 'add', '--unit', 'Dinkes Kota', '--title', 'Posyandu digital']));
  ok(await w.run(['commitment', 'add', '--unit', 'Dinkes Kota', '--action', 'Uji coba', '--due', '2022-12-31', '--idea', '1']));
  return w;
}

describe('corrections (scenario 8)', () => {
  it('unit edit fixes a typo; unit remove refuses while in use (exit 4 with the counts) and removes an unused unit', async () => {
    const { run } = await workshop();
    const edited = ok(await run(['unit', 'edit', 'Dinkes', '--name', 'Dinas Kesehatan', '--json'])).json<{ name: string; short_name: string }>();
    expect(edited).toMatchObject({ name: 'Dinas Kesehatan', short_name: 'Dinkes' });
    const clash = await run(['unit', 'edit', 'Dinkes', '--name', 'LAN RI']);
    expect(clash.code).toBe(4);
    const inUse = await run(['unit', 'remove', 'Dinkes Kota', '--yes']);
    expect(inUse.code).toBe(4);
    expect(inUse.stderr).toContain('1 participants, 1 ideas, 1 commitments');
    const removed = ok(await run(['unit', 'remove', 'LAN RI', '--yes', '--json'])).json<{ name: string }>();
    expect(removed.name).toBe('LAN RI');
    expect((await run(['unit', 'list', '--json'])).json<unknown[]>()).toHaveLength(2);
    const log = ok(await run(['log', '--json'])).json<{ entity: string; action: string; fields: string[] }[]>();
    expect(log.some((e) => e.entity === 'unit' && e.action === 'update' && e.fields.includes('name'))).toBe(true);
  });

  it('unit merge folds a near-duplicate into the right unit, also on a copy merged later', async () => {
    const w = await workshop();
    const b = join(w.dir, 'b.innolab');
    copyFileSync(w.file, b);
    const merged = ok(await w.run(['unit', 'merge', 'Dinkes Kota', 'Dinkes', '--yes', '--json'])).json<{ name: string; participants: number }>();
    expect(merged).toMatchObject({ name: 'Dinas Kesehatn', participants: 2 });
    const idea = ok(await w.run(['idea', 'show', '1', '--json'])).json<{ unit: { name: string } }>();
    expect(idea.unit.name).toBe('Dinas Kesehatn');
    ok(await runCli(['-f', b, 'merge', w.file]));
    const units = ok(await runCli(['-f', b, 'unit', 'list', '--json'])).json<{ name: string; participants: number }[]>();
    expect(units.map((u) => [u.name, u.participants])).toEqual([
      ['Dinas Kesehatn', 2],
      ['LAN RI', 0],
    ]);
  });

  it('commitment edit, idea remove, criteria remove and idea score --clear --by', async () => {
    const { run } = await workshop();
    const c = ok(await run(['commitment', 'edit', '1', '--action', 'Uji coba posyandu', '--due', '2023-01-31', '--owner', 'Ani', '--output', 'SK', '--idea', '', '--json'])).json<{
      action: string;
      due_date: string;
      idea: unknown;
      owner: { name: string } | null;
      output: string;
    }>();
    expect(c).toMatchObject({ action: 'Uji coba posyandu', due_date: '2023-01-31', idea: null, output: 'SK' });
    expect(c.owner?.name).toBe('Ani');

    ok(await run(['idea', 'score', '1', 'dampak=4', 'kelayakan=3', '--by', 'Ani']));
    ok(await run(['idea', 'score', '1', 'dampak=2', '--by', 'Budi']));
    expect((await run(['idea', 'score', '1', '--clear'])).code).toBe(2);
    const cleared = ok(await run(['idea', 'score', '1', '--clear', '--by', 'Ani', '--json'])).json<{ scores: { by: unknown }[] }>();
    expect(cleared.scores).toHaveLength(1);
    expect((await run(['idea', 'score', '1', '--clear', '--by', 'Ani'])).code).toBe(3);

    const criteria = ok(await run(['criteria', 'remove', 'kebaruan', '--yes', '--json'])).json<{ name: string }>();
    expect(criteria.name).toBe('kebaruan');
    expect((await run(['criteria', 'list', '--json'])).json<unknown[]>()).toHaveLength(3);
    expect((await run(['criteria', 'remove', 'kebaruan', '--yes'])).code).toBe(3);

    ok(await run(['idea', 'remove', '1', '--yes', '--json']));
    expect((await run(['idea', 'show', '1'])).code).toBe(3);
    // Numbers are never reused: the next idea is 2.
    const next = ok(await run(['idea', 'add', '--unit', 'Dinkes', '--title', 'Lain', '--json'])).json<{ no: number }>();
    expect(next.no).toBe(2);
  });
});

describe('did you mean for units, and partner units (scenario 8)', () => {
  it('an import that would create a unit close to an existing one stops naming it; --map-unit or --create-units proceed', async () => {
    const w = await newWorkshop(['--lang', 'en']);
    ok(await w.run(['unit', 'add', 'Dinas Kesehatan', '--short', 'Dinkes']));
    writeFileSync(join(w.dir, 'p.csv'), 'Nama,Unit\nAni,Dinkes Kota\nBudi,Dinkes\n');
    const stopped = await w.run(['participant', 'import', 'p.csv']);
    expect(stopped.code).toBe(2);
    expect(stopped.stderr).toContain('"Dinkes Kota"');
    expect(stopped.stderr).toContain('--map-unit "Dinkes Kota=Dinkes"');
    expect((await w.run(['participant', 'list', '--json'])).json<unknown[]>()).toHaveLength(0);
    const mapped = ok(await w.run(['participant', 'import', 'p.csv', '--map-unit', 'Dinkes Kota=Dinkes', '--json'])).json<{ added: number; units_created: unknown[] }>();
    expect(mapped).toMatchObject({ added: 2, units_created: [] });
    writeFileSync(join(w.dir, 'q.csv'), 'Nama,Unit\nCitra,Dinas Kesehatn\n');
    expect((await w.run(['participant', 'import', 'q.csv'])).code).toBe(2);
    const created = ok(await w.run(['participant', 'import', 'q.csv', '--create-units', '--json'])).json<{ units_created: { name: string }[] }>();
    expect(created.units_created.map((u) => u.name)).toEqual(['Dinas Kesehatn']);
  });

  it('unit add of a near-duplicate warns with the number; a partner unit is not a unit without ideas', async () => {
    const { run } = await newWorkshop(['--lang', 'en']);
    ok(await run(['unit', 'add', 'Dinas Kesehatan', '--short', 'Dinkes']));
    const near = ok(await run(['unit', 'add', 'Dinas Kesehatn']));
    expect(near.stderr).toContain('did you mean it');
    expect(near.stderr).toContain('1. Dinas Kesehatan');
    ok(await run(['unit', 'add', 'Lembaga Administrasi Negara', '--short', 'LAN RI', '--partner']));
    const status = ok(await run(['status', '--json'])).json<{ ideas: { units_without_ideas: { name: string }[] } }>();
    expect(status.ideas.units_without_ideas.map((u) => u.name)).toEqual(['Dinas Kesehatan', 'Dinas Kesehatn']);
  });
});
