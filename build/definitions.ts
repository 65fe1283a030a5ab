/**
 * Gadget definitions in both forms the Gadgets extension reads:
 * - the legacy `MediaWiki:Gadgets-definition` list (every version; the only one in 1.39),
 * - JSON pages `Gadget definition:<id>` for wikis with `$wgGadgetsRepo = 'json+definition'`
 *   (Gadgets 1.42+), whose code pages live at `Gadget:<file>`.
 * Pure functions: the build writes their output, deploy merges it into a wiki.
 */

/** gadgets/<name>/gadget.json */
export interface GadgetSpec {
  name: string;
  /** ResourceLoader modules the tiny loader needs (default: mediawiki.util). */
  loaderDependencies?: string[];
  /** ResourceLoader modules the main module needs. */
  coreDependencies?: string[];
  /** Enabled for everyone unless they opt out (the local demo wiki turns this on). */
  default?: boolean;
  /** User rights needed to see the gadget in preferences. */
  rights?: string[];
}

/** One ResourceLoader module that deploy installs as a gadget. */
export interface GadgetModule {
  id: string;
  files: string[];
  hidden: boolean;
  default?: boolean;
  rights?: string[];
  dependencies: string[];
  /** Description per language, from the gadget's i18n files. */
  descriptions: Record<string, string>;
}

/** `* id[ResourceLoader|…]|file.js|file.css` */
export function legacyLine(m: GadgetModule, options: { forceDefault?: boolean } = {}): string {
  const flags = ['ResourceLoader'];
  if (m.hidden) flags.push('hidden');
  else if (m.default || options.forceDefault) flags.push('default');
  if (m.rights && m.rights.length) flags.push(`rights=${m.rights.join(',')}`);
  if (m.dependencies.length) flags.push(`dependencies=${m.dependencies.join(',')}`);
  return `* ${m.id}[${flags.join('|')}]|${m.files.join('|')}`;
}

export function legacyDefinition(section: string, modules: GadgetModule[], options: { forceDefault?: boolean } = {}): string {
  return [`== ${section} ==`, ...modules.map((m) => legacyLine(m, options))].join('\n');
}

export interface JsonGadgetDefinition {
  settings: {
    rights: string[];
    default: boolean;
    hidden: boolean;
    package: boolean;
    skins: string[];
    actions: string[];
    namespaces: number[];
    contentModels: string[];
    categories: string[];
    category: string;
    supportsUrlLoad: boolean;
  };
  module: { pages: string[]; dependencies: string[]; peers: string[]; messages: string[]; type: string };
}

export function jsonDefinitions(section: string, modules: GadgetModule[], options: { forceDefault?: boolean } = {}): Record<string, JsonGadgetDefinition> {
  const out: Record<string, JsonGadgetDefinition> = {};
  for (const m of modules) {
    out[m.id] = {
      settings: {
        rights: m.rights ?? [],
        default: !m.hidden && Boolean(m.default || options.forceDefault),
        hidden: m.hidden,
        package: false,
        skins: [],
        actions: [],
        namespaces: [],
        contentModels: [],
        categories: [],
        category: section,
        supportsUrlLoad: false,
      },
      module: { pages: m.files, dependencies: m.dependencies, peers: [], messages: [], type: '' },
    };
  }
  return out;
}

/**
 * Merges our section into an existing `MediaWiki:Gadgets-definition` text without
 * touching other gadgets: our old section (and any stray lines defining our ids)
 * is replaced in place, or appended when absent.
 */
export function mergeLegacyDefinition(existing: string, section: string, ours: string, ourIds: string[]): string {
  const ids = new Set(ourIds);
  const lines = existing.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let inOurSection = false;
  let inserted = false;
  for (const line of lines) {
    const heading = /^==\s*([^=]+?)\s*==\s*$/.exec(line);
    if (heading) {
      inOurSection = heading[1] === section;
      if (inOurSection) {
        if (!inserted) out.push(ours);
        inserted = true;
        continue;
      }
    }
    // Drop our old lines but keep blank separators, so a section after ours keeps
    // its blank line and merging twice gives the same text.
    if (inOurSection) {
      if (line.trim() === '') out.push(line);
      continue;
    }
    const id = /^\*\s*([^[|\s]+)/.exec(line)?.[1];
    if (id && ids.has(id)) continue;
    out.push(line);
  }
  while (out.length && out[out.length - 1].trim() === '') out.pop();
  if (!inserted) {
    if (out.length) out.push('');
    out.push(ours);
  }
  return out.join('\n') + '\n';
}
