// Photos and logos are made the size print needs once, when they are stored (src/runtime/image-fit.ts): a
// 4000×3000 phone photo no longer makes a 4 MB outcome report and a 5 MB workshop file. Real images, made
// here with sharp, go through the real commands; what is stored is read back from the workshop file.
import Database from 'better-sqlite3';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { pdfText } from '../helpers/pdf-text.js';
import { reportWorkshop } from './fixture.js';

let w: Awaited<ReturnType<typeof reportWorkshop>>;
beforeAll(async () => {
  w = await reportWorkshop();
}, 60_000);
afterAll(() => w.remove());

/** A photo-like picture: smooth gradients with some grain, as a camera's (pure noise would not compress at all). */
function photoPixels(width: number, height: number, channels: 3 | 4 = 3, transparentCorner = false): Buffer {
  const raw = Buffer.alloc(width * height * channels);
  let seed = 7;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      const i = (y * width + x) * channels;
      raw[i] = (x * 255) / width;
      raw[i + 1] = (y * 255) / height;
      raw[i + 2] = 90 + ((seed >>> 16) % 70);
      if (channels === 4) raw[i + 3] = transparentCorner && x < width / 3 && y < height / 3 ? 0 : 255;
    }
  }
  return raw;
}

const image = (width: number, height: number, channels: 3 | 4 = 3, transparentCorner = false) =>
  sharp(photoPixels(width, height, channels, transparentCorner), { raw: { width, height, channels } });

/** The stored bytes of the photos (in order) or of logo `slot`. */
function stored(kind: 'photo' | 'logo', slot?: number): Buffer[] {
  const db = new Database(w.file, { readonly: true });
  try {
    const rows = (slot ? db.prepare('SELECT data FROM asset WHERE kind = ? AND slot = ?').all(kind, slot) : db.prepare('SELECT data FROM asset WHERE kind = ? ORDER BY id').all(kind)) as Array<{ data: Buffer }>;
    return rows.map((r) => r.data);
  } finally {
    db.close();
  }
}

test('a 4000×3000 phone photo is stored at 2000 px, well under 1 MB, and the outcome report with it stays small', async () => {
  await image(4000, 3000).jpeg({ quality: 97 }).toFile(join(w.dir, 'besar.jpg'));
  expect(statSync(join(w.dir, 'besar.jpg')).size).toBeGreaterThan(2_500_000);
  const r = await w.run(['photo', 'add', 'besar.jpg', '--caption', 'Pembukaan', '--json']);
  expect(r.code, r.stderr).toBe(0);
  expect(r.json()).toMatchObject({ no: 1, type: 'image/jpeg', width: 2000, height: 1500, original: { type: 'image/jpeg', width: 4000, height: 3000 } });
  expect(r.stderr).toContain('foto 1 disimpan (diperkecil dari 4000×3000 ke 2000×1500 untuk cetak)');
  const [data] = stored('photo');
  expect(data!.length).toBeLessThan(1_000_000);
  expect(await sharp(data!).metadata()).toMatchObject({ format: 'jpeg', width: 2000, height: 1500 });

  expect((await w.run(['report', 'outcome', '--out', 'hasil.pdf'])).code).toBe(0);
  expect(statSync(join(w.dir, 'hasil.pdf')).size).toBeLessThan(1_500_000);
  expect(await pdfText(join(w.dir, 'hasil.pdf'))).toContain('1. Pembukaan');
  expect(readFileSync(join(w.dir, 'hasil.pdf')).toString('latin1')).toMatch(/\/Width 2000\s/);

  const en = await w.run(['--lang', 'en', 'photo', 'add', 'besar.jpg']);
  expect(en.stderr).toContain('photo 2 stored (reduced from 4000×3000 to 2000×1500 for print)');
}, 60_000);

test('a portrait phone photo turned by its EXIF orientation is stored upright; a small one is kept as it is', async () => {
  // The camera wrote the pixels landscape and the tag "turn 90° clockwise" (orientation 6).
  await image(4000, 3000).jpeg({ quality: 90 }).withMetadata({ orientation: 6 }).toFile(join(w.dir, 'tegak.jpg'));
  const r = await w.run(['photo', 'add', 'tegak.jpg', '--json']);
  expect(r.code, r.stderr).toBe(0);
  expect(r.json()).toMatchObject({ width: 1500, height: 2000, original: { width: 3000, height: 4000 } });
  const upright = stored('photo').at(-1)!;
  const meta = await sharp(upright).metadata();
  expect(meta.width).toBeLessThan(meta.height);
  expect(meta.orientation ?? 1).toBe(1);

  await image(400, 300).jpeg({ quality: 90 }).withMetadata({ orientation: 6 }).toFile(join(w.dir, 'tegak-kecil.jpg'));
  const small = await w.run(['photo', 'add', 'tegak-kecil.jpg', '--json']);
  expect(small.code, small.stderr).toBe(0);
  // Kept byte for byte (pdfkit turns it upright when printing); its size is given as seen.
  expect(small.json()).toMatchObject({ width: 300, height: 400, original: null });
  expect(small.stderr).toMatch(/foto \d+ disimpan\n/);
  expect(stored('photo').at(-1)!.equals(readFileSync(join(w.dir, 'tegak-kecil.jpg')))).toBe(true);
}, 60_000);

