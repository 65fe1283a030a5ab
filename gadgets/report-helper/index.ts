/**
 * report-helper's core (loaded on demand): listens for diffs to add (from the
 * loader's links and from pii-flag's "Request suppression privately"), opens
 * the report dialog, adds per-row links on history and contributions pages.
 */
import { REPORT_ADD_DIFF_HOOK, type ReportAddDiffRequest } from '../common/contracts';
import type { Bundles } from '../common/messages';
import { mwMsg, wikiInfo } from '../common/mw';
import { scan } from '../common/pii-scan';
import { browserStorage } from '../common/storage';
import { addToBasket, basketStore } from './basket/basket';
import { emailAbility, fetchSiteConfigText, refreshEvidence, sendWikiEmail } from './basket/api';
import { OPEN_HOOK } from './loader-hooks';
import { parseDiffUrl } from './referral/links';
import { CONFIG_PAGE, DEFAULT_BASKET_DAYS, type SiteConfig, defaultContacts, mergeContacts, parseSiteConfig } from './route/contacts';
import { isSituation } from './route/route';
import type { ReportDialogProps } from './ui/ReportDialog';
import { mountDialog } from './ui/mount';
import './ui/report-helper.css';
import en from './i18n/en.json';
import de from './i18n/de.json';

const bundles: Bundles = { en, de };
const msg = mwMsg(bundles);
const info = wikiInfo();
const wiki = { server: info.server, script: info.script, dbName: info.dbName, siteName: info.siteName, userName: info.userName };

const api = new mw.Api();

let siteConfig: { config: SiteConfig; errors: string[] } | undefined;
async function loadSiteConfig(): Promise<{ config: SiteConfig; errors: string[] }> {
  if (siteConfig) return siteConfig;
  try {
    const text = await fetchSiteConfigText(api, CONFIG_PAGE);
    siteConfig = text === undefined ? { config: {}, errors: [] } : parseSiteConfig(text, msg);
  } catch (error) {
    // mw.Api rejects with an error code string; our own content check throws an Error.
    siteConfig = { config: {}, errors: [msg('report-helper-config-error-load', error instanceof Error ? error.message : String(error))] };
  }
  return siteConfig;
}

function store(days: number) {
  return basketStore(browserStorage(), days);
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

let host: HTMLElement | null = null;

async function openDialog(notice?: ReportDialogProps['notice']): Promise<void> {
  const { config, errors } = await loadSiteConfig();
  if (!host) {
    host = document.createElement('div');
    host.className = 'wsg-report-helper-root';
    document.body.appendChild(host);
  }
  mountDialog(host, {
    msg,
    wiki,
    store: store(config.basketDays ?? DEFAULT_BASKET_DAYS),
    contacts: mergeContacts(defaultContacts(info.dbName, location.host), config),
    configErrors: errors,
    scanner: (text) => scan(text, { contentLanguage: info.contentLanguage }),
    services: {
      // Only this wiki's API knows this wiki's revisions: a basket kept from another wiki on the
      // same origin (path-based wiki farms) would otherwise get another revision's author and title.
      refreshEvidence: (basket) => (basket.dbName === info.dbName ? refreshEvidence(api, basket) : Promise.resolve(basket)),
      emailAbility: () => emailAbility(api),
      sendWikiEmail: (target, subject, text) => sendWikiEmail(api, target, subject, text),
      copy: copyText,
    },
    notice,
  });
}

const NOTICE_TYPES = { added: 'success', updated: 'success', 'other-wiki': 'warning', invalid: 'error' } as const;

async function addDiff(request: ReportAddDiffRequest, note?: string): Promise<keyof typeof NOTICE_TYPES> {
  const { config } = await loadSiteConfig();
  const s = store(config.basketDays ?? DEFAULT_BASKET_DAYS);
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

mw.hook(REPORT_ADD_DIFF_HOOK).add((request: ReportAddDiffRequest) => {
  if (!request || typeof request.newId !== 'number') return;
  void addDiff(request).then((result) => {
    if (request.openDialog || result === 'other-wiki' || result === 'invalid') void openDialog(noticeFor(result, store(DEFAULT_BASKET_DAYS).get()?.server));
  });
});
mw.hook(OPEN_HOOK).add(() => void openDialog());

if (mw.config.get('wgAction') === 'history' || mw.config.get('wgCanonicalSpecialPageName') === 'Contributions') $(addRowLinks);
