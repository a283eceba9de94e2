import { PassThrough, Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { IO } from '../src/cli/io.js';
import { makeChalk } from '../src/cli/io.js';
import { type Prompter, systemPrompter } from '../src/cli/prompter.js';
import { COMMAND_NAMES } from '../src/commands/index.js';
import { type Lang, allMessages, columnWords, translate, translator } from '../src/i18n/index.js';
import { newWorkshop, workshopWithUnits } from './helpers/run-cli.js';

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

  it('a message that shows a command shows it as {innolab} …, which the run fills in', () => {
    // "an innolab workshop file" is prose, not a command.
    const command = new RegExp(`(^|[\\s:(])innolab (-f|${COMMAND_NAMES.join('|')})\\b(?! file)`);
    const literal = Object.entries(allMessages()).flatMap(([key, m]) => [m.id, m.en].filter((text) => command.test(text)).map((text) => `${key}: ${text}`));
    expect(literal).toEqual([]);
    const t = translator('en', (name) => (name === 'innolab' ? 'npx innolab' : undefined));
    expect(t('commitment.error.notFoundHint')).toBe('see the list with: npx innolab commitment list');
  });

  it('Indonesian messages do not borrow the English words they have their own for', () => {
    const english = /\b(default|line|lines|required|digits)\b/;
    const borrowed = Object.entries(allMessages())
      .filter(([, m]) => english.test(m.id.replace(/--[\w-]+|<[^>]*>|"[^"]*"|\{\w+\}/g, '')))
      .map(([key, m]) => `${key}: ${m.id}`);
    expect(borrowed).toEqual([]);
  });

  it("names a store's changed columns in the reader's words, each once", () => {
    expect(columnWords(translator('id'), ['unit_id', 'proposer_id', 'proposer_name', 'expected_result'])).toBe('unit, pengusul, hasil yang diharapkan');
    expect(columnWords(translator('en'), ['nip', 'phone'])).toBe('NIP, phone');
  });
});

/** inquirer on an in-memory terminal: the keys typed go in, what it draws comes out. */
function terminal(lang: Lang): { prompter: Prompter; type: (keys: string, after?: number) => void; screen: () => string } {
  const stdin = new PassThrough();
  let drawn = '';
  const stderr = new Writable({
    write(chunk: Buffer, _encoding, done) {
      drawn += chunk.toString();
      done();
    },
  });
  const io = { stdin, stderr, stdout: stderr } as unknown as IO;
  return {
    prompter: systemPrompter(io, () => ({ t: translator(lang), chalk: makeChalk(false) })),
    type: (keys, after = 50) => setTimeout(() => stdin.write(keys), after),
    // Drop the cursor movements; keep the words.
    screen: () => stripVTControlCharacters(drawn),
  };
}

describe('prompts speak the run’s language', () => {
  it('a choice list says how to move and choose', async () => {
    const id = terminal('id');
    const choice = id.prompter.select({ message: 'Unit', choices: [{ name: 'Bappeda', value: 1 }, { name: 'Dinkes', value: 2 }] });
    id.type('\r');
    expect(await choice).toBe(1);
    expect(id.screen()).toContain('↑↓ pindah • ⏎ pilih');
    expect(id.screen()).not.toMatch(/navigate|select/);
  });

  it('a required answer left empty is asked again, in Indonesian', async () => {
    const id = terminal('id');
    const name = id.prompter.input({ message: 'Nama', required: true });
    id.type('\r');
    id.type('Budi\r', 150);
    expect(await name).toBe('Budi');
    expect(id.screen()).toContain('isian ini wajib diisi');
    expect(id.screen()).not.toContain('You must provide');
  });

  it('a confirmation answers Ya / Tidak', async () => {
    const id = terminal('id');
    const ok = id.prompter.confirm({ message: 'Lanjutkan?', default: false });
    id.type('y\r');
    expect(await ok).toBe(true);
    expect(id.screen()).toMatch(/Lanjutkan\? Ya/);
  });
});

describe("messages name fields in the reader's words, in one language", () => {
  it('participant edit and idea edit say what changed, not which columns', async () => {
    const w = await workshopWithUnits();
    expect((await w.run(['participant', 'add', '--name', 'Budi Santoso'])).code).toBe(0);
    const participant = await w.run(['participant', 'edit', '1', '--unit', 'Dinkes', '--position', 'Analis']);
    expect(participant.stderr).toBe('Participant updated: 1. Budi Santoso (Dinkes) (position, unit)\n');
    expect((await w.run(['idea', 'add', '--unit', 'Dinkes', '--title', 'Antrean Daring', '--no-input'])).code).toBe(0);
    const idea = await w.run(['idea', 'edit', '1', '--unit', 'Disdukcapil', '--proposer', '1', '--lang', 'id']);
    expect(idea.stderr).toBe('Ide no. 1 diperbarui: unit, pengusul\n');
  });

  it("a wrong signatory NIP is explained in the workshop's language alone", async () => {
    const w = await newWorkshop();
    const r = await w.run(['workshop', 'set', 'signatory.nip', '12345']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: signatory.nip: "12345" bukan NIP yang valid: NIP harus 18 angka (spasi dan titik boleh)\n');
  });
});
