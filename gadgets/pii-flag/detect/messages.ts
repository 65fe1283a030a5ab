/**
 * Default message function for reasons: English from the gadget's en.json, so the
 * engine works in tests, the CLI and the bench without mw or banana-i18n.
 */
import en from '../i18n/en.json';
import { type Msg, resolveMessages, simpleMsg } from '../../common/messages';

let english: Msg | undefined;

export function defaultMsg(): Msg {
  if (!english) english = simpleMsg(resolveMessages({ en }, 'en'));
  return english;
}
