/**
 * Size of what `npm run build` ships: per gadget the loader (runs on every page view), the
 * core bundle (loaded on demand) and its CSS, in both variants, minified (as built) and
 * gzip -9. The shared Codex styles module is listed apart: wikis with Codex styles of their
 * own do not need it, and the bundle target excludes it. Shared engine modules (pii-flag-engine,
 * which pii-flag and report-helper both load) count towards every core that depends on them:
 * they run on the same page view as the core.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { GADGET_BUILD_OPTIONS, sharedEnginePlugin } from '../build/build';
import { DIST_GADGETS, ROOT } from './paths';

export interface FileSize {
  file: string;
  minified: number;
  gzip: number;
}

export interface GadgetSize {
  gadget: string;
  variant: 'es2017' | 'es5';
  loader?: FileSize;
  coreJs?: FileSize;
  coreCss?: FileSize;
  /** Shared script modules the core depends on (from dist/gadgets/manifest.json), loaded with it. */
  shared?: FileSize[];
}

export interface SizeReport {
  gadgets: GadgetSize[];
  /** The shared Codex styles, per variant. */
  sharedCss: Partial<Record<'es2017' | 'es5', FileSize>>;
  /** Sum of the loaders (gzip): what a user with every gadget enabled runs on a page with no diff. */
  nonDiffPageGzip: Partial<Record<'es2017' | 'es5', number>>;
  /** Per gadget, where its core's minified bytes come from (filled by the runner). */
  compositions?: Record<string, Composition>;
}

/** gzip -9 size: zlib at level 9 writes the same deflate stream and a 10-byte header like `gzip -9 -c`. */
export function gzipSize(content: Buffer | string): number {
  return gzipSync(content, { level: 9 }).length;
}

function measure(dir: string, file: string): FileSize | undefined {
  const path = join(dir, file);
  if (!existsSync(path)) return undefined;
  const content = readFileSync(path);
  return { file, minified: content.length, gzip: gzipSize(content) };
}

export function measureSizes(dist = DIST_GADGETS): SizeReport | null {
  const report: SizeReport = { gadgets: [], sharedCss: {}, nonDiffPageGzip: {} };
  let found = false;
  for (const variant of ['es2017', 'es5'] as const) {
    const dir = join(dist, variant);
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir);
    const names = files.filter((f) => f.endsWith('-core.js')).map((f) => f.slice(0, -'-core.js'.length)).sort();
    report.sharedCss[variant] = measure(dir, 'wiki-safety-styles.css');
    let loaders = 0;
    for (const gadget of names) {
      found = true;
      const size: GadgetSize = {
        gadget,
        variant,
        loader: measure(dir, `${gadget}.js`),
        coreJs: measure(dir, `${gadget}-core.js`),
        coreCss: measure(dir, `${gadget}-core.css`),
        shared: sharedScripts(dist, `${gadget}-core`).map((file) => measure(dir, file)).filter((f): f is FileSize => Boolean(f)),
      };
      loaders += size.loader?.gzip ?? 0;
      report.gadgets.push(size);
    }
    report.nonDiffPageGzip[variant] = loaders;
  }
  return found ? report : null;
}

/** JS files of the hidden shared modules (not the styles) that module `id` depends on, per the build's manifest. */
export function sharedScripts(dist: string, id: string): string[] {
  const path = join(dist, 'manifest.json');
  if (!existsSync(path)) return [];
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { modules: Array<{ id: string; files: string[]; dependencies: string[] }> };
  const deps = manifest.modules.find((m) => m.id === id)?.dependencies ?? [];
  return manifest.modules
    .filter((m) => deps.includes(`ext.gadget.${m.id}`))
    .flatMap((m) => m.files.filter((f) => f.endsWith('.js')));
}

/** Where a core bundle's bytes come from: `[group, minified bytes]`, largest first. */
export type Composition = Array<[string, number]>;

/** The group a bundled input belongs to: an npm package, or a gadget folder (gadgets/pii-flag/detect). */
export function inputGroup(path: string): string {
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const parts = path.split('/');
  const g = parts.indexOf('gadgets');
  if (g >= 0) {
    const folder = parts.slice(g, g + 3);
    // Files directly in a gadget folder (index.ts, common/*.ts) count as that folder.
    return folder[2]?.includes('.') ? folder.slice(0, 2).join('/') : folder.join('/');
  }
  return path;
}

/**
 * Bundles a gadget's core the way build/build.ts does (esbuild, minified, ES2017, preact's
 * automatic JSX) with a metafile, and sums the output bytes per input group: the "why" of a
 * bundle over budget.
 */
export async function coreComposition(gadget: string): Promise<Composition> {
  const result = await build({
    ...GADGET_BUILD_OPTIONS,
    plugins: [sharedEnginePlugin()],
    entryPoints: [join(ROOT, 'gadgets', gadget, 'index.ts')],
    write: false,
    metafile: true,
    outdir: join(ROOT, 'dist', 'bench-metafile'),
    logLevel: 'silent',
  });
  const groups = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, info] of Object.entries(output.inputs)) {
      const group = inputGroup(path);
      groups.set(group, (groups.get(group) ?? 0) + info.bytesInOutput);
    }
  }
  return [...groups.entries()].sort((a, b) => b[1] - a[1]);
}
