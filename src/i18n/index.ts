// Every string a user reads, in Indonesian and English. Each area keeps its own catalogue file so the
// two languages of one message sit side by side and cannot drift apart.
import { common } from './common.js';
import { attendanceMessages } from './attendance.js';
import { badgeMessages } from './badges.js';
import { commitmentMessages } from './commitment.js';
import { correctionMessages } from './corrections.js';
import { dataMessages } from './data.js';
import { excelMessages } from './excel.js';
import { helpExtras } from './examples.js';
import { commandHelp } from './help.js';
import { ideaMessages } from './idea.js';
import { opsMessages } from './ops.js';
import { outcomeMessages } from './outcome.js';
import { participantMessages } from './participant.js';
import { reportMessages } from './report.js';
import { rollupMessages } from './rollup.js';
import type { Lang, Message, MessageParams } from './types.js';

const catalogues = [
  common,
  commandHelp,
  helpExtras,
  participantMessages,
  attendanceMessages,
  badgeMessages,
  ideaMessages,
  commitmentMessages,
  reportMessages,
  outcomeMessages,
  dataMessages,
  excelMessages,
  opsMessages,
  rollupMessages,
  correctionMessages,
] as const;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

// Object.assign, not an object spread: with ~700 keys V8 runs a spread ~6 ms slower at every start-up
// (SPEC §6 start-up budget); the result, later catalogues winning, is the same.
const catalogue = Object.assign({}, ...catalogues) as UnionToIntersection<(typeof catalogues)[number]>;
catalogue satisfies Record<string, Message>;

export type MessageKey = keyof typeof catalogue;
export type { Lang, MessageParams } from './types.js';
export { isLang, LANGS } from './types.js';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * Fills a placeholder no call passes, such as `{innolab}` (how the person runs the program, see
 * cli/context.ts); asked only when a message holds one, so the answer may be worked out lazily.
 */
export type Placeholders = (name: string) => string | undefined;

export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}, placeholders?: Placeholders): string {
  const message: Message = catalogue[key];
  return fillPlaceholders(message[lang], params, placeholders);
}

/** `text` with its `{name}` placeholders filled from `params`, then `placeholders`; one neither knows is left as written. */
export function fillPlaceholders(text: string, params: MessageParams = {}, placeholders?: Placeholders): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name] ?? placeholders?.(name);
    return value === undefined ? whole : String(value);
  });
}

export function translator(lang: Lang, placeholders?: Placeholders): Translate {
  return (key, params) => translate(lang, key, params, placeholders);
}

/** For keys made at run time (help.examples.<command path>): whether the catalogue has one. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogue, key);
}

/** For tests: every key with both languages present and the same placeholders. */
export function allMessages(): Record<string, Message> {
  return catalogue;
}

/**
 * Column names a store reports as changed (unit_id, proposer_id …) in the reader's words, each once:
 * "unit, pengusul". The audit log keeps the column names; people read these.
 */
export function columnWords(t: Translate, columns: readonly string[]): string {
  const words = columns.map((column) => {
    const key = `column.${column}`;
    return isMessageKey(key) ? t(key) : column.replace(/_/g, ' ');
  });
  return [...new Set(words)].join(', ');
}
