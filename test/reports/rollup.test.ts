// `report rollup`: the roll-up as the PDF a province files, read back with a real PDF parser.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../helpers/pdf-text.js';
import { runCli } from '../helpers/run-cli.js';
import { workshopFolder } from '../commands/rollup-setup.js';

const hashes = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((f) => `${f} ${createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')}`);

describe('report rollup', () => {
  it('writes Rekapitulasi Hasil Laboratorium Inovasi with the totals, every workshop and OPD, under a letterhead', async () => {
    const { dir } = await workshopFolder(4);
    const letterhead = join(dir, '..', `kop-${Date.now()}.innolab`);
    expect((await runCli(['init', letterhead, '--title', 'Kop', '--start', '2024-01-01', '--organizer', 'Pemerintah Provinsi Sumatera Utara', '--city', 'Medan'])).code).toBe(0);
    expect((await runCli(['-f', letterhead, 'workshop', 'set', 'signatory.name', 'Ir. Budi Hartono, M.T.'])).code).toBe(0);
    const before = hashes(dir);
    const out = join(dir, '..', `rekap-${Date.now()}.pdf`);
    const r = await runCli(['report', 'rollup', dir, '--as-of', '2027-01-01', '--letterhead', letterhead, '--out', out, '--json'], { env: { SOURCE_DATE_EPOCH: '1700000000' } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.json()).toMatchObject({ report: 'rollup', file: out, workshops: 4, skipped: 0, as_of: '2027-01-01', paper: 'a4' });
    expect(hashes(dir)).toEqual(before);
    const text = (await pdfText(out)).replace(/\s+/g, ' ');
    expect(text).toContain('REKAPITULASI HASIL LABORATORIUM INOVASI');
    expect(text).toContain('PEMERINTAH PROVINSI SUMATERA UTARA');
    expect(text).toContain('Laboratorium Inovasi 3');
    expect(text).toContain('Per Perangkat Daerah');
    expect(text).toContain('Ir. Budi Hartono, M.T.');
    const rollup = (await runCli(['rollup', dir, '--as-of', '2027-01-01', '--json'])).json<{ totals: { participants: number } }>();
    expect(text).toMatch(new RegExp(`Jumlah peserta : ${rollup.totals.participants}\\b`));
  }, 60_000);

  it('names a skipped file and exits 1, and is not part of report all', async () => {
    const { dir } = await workshopFolder(2);
    writeFileSync(join(dir, 'rusak.innolab'), 'bukan basis data');
    const out = join(dir, '..', `rekap-skip-${Date.now()}.pdf`);
    const r = await runCli(['report', 'rollup', dir, '--out', out, '--lang', 'en']);
    expect(r.code).toBe(1);
    // Why, in words (the same as `rollup` says it), not the reason's code.
    expect(r.stderr).toMatch(/rusak\.innolab: not an innolab workshop file/);
    expect((await pdfText(out)).replace(/\s+/g, ' ')).toContain('1 file(s) could not be read');
  }, 60_000);
});
