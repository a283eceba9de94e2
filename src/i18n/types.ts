export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

/** One message in both languages. `{name}` placeholders are filled from the params. */
export interface Message {
  id: string;
  en: string;
}
export type Catalogue = Record<string, Message>;
export type MessageParams = Record<string, string | number>;

export function isLang(value: string | undefined): value is Lang {
  return value === 'id' || value === 'en';
}