test('a large PNG photo becomes JPEG unless it is see-through; one with transparency stays PNG', async () => {
  await image(2600, 1800).png().toFile(join(w.dir, 'layar.png'));
  const plain = await w.run(['photo', 'add', 'layar.png', '--json']);
  expect(plain.code, plain.stderr).toBe(0);
  expect(plain.json()).toMatchObject({ type: 'image/jpeg', width: 2000, original: { type: 'image/png', width: 2600, height: 1800 } });
  await image(2600, 1800, 4, true).png().toFile(join(w.dir, 'tembus.png'));
  const clear = await w.run(['photo', 'add', 'tembus.png', '--json']);
  expect(clear.code, clear.stderr).toBe(0);
  expect(clear.json()).toMatchObject({ type: 'image/png', width: 2000 });
  expect((await sharp(stored('photo').at(-1)!).stats()).isOpaque).toBe(false);
}, 60_000);

test('a small PNG logo is stored byte for byte; a large one is reduced to 600 px and keeps its transparency', async () => {
  await image(300, 120, 4, true).png().toFile(join(w.dir, 'logo-kecil.png'));
  const small = await w.run(['workshop', 'set', 'logo', 'logo-kecil.png']);
  expect(small.code, small.stderr).toBe(0);
  expect(small.stderr).toContain('logo diperbarui');
  expect(stored('logo', 1)[0]!.equals(readFileSync(join(w.dir, 'logo-kecil.png')))).toBe(true);

  // A scanned logo: 3000×2400, see-through around the emblem.
  await image(3000, 2400, 4, true).png().toFile(join(w.dir, 'logo-pindai.png'));
  expect(statSync(join(w.dir, 'logo-pindai.png')).size).toBeGreaterThan(2 * 1024 * 1024);
  const large = await w.run(['workshop', 'set', 'logo2', 'logo-pindai.png']);
  expect(large.code, large.stderr).toBe(0);
  expect(large.stderr).toContain('logo2 disimpan (diperkecil dari 3000×2400 ke 600×480 untuk cetak)');
  const logo = stored('logo', 2)[0]!;
  expect(await sharp(logo).metadata()).toMatchObject({ format: 'png', width: 600, height: 480, hasAlpha: true });
  expect((await sharp(logo).stats()).isOpaque).toBe(false);
  const en = await w.run(['--lang', 'en', 'workshop', 'set', 'logo2', 'logo-pindai.png']);
  expect(en.stderr).toContain('logo2 stored (reduced from 3000×2400 to 600×480 for print)');
  expect((await w.run(['report', 'outcome', '--out', 'logo.pdf'])).code).toBe(0);
}, 60_000);

test('a file that is not an image, or a damaged one, is exit 2 naming the file; nothing is stored', async () => {
  writeFileSync(join(w.dir, 'catatan.txt'), 'bukan gambar\n');
  const before = stored('photo').length;
  const text = await w.run(['photo', 'add', 'catatan.txt']);
  expect(text.code).toBe(2);
  expect(text.stderr).toMatch(/photo: .*catatan\.txt bukan berkas PNG atau JPEG/);
  const logo = await w.run(['workshop', 'set', 'logo', 'catatan.txt']);
  expect(logo.code).toBe(2);
  expect(logo.stderr).toMatch(/logo: .*catatan\.txt/);
  // A photo cut off half-way (a copy that did not finish): the header is sound, the picture is not.
  const whole = await image(1200, 900).jpeg().toBuffer();
  writeFileSync(join(w.dir, 'terpotong.jpg'), whole.subarray(0, whole.length >> 1));
  const cut = await w.run(['photo', 'add', 'terpotong.jpg']);
  expect(cut.code).toBe(2);
  expect(cut.stderr).toMatch(/photo: gambar .*terpotong\.jpg rusak atau tidak dapat dibaca/);
  expect(stored('photo').length).toBe(before);
}, 60_000);
