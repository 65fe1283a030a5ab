/**
 * `npm run deploy -- --wiki URL [--username U --password BOTPASSWORD] [--user] [--dry-run]`
 *
 * Installs or updates every gadget the build lists (dist/gadgets/manifest.json) on a
 * wiki through the Action API (mwn): code pages, descriptions and their translations,
 * and the gadget definitions merged into what the wiki already has. The syntax variant
 * follows the wiki's version (ES5 below 1.41). `--user` installs as personal scripts
 * for people without interface rights. The pure parts live in build/deploy/.
 *
 * Credentials may also come from the environment (WIKI_USERNAME, WIKI_PASSWORD) so a
 * password need not sit in shell history.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Mwn } from 'mwn';
import { DeployError, explainError } from './deploy/errors';
import { unifiedDiff } from './deploy/line-diff';
import {
  editSummary,
  legacyDefinitionText,
  mergeCommonJs,
  missingRights,
  planSitePages,
  planUserPages,
  sameText,
  userCommonJsBlock,
  variantFor,
  type Manifest,
  type PlannedPage,
  type Variant,
} from './deploy/plan';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface DeployOptions {
  /** Wiki address: its api.php, its script path (".../w/") or its home page. */
  wiki: string;
  username?: string;
  password?: string;
  /** Personal userscripts under User:<name>/wiki-safety/ instead of site gadgets. */
  user?: boolean;
  /** Print unified diffs of what would change; write nothing. */
  dryRun?: boolean;
  /** Every visible gadget on by default (the local demo wiki). */
  forceDefault?: boolean;
  /** Override the variant chosen from the wiki's version (the labelled ES2017 smoke run uses this). */
  variant?: Variant;
  /** 'auto' (default): JSON definitions only where the wiki already has `Gadget definition:` pages. */
  definitions?: 'auto' | 'legacy' | 'json' | 'both';
  /** dist/gadgets by default; tests point it at a fixture build. */
  distDir?: string;
  log?: (line: string) => void;
}

export interface DeployResult {
  apiUrl: string;
  generator: string;
  variant: Variant;
  written: string[];
  unchanged: string[];
  diffs: string[];
}

interface SiteInfo {
  apiUrl: string;
  generator: string;
  lang: string;
  hasGadgets: boolean;
}

function readManifest(distDir: string): Manifest {
  const file = join(distDir, 'manifest.json');
  if (!existsSync(file)) throw new DeployError(`${file} is missing: run npm run build first`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

function readVariantFiles(distDir: string, variant: Variant): Record<string, string> {
  const dir = join(distDir, variant);
  if (!existsSync(dir)) throw new DeployError(`${dir} is missing: run npm run build first`);
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir)) files[name] = readFileSync(join(dir, name), 'utf8');
  return files;
}

/** The commit deployed, "-dirty" when the work tree has uncommitted changes. */
export function gitDescription(cwd = root): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return dirty ? `${commit}-dirty` : commit;
  } catch {
    return 'unknown commit';
  }
}

function apiCandidates(wiki: string): string[] {
  const url = new URL(wiki);
  if (url.pathname.endsWith('/api.php')) return [url.toString()];
  const base = url.origin + url.pathname.replace(/\/(index\.php)?$/, '');
  return [`${base}/api.php`, `${base}/w/api.php`];
}

/** Finds the wiki's api.php and reads its version; one clear error when nothing answers. */
async function probe(wiki: string): Promise<SiteInfo> {
  let candidates: string[];
  try {
    candidates = apiCandidates(wiki);
  } catch {
    throw new DeployError(`--wiki ${wiki} is not a URL (example: --wiki https://example.org/w/)`);
  }
  let lastProblem = '';
  for (const apiUrl of candidates) {
    const url = new URL(apiUrl);
    url.search = new URLSearchParams({ action: 'query', meta: 'siteinfo', siprop: 'general|extensions', format: 'json', formatversion: '2' }).toString();
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
      const data = (await response.json()) as { query?: { general?: { generator?: string; lang?: string }; extensions?: { name: string }[] } };
      const general = data.query?.general;
      if (!general?.generator) continue;
      return {
        apiUrl,
        generator: general.generator,
        lang: general.lang ?? 'en',
        hasGadgets: (data.query?.extensions ?? []).some((e) => e.name === 'Gadgets'),
      };
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      lastProblem = cause?.code ?? cause?.message ?? (error as Error).message;
    }
  }
  throw new DeployError(`cannot reach a MediaWiki API at ${wiki}${lastProblem ? ` (${lastProblem})` : ''}: check the URL and that the wiki is running`);
}

