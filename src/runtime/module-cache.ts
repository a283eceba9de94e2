// V8's code cache for pdfkit and the packages it loads (fontkit, restructure, …). The program itself is
// compiled from dist/main.cjs with a code cache (bin/innolab.js); pdfkit stays outside the bundle and, loaded
// through require as usual, Node 20 compiles its ~40 files from source at every report (~40–60 ms), and again
// each function the first time it runs. scripts/build.mjs makes a report once and saves the compiled code
// of every file loaded from pdfkit's package folders in dist/pdfkit.<build id>.cache; reports then load it.
//
// bin/innolab.js says where that file is (RuntimeSettings.pdfkitCache, given to the program's run()); without
// it (tests run the sources, a build without the file) pdfkit is required as usual. V8 checks each file's
// cache against its source and compiles afresh if they differ, so a changed node_modules only makes reports
// slower.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Module, { isBuiltin } from 'node:module';
import { dirname, sep } from 'node:path';
import vm from 'node:vm';
import { runtimeSettings } from './settings.js';

type Loader = (module: Module, filename: string) => void;
interface ModuleInternals {
  _extensions: Record<string, Loader>;
  _resolveFilename(request: string, parent: Module, isMain: boolean, options?: unknown): string;
  wrap(source: string): string;
}

const M = Module as unknown as ModuleInternals;
const recorded = new Map<string, vm.Script>();

interface Caches {
  code: Map<string, Buffer>;
  /** Where each file's require(request) led when recorded: `${folder}\0${request}` → file. */
  resolved: Map<string, string>;
}

/**
 * The caches in `file`: a JSON index line ({ files: { path: [offset, length] }, resolved: { … } }), then the
 * code caches' bytes.
 */
function readCaches(file: string): Caches {
  const caches: Caches = { code: new Map(), resolved: new Map() };
  try {
    const data = readFileSync(file);
    const newline = data.indexOf(10);
    const index = JSON.parse(data.toString('utf8', 0, newline)) as { files: Record<string, [number, number]>; resolved: Record<string, string> };
    const base = newline + 1;
    for (const [path, [offset, length]] of Object.entries(index.files)) caches.code.set(path, data.subarray(base + offset, base + offset + length));
    for (const [key, path] of Object.entries(index.resolved)) caches.resolved.set(key, path);
  } catch {
    // no cache: compile as usual
  }
  return caches;
}

const resolutions = new Map<string, string>();
/** How the files under the roots were compiled in this process: from the code cache, or from source. */
const use = { fromCache: 0, fromSource: 0 };

export function moduleCacheUse(): { fromCache: number; fromSource: number } {
  return { ...use };
}

/**
 * Runs `load` (which requires pdfkit) with the files under `roots` compiled from the code cache, or, when
 * recording (the build), keeps their compiled scripts for saveModuleCache.
 */
export function withModuleCache<T>(roots: string[], load: () => T): T {
  const config = runtimeSettings().pdfkitCache;
  if (!config || roots.length === 0) return load();
  const caches = config.record ? { code: new Map<string, Buffer>(), resolved: new Map<string, string>() } : readCaches(config.file);
  if (!config.record && caches.code.size === 0) return load();
  const inScope = (filename: string): boolean => roots.some((root) => filename.startsWith(root + sep));
  const original = M._extensions['.js']!;
  M._extensions['.js'] = function (module: Module, filename: string): void {
    if (!inScope(filename)) return original.call(this, module, filename);
    const source = readFileSync(filename, 'utf8').replace(/^#!.*/, '');
    const cachedData = caches.code.get(filename);
    const script = new vm.Script(M.wrap(source), { filename, cachedData });
    if (cachedData && !script.cachedDataRejected) use.fromCache++;
    else use.fromSource++;
    if (config.record) recorded.set(filename, script);
    const folder = dirname(filename);
    // Resolving a package name walks node_modules folders and reads package.json files (~20 ms for pdfkit's
    // tree): the file recorded at build time is required directly; if it is gone, the name is resolved again.
    const load = (id: string): unknown => {
      if (config.record && !isBuiltin(id)) resolutions.set(`${folder}\0${id}`, M._resolveFilename(id, module, false));
      const known = caches.resolved.get(`${folder}\0${id}`);
      if (known !== undefined && existsSync(known)) return module.require(known) as unknown;
      return module.require(id) as unknown;
    };
    const require = Object.assign(load, {
      resolve: (request: string, options?: unknown) => M._resolveFilename(request, module, false, options),
      cache: (Module as unknown as { _cache: unknown })._cache,
    });
    const compiled = script.runInThisContext() as (...args: unknown[]) => void;
    compiled.call(module.exports, module.exports, require, module, filename, folder);
  };
  const restore = (): void => {
    M._extensions['.js'] = original;
  };
  let result: T;
  try {
    result = load();
  } catch (error) {
    restore();
    throw error;
  }
  // import() in the bundle is a require() run a tick later: the loader stays until it has run.
  if (result instanceof Promise) return result.finally(restore) as T;
  restore();
  return result;
}

/** The node_modules folder a resolved package file lies in (pdfkit's dependencies are loaded from there), if any. */
export function nodeModulesFolder(resolved: string): string[] {
  const marker = `${sep}node_modules${sep}`;
  const at = resolved.lastIndexOf(marker);
  return at < 0 ? [] : [resolved.slice(0, at + marker.length - 1)];
}

/** Writes the code of the files loaded while recording (after a report has run them) to the cache file. */
export function saveModuleCache(): void {
  const config = runtimeSettings().pdfkitCache;
  if (!config?.record || recorded.size === 0) return;
  const index: { files: Record<string, [number, number]>; resolved: Record<string, string> } = { files: {}, resolved: Object.fromEntries(resolutions) };
  const parts: Buffer[] = [];
  let offset = 0;
  for (const [path, script] of recorded) {
    const data = script.createCachedData();
    index.files[path] = [offset, data.length];
    parts.push(data);
    offset += data.length;
  }
  writeFileSync(config.file, Buffer.concat([Buffer.from(`${JSON.stringify(index)}\n`), ...parts]));
}
