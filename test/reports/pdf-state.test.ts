// Colours and line widths set the quick way (src/reports/layout/paint.ts) must leave the PDF and pdfkit's
// state exactly as pdfkit's own fillColor() and lineWidth().strokeColor() do.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fillColor, strokePath } from '../../src/reports/layout/paint.js';

test('colours and pens set the quick way write the bytes pdfkit writes, and leave its fill colour as it does', async () => {
  const { Report } = await import('../../src/reports/layout/index.js');
  const dir = mkdtempSync(join(tmpdir(), 'innolab-pdf-state-'));
  try {
    const colours = ['black', '#555555', '#eeeeee', '#000000', '#E6E6E6', 'white', 'red', '#abc', [10, 20, 30, 40] as const];
    const draw = async (quick: boolean): Promise<{ bytes: Buffer; states: unknown[] }> => {
      const report = await Report.create({ paper: 'a4', lang: 'id', date: new Date('2022-11-09T00:00:00Z') }, { title: 'Warna' });
      const doc = report.doc as unknown as Record<string, unknown> & typeof report.doc;
      const states: unknown[] = [];
      let y = report.top;
      for (const colour of colours) {
        const c = typeof colour === 'string' ? colour : ([...colour] as unknown as string);
        if (quick && typeof colour === 'string') fillColor(report.doc, c);
        else report.doc.fillColor(c);
        states.push(doc._fillColor);
        const path = `56 ${y} 100 20 re S`;
        if (quick && typeof colour === 'string') strokePath(report.doc, 0.5, c, path);
        else report.doc.lineWidth(0.5).strokeColor(c).addContent(path);
        report.line(String(colour), 60, (y += 24), 400);
      }
      const file = join(dir, `${quick ? 'quick' : 'pdfkit'}.pdf`);
      await report.save(file);
      return { bytes: readFileSync(file), states };
    };
    const pdfkit = await draw(false);
    const quick = await draw(true);
    expect(quick.states.length).toBe(pdfkit.states.length);
    quick.states.forEach((state, i) => expect(state, String(i)).toEqual(pdfkit.states[i]));
    expect(quick.bytes.equals(pdfkit.bytes)).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
