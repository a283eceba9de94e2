import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutcomeTemplate } from '../../src/reports/outcome/index.js';
import { pdfText } from '../helpers/pdf-text.js';
import { program } from '../helpers/programs.js';
import { type OutcomeWorkshop, PHONE, SELECTED, TITLE, outcomeWorkshop } from './outcome-fixture.js';

const writer = program('soffice', 'libreoffice-writer-nogui');
const unzip = program('unzip', 'unzip');

let w: OutcomeWorkshop;
beforeAll(async () => {
  w = await outcomeWorkshop();
});
afterAll(() => w.remove());

describe.skipIf(!writer.available || !unzip.available)(`report outcome --format docx, opened by LibreOffice${writer.note}${unzip.note}`, () => {
  it('holds every chapter, every selected idea and the signatory, with chapters and sections as Word headings', async () => {
    const r = await w.run(['report', 'outcome', '--format', 'docx', '--as-of', '2023-01-16', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const file = join(w.dir, 'laporan-hasil-kegiatan.docx');
    expect(r.json()).toEqual({ report: 'outcome', file, format: 'docx', as_of: '2023-01-16', paper: 'a4' });

    // Its XML: chapter titles are Heading 1, sections Heading 2, selected ideas Heading 3; tables are Word tables.
    const xml = spawnSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' }).stdout;
    const styled = (style: string) => [...xml.matchAll(new RegExp(`<w:p>(?:(?!</w:p>).)*?<w:pStyle w:val="${style}"/>((?:(?!</w:p>).)*)</w:p>`, 'g'))].map((m) => [...m[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(' '));
    const tpl = OutcomeTemplate.load('id');
    const chapters = ['introduction.title', 'implementation.title', 'results.title', 'followUp.title', 'closing.title'].map((k) => tpl.text(k));
    expect(styled('Heading1')).toEqual(['I', 'II', 'III', 'IV', 'V'].map((n, i) => `BAB ${n} ${chapters[i]}`));
    expect(styled('Heading2')).toContain('A. Latar Belakang');
    // Every selected (or further) idea in full: one Heading 3 each, and nothing else.
    // Each idea by its row in BAB III's table (SIPANDU is the third), as in the PDF.
    expect(styled('Heading3')).toEqual(['1. Dasbor Indeks Inovasi Daerah', `3. ${SELECTED.title}`]);
    expect((xml.match(/<w:tbl>/g) ?? []).length).toBe(3);

    const out = join(w.dir, 'pdf');
    const lo = spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${w.dir}/lo`, '--convert-to', 'pdf', '--outdir', out, file], { encoding: 'utf8', timeout: 120_000 });
    expect(lo.status, lo.stderr).toBe(0);
    const text = (await pdfText(join(out, 'laporan-hasil-kegiatan.pdf'))).replace(/\s+/g, ' ');
    for (const title of chapters) expect(text).toContain(title);
    expect(text).toContain('LAPORAN HASIL KEGIATAN');
    expect(text).toContain(TITLE);
    expect(text).toContain(SELECTED.title);
    expect(text).toContain(SELECTED.problem);
    expect(text).toContain('1. Dasbor Indeks Inovasi Daerah');
    expect(text).toContain('Menyusun SOP perizinan daring');
    // BAB IV: the overdue action said once, the idea by the same number as in BAB III.
    expect(text).toContain('Berjalan — TERLAMBAT 6 hari');
    expect(text).not.toContain('Terlambat 6 hari');
    expect(text).toContain(`3. ${SELECTED.title}`);
    // Its headers whole: the action's own number ("No. RTL", as in the matrix) and "Progres".
    expect(text).toMatch(/No\. RTL Rencana Aksi Inovasi Penanggung Jawab Batas Waktu Status Progres /);
    expect(text).toContain('Ir. Rahmat Hidayat Siregar, M.Si');
    expect(text).toContain('NIP 19720314 199803 1 005');
    expect(text).toContain('Tanjungbalai, 16 Januari 2023');
    expect(text).toMatch(/Halaman 2 dari \d+/);
    expect(text).not.toContain(PHONE);
  }, 120_000);
});
