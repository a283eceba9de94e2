import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../helpers/run-cli.js';

describe('unit add / list', () => {
  it('adds units, guesses the kind, and refuses a duplicate name in any case with exit 4', async () => {
    const { run } = await newWorkshop();
    const add = await run(['unit', 'add', 'Dinas Kesehatan', '--short', 'Dinkes', '--json']);
    expect(add.code).toBe(0);
    expect(add.json()).toMatchObject({ no: 1, name: 'Dinas Kesehatan', short_name: 'Dinkes', kind: 'dinas' });
    const dup = await run(['unit', 'add', 'dinas kesehatan', '--lang', 'en']);
    expect(dup.code).toBe(4);
    expect(dup.stderr).toContain('already exists');
    const list = (await run(['unit', 'list', '--json'])).json<{ name: string }[]>();
    expect(list.map((u) => u.name)).toEqual(['Dinas Kesehatan']);
  });

  it('rejects an unknown kind naming the choices', async () => {
    const { run } = await newWorkshop();
    const bad = await run(['unit', 'add', 'Dinas X', '--kind', 'kantor', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('kecamatan');
  });

  it('prints tab-separated rows when stdout is not a terminal, a table on a terminal', async () => {
    const { run } = await newWorkshop();
    await run(['unit', 'add', 'Dinas Sosial', '--short', 'Dinsos']);
    const plain = await run(['unit', 'list']);
    expect(plain.stdout).toBe('No\tNama\tSingkatan\tJenis\tPeserta\n1\tDinas Sosial\tDinsos\tdinas\t0\n');
    const tty = await run(['unit', 'list', '--lang', 'en'], { stdoutIsTTY: true });
    expect(tty.stdout).toContain('┌');
    expect(tty.stdout).toContain('Short');
  });
});

describe('colour', () => {
  const ESC = '\u001b[';
  it('uses colour on a terminal, and none with NO_COLOR, --no-color or a pipe', async () => {
    const { run } = await newWorkshop();
    await run(['unit', 'add', 'Dinas Sosial']);
    expect((await run(['unit', 'list'], { stdoutIsTTY: true })).stdout).toContain(ESC);
    expect((await run(['unit', 'list'], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await run(['unit', 'list', '--no-color'], { stdoutIsTTY: true })).stdout).not.toContain(ESC);
    expect((await run(['unit', 'list'])).stdout).not.toContain(ESC);
  });
});
