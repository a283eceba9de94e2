// The fonts embedded in every report. PDF's built-in Helvetica only covers Windows-1252, so a name such as
// "Ṣalihah" or "Nguyễn" would print as garbage; DejaVu covers Latin, Greek, Cyrillic and more, and pdfkit
// embeds only the glyphs a document uses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export type FontName = 'regular' | 'bold' | 'italic' | 'serif' | 'serif-bold';

const FILES: Record<FontName, string> = {
  regular: 'DejaVuSansCondensed.ttf',
  bold: 'DejaVuSansCondensed-Bold.ttf',
  italic: 'DejaVuSansCondensed-Oblique.ttf',
  serif: 'DejaVuSerif.ttf',
  'serif-bold': 'DejaVuSerif-Bold.ttf',
};

const cache = new Map<FontName, Buffer>();

/** The TTF bytes of a font, read once per process (certificates and `report all` make several documents). */
export function fontData(name: FontName): Buffer {
  let data = cache.get(name);
  if (!data) {
    const require = createRequire(import.meta.url);
    data = readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${FILES[name]}`));
    cache.set(name, data);
  }
  return data;
}

export const FONT_NAMES = Object.keys(FILES) as FontName[];
