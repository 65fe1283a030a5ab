/**
 * pii-flag's core, loaded by loader.ts on diff views only: the MediaWiki glue.
 * Reads mw.config and the shared per-wiki configuration (gadgets/common/config:
 * phone region, oversight contact), builds the page description
 * runPiiFlag needs, and scans again when MediaWiki swaps the diff body (the
 * inline/table toggle of MediaWiki 1.41+ fires `wikipage.diff.wikitextBodyUpdate`).
 */
import './ui/pii-flag.css';
import commonEn from '../common/i18n/en.json';
import { isGadgetEnabled, callGadget } from '../common/bridge';
import { loadWikiConfig } from '../common/config/load';
import { oversightContact } from '../common/config/resolve';
import type { WikiConfig } from '../common/config/schema';
import { REPORT_ADD_DIFF_HOOK, REPLY_OPEN_HOOK, type ReplyOpenRequest } from '../common/contracts';
import type { Msg } from '../common/messages';
import { loadMessages, wikiInfo } from '../common/mw';
import { browserStorage, DAY_MS, expiringStore } from '../common/storage';
import { scan } from './detect';
import en from './i18n/en.json';
import { DIFF_ROOTS } from './diff/read';
import { type PiiFlagRun, runPiiFlag } from './ui/mount';
import type { DiffIds } from './ui/request';

/** A dismissal ("Not personal information") is remembered this long for a revision. */
const DISMISS_TTL_MS = 30 * DAY_MS;

/** Revision ids: from mw.config, or (Special:ComparePages on old versions) from the right-hand title link. */
function diffIds(): DiffIds | null {
  const info = wikiInfo();
  let newId = Number(mw.config.get('wgDiffNewId')) || 0;
  let oldId = Number(mw.config.get('wgDiffOldId')) || 0;
  if (!newId) {
    const fromLink = (id: string) => {
      const a = document.querySelector<HTMLAnchorElement>('#' + id + ' a[href*="oldid="]');
      const m = a ? /[?&]oldid=(\d+)/.exec(a.getAttribute('href') || '') : null;
      return m ? Number(m[1]) : 0;
    };
    newId = fromLink('mw-diff-ntitle1');
    oldId = oldId || fromLink('mw-diff-otitle1');
  }
  if (!newId) return null;
  const ns = Number(mw.config.get('wgNamespaceNumber'));
  const title = ns >= 0 ? String(mw.config.get('wgPageName') || '').replace(/_/g, ' ') : undefined;
  return { server: info.server, script: info.script, dbName: info.dbName, newId, oldId: oldId || undefined, title: title || undefined };
}

function start(config: WikiConfig, msg: Msg): void {
  const info = wikiInfo();
  const ids = diffIds();
  const ns = Number(mw.config.get('wgNamespaceNumber'));
  const relevantUser = mw.config.get('wgRelevantUserName') as string | null;
  const scanOptions = {
    namespace: ns >= 0 ? ns : undefined,
    contentLanguage: info.contentLanguage,
    region: config.region,
    msg,
    ownUsers: relevantUser ? [relevantUser] : undefined,
  };
  const dir = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';

  let run: PiiFlagRun | null = null;
  let scanned: DiffSignature | null = null;
  const rescan = () => {
    if (run) run.stop();
    scanned = signature();
    run = runPiiFlag({
      doc: document,
      scanText: (text) => scan(text, scanOptions),
      msg,
      ids,
      dismissals: expiringStore<boolean>(browserStorage(), `wsg-pii-flag-dismissed:${info.dbName}:${ids ? ids.newId : location.pathname}`, DISMISS_TTL_MS),
      // The shipped directory, the site page and the user's override, stewards only where none names a team.
      contact: oversightContact(config),
      helper: {
        enabled: () => isGadgetEnabled('report-helper'),
        send: (request) => callGadget('report-helper', REPORT_ADD_DIFF_HOOK, request),
      },
      replies: {
        enabled: () => isGadgetEnabled('reply-templates'),
        open: () => callGadget<ReplyOpenRequest>('reply-templates', REPLY_OPEN_HOOK, { kind: 'acknowledgement' }),
      },
      openUrl: (url, kind) => {
        if (kind === 'mailto') location.href = url;
        else window.open(url, '_blank', 'noopener');
      },
      dir,
    });
  };

  rescan();
  // Hooks remember their last event, so these also fire at once for the diff we
  // just scanned: only a diff whose added text changed starts a new scan.
  const onDiffChanged = () => {
    if (!scanned || !sameDiff(scanned, signature())) rescan();
  };
  mw.hook('wikipage.diff').add(onDiffChanged);
  mw.hook('wikipage.diff.wikitextBodyUpdate').add(onDiffChanged);
}

/**
 * Enough to tell whether MediaWiki replaced the diff body since the last scan,
 * without reading the diff again (a second full read cost ~25 ms per call on a
 * 2 MB diff): the diff root, how many added/changed cells it has, and whether
 * the first of them is still in the page.
 */
interface DiffSignature {
  root: Element | null;
  first: Element | null;
  count: number;
}

const ADDED_CELLS = 'td.diff-addedline, td.diff-side-added, .mw-diff-inline-added, .mw-diff-inline-changed, .mw-diff-inline-moved-destination, ins';

function signature(): DiffSignature {
  const root = document.querySelector(DIFF_ROOTS);
  const cells = root ? root.querySelectorAll(ADDED_CELLS) : null;
  return { root, first: cells && cells.length ? cells[0] : null, count: cells ? cells.length : 0 };
}

function sameDiff(a: DiffSignature, b: DiffSignature): boolean {
  return a.root === b.root && a.count === b.count && a.first === b.first && (!a.first || document.contains(a.first));
}

/**
 * The configuration (one API request per page view, shared with the other
 * gadgets) comes before the scan: its region decides how phone numbers read.
 * Its problems are listed in report-helper's dialog; here they only
 * go to the console, and a configuration that cannot be read never stops the scan.
 */
function whenReady(): Promise<void> {
  return new Promise((resolve) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => resolve());
    else resolve();
  });
}

// The user's language first (English is bundled; others are a module of their own).
void loadMessages('pii-flag', { ...commonEn, ...en }).then((msg) =>
  Promise.all([loadWikiConfig(msg).catch(() => ({ config: {}, problems: [] })), whenReady()]).then(([loaded]) => {
    for (const p of loaded.problems) mw.log.warn(`[pii-flag] ${p.source}: ${p.errors.join('; ')}`);
    start(loaded.config, msg);
  }),
);
