// `photo add <file> --caption …`: a documentation photo for the outcome report's Lampiran, kept in the
// workshop file so the file carries it wherever it goes.
import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, emit } from '../../cli/output.js';
import { UsageError } from '../../errors.js';
import type { Translate } from '../../i18n/index.js';
import { addPhoto } from '../../store/letterhead.js';
import { readImage } from '../workshop/paper-fields.js';

/** A photo for print needs no more than a few megabytes; larger files are refused rather than bloat every PDF. */
const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const MAX_CAPTION = 300;

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('add')
    .description(t('help.photo.add'))
    .argument('<file>', t('help.photo.add.file'))
    .option('--caption <text>', t('help.photo.add.caption'))
    .action((file: string, flags: { caption?: string }) => emit(ctx, runPhotoAdd(ctx, { file, caption: flags.caption })));
}

export function runPhotoAdd(ctx: Context, opts: { file: string; caption?: string }): Answer {
  const caption = opts.caption?.trim() || null;
  if (caption && caption.length > MAX_CAPTION) throw new UsageError('error.tooLong', { field: '--caption', max: MAX_CAPTION });
  const image = readImage(ctx, opts.file, MAX_PHOTO_BYTES, 'photo');
  const store = ctx.open();
  const no = store.change(() => addPhoto(store, image, caption));
  const record = { no, caption, type: image.mime, width: image.width, height: image.height, bytes: image.data.length };
  return { json: record, message: ctx.t('photo.added', { no }) };
}
