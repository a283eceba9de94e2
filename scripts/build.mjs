// Bundles the program into dist/main.cjs so that start-up reads two files instead of hundreds, then writes
// V8's code cache for it (dist/main.cjs.<build id>.cache) so that start-up mostly skips parsing and compiling too.
// SPEC §6 wants `innolab participant list --json` within 1.5× of a bare `node -e ''`; measured with
// `npm run bench` (bench/startup.mjs). What each step buys, measured side by side on a 2-core machine:
//   ESM bundle, better-sqlite3 loaded through `bindings`      ~1.6× node -e ''
//   + CommonJS bundle, better-sqlite3's JS bundled, addon
//     required directly, crypto/child_process loaded lazily    ~1.4×
//   + V8 code cache (bin/innolab.js loads it)                  ~1.35× (the rest is module start-up:)
//   + catalogues as JSON, no tty/net/streams loaded (chalk's
//     detection, stdio created lazily), one command built      ~1.2×
//
// Why CommonJS: Node 20 has no compile cache for ES modules (module.enableCompileCache is Node 22), but a
// CommonJS bundle can be compiled through vm.Script with cachedData. Heavy dependencies stay external and are
// loaded with import() only by the commands that need them (pdfkit, inquirer, csv-parse, cli-progress).
//
//   node scripts/build.mjs                      build dist/ and its code cache
//   node scripts/build.mjs --write-code-cache   (internal) the clean child process that writes the cache
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

/** Loaded with import() by the commands that use them; never part of the bundle. */
const HEAVY = ['pdfkit', '@inquirer/prompts', 'csv-parse', 'cli-progress', 'qrcode', 'exceljs', 'docx', 'pg', 'sharp'];

/** Node built-ins that cost milliseconds to load and that most runs never call (see lazyBuiltins). */
const LAZY_BUILTINS = ['crypto', 'child_process'];

/**
 * better-sqlite3 finds its addon through the `bindings` package, which walks a list of candidate paths and
 * reads a stack trace to find its caller: ~5–10 ms per start. Its JavaScript is bundled instead and the
 * addon is required by its package path (plain Node resolution, so a hoisted install still works).
 */
const sqliteAddon = {
  name: 'better-sqlite3-addon',
  setup(b) {
    b.onLoad({ filter: /better-sqlite3[\\/]lib[\\/]database\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const call = "require('bindings')('better_sqlite3.node')";
      if (!source.includes(call)) throw new Error(`better-sqlite3 changed: ${call} not found in ${args.path}`);
      return { contents: source.replace(call, "require('better-sqlite3/build/Release/better_sqlite3.node')"), loader: 'js' };
    });
  },
};

/**
 * `import { randomUUID } from 'node:crypto'` in a CommonJS bundle becomes a require() at start-up, which
 * loads all of crypto (~4 ms) for a command that only reads. This replaces such built-ins with a module
 * whose functions load the real one on first call. Only function exports are wrapped: importing anything
 * else from these modules fails the build ("No matching export"), on purpose, so it is noticed here.
 */
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    const filter = new RegExp(`^(node:)?(${LAZY_BUILTINS.join('|')})$`);
    b.onResolve({ filter }, (args) =>
      // The wrapper's own require() of the real module stays a plain external require.
      args.namespace === 'lazy-builtin' ? { path: args.path, external: true } : { path: args.path.replace(/^node:/, ''), namespace: 'lazy-builtin' },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => {
      const real = require(args.path);
      const names = Object.keys(real).filter((k) => typeof real[k] === 'function' && /^[a-z]\w*$/.test(k));
      const contents = [
        `let real; const load = () => (real ??= require('node:${args.path}'));`,
        ...names.map((k) => `export function ${k}(...args) { return load().${k}(...args); }`),
        'export default new Proxy({}, { get: (_, key) => load()[key] });',
      ].join('\n');
      return { contents, loader: 'js', resolveDir: root };
    });
  },
};

/**
 * The message catalogues (src/i18n/*.ts) are large object literals; V8 builds them much faster from
 * JSON.parse() of a string than by running the literal (~5–10 ms at every start). Each catalogue module is
 * evaluated here and emitted as JSON.parse('…'). A module that exports anything but catalogues is left as is.
 */
