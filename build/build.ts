/**
 * `npm run build`: compiles every gadget under gadgets/ (each folder with a
 * gadget.json) and the CLI into dist/.
 *
 * dist/gadgets/es2017/  for MediaWiki 1.41+ (ResourceLoader accepts ES6+)
 * dist/gadgets/es5/     for MediaWiki 1.39/1.40, whose ResourceLoader rejects ES6
 *                       syntax at validation (it silently swaps the code for an
 *                       error while the module still says "ready"). esbuild cannot
 *                       lower let/const/class to ES5, so TypeScript's transpiler
 *                       lowers esbuild's ES2017 bundle; acorn then proves the result
 *                       parses as ECMAScript 5 and the build fails if it does not.
 * dist/gadgets/manifest.json  what deploy needs: pages, definitions, descriptions.
 * dist/cli/wiki-safety.mjs    the Node CLI.
 */
import { build, transform, type BuildOptions, type Plugin } from 'esbuild';
import * as acorn from 'acorn';
import ts from 'typescript';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { legacyDefinition, jsonDefinitions, type GadgetSpec, type GadgetModule } from './definitions';
import { type Bundles, mergeBundles, resolveMessages } from '../gadgets/common/messages';
import { languageModule } from '../gadgets/common/mw';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
export const VARIANTS = ['es2017', 'es5'] as const;
export type Variant = (typeof VARIANTS)[number];
export const SHARED_STYLES = 'wiki-safety-styles';

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Gadget folders: gadgets/<name>/gadget.json. */
export function discoverGadgets(): GadgetSpec[] {
  const dir = join(root, 'gadgets');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'gadget.json')))
    .map((d) => ({ ...readJson<Omit<GadgetSpec, 'name'>>(join(dir, d.name, 'gadget.json')), name: d.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** `{ en: 'text', de: 'Text' }` for one message key across a folder's i18n files. */
function translations(i18nDir: string, key: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(i18nDir)) return out;
  for (const file of readdirSync(i18nDir)) {
    if (!file.endsWith('.json') || file === 'qqq.json') continue;
    const value = readJson<Record<string, unknown>>(join(i18nDir, file))[key];
    if (typeof value === 'string') out[file.slice(0, -5)] = value;
  }
  return out;
}

/** esbuild options every gadget bundle is built with (the bench's size breakdown reuses them). */
export const GADGET_BUILD_OPTIONS: BuildOptions = {
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2017',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  // ASCII output (non-ASCII as \u escapes): MediaWiki normalises page text to NFC on
  // save, which would silently rewrite decomposed characters inside strings and
  // regexes (libphonenumber's "(?:ó?|ó)" matches both forms on purpose) and make
  // every deploy differ from the build.
  charset: 'ascii',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
};

/** ES2017 → ES5 syntax; fails loudly when the result is not ES5. */
export async function lowerToEs5(code: string, file: string): Promise<string> {
  const lowered = ts.transpileModule(code, {
    compilerOptions: {
      target: ts.ScriptTarget.ES5,
      module: ts.ModuleKind.None,
      downlevelIteration: true,
      removeComments: true,
      noEmitHelpers: false,
      importHelpers: false,
    },
    fileName: file.replace(/\.js$/, '.ts'),
    reportDiagnostics: false,
  }).outputText;
  const { code: minified } = await transform(lowered, { minify: true, target: 'es5', charset: 'ascii', legalComments: 'none' });
  assertEs5(minified, file);
  return minified;
}

/** Throws when `code` uses syntax (or regex flags) ECMAScript 5 does not have. */
export function assertEs5(code: string, file: string): void {
  try {
    acorn.parse(code, { ecmaVersion: 5, sourceType: 'script' });
  } catch (error) {
    const e = error as Error & { loc?: { line: number; column: number }; pos?: number };
    const at = e.pos !== undefined ? code.slice(Math.max(0, e.pos - 60), e.pos + 60) : '';
    throw new Error(`${file} is not ECMAScript 5 after lowering (${e.message}). Near: ${at}`);
  }
}

/**
 * Engines that more than one gadget runs (pii-flag's detector: pii-flag scans
 * diffs, report-helper scans the summary a reporter types) ship once, as a
 * hidden module of their own, instead of inside every core that imports them.
 * In ResourceLoader the module's exports are reached with the `require` every
 * module gets; in a user-mode install (raw pages, no ResourceLoader wrapper)
 * through a window global.
 */
export interface SharedEngine {
  id: string;
  /** The engine's entry, relative to the repo root. */
  entry: string;
  global: string;
}
export const SHARED_ENGINES: SharedEngine[] = [
  { id: 'pii-flag-engine', entry: 'gadgets/pii-flag/detect/index.ts', global: 'wikiSafetyPiiEngine' },
];

/** esbuild plugin: imports of a shared engine become a lookup of the engine module at call time. */
export function sharedEnginePlugin(used: Set<string> = new Set()): Plugin {
  // An engine is imported as ".../detect" or ".../detect/index(.ts)": key both forms.
  const byPath = new Map<string, SharedEngine>();
  for (const e of SHARED_ENGINES) {
    const file = join(root, e.entry).replace(/\.ts$/, '');
    byPath.set(file, e);
    byPath.set(dirname(file), e);
  }
  return {
    name: 'wsg-shared-engines',
    setup(b) {
      b.onResolve({ filter: /detect(\/index(\.ts)?)?$/ }, (args) => {
        const engine = byPath.get(resolve(args.resolveDir, args.path).replace(/\.ts$/, ''));
        if (!engine) return undefined;
        used.add(engine.id);
        return { path: engine.id, namespace: 'wsg-shared-engine' };
      });
      b.onLoad({ filter: /.*/, namespace: 'wsg-shared-engine' }, (args) => {
        const engine = SHARED_ENGINES.find((e) => e.id === args.path) as SharedEngine;
        // `require` is ResourceLoader's per-module function; referenced indirectly so esbuild does not bundle it.
        return {
          loader: 'js',
          contents: `var rlRequire = typeof require === 'function' ? require : undefined;
function engine() { return (rlRequire && rlRequire(${JSON.stringify(`ext.gadget.${engine.id}`)})) || window[${JSON.stringify(engine.global)}]; }
export function scan(text, options) { return engine().scan(text, options); }`,
        };
      });
    },
  };
}

/**
 * Marks every style rule of `css` with CSSJanus's noflip annotation.
 * ResourceLoader flips gadget CSS for right-to-left interfaces, but Codex's
 * "-bidi" CSS already carries its own [dir=rtl] rules: flipped again they put
 * e.g. checkbox boxes on the wrong side. The shared styles are bidi-correct as
 * built (also for user-mode installs, whose raw CSS nobody flips), so they must
 * not be flipped. Walks the minified CSS once, skipping quoted strings.
 */
export function protectFromFlipping(css: string): string {
  let out = '';
  let ruleStart = true; // at a point where a selector may begin
  for (let i = 0; i < css.length; i++) {
    const ch = css[i];
    if (ruleStart && !/[\s{}]/.test(ch)) {
      if (ch !== '@') out += '/*@noflip*/';
      ruleStart = false;
    }
    if (ch === '"' || ch === "'") {
      const end = css.indexOf(ch, i + 1);
      const stop = end === -1 ? css.length - 1 : end;
      out += css.slice(i, stop + 1);
      i = stop;
      continue;
    }
    out += ch;
    if (ch === '}') ruleStart = true;
    // "{" opens declarations for a style rule, but a block of rules for @media/@supports.
    if (ch === '{') ruleStart = /@(media|supports|layer|container)[^{};]*$/.test(out.slice(Math.max(0, out.length - 400), -1));
  }
  return out;
}

/** Every `i18n/<lang>.json` of a folder as bundles (`qqq` is documentation, not a language). */
export function readBundles(i18nDir: string): Bundles {
  const out: Bundles = {};
  if (!existsSync(i18nDir)) return out;
  for (const file of readdirSync(i18nDir)) {
    const lang = file.slice(0, -5);
    if (!file.endsWith('.json') || lang === 'qqq' || !/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(lang)) continue;
    out[lang] = readJson<Record<string, unknown>>(join(i18nDir, file));
  }
  return out;
}

/**
 * Each language but English, resolved along its fallback chain without English
 * (de-at gets de-at, then de): `{ de: { key: text } }`. English is the core's own
 * fallback, so a language module carries only what differs from it in language.
 */
export function languageMessages(bundles: Bundles): Record<string, Record<string, string>> {
  const { en: _english, ...others } = bundles;
  const out: Record<string, Record<string, string>> = {};
  for (const lang of Object.keys(others).sort()) {
    const messages = resolveMessages(others, lang);
    if (Object.keys(messages).length) out[lang] = messages;
  }
  return out;
}

/**
 * A language module's whole code: sets the messages the wiki has not set itself
 * (a local MediaWiki:<key> translation wins), nothing else. The text is data,
 * written with JSON.stringify; every non-ASCII character, U+2028/2029 included,
 * becomes a \u escape, so the file is ASCII and ES5 like the other bundles.
 */
export function languageModuleSource(messages: Record<string, string>): string {
  const data = JSON.stringify(messages).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `(function(m){var s={},k;for(k in m)if(Object.prototype.hasOwnProperty.call(m,k)&&!mw.messages.exists(k))s[k]=m[k];mw.messages.set(s);})(${data});\n`;
}

/** A gadget's language modules: hidden, no dependencies, one file each (`<gadget>-i18n-<lang>.js`). */
export function languageModules(gadget: string, bundles: Bundles): { module: GadgetModule; source: string }[] {
  return Object.entries(languageMessages(bundles)).map(([lang, messages]) => {
    const id = languageModule(gadget, lang);
    return { module: { id, files: [`${id}.js`], hidden: true, dependencies: [], descriptions: {} }, source: languageModuleSource(messages) };
  });
}

async function bundleOne(entry: string, outfile: string, plugins: Plugin[] = []): Promise<void> {
  await build({ ...GADGET_BUILD_OPTIONS, entryPoints: [entry], outfile, plugins });
}

async function bundleSharedEngine(engine: SharedEngine, outfile: string): Promise<void> {
  await build({
    ...GADGET_BUILD_OPTIONS,
    entryPoints: [join(root, engine.entry)],
    outfile,
    globalName: engine.global,
    footer: {
      js: `typeof module==="object"&&module?module.exports=${engine.global}:window.${engine.global}=${engine.global};`,
    },
  });
}

export async function buildGadgets(): Promise<{ gadgets: GadgetSpec[]; modules: GadgetModule[] }> {
  const gadgets = discoverGadgets();
  const out2017 = join(dist, 'gadgets', 'es2017');
  const out5 = join(dist, 'gadgets', 'es5');
  rmSync(join(dist, 'gadgets'), { recursive: true, force: true });
  mkdirSync(out2017, { recursive: true });
  mkdirSync(out5, { recursive: true });

  const modules: GadgetModule[] = [
    {
      id: SHARED_STYLES,
      files: [`${SHARED_STYLES}.css`],
      hidden: true,
      dependencies: [],
      descriptions: translations(join(root, 'gadgets', 'common', 'i18n'), 'wiki-safety-styles-gadget-description'),
    },
  ];
  const stylesFile = join(out2017, `${SHARED_STYLES}.css`);
  await build({ ...GADGET_BUILD_OPTIONS, entryPoints: [join(root, 'gadgets', 'common', 'ui', 'codex.css')], outfile: stylesFile });
  writeFileSync(stylesFile, protectFromFlipping(readFileSync(stylesFile, 'utf8')));

  const enginesUsed = new Set<string>();
  for (const g of gadgets) {
    const dir = join(root, 'gadgets', g.name);
    const i18n = join(dir, 'i18n');
    const used = new Set<string>();
    await bundleOne(join(dir, 'loader.ts'), join(out2017, `${g.name}.js`));
    await bundleOne(join(dir, 'index.ts'), join(out2017, `${g.name}-core.js`), [sharedEnginePlugin(used)]);
    used.forEach((id) => enginesUsed.add(id));
    const coreFiles = [`${g.name}-core.js`];
    if (existsSync(join(out2017, `${g.name}-core.css`))) coreFiles.push(`${g.name}-core.css`);
    modules.push({
      id: g.name,
      files: [`${g.name}.js`],
      hidden: false,
      default: g.default ?? false,
      rights: g.rights,
      dependencies: g.loaderDependencies ?? ['mediawiki.util'],
      descriptions: translations(i18n, `${g.name}-gadget-description`),
    });
    modules.push({
      id: `${g.name}-core`,
      files: coreFiles,
      hidden: true,
      rights: g.rights,
      dependencies: [...(g.coreDependencies ?? []), ...[...used].map((id) => `ext.gadget.${id}`), `ext.gadget.${SHARED_STYLES}`],
      descriptions: translations(i18n, `${g.name}-core-gadget-description`),
    });
    // The core bundles English only; every other language is a module of its own (common keys included).
    const common = readBundles(join(root, 'gadgets', 'common', 'i18n'));
    for (const { module, source } of languageModules(g.name, mergeBundles(common, readBundles(i18n)))) {
      writeFileSync(join(out2017, module.files[0]), source);
      modules.push(module);
    }
  }

  for (const engine of SHARED_ENGINES.filter((e) => enginesUsed.has(e.id))) {
    await bundleSharedEngine(engine, join(out2017, `${engine.id}.js`));
    modules.push({
      id: engine.id,
      files: [`${engine.id}.js`],
      hidden: true,
      dependencies: [],
      descriptions: translations(join(root, 'gadgets', 'common', 'i18n'), `${engine.id}-gadget-description`),
    });
  }

  // The ES5 variant: same files, JS lowered, CSS copied.
  for (const file of readdirSync(out2017)) {
    const text = readFileSync(join(out2017, file), 'utf8');
    writeFileSync(join(out5, file), file.endsWith('.js') ? await lowerToEs5(text, file) : text);
  }

  const section = translations(join(root, 'gadgets', 'common', 'i18n'), 'wiki-safety-gadget-section');
  const manifest = {
    section: 'wiki-safety',
    sectionTitles: section,
    modules,
    legacyDefinition: legacyDefinition('wiki-safety', modules),
    jsonDefinitions: jsonDefinitions('wiki-safety', modules),
  };
  writeFileSync(join(dist, 'gadgets', 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  writeFileSync(join(dist, 'gadgets', 'Gadgets-definition.txt'), manifest.legacyDefinition + '\n');
  return { gadgets, modules };
}

export async function buildCli(): Promise<void> {
  const entry = join(root, 'cli', 'wiki-safety.ts');
  if (!existsSync(entry)) return;
  await build({
    ...GADGET_BUILD_OPTIONS,
    entryPoints: [entry],
    outfile: join(dist, 'cli', 'wiki-safety.mjs'),
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: false,
    banner: { js: '#!/usr/bin/env node\nimport { createRequire as __wsgCreateRequire } from "node:module"; const require = __wsgCreateRequire(import.meta.url);' },
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  const { modules } = await buildGadgets();
  await buildCli();
  console.log(`built ${modules.length} gadget modules (es2017 + es5) and the CLI into dist/ in ${Date.now() - started} ms`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
