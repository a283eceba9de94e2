// The marks on a badge that are not text: the QR code (vector modules from the `qrcode` library, so a laser
// print scans as well as the screen), the role band (a pattern per role that survives a black-and-white
// copy, the role named in it as well) and the cut marks around the grid.
import type { ParticipantRole } from '../domain/participant.js';
import type { Canvas } from './layout/index.js';

export interface QrMatrix {
  size: number;
  isDark(row: number, col: number): boolean;
}

/** The `qrcode` library's matrix for `text`, error correction M (a scratched or creased badge still scans). */
export async function qrMatrix(text: string): Promise<QrMatrix> {
  const { default: QRCode } = await import('qrcode');
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return {
    size: modules.size,
    isDark: (row, col) => Boolean(modules.get(row, col)),
  };
}

/** Modules around the code that must stay white for a scanner to find it (ISO/IEC 18004). */
const QUIET_ZONE = 4;

const n = (v: number) => Math.round(v * 1000) / 1000;

/**
 * The code in the square at (x, y) with side `side`, quiet zone included: one rectangle per run of dark
 * modules in a row, all filled at once. Each run reaches a hair into the next row so that a rasteriser
 * leaves no light seam between rows.
 */
export function drawQr(c: Canvas, qr: QrMatrix, x: number, y: number, side: number): void {
  const cell = side / (qr.size + 2 * QUIET_ZONE);
  const ops: string[] = [];
  for (let row = 0; row < qr.size; row++) {
    let col = 0;
    while (col < qr.size) {
      if (!qr.isDark(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < qr.size && qr.isDark(row, col)) col++;
      const overlap = row + 1 < qr.size ? cell * 0.05 : 0;
      ops.push(`${n(x + (QUIET_ZONE + start) * cell)} ${n(y + (QUIET_ZONE + row) * cell)} ${n((col - start) * cell)} ${n(cell + overlap)} re`);
    }
  }
  c.doc.addContent(`q 0 0 0 rg ${ops.join(' ')} f Q`);
}

/** How each role's band looks: its fill and whether the role's name is set on a white label. */
const BANDS: Record<ParticipantRole, { draw: 'outline' | 'solid' | 'hatch' | 'dots'; colour: string }> = {
  // White with a black frame: the most common badge stays the cheapest to print.
  peserta: { draw: 'outline', colour: '#000000' },
  // Solid dark: white letters.
  narasumber: { draw: 'solid', colour: '#1f3b63' },
  // Diagonal lines and dots: told apart from each other and from solid and white on a grey copy.
  fasilitator: { draw: 'hatch', colour: '#1d6b3a' },
  panitia: { draw: 'dots', colour: '#8a1c1c' },
};

/** The band across the badge at (x, y) with the role's name in it, in capitals. */
export function drawBand(c: Canvas, role: ParticipantRole, label: string, x: number, y: number, width: number, height: number): void {
  const doc = c.doc;
  const band = BANDS[role];
  doc.save();
  if (band.draw === 'solid') doc.rect(x, y, width, height).fill(band.colour);
  else if (band.draw === 'outline')
    doc
      .lineWidth(1.5)
      .rect(x + 0.75, y + 0.75, width - 1.5, height - 1.5)
      .stroke(band.colour);
  else {
    doc.rect(x, y, width, height).clip();
    if (band.draw === 'hatch') {
      doc.lineWidth(1.6).strokeColor(band.colour);
      for (let d = -height; d < width; d += 5)
        doc
          .moveTo(x + d, y + height)
          .lineTo(x + d + height, y)
          .stroke();
    } else {
      doc.fillColor(band.colour);
      for (let row = 0; row * 4.5 < height + 4.5; row++) {
        for (let dx = (row % 2) * 2.25; dx < width + 4.5; dx += 4.5) doc.circle(x + dx, y + row * 4.5, 1.1);
      }
      doc.fill();
    }
  }
  doc.restore();
  const size = Math.min(12, height * 0.55);
  c.font('bold', size);
  const text = label.toUpperCase();
  const spacing = 1.5;
  const textWidth = Math.min(c.widthOf(text) + spacing * text.length, width - 8);
  const textTop = y + (height - size * 1.16) / 2;
  if (band.draw === 'hatch' || band.draw === 'dots') {
    // The name on a white label over the pattern, so it reads on any copy.
    doc
      .save()
      .rect(x + (width - textWidth) / 2 - 6, y + 3, textWidth + 12, height - 6)
      .fill('#ffffff')
      .restore();
  }
  doc.save().fillColor(band.draw === 'solid' ? '#ffffff' : '#000000');
  doc.text(text, x + 4, textTop, {
    width: width - 8,
    align: 'center',
    characterSpacing: spacing,
    lineBreak: false,
  });
  doc.restore();
}

/**
 * Crop marks outside the grid (so nothing is printed on a cut line) and a light dotted guide along each cut
 * line for scissors; `xs` and `ys` are the cut lines.
 */
export function drawCutMarks(c: Canvas, xs: readonly number[], ys: readonly number[]): void {
  const doc = c.doc;
  const [top, bottom] = [ys[0]!, ys[ys.length - 1]!];
  const [left, right] = [xs[0]!, xs[xs.length - 1]!];
  const gap = 4;
  const length = 14;
  doc.save().lineWidth(0.5).strokeColor('#000000');
  for (const x of xs) {
    doc
      .moveTo(x, top - gap)
      .lineTo(x, top - gap - length)
      .stroke();
    doc
      .moveTo(x, bottom + gap)
      .lineTo(x, bottom + gap + length)
      .stroke();
  }
  for (const y of ys) {
    doc
      .moveTo(left - gap, y)
      .lineTo(left - gap - length, y)
      .stroke();
    doc
      .moveTo(right + gap, y)
      .lineTo(right + gap + length, y)
      .stroke();
  }
  doc.lineWidth(0.4).strokeColor('#9a9a9a').dash(1, { space: 2.5 });
  for (const x of xs) doc.moveTo(x, top).lineTo(x, bottom).stroke();
  for (const y of ys) doc.moveTo(left, y).lineTo(right, y).stroke();
  doc.undash().restore();
}
