/**
 * banana-i18n backed message function, for the CLI and tests (the gadget uses
 * mw.message instead, see common/mw.ts). Supports PLURAL, GENDER-less grammar
 * and the same `$n` parameters as MediaWiki.
 */
import Banana from 'banana-i18n';
import { type Bundles, type Msg, resolveMessages } from './messages';

export function bananaMsg(bundles: Bundles, lang = 'en'): Msg {
  const banana = new Banana(lang, { messages: { [lang]: resolveMessages(bundles, lang) } });
  return (key, ...params) => banana.i18n(key, ...params);
}
