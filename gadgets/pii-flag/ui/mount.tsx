/**
 * One run of pii-flag on a diff page: read the added text, scan it in slices,
 * highlight what was found and show the banner. Everything the page or the wiki
 * provides is passed in (`PiiFlagPage`), so the same code runs in jsdom tests
 * and under MediaWiki (index.ts builds the real one).
 */
import { render } from 'preact';
import type { PiiType, ReportAddDiffRequest } from '../../common/contracts';
import type { Msg } from '../../common/messages';
import type { ExpiringStore } from '../../common/storage';
import { findWhileReading, type ChunkOptions, type GroupScanner, type LocatedFinding } from '../diff/find';
import { DIFF_ROOTS, groupReader } from '../diff/read';
import { Banner, type RequestOutcome } from './Banner';
import { createHighlighter, type HighlighterOptions } from './highlight';
import { type DiffIds, type OversightContact, privateRequest, reportRequest } from './request';

export const ROOT_CLASS = 'wsg-pii-flag';

export interface PiiFlagPage {
  doc: Document;
  scanText: GroupScanner;
  msg: Msg;
  /** The diff's ids; null when the page does not say which revision it shows. */
  ids: DiffIds | null;
  /** "Not personal information" for this revision, kept with an expiry. */
  dismissals: ExpiringStore<boolean>;
  contact: OversightContact;
  /** report-helper, when it is installed for this user. */
  helper?: { enabled: () => boolean; send: (request: ReportAddDiffRequest) => void };
  /** reply-templates, when it is installed for this user: "Draft a reply" opens it. */
  replies?: { enabled: () => boolean; open: () => void };
  /** Opens the prefilled private message (mailto in place, EmailUser in a new tab). */
  openUrl: (url: string, kind: 'mailto' | 'emailuser') => void;
  dir?: 'ltr' | 'rtl';
  highlight?: HighlighterOptions;
  chunks?: ChunkOptions;
}

export interface PiiFlagRun {
  /** Resolves with the findings once the scan is done (null when stopped first). */
  done: Promise<LocatedFinding[] | null>;
  /** Removes the banner and highlights, and stops a scan still running. */
  stop: () => void;
}

/** Sets the readiness signal tests and tools wait on: `<html data-wsg-pii-flag="done" data-wsg-pii-flag-count="3">`. */
function signal(doc: Document, state: 'scanning' | 'done' | 'error', count?: number): void {
  const root = doc.documentElement;
  root.setAttribute('data-wsg-pii-flag', state);
  if (count === undefined) root.removeAttribute('data-wsg-pii-flag-count');
  else root.setAttribute('data-wsg-pii-flag-count', String(count));
}

/** The banner goes right before the first diff table (never inside it), or first in the mobile diff area. */
function insertContainer(doc: Document): HTMLElement | null {
  const root = doc.querySelector(DIFF_ROOTS);
  if (!root || !root.parentNode) return null;
  const container = doc.createElement('div');
  container.className = ROOT_CLASS;
  if (root.nodeName === 'TABLE') root.parentNode.insertBefore(container, root);
  else root.insertBefore(container, root.firstChild);
  return container;
}

/** What "Request suppression privately" does: report-helper when present, else a private message. */
export function requestSuppression(page: PiiFlagPage, types: PiiType[]): RequestOutcome {
  if (!page.ids) return { kind: 'error' };
  if (page.helper && page.helper.enabled()) {
    page.helper.send(reportRequest(page.ids, types));
    return { kind: 'helper' };
  }
  const request = privateRequest(page.ids, types, page.contact, page.msg);
  page.openUrl(request.url, request.kind);
  return request;
}

export function runPiiFlag(page: PiiFlagPage): PiiFlagRun {
  const { doc } = page;
  let stopped = false;
  let container: HTMLElement | null = null;
  const highlighter = createHighlighter(doc, page.highlight);

  const stop = () => {
    stopped = true;
    highlighter.clear();
    if (container) {
      render(null, container);
      container.remove();
      container = null;
    }
  };

  signal(doc, 'scanning');
  // Read and scan in shared slices: a 2 MB diff is never read in one long task.
  const done = findWhileReading(groupReader(doc), page.scanText, { ...page.chunks, cancelled: () => stopped }).then(
    (findings) => {
      if (!findings || stopped) return null;
      if (findings.length === 0) {
        signal(doc, 'done', 0);
        return findings;
      }
      container = insertContainer(doc);
      if (!container) {
        signal(doc, 'done', findings.length);
        return findings;
      }
      const dismissed = page.dismissals.get() === true;
      const types = findings.map((f) => f.finding.type);
      render(
        <Banner
          findings={findings}
          msg={page.msg}
          dir={page.dir}
          initiallyDismissed={dismissed}
          onJump={(f) => highlighter.focus(f)}
          onDraftReply={page.replies && page.replies.enabled() ? page.replies.open : undefined}
          onRequest={() => requestSuppression(page, types)}
          onDismiss={() => {
            page.dismissals.set(true);
            highlighter.clear();
          }}
          onUndismiss={() => {
            page.dismissals.clear();
            void highlighter.show(findings);
          }}
        />,
        container,
      );
      const shown = dismissed ? Promise.resolve() : highlighter.show(findings);
      return shown.then(() => {
        if (!stopped) signal(doc, 'done', findings.length);
        return findings;
      });
    },
    (error: unknown) => {
      // A broken engine must never break the diff: say so quietly and leave the page as it was.
      signal(doc, 'error');
      stop();
      if (typeof console !== 'undefined') console.error('[pii-flag]', error);
      return null;
    },
  );
  return { done, stop };
}
