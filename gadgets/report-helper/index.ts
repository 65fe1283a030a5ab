/**
 * report-helper's core (loaded on demand): listens for diffs to add (from the
 * loader's links and from pii-flag's "Request suppression privately"), opens
 * the report dialog, adds per-row links on history and contributions pages.
 */
import { isGadgetEnabled, callGadget } from '../common/bridge';
import { loadWikiConfig } from '../common/config/load';
import { DEFAULT_BASKET_DAYS, basketDays } from '../common/config/resolve';
import { REPLY_OPEN_HOOK, REPORT_ADD_DIFF_HOOK, type ReplyOpenRequest, type ReportAddDiffRequest } from '../common/contracts';
import commonEn from '../common/i18n/en.json';
import type { Msg } from '../common/messages';
import { copyToClipboard } from '../common/clipboard';
import { loadMessages, wikiInfo } from '../common/mw';
import { scan } from '../common/pii-scan';
import { browserStorage } from '../common/storage';
import { addToBasket, basketStore } from './basket/basket';
import { emailAbility, refreshEvidence, sendWikiEmail } from './basket/api';
import { OPEN_HOOK } from './loader-hooks';
import { parseDiffUrl } from './referral/links';
import { isSituation } from './route/route';
import type { ReportDialogProps } from './ui/ReportDialog';
import { mountDialog, unmountDialog } from './ui/mount';
import './ui/report-helper.css';
import en from './i18n/en.json';

// Set (user's language, English for the rest) before the hooks below are listened to.
let msg: Msg;
const info = wikiInfo();
const wiki = { server: info.server, script: info.script, dbName: info.dbName, siteName: info.siteName, userName: info.userName };

const api = new mw.Api();

function store(days: number) {
  return basketStore(browserStorage(), days);
}

let host: HTMLElement | null = null;

/** "Draft a case reply": the report dialog closes (everything typed is in the basket) and reply-templates opens. */
function draftReply(): void {
  if (host) unmountDialog(host);
  callGadget<ReplyOpenRequest>('reply-templates', REPLY_OPEN_HOOK, { kind: 'acknowledgement' });
}

async function openDialog(notice?: ReportDialogProps['notice']): Promise<void> {
  const { config, problems } = await loadWikiConfig(msg);
  if (!host) {
    host = document.createElement('div');
    host.className = 'wsg-report-helper-root';
    document.body.appendChild(host);
  }
  mountDialog(host, {
    msg,
    wiki,
    store: store(basketDays(config)),
    contacts: config,
    configProblems: problems,
    onDraftReply: isGadgetEnabled('reply-templates') ? draftReply : undefined,
    scanner: (text) => scan(text, { contentLanguage: info.contentLanguage }),
    services: {
      // Only this wiki's API knows this wiki's revisions: a basket kept from another wiki on the
      // same origin (path-based wiki farms) would otherwise get another revision's author and title.
      refreshEvidence: (basket) => (basket.dbName === info.dbName ? refreshEvidence(api, basket) : Promise.resolve(basket)),
      emailAbility: () => emailAbility(api),
      sendWikiEmail: (target, subject, text) => sendWikiEmail(api, target, subject, text),
      copy: copyToClipboard,
    },
    notice,
  });
}

const NOTICE_TYPES = { added: 'success', updated: 'success', 'other-wiki': 'warning', invalid: 'error' } as const;

async function addDiff(request: ReportAddDiffRequest, note?: string): Promise<keyof typeof NOTICE_TYPES> {
  const { config } = await loadWikiConfig(msg);
  const s = store(basketDays(config));
  const current = s.get();
  const { basket, result } = addToBasket(
    current,
    { server: info.server, script: info.script, dbName: request.dbName, newId: request.newId, oldId: request.oldId, title: request.title, findingTypes: request.findingTypes, note },
    Date.now(),
  );
  if (basket && (result === 'added' || result === 'updated')) {
    if (request.situation && isSituation(request.situation)) {
      const draft = basket.draft ?? { situations: [], summary: '', senderContact: '', reporter: '', target: '', investigation: '', actions: [] };
      if (!draft.situations.includes(request.situation)) basket.draft = { ...draft, situations: [...draft.situations, request.situation] };
    }
    s.set(basket);
  }
  return result;
}

function noticeFor(result: keyof typeof NOTICE_TYPES, otherServer?: string): ReportDialogProps['notice'] {
  const key = { added: 'report-helper-basket-added', updated: 'report-helper-basket-added', 'other-wiki': 'report-helper-basket-other-wiki', invalid: 'report-helper-basket-invalid' }[result];
  return { type: NOTICE_TYPES[result], text: msg(key, otherServer ?? '') };
}

/** History and contributions rows: an "add to report" link per revision. */
function addRowLinks(): void {
  const rows = document.querySelectorAll<HTMLElement>('#pagehistory li[data-mw-revid], .mw-contributions-list li[data-mw-revid], ul.mw-contributions-list > li[data-mw-revid]');
  const pageTitle = String(mw.config.get('wgPageName')).replace(/_/g, ' ');
  rows.forEach((row) => {
    if (row.querySelector('.wsg-rh-row-link')) return;
    const newId = Number(row.getAttribute('data-mw-revid'));
    if (!(newId > 0)) return;
    // The row's "prev" link names the parent revision when the wiki shows it.
    const prev = row.querySelector<HTMLAnchorElement>('a.mw-changeslist-diff, .mw-history-histlinks a[href*="diff="]');
    const parsed = prev ? parseDiffUrl(prev.href) : undefined;
    const oldId = parsed && typeof parsed === 'object' && parsed.newId === newId ? parsed.oldId : undefined;
    const titleLink = row.querySelector<HTMLAnchorElement>('a.mw-contributions-title');
    const title = titleLink ? titleLink.textContent || undefined : mw.config.get('wgCanonicalSpecialPageName') ? undefined : pageTitle;
    const a = document.createElement('a');
    a.href = '#';
    a.className = 'wsg-rh-row-link';
    a.textContent = msg('report-helper-row-add');
    a.title = msg('report-helper-row-add-tooltip');
    a.addEventListener('click', (e) => {
      e.preventDefault();
      void addDiff({ server: info.server, dbName: info.dbName, newId, oldId, title }).then((result) => {
        if (result === 'added' || result === 'updated') {
          a.textContent = msg('report-helper-row-added');
          a.classList.add('wsg-rh-row-link--added');
        } else {
          void openDialog(noticeFor(result, store(DEFAULT_BASKET_DAYS).get()?.server));
        }
      });
    });
    const wrap = document.createElement('span');
    wrap.className = 'mw-changeslist-separator';
    row.appendChild(wrap);
    row.appendChild(a);
  });
}

// Common messages too: the configuration's problems are worded there, for every gadget alike.
// mw.hook remembers a hook fired before we listen, so nothing the loader asked for is lost.
void loadMessages('report-helper', { ...commonEn, ...en }).then((loaded) => {
  msg = loaded;
  mw.hook(REPORT_ADD_DIFF_HOOK).add((request: ReportAddDiffRequest) => {
    if (!request || typeof request.newId !== 'number') return;
    void addDiff(request).then((result) => {
      if (request.openDialog || result === 'other-wiki' || result === 'invalid') void openDialog(noticeFor(result, store(DEFAULT_BASKET_DAYS).get()?.server));
    });
  });
  mw.hook(OPEN_HOOK).add(() => void openDialog());

  if (mw.config.get('wgAction') === 'history' || mw.config.get('wgCanonicalSpecialPageName') === 'Contributions') $(addRowLinks);
});
