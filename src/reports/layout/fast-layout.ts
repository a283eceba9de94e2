// Drawing Latin text without fontkit's shaping engine: glyphs looked up directly, widths summed, the glyph
// string written as pdfkit would. Installed on pdfkit's embedded-font class (pdfkit ~0.20).
import { installLightSubset } from './light-subset.js';

/** pdfkit's embedded font, as far as the fast layout below touches it. */
interface EmbeddedFontLike {
  font: {
    glyphForCodePoint(cp: number): { id: number; advanceWidth: number; codePoints: number[] };
    /** fontkit's decoded tables, its table directory and the font's bytes (see lightPost). */
    _tables?: Record<string, unknown>;
    directory?: { tables?: Record<string, { offset: number; length: number } | undefined> };
    stream?: { buffer?: Uint8Array };
  };
  scale: number;
  /** fontkit's subset of the glyphs used (see light-subset.ts). */
  subset?: unknown;
  layoutRun(this: EmbeddedFontLike, text: string, features?: unknown): unknown;
  embed(this: EmbeddedFontLike): unknown;
}

const FAST = Symbol.for('innolab.fastLayout');
/** Scripts DejaVu draws glyph by glyph: Latin (incl. Vietnamese-style precomposed letters), punctuation, symbols. */
const SIMPLE_CLASS = '[\\u0020-\\u007e\\u00a0-\\u024f\\u1e00-\\u1eff\\u2000-\\u206f\\u20a0-\\u20cf\\u2100-\\u27bf]';
const SIMPLE_TEXT = new RegExp(`^${SIMPLE_CLASS}*$`);
/** One character of SIMPLE_TEXT. */
export const SIMPLE_CHAR = new RegExp(`^${SIMPLE_CLASS}$`);

interface GlyphEntry {
  glyph: unknown;
  /** Advance in 1/1000 of the font size. */
  advance: number;
  /** The glyph's id in the embedded subset, as the 4 hex digits a TJ string holds; set on first use. */
  hex?: string;
}

const glyphCaches = new WeakMap<object, Map<number, GlyphEntry>>();

function glyphEntry(font: EmbeddedFontLike, cp: number): GlyphEntry {
  let cache = glyphCaches.get(font);
  if (!cache) glyphCaches.set(font, (cache = new Map<number, GlyphEntry>()));
  let entry = cache.get(cp);
  if (!entry) {
    const glyph = font.font.glyphForCodePoint(cp);
    cache.set(cp, (entry = { glyph, advance: glyph.advanceWidth * font.scale }));
  }
  return entry;
}

/**
 * Shaping every new word through fontkit's OpenType engine costs ~0.1 ms, and an attendance sheet is mostly
 * new words (NIPs, numbers, names): 10,000 rows spent seconds there. For text that needs no shaping (Latin
 * letters, precomposed accents, punctuation, symbols) glyphs are looked up directly from the font's cmap;
 * anything else (combining marks, Arabic, …) still goes through fontkit. Kerning is dropped in the fast
 * path, which suits a form. Installed once on pdfkit's embedded-font class (pdfkit ~0.20), given one
 * instance of it.
 */
export function installFastLayout(font: unknown): void {
  const proto = Object.getPrototypeOf(font) as (EmbeddedFontLike & { [FAST]?: boolean }) | null;
  if (!proto || proto[FAST] || typeof proto.layoutRun !== 'function') return;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .call(this)
  const shaped = proto.layoutRun;
  proto.layoutRun = function (this: EmbeddedFontLike, text: string, features?: unknown) {
    if (features || !SIMPLE_TEXT.test(text)) return shaped.call(this, text, features);
    const glyphs: unknown[] = [];
    const positions: Array<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }> = [];
    let advanceWidth = 0;
    for (let i = 0; i < text.length; i++) {
      const entry = glyphEntry(this, text.charCodeAt(i));
      glyphs.push(entry.glyph);
      positions.push({ xAdvance: entry.advance, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: entry.advance });
      advanceWidth += entry.advance;
    }
    return { glyphs, positions, advanceWidth };
  };
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .call(this)
  const embed = proto.embed;
  if (typeof embed === 'function') {
    proto.embed = function (this: EmbeddedFontLike) {
      lightPost(this.font);
      installLightSubset(this.subset);
      return embed.call(this);
    };
  }
  proto[FAST] = true;
}

/**
 * pdfkit reads `post.isFixedPitch` and the italic angle when it embeds a font, which makes fontkit decode the
 * whole 'post' table, names of all ~6,000 DejaVu glyphs included (~35 ms a font). Only its fixed 32-byte
 * header is needed: decoded here into the same numbers fontkit would give.
 */
function lightPost(font: EmbeddedFontLike['font']): void {
  const entry = font.directory?.tables?.post;
  const bytes = font.stream?.buffer;
  if (!font._tables || 'post' in font._tables || !entry || !bytes || entry.length < 32) return;
  const view = new DataView(bytes.buffer, bytes.byteOffset + entry.offset, 32);
  font._tables.post = {
    version: view.getInt32(0) / 65536,
    italicAngle: view.getInt32(4) / 65536,
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
    minMemType42: view.getUint32(16),
    maxMemType42: view.getUint32(20),
    minMemType1: view.getUint32(24),
    maxMemType1: view.getUint32(28),
  };
}

/** Width in points of text the fast path handles, else undefined (measure it with pdfkit). */
export function fastWidth(font: unknown, text: string, size: number): number | undefined {
  if (!SIMPLE_TEXT.test(text)) return undefined;
  const f = font as EmbeddedFontLike;
  let width = 0;
  for (let i = 0; i < text.length; i++) width += glyphEntry(f, text.charCodeAt(i)).advance;
  return (width * size) / 1000;
}

/**
 * The hex glyph string of text the fast path handles (registering its glyphs in the embedded subset
 * through pdfkit's own encode, once per character), else undefined.
 */
export function fastHex(font: unknown, text: string): string | undefined {
  if (!SIMPLE_TEXT.test(text)) return undefined;
  const f = font as EmbeddedFontLike & { encode(text: string): [string[], unknown] };
  let hex = '';
  for (let i = 0; i < text.length; i++) {
    const entry = glyphEntry(f, text.charCodeAt(i));
    entry.hex ??= f.encode(text[i]!)[0][0] ?? '0000';
    hex += entry.hex;
  }
  return hex;
}
