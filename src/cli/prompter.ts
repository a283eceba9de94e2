import type { ChalkInstance } from 'chalk';
import type { MessageKey, Translate } from '../i18n/index.js';
import type { IO } from './io.js';

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

/** Questions asked of a person at a terminal. Behind an interface so tests can script the answers. */
export interface Prompter {
  input(question: { message: string; default?: string; required?: boolean; validate?: (value: string) => true | string }): Promise<string>;
  confirm(question: { message: string; default?: boolean }): Promise<boolean>;
  select<T>(question: { message: string; choices: readonly Choice<T>[]; default?: T }): Promise<T>;
  /** Long text (an idea's problem statement): opens $EDITOR. */
  editor(question: { message: string; default?: string }): Promise<string>;
}

/** What the real prompter needs from the run: its language and its colours (known only once parsed). */
export interface PromptLook {
  t: Translate;
  chalk: ChalkInstance;
}

/**
 * The real prompter: inquirer, loaded only when a question is actually asked. inquirer's own words (key
 * hints, "You must provide a value", Yes/No) are English; the themes below put the run's language in.
 */
export function systemPrompter(io: IO, look: () => PromptLook): Prompter {
  // The streams are taken when a question is asked, not before: creating stdin costs every command ~5 ms.
  const context = () => ({ input: io.stdin, output: io.stderr as NodeJS.WritableStream });
  const load = () => import('@inquirer/prompts');
  const KEY_ACTIONS: Record<string, MessageKey> = { navigate: 'prompt.key.navigate', select: 'prompt.key.select' };
  return {
    async input(q) {
      const { input } = await load();
      const { t } = look();
      const validate = (value: string): true | string => {
        if (q.required && value.trim() === '') return t('prompt.required');
        return q.validate ? q.validate(value) : true;
      };
      return input({ message: q.message, default: q.default, validate }, context());
    },
    async confirm(q) {
      const { confirm } = await load();
      const { t } = look();
      return confirm({ message: q.message, default: q.default, transformer: (yes) => t(yes ? 'prompt.answer.yes' : 'prompt.answer.no') }, context());
    },
    async select<T>(q: { message: string; choices: readonly Choice<T>[]; default?: T }) {
      const { select } = await load();
      const { t, chalk } = look();
      const keysHelpTip = (keys: [key: string, action: string][]) =>
        keys.map(([key, action]) => `${chalk.bold(key)} ${chalk.dim(KEY_ACTIONS[action] ? t(KEY_ACTIONS[action]) : action)}`).join(chalk.dim(' • '));
      return select<T>({ message: q.message, choices: q.choices.map((c) => ({ ...c })), default: q.default, pageSize: 12, theme: { style: { keysHelpTip } } }, context());
    },
    async editor(q) {
      const { editor } = await load();
      const { t, chalk } = look();
      // The editor prompt's only help texts: "Press <enter> to launch your preferred editor." and "Received".
      const help = (text: string) => {
        const launch = /^Press (.+) to launch your preferred editor\.$/.exec(text);
        if (launch) return chalk.dim(t('prompt.editor.launch', { key: launch[1] ?? '' }));
        return chalk.dim(text === 'Received' ? t('prompt.editor.received') : text);
      };
      return editor({ message: q.message, default: q.default, waitForUserInput: false, theme: { style: { help } } }, context());
    },
  };
}

export interface ScriptedAnswer {
  match?: RegExp | string;
  answer: unknown;
}

/**
 * A prompter for tests: answers in order, and fails the test when a question comes that the script does not
 * expect (wrangler's mock-dialogs).
 */
export function scriptedPrompter(answers: ScriptedAnswer[]): Prompter & { asked: string[]; remaining(): number } {
  const queue = [...answers];
  const asked: string[] = [];
  const next = (message: string): unknown => {
    asked.push(message);
    const step = queue.shift();
    if (!step) throw new Error(`unexpected prompt: ${message}`);
    if (step.match !== undefined) {
      const ok = typeof step.match === 'string' ? message.includes(step.match) : step.match.test(message);
      if (!ok) throw new Error(`prompt "${message}" does not match ${String(step.match)}`);
    }
    return step.answer;
  };
  return {
    asked,
    remaining: () => queue.length,
    input: async (q) => String(next(q.message)),
    confirm: async (q) => Boolean(next(q.message)),
    select: async <T>(q: { message: string; choices: readonly Choice<T>[] }) => {
      const answer = next(q.message);
      const choice = q.choices.find((c) => c.value === answer || c.name === answer);
      if (!choice) throw new Error(`answer ${String(answer)} is not among the choices of "${q.message}"`);
      return choice.value;
    },
    editor: async (q) => String(next(q.message)),
  };
}
