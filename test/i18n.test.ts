import { describe, expect, it } from 'vitest';
import { allMessages, translate } from '../src/i18n/index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('every message exists in Indonesian and English with the same placeholders', () => {
    const problems: string[] = [];
    for (const [key, message] of Object.entries(allMessages())) {
      if (!message.id.trim() || !message.en.trim()) problems.push(`${key}: empty`);
      if (placeholders(message.id).join() !== placeholders(message.en).join()) problems.push(`${key}: placeholders differ`);
    }
    expect(problems).toEqual([]);
  });

  it('fills placeholders', () => {
    expect(translate('en', 'error.missingFlag', { what: 'title', flag: '--title' })).toBe('title is missing; pass --title');
    expect(translate('id', 'error.missingFlag', { what: 'judul', flag: '--title' })).toBe('nilai judul belum diberikan; tambahkan --title');
  });
});
