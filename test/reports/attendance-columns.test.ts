// The daftar hadir's columns suit the sheet's texts (issue #14 page review): at real size an A4 page holds
// ten people or more, and the NIP column is only as wide as the NIPs need (its header alone when nobody has
// one).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type PdfPage, pdfPages } from '../helpers/pdf-text.js';
import { type RunOptions, runCli } from '../helpers/run-cli.js';
import { prose } from './large-fixture.js';

type Workshop = { dir: string; run(argv: string[], options?: RunOptions): ReturnType<typeof runCli>; remove(): void };

/** 300 peserta in 20 units, office-length names and positions as large-fixture.ts has them; NIPs when asked. */
async function sheetWorkshop(withNip: boolean): Promise<Workshop> {
  const dir = mkdtempSync(join(tmpdir(), 'innolab-columns-'));
  const file = join(dir, 'w.innolab');
  const run = (argv: string[], options: RunOptions = {}) => runCli(['-f', file, ...argv], { cwd: dir, ...options });
  const must = async (argv: string[]) => {
    const r = argv[0] === 'init' ? await runCli(argv, { cwd: dir }) : await run(argv);
    if (r.code !== 0) throw new Error(`${argv.slice(0, 3).join(' ')} failed (${r.code}): ${r.stderr}`);
  };
  await must(['init', file, '--title', 'Laboratorium Inovasi', '--start', '2022-11-07', '--end', '2022-11-07', '--no-input', '--organizer', 'Pemerintah Kota Tanjungbalai', '--city', 'Tanjungbalai']);
  const lines = [`Nama,${withNip ? 'NIP,' : ''}Jabatan,Unit Kerja`];
  for (let i = 0; i < 300; i++) {
    const title = i % 3 === 0 ? 'Drs. H. ' : i % 3 === 1 ? '' : 'dr. ';
    const name = `${title}Peserta${String(i).padStart(3, '0')} ${prose(2 + (i % 5), i)}${i % 4 === 0 ? ', S.E., M.Si.' : ''}`;
    const nip = `19${String(60 + (i % 30))}0${(i % 9) + 1}1${i % 10}19${String(85 + (i % 14)).padStart(2, '0')}03${(i % 2) + 1}${String(i + 1).padStart(3, '0')}`;
    lines.push(`"${name}",${withNip ? `${nip},` : ''}"Kepala Bidang ${prose(4 + (i % 9), i + 3)}","Dinas ${prose(3 + (i % 20) % 4, i % 20)} ${i % 20}"`);
  }
  writeFileSync(join(dir, 'peserta.csv'), lines.join('\n') + '\n');
  await must(['participant', 'import', 'peserta.csv']);
  return { dir, run, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

async function sheet(w: Workshop, paper: string): Promise<PdfPage[]> {
  const r = await w.run(['report', 'attendance', '--paper', paper, '--blank-rows', '0', '--out', `hadir-${paper}.pdf`]);
  expect(r.code, r.stderr).toBe(0);
  return pdfPages(join(w.dir, `hadir-${paper}.pdf`));
}

/** The left edge of the first text item on the first page that `match` picks (a cell's text starts 4 pt in). */
function leftOf(page: PdfPage, match: (s: string) => boolean): number {
  const item = page.items.find((i) => match(i.str));
  if (!item) throw new Error('no such text on the page');
  return item.x;
}

describe('daftar hadir columns', () => {
  let plain: Workshop;
  let nips: Workshop;
  beforeAll(async () => {
    [plain, nips] = await Promise.all([sheetWorkshop(false), sheetWorkshop(true)]);
  }, 120_000);
  afterAll(() => {
    plain?.remove();
    nips?.remove();
  });

  for (const [paper, least] of [['a4', 10], ['f4', 12]] as const) {
    test(`${paper}: 300 people with office-length positions take at most one page per ${least} people`, async () => {
      for (const w of [plain, nips]) {
        const pages = await sheet(w, paper);
        expect(pages.length, w === plain ? 'without NIPs' : 'with NIPs').toBeLessThanOrEqual(Math.ceil(300 / least));
        // Nobody lost: every person's number and name is on the sheet.
        const text = pages.map((p) => p.text).join(' ');
        for (let i = 0; i < 300; i++) expect(text).toContain(`Peserta${String(i).padStart(3, '0')}`);
      }
    }, 60_000);
  }

  test('without NIPs the NIP column shrinks to its header; with them it holds each NIP whole', async () => {
    const [bare] = await sheet(plain, 'a4');
    const header = bare!.items.find((i) => i.str === 'NIP')!;
    // Jabatan's text starts 4 pt into its column, right after the NIP column: header, padding, rule.
    const jabatan = leftOf(bare!, (s) => s.startsWith('Kepala Bidang'));
    expect(jabatan - (header.x + header.width)).toBeLessThan(10);

    const pages = await sheet(nips, 'a4');
    const first = pages[0]!;
    const nipHeader = first.items.find((i) => i.str === 'NIP')!;
    const withNip = leftOf(first, (s) => s.startsWith('Kepala Bidang'));
    expect(withNip - (nipHeader.x + nipHeader.width)).toBeGreaterThan(20);
    // Each NIP is printed in its groups (on one line or two, split at a space), inside its column.
    const text = pages.map((p) => p.text).join(' ');
    expect(text).toMatch(/\b19600110 198503 1 001\b/);
    const nipLeft = leftOf(first, (s) => /^\d{8}\b/.test(s));
    for (const item of first.items.filter((i) => /^\d{6,8}\b/.test(i.str))) {
      expect(item.x).toBeGreaterThanOrEqual(nipLeft - 0.5);
      expect(item.x + item.width).toBeLessThanOrEqual(withNip - 4);
    }
  }, 60_000);
});
