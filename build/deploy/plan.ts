/**
 * Pure planning for `npm run deploy`: which pages a deploy writes and with what
 * text, given the build's manifest, the built files and what the wiki already
 * has. No network, no file system: build/deploy.ts does the I/O around it.
 */
import {
  jsonDefinitions,
  legacyDefinition,
  mergeLegacyDefinition,
  type GadgetModule,
  type JsonGadgetDefinition,
} from '../definitions';

/** dist/gadgets/manifest.json as written by build/build.ts. */
export interface Manifest {
  section: string;
  sectionTitles: Record<string, string>;
  modules: GadgetModule[];
}

export type Variant = 'es5' | 'es2017';

/** "MediaWiki 1.39.17" → [1, 39]; "MediaWiki 1.42.0-wmf.5" → [1, 42]; anything else → null. */
export function parseMediaWikiVersion(generator: string): [number, number] | null {
  const match = /MediaWiki (\d+)\.(\d+)/.exec(generator);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/**
 * ResourceLoader in MediaWiki 1.39 and 1.40 validates gadget code as ECMAScript 5
 * and silently swaps anything newer for an error; 1.41+ accepts ES6+. An unknown
 * version gets ES5, which every version runs.
 */
export function variantFor(generator: string): Variant {
  const version = parseMediaWikiVersion(generator);
  if (!version) return 'es5';
  const [major, minor] = version;
  return major > 1 || minor >= 41 ? 'es2017' : 'es5';
}

export type PageKind = 'code' | 'description' | 'definition' | 'userscript';

export interface PlannedPage {
  title: string;
  text: string;
  kind: PageKind;
}

export interface SitePlanOptions {
  /** Built file name → its text (from dist/gadgets/<variant>/). */
  files: Record<string, string>;
  /** The wiki's content language: the base description page is in it. */
  contentLanguage: string;
  /** Turn every visible gadget on for everyone (the local demo wiki). */
  forceDefault?: boolean;
  /** Also write `Gadget definition:` JSON pages and `Gadget:` code pages (Gadgets' json repo). */
  json?: boolean;
}

/** Every file the manifest's modules name, checked against the built files. */
function requireFiles(manifest: Manifest, files: Record<string, string>): string[] {
  const names = [...new Set(manifest.modules.flatMap((m) => m.files))];
  const missing = names.filter((name) => !(name in files));
  if (missing.length) throw new Error(`the build has no ${missing.join(', ')}: run npm run build first`);
  for (const name of names) assertSurvivesSave(name, files[name]);
  return names;
}

/**
 * MediaWiki stores page text in Unicode NFC: a file that is not NFC would be
 * changed on save (decomposed characters composed, inside strings and regexes too),
 * so the wiki would run different code than the build. Refuse with where it is.
 */
export function assertSurvivesSave(name: string, text: string): void {
  const normalized = text.normalize('NFC');
  if (normalized === text) return;
  let at = 0;
  while (at < text.length && text[at] === normalized[at]) at++;
  throw new Error(
    `${name} contains text MediaWiki would change on save (not Unicode NFC) at character ${at}: ` +
      `${JSON.stringify(text.slice(Math.max(0, at - 30), at + 10))}; write that character as a \\u escape in the source`,
  );
}

/**
 * Description pages: `MediaWiki:Gadget-<id>` in the content language and
 * `MediaWiki:Gadget-<id>/<lang>` for each other translation (how MediaWiki
 * looks up interface messages per user language).
 */
function descriptionPages(prefix: string, texts: Record<string, string>, contentLanguage: string): PlannedPage[] {
  const base = texts[contentLanguage] ?? texts.en;
  if (base === undefined) return [];
  const pages: PlannedPage[] = [{ title: prefix, text: base, kind: 'description' }];
  for (const lang of Object.keys(texts).sort()) {
    if (lang !== contentLanguage) pages.push({ title: `${prefix}/${lang}`, text: texts[lang], kind: 'description' });
  }
  return pages;
}

/**
 * The pages of a site-wide install, in the order to write them: code first,
 * then descriptions, so that a definition (written last, see
 * legacyDefinitionText) never names a page that does not exist yet.
 */
export function planSitePages(manifest: Manifest, options: SitePlanOptions): PlannedPage[] {
  const names = requireFiles(manifest, options.files);
  const pages: PlannedPage[] = names.map((name) => ({ title: `MediaWiki:Gadget-${name}`, text: options.files[name], kind: 'code' }));
  if (options.json) {
    for (const name of names) pages.push({ title: `Gadget:${name}`, text: options.files[name], kind: 'code' });
  }
  pages.push(...descriptionPages(`MediaWiki:Gadget-section-${manifest.section}`, manifest.sectionTitles, options.contentLanguage));
  for (const m of manifest.modules) {
    pages.push(...descriptionPages(`MediaWiki:Gadget-${m.id}`, m.descriptions, options.contentLanguage));
  }
  if (options.json) {
    const definitions: Record<string, JsonGadgetDefinition> = jsonDefinitions(manifest.section, manifest.modules, {
      forceDefault: options.forceDefault,
    });
    for (const [id, definition] of Object.entries(definitions)) {
      pages.push({ title: `Gadget definition:${id}`, text: JSON.stringify(definition, null, '\t'), kind: 'definition' });
    }
  }
  return pages;
}

/** `MediaWiki:Gadgets-definition` with our section replaced or appended, other gadgets' lines untouched. */
export function legacyDefinitionText(existing: string, manifest: Manifest, options: { forceDefault?: boolean } = {}): string {
  const ours = legacyDefinition(manifest.section, manifest.modules, options);
  return mergeLegacyDefinition(
    existing,
    manifest.section,
    ours,
    manifest.modules.map((m) => m.id),
  );
}

/** Where user-mode installs keep the built files: `User:<name>/wiki-safety/`. */
export function userScriptPrefix(userName: string): string {
  return `User:${userName}/wiki-safety/`;
}

/** The user-space pages of a `--user` install (every built file). */
export function planUserPages(manifest: Manifest, files: Record<string, string>, userName: string): PlannedPage[] {
  const prefix = userScriptPrefix(userName);
  return requireFiles(manifest, files).map((name) => ({ title: prefix + name, text: files[name], kind: 'userscript' }));
}

export const COMMON_JS_BEGIN = '// <wiki-safety-gadgets>';
export const COMMON_JS_END = '// </wiki-safety-gadgets>';

/**
 * A JavaScript string literal that is valid ES5 (common.js is validated as
 * ES5 on 1.39): JSON plus escaped U+2028/U+2029, which ES5 forbids raw in strings.
 */
function jsString(value: string): string {
  return JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * The block a `--user` install keeps in `User:<name>/common.js`. It tells where
 * the built files are (window.wikiSafetyUserScripts), defines how a loader gets
 * its core without ResourceLoader (window.wikiSafetyLoadCore: shared styles,
 * then the shared engines the core depends on, then the messages in the user's
 * language when the gadget has them, then the core, all from raw pages; gadgets/common/loader.ts calls it), and loads each gadget's loader once
 * the modules the gadgets need are ready. ES5, because common.js is validated too.
 */
export function userCommonJsBlock(manifest: Manifest, userName: string): string {
  const loaders = manifest.modules.filter((m) => !m.hidden).flatMap((m) => m.files.filter((f) => f.endsWith('.js')));
  const dependencies = [
    ...new Set(['mediawiki.util', ...manifest.modules.flatMap((m) => m.dependencies).filter((d) => !d.startsWith('ext.gadget.'))]),
  ].sort();
  const hiddenJs = new Set(manifest.modules.filter((m) => m.hidden && m.files.some((f) => f.endsWith('.js'))).map((m) => m.id));
  // gadget name → shared script modules its core needs first, e.g. {"pii-flag": ["pii-flag-engine"]}
  const engines: Record<string, string[]> = {};
  for (const m of manifest.modules) {
    if (!m.id.endsWith('-core')) continue;
    engines[m.id.slice(0, -'-core'.length)] = m.dependencies
      .filter((d) => d.startsWith('ext.gadget.') && hiddenJs.has(d.slice('ext.gadget.'.length)))
      .map((d) => d.slice('ext.gadget.'.length));
  }
  // gadget name → languages it has a message page for, e.g. {"pii-flag": ["de"]}: the core bundles English only.
  const languages: Record<string, string[]> = {};
  for (const name of Object.keys(engines)) {
    const prefix = `${name}-i18n-`;
    languages[name] = manifest.modules.filter((m) => m.hidden && m.id.startsWith(prefix)).map((m) => m.id.slice(prefix.length));
  }
  return [
    `${COMMON_JS_BEGIN} written by \`npm run deploy -- --user\`; edits inside this block are replaced on the next deploy`,
    `window.wikiSafetyUserScripts = ${jsString(userScriptPrefix(userName))};`,
    'window.wikiSafetyLoadCore = function (name) {',
    "\tfunction raw(page, type) { return mw.util.wikiScript() + '?title=' + encodeURIComponent(window.wikiSafetyUserScripts + page) + '&action=raw&ctype=' + type; }",
    "\tmw.loader.load(raw('wiki-safety-styles.css', 'text/css'), 'text/css');",
    "\tmw.loader.load(raw(name + '-core.css', 'text/css'), 'text/css');",
    // Ids are ASCII module names, so the JSON is a valid ES5 object literal.
    `\tvar engines = ${JSON.stringify(engines)};`,
    `\tvar languages = ${JSON.stringify(languages)};`,
    // The user's most specific language that has a page (de-at, then de), before the core: its keys win over English.
    "\tvar parts = String(mw.config.get('wgUserLanguage') || 'en').toLowerCase().split('-'), language = [];",
    '\tfor (var i = parts.length; i > 0 && !language.length; i--) {',
    "\t\tif ((languages[name] || []).indexOf(parts.slice(0, i).join('-')) !== -1) language = [name + '-i18n-' + parts.slice(0, i).join('-')];",
    '\t}',
    "\tvar pages = (engines[name] || []).concat(language, [name + '-core']);",
    '\tpages.reduce(function (chain, page) {',
    '\t\treturn chain.then(function () {',
    "\t\t\tvar loading = mw.loader.getScript(raw(page + '.js', 'text/javascript'));",
    // A language page that cannot be read leaves the gadget in English, never without its core.
    '\t\t\treturn page === language[0] ? loading.then(null, function () {}) : loading;',
    '\t\t});',
    "\t}, mw.loader.using(['mediawiki.api', 'mediawiki.util', 'mediawiki.storage']));",
    '};',
    `mw.loader.using([${dependencies.map(jsString).join(', ')}]).then(function () {`,
    `\t[${loaders.map(jsString).join(', ')}].forEach(function (page) {`,
    "\t\tmw.loader.load(mw.util.wikiScript() + '?title=' + encodeURIComponent(window.wikiSafetyUserScripts + page) + '&action=raw&ctype=text/javascript');",
    '\t});',
    '});',
    COMMON_JS_END,
  ].join('\n');
}

/** common.js with our block replaced in place (or appended), everything else the user wrote kept. */
export function mergeCommonJs(existing: string, block: string): string {
  const text = existing.replace(/\r\n?/g, '\n');
  // The block is the last BEGIN before the first END: a stray BEGIN the user left
  // above it (say, a half-deleted old block) never makes us swallow their code.
  const end = text.indexOf(COMMON_JS_END);
  const begin = end === -1 ? -1 : text.lastIndexOf(COMMON_JS_BEGIN, end);
  if (begin !== -1 && end !== -1) {
    return text.slice(0, begin) + block + text.slice(end + COMMON_JS_END.length);
  }
  const kept = text.trimEnd();
  return (kept ? `${kept}\n\n` : '') + block + '\n';
}

/** Rights a deploy needs, by mode; see ../shared/local-wiki.md §2b for the tested table. */
export function requiredRights(mode: 'site' | 'user', json = false): string[] {
  if (mode === 'user') return ['editmyuserjs', 'editmyusercss'];
  return ['editinterface', 'editsitejs', 'editsitecss', ...(json ? ['editsitejson'] : [])];
}

export function missingRights(have: string[], mode: 'site' | 'user', json = false): string[] {
  const set = new Set(have);
  return requiredRights(mode, json).filter((r) => !set.has(r));
}

/** "wiki-safety-gadgets 0.1.0 (abc1234-dirty): …" — what every deploy edit says. */
export function editSummary(version: string, commit: string, what: string): string {
  return `wiki-safety-gadgets ${version} (${commit}): ${what}`;
}

/** MediaWiki trims trailing whitespace on save: compare the way it stores. */
export function sameText(a: string | undefined, b: string): boolean {
  return a !== undefined && a.trimEnd() === b.trimEnd();
}
