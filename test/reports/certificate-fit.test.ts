// Certificates printed as a stack (issue #14 page review): the kop, the heading and the number keep their size
// and place on every sheet however long a person's text is; a name wraps only before its degrees; the
// "NIP · position · unit" line never leaves a lone word or number on a line of its own.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type PdfPage, pdfPages } from '../helpers/pdf-text.js';
import { reportWorkshop } from './fixture.js';
import { LONG_POSITION } from './large-fixture.js';

let w: Awaited<ReturnType<typeof reportWorkshop>>;
let pages: PdfPage[];
const UNIT = 'Dinas Pekerjaan Umum dan Penataan Ruang 5';
/** Names of 53 to 83 characters: a plain wrap ends the first line of some of them at "S.E.,". */
const NAMES = Array.from({ length: 31 }, (_, k) => `Drs. H. Muhammad Abdurrahman Syahputra ${'Hasibuanxxxxxxxxxxxxxxxxxxxxxxxxx'.slice(0, k + 1)}, S.E., M.Si.`);
/** Positions of growing length: one of them leaves the unit's "5" (or "Ruang 5") alone in a plain wrap. */
const POSITION = 'Kepala Seksi Perencanaan Teknis Jalan Jembatan Irigasi Sumber Daya Air Bangunan Gedung Penataan Bangunan Lingkungan Permukiman';
const POSITIONS = Array.from({ length: 31 }, (_, k) => POSITION.split(' ').slice(0, 4 + (k % 16)).join(' ') + 'abcdefg'.slice(0, Math.floor(k / 16) * 3));

beforeAll(async () => {
  w = await reportWorkshop();
  const must = async (argv: string[]) => {
    const r = await w.run(argv);
    if (r.code !== 0) throw new Error(`${argv.join(' ')}: ${r.stderr}`);
    return r;
  };
  await must(['unit', 'add', UNIT, '--short', 'PUPR']);
  const nos: string[] = [];
  for (const [k, name] of NAMES.entries()) nos.push(String((await must(['participant', 'add', '--name', name, '--position', POSITIONS[k]!, '--unit', 'PUPR', '--json'])).json<{ no: number }>().no));
  // One whose texts are as long as the fields allow: a page that must shrink.
  const long = await must(['participant', 'add', '--name', `Prof. Dr. Ir. ${'Panjang '.repeat(25).trim()}, S.E., M.Si.`, '--nip', '197001012000031001', '--position', `${LONG_POSITION.slice(0, 150)} ${LONG_POSITION.slice(0, 140)}`, '--unit', 'PUPR', '--json']);
  nos.push(String(long.json<{ no: number }>().no));
  for (const day of ['1', '2', '3']) await must(['checkin', ...nos, '--day', day]);
  await must(['report', 'certificates', '--out', 'fit.pdf']);
  pages = await pdfPages(join(w.dir, 'fit.pdf'));
}, 120_000);
afterAll(() => w.remove());

/** The pages whose text `match` accepts. */
const pagesOf = (match: (text: string) => boolean) => pages.filter((p) => match(p.text));

test('the kop, the heading and the number keep their size and place on every certificate; only the long lines shrink', () => {
  expect(pages.length).toBe(2 + NAMES.length + 1);
  const heading = (p: PdfPage) => p.items.find((i) => /^S\s*E\s*R\s*T/.test(i.str))!;
  const marks = (p: PdfPage) => {
    const kop = p.items.find((i) => i.str === 'PEMERINTAH KOTA TANJUNGBALAI')!;
    const number = p.items.find((i) => i.str.startsWith('Nomor:'))!;
    const given = p.items.find((i) => i.str === 'diberikan kepada')!;
    return [kop.size, kop.y, heading(p).size, heading(p).y, number.size, number.y, given.size, given.y].map((v) => v.toFixed(2)).join(' ');
  };
  const first = marks(pages[0]!);
  for (const [i, page] of pages.entries()) expect(marks(page), `certificate ${i + 1}`).toBe(first);
  const [long] = pagesOf((t) => t.includes('Panjang Panjang'));
  // That page did have to shrink its long lines: the body is under its 12 pt; the name shrinks last.
  const body = long!.items.find((i) => i.str.startsWith('dalam kegiatan'))!;
  expect(body.size).toBeLessThan(12);
  expect(Math.max(...long!.items.filter((i) => i.str.includes('Panjang')).map((i) => i.size))).toBeGreaterThan(body.size);
});

test('a name that needs two lines breaks before its degrees, never between them', () => {
  for (const name of NAMES) {
    const [page] = pagesOf((t) => t.includes(name.split(',')[0]!));
    expect(page, name).toBeDefined();
    const degrees = page!.items.find((i) => i.str.includes('M.Si.') && i.size >= 14);
    expect(degrees?.str, name).toContain('S.E., M.Si.');
  }
});

test('the "NIP · position · unit" line is balanced: no word or number alone on a line', () => {
  let wrapped = 0;
  for (const [k, position] of POSITIONS.entries()) {
    const [page] = pagesOf((t) => t.includes(NAMES[k]!.split(',')[0]!));
    const role = page!.items.find((i) => i.str === 'sebagai Peserta')!;
    const nameBottom = Math.min(...page!.items.filter((i) => i.str.includes('Abdurrahman') || i.str.includes('M.Si.')).map((i) => i.y));
    const lines = page!.items.filter((i) => i.y > role.y && i.y < nameBottom);
    expect(lines.map((l) => l.str).join(' '), position).toContain(position.split(' ').at(-1)!);
    if (lines.length < 2) continue;
    wrapped++;
    const widths = lines.map((l) => l.width);
    for (const line of lines) expect(line.str.trim().split(/\s+/).length, `${position}: "${line.str}"`).toBeGreaterThan(2);
    expect(Math.min(...widths) / Math.max(...widths), position).toBeGreaterThan(0.35);
  }
  expect(wrapped).toBeGreaterThan(5);
});
