// The daftar hadir names a unit as every other report does: "name (SHORT)" (second page review: the sheet
// printed the bare name while the recap and the outcome report printed "… (OPD4)").
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { pdfPages } from '../helpers/pdf-text.js';
import { newWorkshop } from '../helpers/run-cli.js';

test('unit headings on both sheets read "name (SHORT)"', async () => {
  const w = await newWorkshop();
  expect((await w.run(['unit', 'add', 'Dinas Kesehatan', '--short', 'Dinkes'])).code).toBe(0);
  expect((await w.run(['unit', 'add', 'Inspektorat'])).code).toBe(0);
  expect((await w.run(['participant', 'add', '--name', 'Rina Lubis', '--unit', 'Dinkes'])).code).toBe(0);
  expect((await w.run(['participant', 'add', '--name', 'Budi Pane', '--unit', 'Inspektorat'])).code).toBe(0);
  expect((await w.run(['participant', 'add', '--name', 'Dr. Bayu Nugroho', '--unit', 'Dinkes', '--role', 'narasumber'])).code).toBe(0);
  expect((await w.run(['report', 'attendance', '--day', '1', '--out', 'dh.pdf'])).code).toBe(0);
  const text = (await pdfPages(join(w.dir, 'dh.pdf'))).map((p) => p.text).join('\n');
  expect(text).toContain('Dinas Kesehatan (Dinkes)');
  expect(text).toMatch(/Narasumber — Dinas Kesehatan \(Dinkes\)/);
  expect(text).toContain('Inspektorat');
  expect(text).not.toContain('Inspektorat (');
});
