// A logo or a documentation photo made the size print needs, once, when it is stored: a 4000×3000 phone
// photo (4 MB) printed half an A4 page high needs ~2000 px, a logo printed 2 cm wide on every page and
// certificate ~600 px. Without this, twenty phone photos make an 80 MB outcome report and a workshop file
// too big to carry between laptops. Images already small enough are stored as they are, byte for byte.
// sharp (libvips) is loaded only here, by the commands that store an image (start-up speed, SPEC §6).
import type { ImageInfo } from '../domain/image.js';
import { UsageError } from '../errors.js';

export type ImagePurpose = 'photo' | 'logo';

/** The longest edge, in pixels, print needs: a photo on half a page at ~250 dpi, a logo up to ~5 cm at 300 dpi. */
const MAX_EDGE: Record<ImagePurpose, number> = { photo: 2000, logo: 600 };
/** A photo within MAX_EDGE but larger than this (a PNG photo, a JPEG at quality 100) is re-encoded as JPEG. */
const MAX_PHOTO_STORED_BYTES = 1024 * 1024;
const JPEG_QUALITY: Record<ImagePurpose, number> = { photo: 85, logo: 90 };

export interface StoredImage extends ImageInfo {
  data: Buffer;
}

export interface FittedImage {
  /** What is stored. */
  image: StoredImage;
  /** The file as it was given (its size as seen, EXIF orientation applied), when it was reduced or re-encoded; undefined when stored as it is. */
  original?: ImageInfo & { bytes: number };
}

/**
 * The image to store for `purpose`. `info` is what its header says (domain/image.ts). Throws a UsageError
 * (`error.imageUnreadable`, naming `field` and `file`) when the bytes cannot be decoded: a truncated or damaged
 * file is refused here, not when a report is printed.
 */
export async function fitImage(data: Buffer, info: ImageInfo, purpose: ImagePurpose, field: string, file: string): Promise<FittedImage> {
  const { default: sharp } = await import('sharp');
  const unreadable = (error: unknown) => new UsageError('error.imageUnreadable', { field, file, reason: error instanceof Error ? error.message : String(error) });
  // 'truncated': a cut-off file is refused; the harmless warnings some cameras' files raise are not.
  const input = () => sharp(data, { failOn: 'truncated' });
  let meta;
  try {
    meta = await input().metadata();
  } catch (error) {
    throw unreadable(error);
  }
  // Kept as it is, a JPEG with an EXIF orientation is turned upright by pdfkit when printed: its size is the one seen.
  const turned = (meta.orientation ?? 1) >= 5;
  const seen = { mime: info.mime, width: turned ? info.height : info.width, height: turned ? info.width : info.height };
  const tooLarge = Math.max(seen.width, seen.height) > MAX_EDGE[purpose];
  const heavy = purpose === 'photo' && data.length > MAX_PHOTO_STORED_BYTES;
  if (!tooLarge && !heavy) {
    // Decoding the whole image is the only way to know the file is sound; for a small one it is quick.
    try {
      await input().raw().toBuffer();
    } catch (error) {
      throw unreadable(error);
    }
    return { image: { ...seen, data } };
  }

  // A photo becomes JPEG unless it is see-through somewhere; a logo keeps its type (PNG: its transparency).
  let png = info.mime === 'image/png';
  if (png && purpose === 'photo') png = meta.hasAlpha === true && !(await input().stats().catch((error: unknown) => Promise.reject(unreadable(error)))).isOpaque;
  const edge = MAX_EDGE[purpose];
  let pipeline = input().autoOrient().resize({ width: edge, height: edge, fit: 'inside', withoutEnlargement: true });
  pipeline = png
    ? pipeline.png({ compressionLevel: 9, adaptiveFiltering: true })
    : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: JPEG_QUALITY[purpose], chromaSubsampling: '4:2:0' });
  let out;
  try {
    out = await pipeline.toBuffer({ resolveWithObject: true });
  } catch (error) {
    throw unreadable(error);
  }
  // Re-encoding a photo already within the size that does not make it smaller gains nothing: keep the original.
  if (!tooLarge && out.data.length >= data.length) return { image: { ...seen, data } };
  const mime = png ? 'image/png' : 'image/jpeg';
  return { image: { mime, width: out.info.width, height: out.info.height, data: out.data }, original: { ...seen, bytes: data.length } };
}
