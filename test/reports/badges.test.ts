// report badges, read the way a desk reads them: the PDF rendered to images by poppler's pdftoppm, every QR
// code decoded by jsQR (a decoder nobody here wrote), the decoded texts fed to `checkin --scan` on stdin.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as jsqr from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_SIZE_MM, type BadgesPerPage, badgeGrid } from '../../src/reports/badges.js';
import type { Paper } from '../../src/reports/layout/index.js';
import { pdfPages } from '../helpers/pdf-text.js';
import { program } from '../helpers/programs.js';
import { LONG_POSITION } from './large-fixture.js';
import { runCli } from '../helpers/run-cli.js';

// jsqr is CommonJS with `exports.default`: its types put the function one `default` deeper than ESM does.
const jsQR = jsqr.default.default;
const pdftoppm = program('pdftoppm', 'poppler-utils');
const DPI = 150;

let dir: string;
let sample: string;
const run = (argv: string[], stdin?: string) =>
  runCli(['-f', sample, ...argv], {
    cwd: dir,
    stdin,
    now: new Date(2022, 10, 7, 8, 0),
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'innolab-badges-'));
  const demo = await runCli(['demo', '--out', join(dir, 'sample'), '--no-input', '--json'], { cwd: dir, now: '2022-11-09T08:00:00.000Z' });
  expect(demo.code, demo.stderr).toBe(0);
  sample = join(dir, 'sample', 'tanjungbalai-2022.innolab');
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every badge's QR code, decoded from the rendered sheets, in order (one crop per badge on the grid). */
function decodeBadges(pdf: string, paper: Paper, perPage: BadgesPerPage): string[] {
  const prefix = join(mkdtempSync(join(dir, 'png-')), 'page');
  const r = spawnSync('pdftoppm', ['-png', '-r', String(DPI), pdf, prefix], {
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  const folder = join(prefix, '..');
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.png'))
    .sort();
  const grid = badgeGrid(paper, perPage);
  const scale = DPI / 72;
  const codes: string[] = [];
  for (const file of files) {
    const png = PNG.sync.read(readFileSync(join(folder, file)));
    for (let row = 0; row < grid.rows; row++) {
      for (let col = 0; col < grid.cols; col++) {
        const x0 = Math.floor(grid.xs[col]! * scale);
        const y0 = Math.floor(grid.ys[row]! * scale);
        const w = Math.floor((grid.xs[col + 1]! - grid.xs[col]!) * scale);
        const h = Math.floor((grid.ys[row + 1]! - grid.ys[row]!) * scale);
        const crop = new Uint8ClampedArray(w * h * 4);
        for (let y = 0; y < h; y++) png.data.copy(Buffer.from(crop.buffer), y * w * 4, ((y0 + y) * png.width + x0) * 4, ((y0 + y) * png.width + x0 + w) * 4);
        const found = jsQR(crop, w, h, { inversionAttempts: 'dontInvert' });
        if (found) codes.push(found.data);
      }
    }
  }
  return codes;
}

interface ScanLine {
  result: string;
  code: string;
  attendance: {
    participant: { no: number; name: string };
    date: string;
    day: number;
    status: string;
    how: string;
  } | null;
}

describe(`report badges${pdftoppm.note}`, () => {
  it.skipIf(!pdftoppm.available)(
    'every QR code on the sample workshop badges decodes, and scanning them checks everyone in on that day once',
    async () => {
      const people = (await run(['participant', 'list', '--json'])).json<Array<{ no: number; name: string }>>();
      expect(people.length).toBeGreaterThan(30);
      const report = await run(['report', 'badges', '--out', 'badges.pdf', '--json']);
      expect(report.code, report.stderr).toBe(0);
      expect(report.json()).toMatchObject({
        report: 'badges',
        badges: people.length,
        per_page: 8,
        pages: Math.ceil(people.length / 8),
        paper: 'a4',
      });
      const codes = decodeBadges(join(dir, 'badges.pdf'), 'a4', 8);
      expect(codes).toHaveLength(people.length);
      expect(new Set(codes).size).toBe(people.length);
      for (const code of codes) expect(code).toMatch(/^INNOLAB:[0-9A-F-]{36}:[0-9A-F-]{36}$/);

      // Day 1 starts empty, then the desk scans every badge (in the order of the sheets).
      const undo = await run(['checkin', '--undo', '--day', '1', ...people.map((p) => String(p.no))]);
      expect(undo.code, undo.stderr).toBe(0);
      const scan = await run(['checkin', '--scan', '--day', '1', '--json'], codes.join('\n') + '\n');
      expect(scan.code, scan.stderr).toBe(0);
      const lines = scan.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as ScanLine);
      expect(lines).toHaveLength(people.length);
      expect(lines.every((l) => l.result === 'checked_in' && l.attendance?.how === 'scan' && l.attendance.date === '2022-11-07')).toBe(true);

      const present = (await run(['attendance', 'list', '--day', '1', '--json'])).json<Array<{ participant: { no: number }; status: string }>>();
      expect(present.map((p) => p.participant.no).sort((a, b) => a - b)).toEqual(people.map((p) => p.no).sort((a, b) => a - b));
      expect(present.every((p) => p.status === 'present')).toBe(true);
    },
    120_000,
  );

  it.skipIf(!pdftoppm.available)(
    'F4 with 10 a sheet, long names and long unit names: every code still decodes and every name is printed whole',
    async () => {
      const longName = 'Prof. Dr. Ir. H. Muhammad Abdurrahman Syahputra Hasibuan Simanjuntak, S.H., M.Hum., M.Si., Ph.D.';
      const longUnit = 'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana Kota Tanjungbalai';
      expect((await run(['unit', 'add', longUnit, '--short', 'DP3AP2KB'])).code).toBe(0);
      const added = await run([
        'participant',
        'add',
        '--name',
        longName,
        '--unit',
        longUnit,
        '--position',
        'Kepala Bidang Pengendalian Penduduk dan Penyuluhan Keluarga Berencana',
        '--role',
        'narasumber',
        '--json',
      ]);
      expect(added.code, added.stderr).toBe(0);
      const no = added.json<{ no: number }>().no;
      const walkIn = await run(['report', 'badges', '--who', String(no), '--out', 'walk-in.pdf', '--json']);
      expect(walkIn.json()).toMatchObject({ badges: 1, pages: 1 });
      const text = (await pdfPages(join(dir, 'walk-in.pdf')))[0]!.text;
      for (const word of longName.split(' ')) expect(text).toContain(word);
      expect(text).toContain('DP3AP2KB');
      // The band's word is letter-spaced, so the extractor may see "N A R A S U M B E R".
      expect(text.replace(/ /g, '')).toContain('NARASUMBER');
      expect(text).toContain(`No. ${no}`);

      const all = await run(['report', 'badges', '--paper', 'f4', '--per-page', '10', '--out', 'f4.pdf', '--json']);
      expect(all.code, all.stderr).toBe(0);
      const count = all.json<{ badges: number }>().badges;
      const pages = await pdfPages(join(dir, 'f4.pdf'));
      expect(pages[0]!.height).toBeCloseTo(935.43, 1);
      expect(decodeBadges(join(dir, 'f4.pdf'), 'f4', 10)).toHaveLength(count);
    },
    120_000,
  );
  it.skipIf(!pdftoppm.available)(
    "the letterhead's logo is drawn on every badge, embedded once, and every code still decodes",
    async () => {
      const logo = new PNG({ width: 64, height: 64 });
      for (let i = 0; i < 64 * 64; i++) logo.data.set([20, 60, 120, (i % 64) + Math.floor(i / 64) < 100 ? 255 : 0], i * 4);
      writeFileSync(join(dir, 'logo.png'), PNG.sync.write(logo));
      const set = await run(['workshop', 'set', 'logo', join(dir, 'logo.png')]);
      expect(set.code, set.stderr).toBe(0);
      const all = await run(['report', 'badges', '--per-page', '10', '--out', 'logo.pdf', '--json']);
      expect(all.code, all.stderr).toBe(0);
      const one = await run(['report', 'badges', '--who', '1', '--out', 'logo-1.pdf']);
      expect(one.code, one.stderr).toBe(0);
      const images = (file: string) => readFileSync(join(dir, file)).toString('latin1').split('/Subtype /Image').length - 1;
      expect(images('logo.pdf')).toBeGreaterThan(0);
      expect(images('logo.pdf')).toBe(images('logo-1.pdf'));
      expect(decodeBadges(join(dir, 'logo.pdf'), 'a4', 10)).toHaveLength(all.json<{ badges: number }>().badges);
    },
    120_000,
  );
});

describe('report badges: the name is read across a room', () => {
  it('a 300-character position without spaces leaves the name at the size a usual position gives; the position is cut with "…"', async () => {
    const name = 'Drs. H. Sulastri Nababan Lencana, M.Si.';
    const usual = 'Kepala Subbagian Perencanaan, Evaluasi dan Pelaporan Program';
    const nos: number[] = [];
    for (const position of [LONG_POSITION, usual]) {
      const added = await run(['participant', 'add', '--name', name, '--position', position, '--unit', 'Bappeda', '--json']);
      expect(added.code, added.stderr).toBe(0);
      nos.push(added.json<{ no: number }>().no);
    }
    for (const paper of ['a4', 'f4']) {
      const r = await run(['report', 'badges', '--who', ...nos.map(String), '--paper', paper, '--out', `name-${paper}.pdf`]);
      expect(r.code, r.stderr).toBe(0);
      const page = (await pdfPages(join(dir, `name-${paper}.pdf`)))[0]!;
      // Two badges side by side: the left one's items left of the page's middle.
      const badge = (left: boolean) => page.items.filter((i) => (i.x < page.width / 2) === left);
      const nameSize = (items: typeof page.items) => items.find((i) => i.str.startsWith('Drs. H. Sulastri'))?.size ?? 0;
      const [long, normal] = nos[0]! < nos[1]! ? [badge(true), badge(false)] : [badge(false), badge(true)];
      expect(nameSize(normal), paper).toBeGreaterThanOrEqual(14);
      expect(nameSize(long), paper).toBeCloseTo(nameSize(normal), 3);
      const text = (items: typeof page.items) => items.map((i) => i.str).join(' ');
      for (const word of name.split(' ')) expect(text(long), `${paper}: ${word}`).toContain(word);
      expect(text(normal)).toContain('Kepala Subbagian Perencanaan');
      // The position stays readable: no run under 5.5 pt, and what does not fit ends in "…".
      expect(Math.min(...long.map((i) => i.size)), paper).toBeGreaterThanOrEqual(5.4);
      expect(text(long)).toMatch(/KepalaSubbagian.*…/);
    }
  });

  it('a name that wraps keeps its degrees together on one line', async () => {
    const r = await run(['report', 'badges', '--who', 'Dedi Kurniawan Siregar', 'Hotma Rumondang Simbolon', '--out', 'degrees.pdf']);
    expect(r.code, r.stderr).toBe(0);
    const page = (await pdfPages(join(dir, 'degrees.pdf')))[0]!;
    const names = page.items.filter((i) => i.size >= 9 && /M\.(Si|Pd)\b/.test(i.str));
    expect(names).toHaveLength(2);
    expect(names.map((i) => i.str)).toEqual(expect.arrayContaining([expect.stringContaining('S.E., M.Si'), expect.stringContaining('S.Pd., M.Pd')]));
  });

  it('a name never breaks right after its front titles, and a unit keeps its trailing number with its last word', async () => {
    // The large workshop's No. 181 ("Drs. H." alone on line 1) and unit 16 ("… kependudukan" / "16").
    const unit = 'Dinas agar aparatur kependudukan 16';
    expect((await run(['unit', 'add', unit, '--short', 'OPD16'])).code).toBe(0);
    // Two logos, as the review had them: the header is taller, the QR code smaller, the text wider.
    const png = new PNG({ width: 8, height: 8, colorType: 2 });
    writeFileSync(join(dir, 'kota.png'), PNG.sync.write(png, { colorType: 2 }));
    for (const slot of ['logo', 'logo2']) expect((await run(['workshop', 'set', slot, join(dir, 'kota.png')])).code).toBe(0);
    const people = [
      ['Drs. H. Peserta180 lintas melalui, S.E., M.Si.', 'Kepala Bidang data dengan agar prosedur', 'Bappeda'],
      ['Peserta016 agar aparatur kependudukan, S.E., M.Si.', 'Kepala Bidang evaluasi daerah cepat prosedur kependudukan urusan melalui pelaporan dengan masyarakat kapasitas', 'OPD16'],
      ['Hj. Peserta200 cepat integrasi melalui, S.E., M.Si.', 'Kepala Bidang data', 'OPD16'],
    ];
    const nos: string[] = [];
    for (const [name, position, short] of people) {
      const added = await run(['participant', 'add', '--name', name!, '--position', position!, '--unit', short!, '--json']);
      expect(added.code, added.stderr).toBe(0);
      nos.push(String(added.json<{ no: number }>().no));
    }
    for (const paper of ['a4', 'f4']) {
      const r = await run(['report', 'badges', '--who', ...nos, '--paper', paper, '--out', `titles-${paper}.pdf`]);
      expect(r.code, r.stderr).toBe(0);
      const lines = (await pdfPages(join(dir, `titles-${paper}.pdf`)))[0]!.items.map((i) => i.str.trim());
      for (const [name] of people) expect(lines.join(' '), `${paper}: ${name}`).toContain(name!.split(' ').slice(0, 2).join(' '));
      // No line made of titles alone, and the first name word on the titles' line.
      for (const line of lines) expect(line, paper).not.toMatch(/^((Drs|Dra|Hj|H|Dr|dr|Ir|Prof)\.\s*)+$/);
      expect(lines.some((l) => l.startsWith('Drs. H. Peserta180')), `${paper}: ${lines.join(' / ')}`).toBe(true);
      expect(lines.some((l) => l.startsWith('Hj. Peserta200')), paper).toBe(true);
      // The unit's number never stands alone.
      expect(lines, paper).not.toContain('16');
      expect(lines.filter((l) => /\b16$/.test(l) && l !== unit).every((l) => /\w+ 16$/.test(l)), paper).toBe(true);
    }
    for (const slot of ['logo', 'logo2']) expect((await run(['workshop', 'set', slot, ''])).code).toBe(0);
  });

  it('the badge has one size on every paper, centred, and carries both logos when two are set', async () => {
    const mm = (pt: number) => (pt * 25.4) / 72;
    for (const perPage of [8, 10] as const) {
      for (const paper of ['a4', 'f4'] as const) {
        const grid = badgeGrid(paper, perPage);
        expect(mm(grid.xs[1]! - grid.xs[0]!), `${paper} ${perPage}`).toBeCloseTo(BADGE_SIZE_MM[perPage][0], 1);
        expect(mm(grid.ys[1]! - grid.ys[0]!), `${paper} ${perPage}`).toBeCloseTo(BADGE_SIZE_MM[perPage][1], 1);
        const [width, height] = paper === 'a4' ? [595.28, 841.89] : [609.45, 935.43];
        expect(grid.xs[0]! + grid.xs.at(-1)!).toBeCloseTo(width, 1);
        expect(grid.ys[0]! + grid.ys.at(-1)!).toBeCloseTo(height, 1);
      }
    }
    // ID-1 (86 × 54 mm) fits the usual ID-card holder.
    expect(BADGE_SIZE_MM[10]).toEqual([86, 54]);

    const logo = (rgb: [number, number, number]) => {
      const png = new PNG({ width: 32, height: 32, colorType: 2 });
      for (let i = 0; i < 32 * 32; i++) png.data.set([...rgb, 255], i * 4);
      return PNG.sync.write(png, { colorType: 2 });
    };
    writeFileSync(join(dir, 'left.png'), logo([20, 60, 120]));
    writeFileSync(join(dir, 'right.png'), logo([200, 30, 30]));
    expect((await run(['workshop', 'set', 'logo', join(dir, 'left.png')])).code).toBe(0);
    expect((await run(['workshop', 'set', 'logo2', join(dir, 'right.png')])).code).toBe(0);
    const r = await run(['report', 'badges', '--who', '1', '2', '3', '--out', 'two-logos.pdf']);
    expect(r.code, r.stderr).toBe(0);
    expect(await imagesDrawn(join(dir, 'two-logos.pdf'))).toBe(6);
    expect((await run(['workshop', 'set', 'logo2', ''])).code).toBe(0);
    expect((await run(['report', 'badges', '--who', '1', '2', '3', '--out', 'one-logo.pdf'])).code).toBe(0);
    expect(await imagesDrawn(join(dir, 'one-logo.pdf'))).toBe(3);
  });
});

/** How many times an image is painted on the first page (pdf.js's operator list). */
async function imagesDrawn(file: string): Promise<number> {
  const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const ops = await (await doc.getPage(1)).getOperatorList();
    return ops.fnArray.filter((fn) => fn === OPS.paintImageXObject).length;
  } finally {
    await doc.destroy();
  }
}

describe('report badges: whose badges', () => {
  it('--role and --unit pick as participant list does; a bad --per-page is exit 2, an unknown --who exit 3', async () => {
    for (const filter of [
      ['--role', 'narasumber'],
      ['--role', 'panitia'],
      ['--unit', 'Bappeda'],
    ]) {
      const expected = (await run(['participant', 'list', ...filter, '--json'])).json<unknown[]>().length;
      const r = await run(['report', 'badges', ...filter, '--out', 'some.pdf', '--json']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.json<{ badges: number }>().badges, filter.join(' ')).toBe(expected);
    }
    expect((await run(['report', 'badges', '--per-page', '9'])).code).toBe(2);
    expect((await run(['report', 'badges', '--role', 'tamu'])).code).toBe(2);
    expect((await run(['report', 'badges', '--who', '9999'])).code).toBe(3);
  });
});
