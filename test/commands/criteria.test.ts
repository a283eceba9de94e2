import { describe, expect, it } from 'vitest';
import { newWorkshop } from '../helpers/run-cli.js';

interface CriterionJson {
  name: string;
  label: string | null;
  weight: number;
  share: number;
}

describe('criteria', () => {
  it('lists the four default criteria of SPEC §4 with normalised weights', async () => {
    const { run } = await newWorkshop(['--lang', 'en']);
    const list = (await run(['criteria', 'list', '--json'])).json<CriterionJson[]>();
    expect(list.map((c) => [c.name, c.weight, c.share])).toEqual([
      ['dampak', 0.4, 0.4],
      ['kelayakan', 0.3, 0.3],
      ['kebaruan', 0.15, 0.15],
      ['keberlanjutan', 0.15, 0.15],
    ]);
  });

  it('adds a criterion and renormalises; updates weight or label of an existing one', async () => {
    const { run } = await newWorkshop(['--lang', 'en']);
    const added = await run(['criteria', 'set', 'biaya', '--weight', '1', '--label', 'Efisiensi biaya', '--json']);
    expect(added.code, added.stderr).toBe(0);
    expect(added.json()).toMatchObject({ name: 'biaya', label: 'Efisiensi biaya', weight: 1, share: 0.5 });
    const human = await run(['criteria', 'set', 'Kebaruan', '--label', 'Kebaruan ide']);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Kebaruan ide');
    expect(human.stdout).toContain('7.5%');
    const list = (await run(['criteria', 'list', '--json'])).json<CriterionJson[]>();
    expect(list.find((c) => c.name === 'kebaruan')).toMatchObject({ label: 'Kebaruan ide', weight: 0.15, share: 0.075 });
    expect(list).toHaveLength(5);
  });

  it('refuses a bad weight, a new criterion without weight and a name with spaces (exit 2, nothing written)', async () => {
    const { run } = await newWorkshop(['--lang', 'en']);
    const negative = await run(['criteria', 'set', 'dampak', '--weight=-1']);
    expect(negative.code).toBe(2);
    expect(negative.stderr).toContain('--weight');
    const text = await run(['criteria', 'set', 'dampak', '--weight', 'tinggi']);
    expect(text.code).toBe(2);
    const noWeight = await run(['criteria', 'set', 'biaya']);
    expect(noWeight.code).toBe(2);
    expect(noWeight.stderr).toContain('--weight');
    const spaced = await run(['criteria', 'set', 'nilai tambah', '--weight', '1']);
    expect(spaced.code).toBe(2);
    const list = (await run(['criteria', 'list', '--json'])).json<CriterionJson[]>();
    expect(list.map((c) => [c.name, c.weight])).toEqual([
      ['dampak', 0.4],
      ['kelayakan', 0.3],
      ['kebaruan', 0.15],
      ['keberlanjutan', 0.15],
    ]);
  });
});
