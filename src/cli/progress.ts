import type { Context } from './context.js';

export interface Progress {
  tick(n?: number): void;
  stop(): void;
}

const silent: Progress = { tick: () => undefined, stop: () => undefined };

/**
 * A progress bar on stderr for long work, only when a person watches a terminal: never with --json, --quiet,
 * or when stderr is redirected. cli-progress is loaded only then.
 */
export async function startProgress(ctx: Context, total: number, label: string, minimum = 500): Promise<Progress> {
  if (total < minimum || ctx.opts.json || ctx.opts.quiet || !ctx.io.stderrIsTTY) return silent;
  const { SingleBar } = await import('cli-progress');
  const bar = new SingleBar({
    format: `${label} [{bar}] {percentage}% {value}/{total}`,
    stream: ctx.io.stderr as NodeJS.WritableStream,
    hideCursor: true,
    clearOnComplete: true,
    barsize: 30,
  });
  bar.start(total, 0);
  return {
    tick: (n = 1) => bar.increment(n),
    stop: () => bar.stop(),
  };
}
