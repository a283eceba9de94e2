// The daftar hadir's two sheets after the page review (issue #14): narasumber, fasilitator and panitia under
// "<role> — <unit>" headings with the unit never inside a Jabatan cell and names sorted without titles; a
// NIP column a walk-in can write an 18-digit NIP in, even when nobody on the sheet has one; walk-in rows
// numbered T-1… (not with participant numbers, which would mean other people on other days) with a place for
// the unit; continuation pages saying which sheet they belong to.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type PdfPage, pdfPages } from '../helpers/pdf-text.js';
import { runCli } from '../helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'innolab-sheets-'));
const file = join(dir, 'w.innolab');
const run = (argv: string[]) => runCli(['-f', file, ...argv], { cwd: dir });
const UNITS = ['Dinas Kelautan dan Perikanan', 'Badan Kepegawaian Daerah', 'Inspektorat Kota'];
const SHORT = ['Diskanla', 'BKD', 'Itko'];
const MM = 72 / 25.4;

beforeAll(async () => {
  const init = await runCli(['init', file, '--title', 'Laboratorium Inovasi', '--start', '2022-11-07', '--end', '2022-11-07', '--no-input', '--organizer', 'Pemerintah Kota Tanjungbalai', '--city', 'Tanjungbalai']);
  expect(init.code, init.stderr).toBe(0);
  for (const [i, unit] of UNITS.entries()) expect((await run(['unit', 'add', unit, '--short', SHORT[i]!])).code).toBe(0);
  // Nobody has a NIP. 40 peserta (numbers 1–40), then 24 narasumber, 6 fasilitator and 4 panitia spread
  // over the units; the first names of each unit and role, read without titles, run the other way from the
  // registration order.
  const lines = ['Nama,Jabatan,Unit Kerja,Peran'];
  const roles: Array<[string, number]> = [['peserta', 40], ['narasumber', 24], ['fasilitator', 6], ['panitia', 4]];
  for (const [role, count] of roles) {
    for (let i = 0; i < count; i++) {
      const title = i % 2 === 0 ? 'Drs. ' : 'dr. ';
      const letter = String.fromCharCode(90 - i);
      lines.push(`"${title}${letter}ulkifli ${role} ${i}",Analis Kebijakan ${role},"${UNITS[i % 3]}",${role}`);
    }
  }
  writeFileSync(join(dir, 'people.csv'), lines.join('\n') + '\n');
  const r = await run(['participant', 'import', 'people.csv']);
  expect(r.code, r.stderr).toBe(0);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sheets(lang: 'id' | 'en'): Promise<{ peserta: PdfPage[]; others: PdfPage[] }> {
  const out = join(dir, `hadir-${lang}.pdf`);
  const r = await run(['report', 'attendance', '--lang', lang, '--out', out]);
  expect(r.code, r.stderr).toBe(0);
  const pages = await pdfPages(out);
  const title = lang === 'id' ? 'DAFTAR HADIR NARASUMBER' : 'ATTENDANCE SHEET: SPEAKERS';
  const k = pages.findIndex((p) => p.text.includes(title));
  expect(k).toBeGreaterThan(0);
  return { peserta: pages.slice(0, k), others: pages.slice(k) };
}

/** The left edge and right edge of the column under `header` (its text is centred; cells start 4 pt in). */
function headerCentre(page: PdfPage, header: string): number {
  const item = page.items.find((i) => i.str === header);
  if (!item) throw new Error(`no header ${header}`);
  return item.x + item.width / 2;
}

describe('daftar hadir sheets', () => {
  test('narasumber, fasilitator and panitia under "<role> — <unit>" headings; no unit in a Jabatan cell; names sorted in each', async () => {
    const { others } = await sheets('id');
    expect(others.length).toBeGreaterThanOrEqual(2);
    const text = others.map((p) => p.text).join(' ');
    for (const unit of UNITS) {
      for (const role of ['Narasumber', 'Fasilitator', 'Panitia']) expect(text).toContain(`${role} — ${unit}`);
    }
    for (const page of others) {
      const nama = headerCentre(page, 'Nama');
      const jabatan = page.items.find((i) => i.str.startsWith('Analis Kebijakan'))!.x;
      const signature = headerCentre(page, 'Tanda Tangan');
      for (const item of page.items) {
        const unitText = [...UNITS, ...SHORT].some((u) => item.str.includes(u));
        // A unit is printed only in a heading, from the table's left edge; nothing of it in the Jabatan column.
        if (unitText) expect(item.x, item.str).toBeLessThan(nama);
        if (item.x >= jabatan - 1 && item.x < signature) expect(unitText, item.str).toBe(false);
      }
    }
    // Inside "Narasumber — Dinas Kelautan dan Perikanan" (narasumber 0, 3, 6, …: Z, W, T, …) by name without
    // the title: "dr. Qulkifli" (9) before "Drs. Tulkifli" (6) before "dr. Wulkifli" (3) before "Drs. Zulkifli" (0).
    const heading = text.indexOf('Narasumber — Dinas Kelautan dan Perikanan');
    const order = ['Qulkifli narasumber 9', 'Tulkifli narasumber 6', 'Wulkifli narasumber 3', 'Zulkifli narasumber 0'].map((n) => text.indexOf(n, heading));
    expect(order.every((i) => i > heading)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text.indexOf('Narasumber — Badan Kepegawaian Daerah')).toBeGreaterThan(order.at(-1)!);
  }, 60_000);

  test('with walk-in rows and nobody with a NIP, the NIP column is still 25 mm wide', async () => {
    const { peserta } = await sheets('id');
    const page = peserta[0]!;
    // The NIP header is centred in its column; Jabatan's text starts 4 pt after the column's right edge.
    const centre = headerCentre(page, 'NIP');
    const jabatan = page.items.find((i) => i.str.startsWith('Analis Kebijakan'))!.x - 4;
    expect(2 * (jabatan - centre)).toBeGreaterThanOrEqual(25 * MM - 0.5);
  }, 60_000);

  test('walk-in rows are numbered T-1… (W-1… in English), not with participant numbers, with a place for the unit', async () => {
    for (const lang of ['id', 'en'] as const) {
      const { peserta } = await sheets(lang);
      const text = peserta.map((p) => p.text).join(' ');
      const prefix = lang === 'id' ? 'T' : 'W';
      for (let k = 1; k <= 10; k++) expect(text).toContain(`${prefix}-${k}.`);
      expect(text).toContain(lang === 'id' ? 'Unit Kerja:' : 'Unit:');
      // 40 peserta and 34 others are numbers 1–74: no 75. and on, on any row.
      for (let n = 75; n <= 84; n++) expect(text).not.toMatch(new RegExp(`\\b${n}\\.`));
    }
  }, 60_000);

  test('a continued page says which sheet and day it belongs to; the English peserta sheet says PARTICIPANTS', async () => {
    for (const [lang, peserta, others, title] of [
      ['id', 'Daftar Hadir Peserta, Senin, 7 November 2022 (lanjutan)', 'Daftar Hadir Narasumber, Fasilitator dan Panitia, Senin, 7 November 2022 (lanjutan)', 'DAFTAR HADIR PESERTA'],
      ['en', 'Attendance sheet: participants, Monday, 7 November 2022 (continued)', 'Attendance sheet: speakers, facilitators and committee, Monday, 7 November 2022 (continued)', 'ATTENDANCE SHEET: PARTICIPANTS'],
    ] as const) {
      const s = await sheets(lang);
      expect(s.peserta.length).toBeGreaterThanOrEqual(2);
      expect(s.peserta[0]!.text).toContain(title);
      // The page's first line after its number (the footer comes first in the text).
      const head = (page: PdfPage): string => page.text.replace(/^(Halaman|Page) \d+ (dari|of) \d+ /, '');
      for (const page of s.peserta.slice(1)) expect(head(page).startsWith(peserta), head(page).slice(0, 80)).toBe(true);
      for (const page of s.others.slice(1)) expect(head(page).startsWith(others), head(page).slice(0, 80)).toBe(true);
    }
  }, 60_000);
});
