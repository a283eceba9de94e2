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

/** The real prompter: inquirer, loaded only when a question is actually asked. */
export function systemPrompter(io: IO): Prompter {
  // The streams are taken when a question is asked, not before: creating stdin costs every command ~5 ms.
  const context = () => ({ input: io.stdin, output: io.stderr as NodeJS.WritableStream });
  const load = () => import('@inquirer/prompts');
  return {
    async input(q) {
      const { input } = await load();
      return input({ message: q.message, default: q.default, required: q.required, validate: q.validate }, context());
    },
    async confirm(q) {
      const { confirm } = await load();
      return confirm({ message: q.message, default: q.default }, context());
    },
    async select<T>(q: { message: string; choices: readonly Choice<T>[]; default?: T }) {
      const { select } = await load();
      return select<T>({ message: q.message, choices: q.choices.map((c) => ({ ...c })), default: q.default, pageSize: 12 }, context());
    },
    async editor(q) {
      const { editor } = await load();
      return editor({ message: q.message, default: q.default, waitForUserInput: false }, context());
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