const catalogueJson = {
  name: 'catalogue-json',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]i18n[\\/][^\\/]+\.ts$/ }, async (args) => {
      if (/[\\/](index|types)\.ts$/.test(args.path)) return undefined;
      const compiled = await build({ entryPoints: [args.path], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
      const url = `data:text/javascript;base64,${Buffer.from(compiled.outputFiles[0].text).toString('base64')}`;
      const exports = Object.entries(await import(url));
      const isMessage = (m) => m !== null && typeof m === 'object' && typeof m.id === 'string' && typeof m.en === 'string';
      const isCatalogue = (c) => c !== null && typeof c === 'object' && Object.values(c).every(isMessage);
      if (exports.length === 0 || !exports.every(([, value]) => isCatalogue(value))) return undefined;
      const contents = exports.map(([name, value]) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});`).join('\n');
      return { contents, loader: 'js' };
    });
  },
};

/**
 * chalk's supports-color detects the terminal when chalk is imported, loading node:tty (and with it net and
 * streams, ~5 ms). innolab never uses that detection: src/cli/io.ts gives every Chalk instance its level
 * (colour only on a terminal, never with NO_COLOR or --no-color). So the detection reports no colour.
 */
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'chalk-stub' }));
    b.onLoad({ filter: /.*/, namespace: 'chalk-stub' }, () => ({
      contents: 'export function createSupportsColor() { return false; }\nexport default { stdout: false, stderr: false };\n',
      loader: 'js',
    }));
  },
};

async function bundle(out) {
  const buildId = randomBytes(8).toString('hex');
  const options = {
    absWorkingDir: root,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // Whitespace and syntax only: identifiers stay readable in INNOLAB_DEBUG stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
    // No source map: the package does not ship one (a 1.3 MB file nobody reads); INNOLAB_DEBUG stack traces
    // stay readable because identifiers are not minified and the bundle keeps one module per region.
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [sqliteAddon, lazyBuiltins, catalogueJson, chalkWithoutDetection],
    // import() of the heavy packages becomes a deferred require() of their CommonJS builds (each has one):
    // V8 loses a vm.Script's dynamic-import callback when the script comes from the code cache, and a
    // require() needs none.
    supported: { 'dynamic-import': false },
    external: [...HEAVY, 'better-sqlite3/build/*', 'bindings'],
    // The sources are ES modules; in the CommonJS bundle import.meta.url is the bundle's own URL, worked out
    // when first asked for (node:url's pathToFileURL costs ~1 ms at every start otherwise).
    define: { 'import.meta.url': '__innolabMeta.url', 'import.meta.dirname': '__dirname', 'import.meta.filename': '__filename' },
    banner: { js: "const __innolabMeta = { get url() { return require('node:url').pathToFileURL(__filename).href; } };" },
  };
  // src/runtime/entry.ts: main() and run(settings) of src/main.ts, and what the build itself calls below.
  const result = await build({ ...options, entryPoints: ['src/runtime/entry.ts'], outfile: join(out, 'main.cjs') });
  // The worker thread of a large import (src/import/parallel.ts): its own small bundle, loaded only then.
  const worker = await build({ ...options, entryPoints: ['src/import/validate-worker.ts'], outfile: join(out, 'import-worker.cjs') });
  if (result.warnings.length + worker.warnings.length > 0) throw new Error('the build has warnings; fix them (see above)');
  // The code cache is only valid for exactly this bundle: the loader compares this id with the cache's.
  appendFileSync(join(out, 'main.cjs'), `\n//# innolab-build ${buildId}\n`);
}

/**
 * Builds into a private folder; publish() then moves each file into dist/ with an atomic rename, so that a
 * program started during a build (other tests, a second build) never sees a missing or half-written file.
 */
function publish(out) {
  mkdirSync(dist, { recursive: true });
  const files = readdirSync(out);
  // main.cjs first, then its cache (named after its build id), so that whatever order two builds run in,
  // the last main.cjs published finds its own cache.
  files.sort((a, b) => (a === 'main.cjs' ? -1 : b === 'main.cjs' ? 1 : a.localeCompare(b)));
  for (const name of files) renameSync(join(out, name), join(dist, name));
  const current = /\/\/# innolab-build ([0-9a-f]+)\s*$/.exec(readFileSync(join(dist, 'main.cjs'), 'utf8').slice(-64))?.[1];
  for (const name of readdirSync(dist)) {
    const cache = /^main\.cjs\.([0-9a-f]+)\.cache$/.exec(name);
    const stale = cache ? cache[1] !== current : !files.includes(name);
    if (stale) rmSync(join(dist, name), { recursive: true, force: true });
  }
  rmSync(out, { recursive: true, force: true });
}

/** The code cache is written by a clean child so that its V8 flags match a plain `node bin/innolab.js`. */
function codeCache(out) {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--write-code-cache', out], { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (child.status !== 0) console.warn('build: no code cache written (start-up will be slower, the program works)');
}

/**
 * Runs a few typical commands in-process so that V8 has compiled what start-up needs, then saves the cache.
 * The commands run against a throw-away workshop with in-memory streams; none of their output matters.
 */
async function writeCodeCache(out) {
  const { loadProgram } = require('../bin/innolab.js');
  const { program, settings, saveCodeCache } = loadProgram({ forCache: true, dir: out });
  // Records pdfkit's code as the report below loads it (settings.pdfkitCache.record).
  program.configure(settings);
  const dir = mkdtempSync(join(tmpdir(), 'innolab-build-'));
  const sink = { write: () => true };
  const io = { stdout: sink, stderr: sink, stdin: process.stdin, stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false, columns: 100, env: { CI: '1' }, cwd: dir };
  const file = join(dir, 'warm.innolab');
  const csv = join(dir, 'warm.csv');
  writeFileSync(csv, 'Nama,NIP,Unit Kerja,No. HP,E-mail,Peran\n"Siti Aminah, S.E.",19800101 200501 2 001,Bappeda,0812-3456-7890,siti@example.go.id,peserta\n');
  try {
    for (const argv of [
      ['--version'],
      ['--help'],
      ['init', file, '--title', 'Cache', '--start', '2022-11-07', '--end', '2022-11-09'],
      ['participant', 'add', '--name', 'Budi', '-f', file, '--json'],
      ['participant', 'list', '--json', '-f', file],
      ['participant', 'list', '-f', file],
      ['status', '-f', file],
      // A registration import: the code a large one runs on this thread (parsing and writing).
      ['participant', 'import', csv, '-f', file, '--json'],
      // Loads pdfkit and runs its code once, so that its code cache (dist/pdfkit.<id>.cache) is written too.
      ['report', 'attendance', '--day', '1', '--out', join(dir, 'warm.pdf'), '-f', file],
    ]) {
      await program.main(argv, io);
    }
    program.savePdfkitCache();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  saveCodeCache();
}

if (process.argv[2] === '--write-code-cache') await writeCodeCache(process.argv[3]);
else {
  const out = mkdtempSync(join(root, '.dist-'));
  try {
    await bundle(out);
    codeCache(out);
    publish(out);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
