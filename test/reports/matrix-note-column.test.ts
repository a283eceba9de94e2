// The Matriks RTL's Keterangan column (done on, the last update's note) is printed only when a row has
// something in it: in a workshop without updates its width goes to the long texts (second page review).
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { pdfPages } from '../helpers/pdf-text.js';
import { newWorkshop } from '../helpers/run-cli.js';

test('no Keterangan column while no action has a note or a done date; there once one has', async () => {
  const w = await newWorkshop();
  expect((await w.run(['unit', 'add', 'Dinas Kesehatan', '--short', 'Dinkes'])).code).toBe(0);
  for (const action of ['Menyusun SOP layanan', 'Melatih petugas']) {
    expect((await w.run(['commitment', 'add', '--unit', 'Dinkes', '--action', action, '--due', '2022-12-15', '--owner', 'Kabid', '--output', 'SOP', '--indicator', 'SOP terbit'])).code).toBe(0);
  }
  const text = async (out: string) => {
    expect((await w.run(['report', 'commitments', '--as-of', '2022-12-01', '--out', out])).code).toBe(0);
    return (await pdfPages(join(w.dir, out))).map((p) => p.text).join('\n');
  };
  const bare = await text('bare.pdf');
  expect(bare).toContain('Indikator');
  expect(bare).not.toContain('Keterangan');
  expect((await w.run(['commitment', 'update', '1', '--progress', '40', '--note', 'draf SOP dibahas', '--date', '2022-11-20'])).code).toBe(0);
  const noted = await text('noted.pdf');
  expect(noted).toContain('Keterangan');
  expect(noted).toContain('draf SOP dibahas');
});

test('the matrix names an action’s idea by its title, without the register number the outcome report does not use', async () => {
  const w = await newWorkshop();
  expect((await w.run(['unit', 'add', 'Dinas Kesehatan', '--short', 'Dinkes'])).code).toBe(0);
  for (const title of ['Antrean daring', 'Klinik keliling', 'Posyandu digital']) {
    expect((await w.run(['idea', 'add', '--unit', 'Dinkes', '--title', title])).code).toBe(0);
  }
  expect((await w.run(['commitment', 'add', '--unit', 'Dinkes', '--action', 'Uji coba', '--due', '2022-12-15', '--owner', 'Kabid', '--idea', '3'])).code).toBe(0);
  expect((await w.run(['report', 'commitments', '--as-of', '2022-12-01', '--out', 'm.pdf'])).code).toBe(0);
  const text = (await pdfPages(join(w.dir, 'm.pdf'))).map((p) => p.text).join('\n');
  expect(text).toContain('Posyandu digital');
  expect(text).not.toMatch(/3\.\s*Posyandu digital/);
});
