// The kop (issue #14 page review): a kop line that repeats the one above it (an instansi set to the
// organizer's own name) is printed once, in every report that draws the kop.
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { pdfPages } from '../helpers/pdf-text.js';
import { reportWorkshop } from './fixture.js';

test('the kop prints a line that repeats the one above it once (whatever its case and spacing)', async () => {
  const w = await reportWorkshop();
  try {
    expect((await w.run(['workshop', 'set', 'kop.institution', 'pemerintah  kota TANJUNGBALAI'])).code).toBe(0);
    expect((await w.run(['workshop', 'set', 'kop.address', 'Jalan Jenderal Sudirman Km 5,5 Tanjungbalai'])).code).toBe(0);
    for (const name of ['attendance', 'recap', 'commitments']) {
      const r = await w.run(['report', name, '--out', `${name}.pdf`]);
      expect(r.code, r.stderr).toBe(0);
      const [page] = await pdfPages(join(w.dir, `${name}.pdf`));
      expect(page!.text.match(/PEMERINTAH KOTA TANJUNGBALAI/gi), name).toHaveLength(1);
      expect(page!.text).toContain('Jalan Jenderal Sudirman Km 5,5 Tanjungbalai');
    }
    // An institution of its own is printed under the organizer.
    expect((await w.run(['workshop', 'set', 'kop.institution', 'Badan Perencanaan Pembangunan Daerah'])).code).toBe(0);
    expect((await w.run(['report', 'attendance', '--out', 'own.pdf'])).code).toBe(0);
    const [page] = await pdfPages(join(w.dir, 'own.pdf'));
    expect(page!.text).toContain('PEMERINTAH KOTA TANJUNGBALAI BADAN PERENCANAAN PEMBANGUNAN DAERAH');
  } finally {
    w.remove();
  }
}, 60_000);
