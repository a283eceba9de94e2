// A font's subset copies simple glyphs without decoding their outlines (src/reports/layout/light-subset.ts):
// the embedded font must be byte for byte what fontkit's own subset writes.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test } from 'vitest';
import { installLightSubset } from '../../src/reports/layout/light-subset.js';

type Subset = { includeGlyph(gid: number): number; encode(): Uint8Array; _addGlyph: unknown };
type Font = { glyphForCodePoint(cp: number): { id: number }; createSubset(): Subset };
const fromPdfkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'));
const fontkit = createRequire(fromPdfkit.resolve('fontkit'))('fontkit') as { create(data: Buffer): Font };
const ttf = (file: string): Buffer => readFileSync(createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${file}`));

test('a subset copied the light way is byte for byte the subset fontkit writes, composite glyphs included', () => {
  // Simple glyphs, empty ones (space), and accented letters DejaVu builds from parts (composite glyphs).
  const text = 'Daftar Hadir Ṣalihah Nguyễn Zoé Ελένη Ольга 19720314 199803 1 005 (lanjutan) —…';
  const subsets = (font: Font): Uint8Array => {
    const subset = font.createSubset();
    for (const ch of text) subset.includeGlyph(font.glyphForCodePoint(ch.codePointAt(0)!).id);
    return subset.encode();
  };
  const files = ['DejaVuSansCondensed.ttf', 'DejaVuSansCondensed-Bold.ttf', 'DejaVuSansCondensed-Oblique.ttf', 'DejaVuSerif.ttf'];
  // fontkit's own subsets first: the light copy is installed on the class, for every font after it.
  const fontkits = files.map((file) => subsets(fontkit.create(ttf(file))));
  const probe = fontkit.create(ttf(files[0]!)).createSubset();
  const own = probe._addGlyph;
  installLightSubset(probe);
  expect(probe._addGlyph).not.toBe(own);
  files.forEach((file, i) => expect(Buffer.from(subsets(fontkit.create(ttf(file)))).equals(Buffer.from(fontkits[i]!)), file).toBe(true));
});
