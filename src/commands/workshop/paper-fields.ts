// The letterhead fields of `workshop set` (issue 14): kop lines, nomor surat, the signatories' extra lines,
// certificate numbering and JP, the default paper, the report date, Simpulan dan Saran, and the logos. Stored in the workshop
// file (store/letterhead.ts) so the file carries its office's paper wherever it goes.
import { readFileSync } from 'node:fs';
import { checkText } from '../../domain/text-limits.js';
import type { Context } from '../../cli/context.js';
import { parseChoice, parseWorkshopDate } from '../../cli/parse.js';
import { imageInfo } from '../../domain/image.js';
import { checkNip } from '../../domain/nip.js';
import { FileError, NotFoundError, UsageError } from '../../errors.js';
import { type FittedImage, type ImagePurpose, fitImage } from '../../runtime/image-fit.js';
import type { WorkshopStore } from '../../store/db.js';
import { type SettingKey, writeSetting } from '../../store/letterhead.js';

/** What people type (English and Indonesian names, kebab or snake case) → the stored setting. */
export const PAPER_FIELDS: Record<string, SettingKey | 'logo1' | 'logo2'> = {
  'kop.institution': 'kop.institution',
  'kop.instansi': 'kop.institution',
  'kop.address': 'kop.address',
  'kop.alamat': 'kop.address',
  'kop.phone': 'kop.phone',
  'kop.telepon': 'kop.phone',
  'kop.website': 'kop.website',
  'kop.laman': 'kop.website',
  'letter-number': 'letter_number',
  letter_number: 'letter_number',
  'nomor-surat': 'letter_number',
  paper: 'paper',
  'report-date': 'report_date',
  report_date: 'report_date',
  'tanggal-laporan': 'report_date',
  conclusion: 'conclusion',
  simpulan: 'conclusion',
  'certificate.number': 'certificate.number',
  'certificate.jp': 'certificate.jp',
  'signatory.rank': 'signatory.rank',
  'signatory.pangkat': 'signatory.rank',
  'signatory.acting': 'signatory.acting',
  'signatory.on-behalf-of': 'signatory.on_behalf_of',
  'signatory.on_behalf_of': 'signatory.on_behalf_of',
  'signatory.an': 'signatory.on_behalf_of',
  'cosignatory.caption': 'cosignatory.caption',
  'cosignatory.position': 'cosignatory.position',
  'cosignatory.name': 'cosignatory.name',
  'cosignatory.nip': 'cosignatory.nip',
  'cosignatory.rank': 'cosignatory.rank',
  'cosignatory.pangkat': 'cosignatory.rank',
  logo: 'logo1',
  logo1: 'logo1',
  logo2: 'logo2',
};

/** The names the help lists. */
export const PAPER_FIELD_NAMES = [
  'kop.institution', 'kop.address', 'kop.phone', 'kop.website', 'letter-number', 'paper', 'report-date', 'conclusion', 'certificate.number', 'certificate.jp',
  'signatory.rank', 'signatory.acting', 'signatory.on-behalf-of', 'cosignatory.caption', 'cosignatory.position', 'cosignatory.name', 'cosignatory.nip',
  'cosignatory.rank', 'logo', 'logo2',
];

/** Longest text a letterhead field takes (a kop line, a signatory line); Simpulan dan Saran may be longer. */
const MAX_LINE = 300;
const MAX_CONCLUSION = 5000;
/**
 * Files larger than this are refused. Below it, an image larger than print needs is reduced when it is stored
 * (runtime/image-fit.ts): a 12-megapixel phone photo or a scanned logo is welcome, and stored small.
 */
const MAX_INPUT_BYTES: Record<ImagePurpose, number> = { photo: 40 * 1024 * 1024, logo: 20 * 1024 * 1024 };

/**
 * Checks and stores one letterhead field other than a logo (those: setLogo in set.ts); "" clears
 * it. Runs inside the caller's transaction.
 */
export function setPaperField(ctx: Context, store: WorkshopStore, field: string, target: SettingKey, raw: string): void {
  const value = raw.trim() === '' ? null : raw.trim();
  let stored = value;
  checkText(target.replace(/^.*\./, ''), value, field);
  if (value !== null) {
    const limit = target === 'conclusion' ? MAX_CONCLUSION : MAX_LINE;
    if (value.length > limit) throw new UsageError('error.tooLong', { field, max: limit });
    if (target === 'paper') stored = parseChoice(value, ['a4', 'f4', 'letter'] as const, field);
    // The day the outcome report and the matrix speak for: a real date, in the range workshop dates take.
    if (target === 'report_date') stored = parseWorkshopDate(value, field);
    if (target === 'signatory.acting') stored = parseChoice(value.replace(/\.$/, ''), ['plt', 'plh'] as const, field);
    if (target === 'certificate.jp') {
      if (!/^\d{1,3}$/.test(value) || Number(value) === 0) throw new UsageError('error.invalidNumber', { field, value });
      stored = String(Number(value));
    }
    if (target === 'cosignatory.nip') stored = parseNip(ctx, value, field);
  }
  writeSetting(store, target, stored);
}

/** A signatory's NIP as stored (18 digits); exit 2 naming the field and what is wrong with it. */
export function parseNip(ctx: Context, value: string, field: string): string {
  const check = checkNip(value);
  if (!check.ok) throw new UsageError('error.nipInvalid', { field, value, reason: ctx.t(`nip.${check.problem}`) });
  return check.nip;
}

/**
 * A PNG or JPEG file, made the size print needs for `purpose` (runtime/image-fit.ts); exit 2 for anything
 * else or a damaged image, exit 1 when the file cannot be read.
 */
export async function readImage(ctx: Context, file: string, purpose: ImagePurpose, field: string): Promise<FittedImage> {
  const maxBytes = MAX_INPUT_BYTES[purpose];
  const path = ctx.resolvePath(file);
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new NotFoundError('error.inputNotFound', { file: path });
    if (code === 'EISDIR') throw new UsageError('error.isFolder', { file: path });
    throw new FileError('error.io', { file: path, reason: code ?? String(error) });
  }
  const info = imageInfo(data);
  if (!info) throw new UsageError('error.notImage', { field, file: path });
  if (data.length > maxBytes) throw new UsageError('error.imageTooLarge', { field, file: path, max: Math.round(maxBytes / 1024 / 1024) });
  return fitImage(data, info, purpose, field, path);
}

/** What storing did to the image, for the command's answer ("diperkecil dari 4000×3000 ke 2000×1500 untuk cetak"); undefined when stored as it is. */
export function fittedNote(ctx: Context, fitted: FittedImage): string | undefined {
  const { original, image } = fitted;
  if (!original) return undefined;
  if (original.width !== image.width || original.height !== image.height) {
    return ctx.t('image.reduced', { from: `${original.width}×${original.height}`, to: `${image.width}×${image.height}` });
  }
  return ctx.t('image.compressed', { from: byteSize(original.bytes, ctx.lang), to: byteSize(image.data.length, ctx.lang) });
}

function byteSize(bytes: number, lang: string): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `${lang === 'id' ? mb.replace('.', ',') : mb} MB`;
}
