/**
 * reply-templates' core (loaded on demand by the loader's link, or by another
 * gadget through callGadget): listens to REPLY_OPEN_HOOK and opens the dialog.
 * mw.hook remembers the last event, so the click that loaded this core opens it.
 */
import { render } from 'preact';
import { h } from 'preact';
import { loadWikiConfig } from '../common/config/load';
import type { WikiConfig } from '../common/config/schema';
import { REPLY_OPEN_HOOK, type ReplyOpenRequest } from '../common/contracts';
import type { Msg } from '../common/messages';
import { copyToClipboard } from '../common/clipboard';
import { loadMessages, wikiInfo } from '../common/mw';
import commonEn from '../common/i18n/en.json';
import { browserStorage } from '../common/storage';
import { draftStore } from './ui/draft';
import { ReplyDialog } from './ui/ReplyDialog';
import './ui/reply-templates.css';
import en from './i18n/en.json';

const info = wikiInfo();
// Loading starts with the core; the dialog waits for it (English is bundled, other languages are modules).
const messages = loadMessages('reply-templates', { ...commonEn, ...en }, info.userLanguage);

let host: HTMLElement | null = null;

function close(): void {
  if (host) render(null, host);
}

/** The wiki's configuration, or none when it cannot be read: the dialog opens either way. */
function wikiConfig(msg: Msg): Promise<WikiConfig> {
  return loadWikiConfig(msg).then(
    ({ config, problems }) => {
      for (const p of problems) mw.log.warn(`[reply-templates] ${p.source}: ${p.errors.join('; ')}`);
      return config;
    },
    () => ({}),
  );
}

function open(request: ReplyOpenRequest = {}): void {
  void messages.then((msg) => wikiConfig(msg).then((config) => showDialog(request, config, msg)));
}

function showDialog(request: ReplyOpenRequest, config: WikiConfig, msg: Msg): void {
  if (!host) {
    host = document.createElement('div');
    host.className = 'wsg-reply-templates-root';
    document.body.appendChild(host);
  }
  // A fresh dialog each time: it reads the kept draft, so nothing typed is lost.
  render(null, host);
  const defaults = { resources: config.resources?.support, appealRoute: config.resources?.appeal };
  render(h(ReplyDialog, { msg, lang: info.userLanguage, store: draftStore(browserStorage()), script: info.script, request, defaults, onClose: close, copy: copyToClipboard }), host);
}

mw.hook(REPLY_OPEN_HOOK).add((request?: ReplyOpenRequest) => open(request || {}));
