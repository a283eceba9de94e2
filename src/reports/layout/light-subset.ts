// Embedding a font's subset without decoding the outline of every glyph it copies. Installed on fontkit's
// TrueType subset class (fontkit 2, through pdfkit ~0.20), given one instance of it.

interface TrueTypeFontLike {
  loca?: { offsets: number[] };
  _variationProcessor?: unknown;
  _getTableStream(tag: string): { pos: number; readInt16BE(): number; readBuffer(length: number): Uint8Array } | null;
  getGlyph(gid: number): GlyphLike;
}

interface SubsetLike {
  font: TrueTypeFontLike;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: Array<{ advance: number; bearing: number }> };
  offset: number;
  _addGlyph(this: SubsetLike, gid: number): number;
}

interface GlyphLike {
  advanceWidth: number;
  _getMetrics(): { leftBearing: number };
}

const LIGHT = Symbol.for('innolab.lightSubset');

/**
 * fontkit copies each glyph into a subset after decoding its whole outline (every point of it) only to learn
 * whether it is a composite glyph, whose parts must be copied too: ~3 ms of every report's three fonts. The
 * glyph's first two bytes say it (a negative number of contours). A simple glyph is copied here exactly as
 * fontkit copies it (its bytes, its loca offset, its advance and left bearing); composite glyphs, empty ones
 * and variable fonts go through fontkit's own _addGlyph.
 */
export function installLightSubset(subset: unknown): void {
  const proto = (subset ? Object.getPrototypeOf(subset) : null) as (SubsetLike & { [LIGHT]?: boolean }) | null;
  if (!proto || proto[LIGHT] || typeof proto._addGlyph !== 'function') return;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with .call(this)
  const addGlyph = proto._addGlyph;
  proto._addGlyph = function (this: SubsetLike, gid: number): number {
    const font = this.font;
    const start = font.loca?.offsets[gid];
    const end = font.loca?.offsets[gid + 1];
    if (start === undefined || end === undefined || end <= start || font._variationProcessor) return addGlyph.call(this, gid);
    const stream = font._getTableStream('glyf');
    if (!stream) return addGlyph.call(this, gid);
    stream.pos += start;
    if (stream.readInt16BE() < 0) return addGlyph.call(this, gid);
    const glyph = font.getGlyph(gid);
    const glyf = font._getTableStream('glyf')!;
    glyf.pos += start;
    const buffer = glyf.readBuffer(end - start);
    this.glyf.push(buffer);
    this.loca.offsets.push(this.offset);
    this.hmtx.metrics.push({ advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing });
    this.offset += buffer.length;
    return this.glyf.length - 1;
  };
  proto[LIGHT] = true;
}
