/**
 * Message functions shared by engines, gadgets and the CLI.
 *
 * Engines never import `mw`: they take a `Msg`. The gadget passes one backed by
 * `mw.message` (see common/mw.ts), the CLI and tests one backed by banana-i18n
 * (common/banana.ts). Bundles are the gadgets' own `i18n/*.json` files in the
 * banana format MediaWiki and translatewiki use.
 */
export type MsgParam = string | number;
export type Msg = (key: string, ...params: MsgParam[]) => string;

/** One language's messages, as read from `i18n/<lang>.json` (the `@metadata` key is ignored). */
export type MessageBundle = Record<string, unknown>;
/** All languages of one gadget: `{ en: {...}, de: {...} }`. */
export type Bundles = Record<string, MessageBundle>;

/** `de-at` → `['de-at', 'de', 'en']`: the order in which languages are tried. */
export function fallbackChain(lang: string | undefined): string[] {
  const chain: string[] = [];
  const code = (lang || 'en').toLowerCase();
  const parts = code.split('-');
  for (let i = parts.length; i > 0; i--) chain.push(parts.slice(0, i).join('-'));
  if (!chain.includes('en')) chain.push('en');
  return chain;
}

/** Flattens bundles into one key → text map for `lang`, most specific language winning. */
export function resolveMessages(bundles: Bundles, lang: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const code of fallbackChain(lang).reverse()) {
    const bundle = bundles[code];
    if (!bundle) continue;
    for (const [key, value] of Object.entries(bundle)) {
      if (key !== '@metadata' && typeof value === 'string') out[key] = value;
    }
  }
  return out;
}

/** Merges several gadgets' bundles (e.g. a gadget that shows the engine's reasons of another). */
export function mergeBundles(...all: Bundles[]): Bundles {
  const out: Bundles = {};
  for (const bundles of all) {
    for (const [lang, bundle] of Object.entries(bundles)) out[lang] = { ...(out[lang] || {}), ...bundle };
  }
  return out;
}

/**
 * A minimal `$1` substitution message function, for engines that must work without
 * banana-i18n or mw (and as the default when a caller passes none). It handles
 * `$n` parameters and `{{PLURAL:$n|one|other}}` for English-like plurals; the gadget and
 * CLI pass richer functions.
 */
export function simpleMsg(messages: Record<string, string>): Msg {
  return (key, ...params) => {
    const text = messages[key];
    if (text === undefined) return `⧼${key}⧽`;
    const withParams = text.replace(/\$(\d+)/g, (m, n: string) => {
      const value = params[Number(n) - 1];
      return value === undefined ? m : String(value);
    });
    return withParams.replace(/\{\{PLURAL:([^|}]{0,40})\|([^|}]{0,200})(?:\|([^}]{0,200}))?\}\}/gi, (_m, count: string, one: string, other?: string) =>
      Number(count.trim()) === 1 ? one : (other ?? one),
    );
  };
}
