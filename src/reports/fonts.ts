// The fonts embedded in every report. PDF's built-in Helvetica only covers Windows-1252, so a name such as
// "Ṣalihah" or "Nguyễn" would print as garbage; DejaVu covers Latin, Greek, Cyrillic and more, and pdfkit
// embeds only the glyphs a document uses.
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';

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

/**
 * fontkit loads a Brotli decoder (~45 ms) at start for WOFF2 web fonts, which reports never use (they embed
 * TTF files). When pdfkit is loaded through require (the built program), an empty module stands in for it;
 * a WOFF2 font would then fail with a clear message. Harmless where the module cannot be found.
 */
export function skipWoff2Decoder(): void {
  try {
    const fromHere = createRequire(import.meta.url);
    const fontkit = createRequire(fromHere.resolve('pdfkit')).resolve('fontkit');
    const brotli = createRequire(fontkit).resolve('brotli/decompress.js');
    const cache = (Module as unknown as { _cache: Record<string, unknown> })._cache;
    if (cache[brotli]) return;
    const stub = new Module(brotli);
    stub.filename = brotli;
    stub.loaded = true;
    stub.exports = () => {
      throw new Error('WOFF2 fonts are not supported in innolab reports; use a TTF font');
    };
    cache[brotli] = stub;
  } catch {
    // not installed where expected: fontkit loads its own decoder
  }
}

type ModuleCache = Record<string, Module | undefined>;

/** Runs the module at `path` outside require's cache (the cache holds a stand-in for it) and returns its exports. */
function loadUncached(path: string): unknown {
  const mod = new Module(path);
  mod.filename = path;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(path));
  (mod as unknown as { load(file: string): void }).load(path);
  return mod.exports;
}

/** Puts `exports` in require's cache under `path`, unless the real module is already loaded. */
function standIn(path: string, exports: unknown): void {
  const cache = (Module as unknown as { _cache: ModuleCache })._cache;
  if (cache[path]) return;
  const stub = new Module(path);
  stub.filename = path;
  stub.loaded = true;
  stub.exports = exports;
  cache[path] = stub;
}

interface TrieLike {
  get(codePoint: number): number;
}
type TrieClass = new (...args: unknown[]) => TrieLike;

/**
 * Loading pdfkit builds five Unicode tables (unicode-trie: line breaking in linebreak, character properties in
 * unicode-properties, three shaping tables in fontkit), inflating their compressed data at module load:
 * ~55 ms before the first page. Text the fast layout handles never looks anything up in them. Each
 * unicode-trie is replaced by one that builds the real table on its first lookup, so only documents that need
 * shaping or pdfkit's line wrapper pay for them (and then the same lookups give the same answers).
 * pdfkit's AES encryption (@noble/ciphers, ~10 ms of tables at load) is likewise loaded on first use.
 * Harmless where a module cannot be found: it then loads as usual.
 */
export function deferPdfkitData(): void {
  let pdfkit: string;
  try {
    pdfkit = createRequire(import.meta.url).resolve('pdfkit');
  } catch {
    return;
  }
  const fromPdfkit = createRequire(pdfkit);
  const tries = new Set<string>();
  const attempt = (find: () => string): void => {
    try {
      tries.add(find());
    } catch {
      // not installed where expected: that copy loads as usual
    }
  };
  attempt(() => createRequire(fromPdfkit.resolve('linebreak')).resolve('unicode-trie'));
  attempt(() => createRequire(fromPdfkit.resolve('fontkit')).resolve('unicode-trie'));
  attempt(() => createRequire(createRequire(fromPdfkit.resolve('fontkit')).resolve('unicode-properties')).resolve('unicode-trie'));
  for (const path of tries) {
    let Real: TrieClass | undefined;
    class LazyTrie {
      private readonly args: unknown[];
      private real: TrieLike | undefined;
      constructor(...args: unknown[]) {
        this.args = args;
      }
      get(codePoint: number): number {
        Real ??= loadUncached(path) as TrieClass;
        this.real ??= new Real(...this.args);
        return this.real.get(codePoint);
      }
    }
    standIn(path, LazyTrie);
  }
  // fontkit asks unicode-properties whether every glyph it creates is a combining mark, which builds the
  // largest of those tables (~35 ms) on the first glyph. No character of SIMPLE_TEXT is a mark (Unicode's
  // combining marks, U+0300–036F and U+20D0–20FF, are outside it; test/reports checks all 2,671 of them against
  // unicode-properties), so for those the answer is known; everything else is asked of the real module.
  try {
    const properties = createRequire(fromPdfkit.resolve('fontkit')).resolve('unicode-properties');
    let real: Record<string | symbol, unknown> | undefined;
    const load = (): Record<string | symbol, unknown> => (real ??= loadUncached(properties) as Record<string | symbol, unknown>);
    const isMark = (codePoint: number): boolean =>
      SIMPLE_CHAR.test(String.fromCharCode(codePoint)) && codePoint < 0x10000 ? false : (load().isMark as (cp: number) => boolean)(codePoint);
    standIn(properties, new Proxy({}, { get: (_, key) => (key === 'isMark' ? isMark : load()[key]) }));
  } catch {
    // not installed where expected: loaded as usual
  }
  try {
    const aes = fromPdfkit.resolve('@noble/ciphers/aes');
    let real: Record<string | symbol, unknown> | undefined;
    standIn(aes, new Proxy({}, { get: (_, key) => (real ??= loadUncached(aes) as Record<string | symbol, unknown>)[key] }));
  } catch {
    // not installed where expected: loaded as usual
  }
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
