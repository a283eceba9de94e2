// A certificate's body never breaks a date across lines (#14 second page review: F4 English read
// "… on Monday–Wednesday, 7–9 November / 2022 at Aula …"). The workshop's title grows a character at a time,
// so the body's line ends pass through the date in both languages, on A4 and F4.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { pdfPages } from '../helpers/pdf-text.js';
import { reportWorkshop } from './fixture.js';

let w: Awaited<ReturnType<typeof reportWorkshop>>;
beforeAll(async () => {
  w = await reportWorkshop();
}, 60_000);
afterAll(() => w.remove());

const TITLE = 'Laboratorium Inovasi Pelayanan Publik Kota Tanjungbalai Tahun Anggaran 2022';

test('the date of the body stays on one line whatever falls before it, and reads as plain text', async () => {
  let wrapped = 0;
  for (let k = 1; k <= TITLE.length; k++) {
    const title = TITLE.slice(0, k).trim();
    expect((await w.run(['workshop', 'set', 'title', title])).code).toBe(0);
    for (const [paper, lang] of [['f4', 'en'], ['a4', 'id']] as const) {
      const out = `dates-${paper}-${lang}.pdf`;
      const r = await w.run(['report', 'certificates', '--paper', paper, '--lang', lang, '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      const [page] = await pdfPages(join(w.dir, out));
      const days = lang === 'en' ? 'Monday–Wednesday, ' : 'Senin–Rabu, ';
      const at = `${lang === 'en' ? 'at' : 'di'} Aula`;
      // The body's lines: from the role's line down to the venue.
      const body = page!.items.filter((i) => /Laboratorium|Tanjungbalai|LAN RI|November|Aula|Wali Kota|Monday|Senin/.test(i.str) && i.size > 10 && i.size <= 12.5);
      const lines = body.map((i) => i.str);
      expect(lines.join(' '), `${paper} ${lang} k=${k}`).toContain(`${days}7–9 November 2022 ${at}`);
      expect(lines.some((l) => l.includes('7–9 November 2022')), `${paper} ${lang} k=${k}: ${lines.join(' / ')}`).toBe(true);
      // No non-breaking space left in the text a reader copies or a search finds.
      expect(page!.text, `${paper} ${lang} k=${k}`).not.toContain('\u00a0');
      if (lines.length > 1) wrapped++;
    }
  }
  expect(wrapped).toBeGreaterThan(10);
}, 120_000);
