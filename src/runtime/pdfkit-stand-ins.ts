// Stand-ins that keep pdfkit's load cheap: data tables and decoders it builds when loaded but that a report
// of Latin text never uses are built on first use instead (or, for WOFF2, never). They work through
// require's module cache, so they apply where pdfkit is loaded with require (the built program, and vitest
// through Node's CommonJS loader); harmless where a module cannot be found.
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';

/**
 * fontkit loads a Brotli decoder (~45 ms) at start for WOFF2 web fonts, which reports never use (they embed
 * TTF files). When pdfkit is loaded through require (the built program), an empty module stands in for it;
 * a WOFF2 font would then fail with a clear message. Harmless where the module cannot be found.
 */
export function skipWoff2Decoder(): void {
  try {
    const fromHere = createRequire(import.meta.url);
    const fontkit = createRequire(fromHere.resolve('pdfkit')).resolve('fontkit');
    const brotli = createRequire(fontkit).resolve('brotli/decompress.js');
    const cache = (Module as unknown as { _cache: Record<string, unknown> })._cache;
    if (cache[brotli]) return;
    const stub = new Module(brotli);
    stub.filename = brotli;
    stub.loaded = true;
    stub.exports = () => {
      throw new Error('WOFF2 fonts are not supported in innolab reports; use a TTF font');
    };
    cache[brotli] = stub;
  } catch {
    // not installed where expected: fontkit loads its own decoder
  }
}

type ModuleCache = Record<string, Module | undefined>;

/** Runs the module at `path` outside require's cache (the cache holds a stand-in for it) and returns its exports. */
function loadUncached(path: string): unknown {
  const mod = new Module(path);
  mod.filename = path;
  mod.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(path));
  (mod as unknown as { load(file: string): void }).load(path);
  return mod.exports;
}

/** Puts `exports` in require's cache under `path`, unless the real module is already loaded. */
function standIn(path: string, exports: unknown): void {
  const cache = (Module as unknown as { _cache: ModuleCache })._cache;
  if (cache[path]) return;
  const stub = new Module(path);
  stub.filename = path;
  stub.loaded = true;
  stub.exports = exports;
  cache[path] = stub;
}

interface TrieLike {
  get(codePoint: number): number;
}
type TrieClass = new (...args: unknown[]) => TrieLike;

/**
 * Loading pdfkit builds five Unicode tables (unicode-trie: line breaking in linebreak, character properties in
 * unicode-properties, three shaping tables in fontkit), inflating their compressed data at module load:
 * ~55 ms before the first page. Text the fast layout handles never looks anything up in them. Each
 * unicode-trie is replaced by one that builds the real table on its first lookup, so only documents that need
 * shaping or pdfkit's line wrapper pay for them (and then the same lookups give the same answers).
 * pdfkit's AES encryption (@noble/ciphers, ~10 ms of tables at load) is likewise loaded on first use.
 * Harmless where a module cannot be found: it then loads as usual.
 */
export function deferPdfkitData(neverMark: (codePoint: number) => boolean): void {
  let pdfkit: string;
  try {
    pdfkit = createRequire(import.meta.url).resolve('pdfkit');
  } catch {
    return;
  }
  const fromPdfkit = createRequire(pdfkit);
  const tries = new Set<string>();
  const attempt = (find: () => string): void => {
    try {
      tries.add(find());
    } catch {
      // not installed where expected: that copy loads as usual
    }
  };
  attempt(() => createRequire(fromPdfkit.resolve('linebreak')).resolve('unicode-trie'));
  attempt(() => createRequire(fromPdfkit.resolve('fontkit')).resolve('unicode-trie'));
  attempt(() => createRequire(createRequire(fromPdfkit.resolve('fontkit')).resolve('unicode-properties')).resolve('unicode-trie'));
  for (const path of tries) {
    let Real: TrieClass | undefined;
    class LazyTrie {
      private readonly args: unknown[];
      private real: TrieLike | undefined;
      constructor(...args: unknown[]) {
        this.args = args;
      }
      get(codePoint: number): number {
        Real ??= loadUncached(path) as TrieClass;
        this.real ??= new Real(...this.args);
        return this.real.get(codePoint);
      }
    }
    standIn(path, LazyTrie);
  }
  // fontkit asks unicode-properties whether every glyph it creates is a combining mark, which builds the
  // largest of those tables (~35 ms) on the first glyph. `neverMark` names the characters known not to be
  // marks (the fast layout's, see reports/layout/fast-layout.ts; test/reports checks all 2,671 marks against
  // unicode-properties), so for those the answer is known; everything else is asked of the real module.
  try {
    const properties = createRequire(fromPdfkit.resolve('fontkit')).resolve('unicode-properties');
    let real: Record<string | symbol, unknown> | undefined;
    const load = (): Record<string | symbol, unknown> => (real ??= loadUncached(properties) as Record<string | symbol, unknown>);
    const isMark = (codePoint: number): boolean => (neverMark(codePoint) ? false : (load().isMark as (cp: number) => boolean)(codePoint));
    standIn(properties, new Proxy({}, { get: (_, key) => (key === 'isMark' ? isMark : load()[key]) }));
  } catch {
    // not installed where expected: loaded as usual
  }
  try {
    const aes = fromPdfkit.resolve('@noble/ciphers/aes');
    let real: Record<string | symbol, unknown> | undefined;
    standIn(aes, new Proxy({}, { get: (_, key) => (real ??= loadUncached(aes) as Record<string | symbol, unknown>)[key] }));
  } catch {
    // not installed where expected: loaded as usual
  }
}