async function currentTexts(bot: Mwn, titles: string[]): Promise<Map<string, string | undefined>> {
  const texts = new Map<string, string | undefined>();
  for (let i = 0; i < titles.length; i += 50) {
    const batch = titles.slice(i, i + 50);
    const pages = await bot.read(batch);
    for (const page of pages) {
      texts.set(page.title, page.missing ? undefined : page.revisions?.[0]?.content);
    }
  }
  return texts;
}

async function usesJsonDefinitions(bot: Mwn, choice: DeployOptions['definitions']): Promise<boolean> {
  if (choice === 'json' || choice === 'both') return true;
  if (choice === 'legacy') return false;
  try {
    const data = await bot.request({ action: 'query', list: 'allpages', apnamespace: 2302, aplimit: 1 });
    return (data.query?.allpages ?? []).length > 0;
  } catch {
    return false; // no "Gadget definition" namespace: the legacy definition is the only one
  }
}

export async function deploy(options: DeployOptions): Promise<DeployResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const distDir = options.distDir ?? join(root, 'dist', 'gadgets');
  const manifest = readManifest(distDir);
  const site = await probe(options.wiki);
  const variant = options.variant ?? variantFor(site.generator);
  const files = readVariantFiles(distDir, variant);
  const account = options.username;
  if (!options.user && !site.hasGadgets) {
    throw new DeployError(`${options.wiki} has no Gadgets extension: ask an admin to enable it, or use --user to install as personal scripts`);
  }
  if (!options.dryRun && !(options.username && options.password)) {
    throw new DeployError('writing needs --username and --password (or WIKI_USERNAME/WIKI_PASSWORD); --dry-run only reads');
  }
  if (options.user && !options.username) throw new DeployError('--user needs --username (whose user space to install into)');

  const bot = new Mwn({
    apiUrl: site.apiUrl,
    username: options.username,
    password: options.password,
    userAgent: `wiki-safety-gadgets-deploy (${options.user ? 'user' : 'site'} mode)`,
    silent: true,
    // Main-account logins trigger a deprecation warning per request; our own messages say what matters.
    suppressAPIWarnings: true,
    maxRetries: 1,
    retryPause: 1000,
  });
  let userName = options.username?.split('@')[0] ?? '';
  const json = !options.user && (await usesJsonDefinitions(bot, options.definitions));
  if (options.username && options.password) {
    try {
      await bot.login();
    } catch (error) {
      throw new DeployError(explainError(error, { wiki: options.wiki, account }));
    }
    const info = await bot.userinfo({ uiprop: 'rights' });
    userName = String(info.name);
    const missing = missingRights((info.rights as string[]) ?? [], options.user ? 'user' : 'site', json);
    if (missing.length) {
      throw new DeployError(
        options.user
          ? `${userName} lacks ${missing.join(', ')} on ${options.wiki}: a bot password needs the grant \"Edit your user CSS/JavaScript\" (editmycssjs)`
          : `${userName} lacks ${missing.join(', ')} on ${options.wiki}: a site-wide deploy needs the interface-admin group (and for a bot password the grants editinterface and editsiteconfig); use --user to install as personal scripts instead`,
      );
    }
  }

  const planned: PlannedPage[] = options.user
    ? planUserPages(manifest, files, userName)
    : planSitePages(manifest, { files, contentLanguage: site.lang, forceDefault: options.forceDefault, json });
  const lastTitle = options.user ? `User:${userName}/common.js` : 'MediaWiki:Gadgets-definition';
  const existing = await currentTexts(bot, [...planned.map((p) => p.title), lastTitle]);
  const lastText = existing.get(lastTitle) ?? '';
  planned.push({
    title: lastTitle,
    kind: options.user ? 'userscript' : 'definition',
    text: options.user ? mergeCommonJs(lastText, userCommonJsBlock(manifest, userName)) : legacyDefinitionText(lastText, manifest, { forceDefault: options.forceDefault }),
  });

  const gadgetNames = manifest.modules.filter((m) => !m.hidden).map((m) => m.id).join(', ');
  const summary = editSummary(
    JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
    gitDescription(),
    `${options.user ? 'personal install of' : 'deploy'} ${gadgetNames} (${variant} build)`,
  );
  const result: DeployResult = { apiUrl: site.apiUrl, generator: site.generator, variant, written: [], unchanged: [], diffs: [] };
  log(`${site.generator} at ${site.apiUrl}: ${variant} build, ${options.user ? `user scripts of ${userName}` : `site gadgets${json ? ' (+ JSON definitions)' : ''}`}`);
  for (const page of planned) {
    const before = existing.get(page.title);
    if (sameText(before, page.text)) {
      result.unchanged.push(page.title);
      continue;
    }
    if (options.dryRun) {
      const diff = unifiedDiff(page.title, before, page.text);
      result.diffs.push(diff);
      log(diff);
      continue;
    }
    try {
      await bot.save(page.title, page.text, summary);
    } catch (error) {
      throw new DeployError(explainError(error, { wiki: options.wiki, title: page.title, account }));
    }
    result.written.push(page.title);
  }
  log(
    options.dryRun
      ? `dry run: ${result.diffs.length} page(s) would change, ${result.unchanged.length} unchanged`
      : `${result.written.length} page(s) written, ${result.unchanged.length} unchanged — summary: "${summary}"`,
  );
  return result;
}

