/**
 * reply-templates' loader: runs on every page, so it stays tiny. It only adds
 * the "Draft a case reply" tool link; a click fires the open hook and loads the
 * core (which listens to the hook). Other gadgets open the dialog with
 * callGadget('reply-templates', REPLY_OPEN_HOOK, { kind }).
 */
import { callGadget } from '../common/bridge';
import { addToolLink } from '../common/mw';
import { REPLY_OPEN_HOOK, type ReplyOpenRequest } from '../common/contracts';
import { 'reply-templates-portlet' as enLink, 'reply-templates-portlet-tooltip' as enTip } from './i18n/en.json';
import { 'reply-templates-portlet' as deLink, 'reply-templates-portlet-tooltip' as deTip } from './i18n/de.json';

function init(): void {
  const de = /^de\b/.test(String(mw.config.get('wgUserLanguage')));
  addToolLink('t-wsg-reply', de ? deLink : enLink, de ? deTip : enTip, () => callGadget<ReplyOpenRequest>('reply-templates', REPLY_OPEN_HOOK, {}));
}

$(init);
