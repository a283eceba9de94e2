#!/usr/bin/env node
/* global require, module, __dirname */
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS entry point, on purpose (see below) */
'use strict';
// CommonJS (see bin/package.json) because an ES module entry costs ~7 ms more to start, and start-up must
// stay within 1.5× of a bare `node -e ''` (SPEC §6). It loads dist/main.cjs with V8's code cache, written by
// scripts/build.mjs, so that parsing and compiling the program is mostly skipped; without a usable cache it
// compiles as usual. Nothing else happens here: the program itself is src/main.ts, entered through
// src/runtime/entry.ts (docs/PERFORMANCE.md explains each of these tricks).
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const Module = require('node:module');
const vm = require('node:vm');

const defaultDir = join(__dirname, '..', 'dist');

/**
 * The id that scripts/build.mjs appended to the bundle. Its cache is main.cjs.<id>.cache and starts with the
 * same id and a newline, so a bundle never meets another build's cache (builds may run side by side).
 */
function buildId(source) {
  const match = /\/\/# innolab-build ([0-9a-f]+)\s*$/.exec(source.slice(-64));
  return match ? match[1] : null;
}

function readCache(cacheFile, id) {
  try {
    const data = readFileSync(cacheFile);
    const newline = data.indexOf(10);
    if (newline > 0 && data.toString('latin1', 0, newline) === id) return data.subarray(newline + 1);
  } catch {
    // no cache: compile as usual
  }
  return undefined;
}

/**
 * Returns { program, settings, cached, saveCodeCache }: `program` is src/runtime/entry.ts, `settings` what to
 * give its run() (where pdfkit's code cache is). `forCache` and `dir` are for scripts/build.mjs: compile the
 * bundle it is building without a cache, record pdfkit's, and save new ones after running typical commands.
 */
function loadProgram({ forCache = false, dir = defaultDir } = {}) {
  const source = readFileSync(join(dir, 'main.cjs'), 'utf8');
  // The script is always named after its final place: V8 keeps the name it was cached under in stack traces.
  const file = join(defaultDir, 'main.cjs');
  const id = buildId(source);
  const cachedData = id && !forCache ? readCache(join(defaultDir, `main.cjs.${id}.cache`), id) : undefined;
  // The bundle has no import() (scripts/build.mjs turns them into require()), so the script needs no loader.
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(defaultDir);
  script.runInThisContext()(mod.exports, Module.createRequire(file), mod, file, defaultDir);
  mod.loaded = true;
  return {
    program: mod.exports,
    /** RuntimeSettings (src/runtime/settings.ts): pdfkit's code cache, read from dist/ or recorded by the build. */
    settings: id ? { pdfkitCache: { file: join(forCache ? dir : defaultDir, `pdfkit.${id}.cache`), record: forCache } } : {},
    /** Whether V8 accepted the code cache (test/startup.test.ts checks it). */
    cached: cachedData !== undefined && !script.cachedDataRejected,
    saveCodeCache: () => {
      if (!id) throw new Error('main.cjs has no build id');
      writeFileSync(join(dir, `main.cjs.${id}.cache`), Buffer.concat([Buffer.from(`${id}\n`, 'latin1'), script.createCachedData()]));
    },
  };
}

module.exports = { loadProgram };

if (require.main === module) {
  let loaded;
  try {
    loaded = loadProgram();
  } catch (error) {
    if (!error || error.code !== 'ENOENT') throw error;
    // A checkout that was never built (npm install runs the build; `npm run build` does it by hand).
    process.stderr.write(`error: ${error.path} is missing; build innolab first: npm run build\n`);
    process.exit(1);
  }
  loaded.program.run(loaded.settings);
}