const USAGE = `usage: npm run deploy -- --wiki URL [--username NAME@APP --password BOTPASSWORD] [--user] [--dry-run]
  --wiki URL          the wiki (https://example.org/w/ or its api.php)
  --username, --password   a bot password (Special:BotPasswords) with the grants editinterface + editsiteconfig
                      for a site deploy; env WIKI_USERNAME / WIKI_PASSWORD work too
  --user              install as your personal scripts (User:NAME/wiki-safety/…, loaded from your common.js)
  --dry-run           show what would change as a diff; write nothing
  --force-default     turn the gadgets on for everyone (demo wikis)
  --variant es5|es2017   override the build chosen from the wiki's version
  --definitions auto|legacy|json|both   which gadget definitions to write (default auto)`;

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      wiki: { type: 'string' },
      username: { type: 'string' },
      password: { type: 'string' },
      user: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      'force-default': { type: 'boolean', default: false },
      variant: { type: 'string' },
      definitions: { type: 'string', default: 'auto' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !values.wiki) {
    console.log(USAGE);
    if (!values.help) process.exitCode = 2;
    return;
  }
  if (values.variant && values.variant !== 'es5' && values.variant !== 'es2017') throw new DeployError('--variant must be es5 or es2017');
  if (!['auto', 'legacy', 'json', 'both'].includes(values.definitions ?? 'auto')) throw new DeployError('--definitions must be auto, legacy, json or both');
  await deploy({
    wiki: values.wiki,
    username: values.username ?? process.env.WIKI_USERNAME,
    password: values.password ?? process.env.WIKI_PASSWORD,
    user: values.user,
    dryRun: values['dry-run'],
    forceDefault: values['force-default'],
    variant: values.variant as Variant | undefined,
    definitions: values.definitions as DeployOptions['definitions'],
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`deploy: ${explainError(error, { wiki: 'the wiki' })}`);
    process.exit(1);
  });
}
