// `photo add <file> --caption …`: a documentation photo for the outcome report's Lampiran, kept in the
// workshop file so the file carries it wherever it goes.
import type { Command } from 'commander';
import type { Context } from '../../cli/context.js';
import { type Answer, emit } from '../../cli/output.js';
import { UsageError } from '../../errors.js';
import type { Translate } from '../../i18n/index.js';
import { addPhoto } from '../../store/letterhead.js';
import { fittedNote, readImage } from '../workshop/paper-fields.js';

const MAX_CAPTION = 300;

export function register(parent: Command, ctx: Context, t: Translate): void {
  parent
    .command('add')
    .description(t('help.photo.add'))
    .argument('<file>', t('help.photo.add.file'))
    .option('--caption <text>', t('help.photo.add.caption'))
    .action(async (file: string, flags: { caption?: string }) => emit(ctx, await runPhotoAdd(ctx, { file, caption: flags.caption })));
}

/**
 * Stores the photo, reduced once to what print needs (at most 2000 px on the long edge, JPEG unless it is
 * see-through) when it is larger: one phone photo no longer makes a 4 MB report.
 */
export async function runPhotoAdd(ctx: Context, opts: { file: string; caption?: string }): Promise<Answer> {
  const caption = opts.caption?.trim() || null;
  if (caption && caption.length > MAX_CAPTION) throw new UsageError('error.tooLong', { field: '--caption', max: MAX_CAPTION });
  const fitted = await readImage(ctx, opts.file, 'photo', 'photo');
  const { image, original } = fitted;
  const store = ctx.open();
  const no = store.change(() => addPhoto(store, image, caption));
  const given = original ? { type: original.mime, width: original.width, height: original.height, bytes: original.bytes } : null;
  const record = { no, caption, type: image.mime, width: image.width, height: image.height, bytes: image.data.length, original: given };
  const note = fittedNote(ctx, fitted);
  return { json: record, message: note ? ctx.t('photo.addedFitted', { no, note }) : ctx.t('photo.added', { no }) };
}
