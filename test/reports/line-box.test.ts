// Canvas.textBox draws a one-line box without pdfkit's line wrapper (src/reports/layout/line-box.ts): the
// PDF must be byte for byte what pdfkit's text() writes, and the words it sums for a centred line must be
// those of pdfkit's line breaker.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PLAIN_BREAKS, plainWords } from '../../src/reports/layout/line-box.js';

type Breaker = new (text: string) => { nextBreak(): { position: number } | null };
const LineBreaker = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('linebreak') as Breaker;

/** The words pdfkit's line wrapper measures: text cut at the breaker's break opportunities. */
function breakerWords(text: string): string[] {
  const breaker = new LineBreaker(text);
  const words: string[] = [];
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    words.push(text.slice(last, bk.position));
    last = bk.position;
  }
  return words;
}

test('plainWords cuts text where pdfkit line breaker does, for every character PLAIN_BREAKS admits', () => {
  // Every string of up to three of these, after each opening and before each ending: the rules' contexts.
  const alphabet = [...'aZé0 .,:;()\'"&@#*_~=<>]`^'];
  expect(alphabet.every((ch) => PLAIN_BREAKS.test(ch))).toBe(true);
  const strings: string[] = [];
  const grow = (s: string, n: number): void => {
    if (s !== '') for (const start of ['', 'w', '1']) for (const end of ['', ' ', 'x', '  (']) strings.push(start + s + end);
    if (n > 0) for (const ch of alphabet) grow(s + ch, n - 1);
  };
  grow('', 3);
  // And each admitted character once in a few contexts.
  for (let cp = 0x20; cp < 0x2000; cp++) {
    const ch = String.fromCharCode(cp);
    if (PLAIN_BREAKS.test(ch)) strings.push(`a${ch}b ${ch} (${ch}) ${ch}.`, `${ch}${ch} ${ch}`);
  }
  const wrong = strings.filter((s) => s[0] !== ' ' && plainWords(s).join('|') !== breakerWords(s).join('|'));
  expect(wrong.slice(0, 5)).toEqual([]);
});

test('a box of one line is drawn byte for byte as pdfkit text() draws it, without its line wrapper', async () => {
  const { Report } = await import('../../src/reports/layout/index.js');
  const dir = mkdtempSync(join(tmpdir(), 'innolab-line-box-'));
  try {
    const boxes: Array<{ text: string; width: number; align?: 'left' | 'center' | 'right'; underline?: boolean; font?: 'regular' | 'bold' | 'italic'; size?: number; oneLine: boolean }> = [
      { text: 'PEMERINTAH KOTA TANJUNGBALAI', width: 497.28, align: 'center', font: 'bold', size: 14, oneLine: true },
      { text: 'bekerja sama dengan LAN RI', width: 497.28, align: 'center', oneLine: true },
      { text: 'Drs. H. Ahmad Siregar, M.Si', width: 230, align: 'center', underline: true, font: 'bold', oneLine: true },
      { text: '(....................................)', width: 230, align: 'center', underline: true, oneLine: true },
      { text: 'NIP. 19700101 199001 1 001', width: 230, align: 'center', oneLine: true },
      { text: 'Ṣalihah Nguyễn, Ça  va  (x) ; ok', width: 400, align: 'center', oneLine: true },
      { text: 'Kepala Dinas (lanjutan)  ', width: 300, align: 'right', oneLine: true },
      { text: 'Sekretariat Daerah Kota Tanjungbalai (Setda) (lanjutan)', width: 497.28, font: 'italic', size: 8, oneLine: true },
      { text: 'Perundang-undangan/Protokol 2022–2023', width: 497.28, oneLine: true },
      { text: ':', width: 8, oneLine: true },
      // Lines pdfkit wraps, and text the fast path leaves to it: drawn by pdfkit's text() itself.
      { text: 'Kepala Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah,', width: 230, align: 'center', oneLine: false },
      { text: 'Wakil Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu', width: 120, oneLine: false },
      { text: 'Ольга Петрова', width: 300, oneLine: false },
      { text: 'Satu\nDua', width: 300, oneLine: false },
    ];
    // The same boxes drawn through textBox and through pdfkit's text() with the options textBox gives it.
    const draw = async (fast: boolean): Promise<{ bytes: Buffer; wrapped: number }> => {
      const report = await Report.create({ paper: 'a4', lang: 'id', date: new Date('2022-11-09T00:00:00Z') }, { title: 'Kotak' });
      const text = report.doc.text.bind(report.doc);
      let wrapped = 0;
      report.doc.text = ((...args: Parameters<typeof text>) => (wrapped++, text(...args))) as typeof text;
      let y = report.top;
      for (const box of boxes) {
        report.font(box.font ?? 'regular', box.size ?? 10);
        const opts = { align: box.align ?? 'left', underline: box.underline };
        if (fast) report.textBox(box.text, report.left, y, box.width, opts);
        else report.doc.text(box.text, report.left, y, { width: box.width, align: opts.align, height: report.bottom - y + 1, lineBreak: true, underline: opts.underline });
        expect(report.doc.x).toBe(report.left);
        y = report.doc.y + 6;
      }
      const file = join(dir, `${fast ? 'fast' : 'pdfkit'}.pdf`);
      await report.save(file);
      return { bytes: readFileSync(file), wrapped };
    };
    const pdfkit = await draw(false);
    const fast = await draw(true);
    expect(fast.wrapped).toBe(boxes.filter((b) => !b.oneLine).length);
    expect(fast.bytes.equals(pdfkit.bytes)).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
