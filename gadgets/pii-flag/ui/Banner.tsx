/**
 * The banner above the diff: what was found (counts by type, a list whose items
 * jump to each highlight, the reason for each) and the two actions.
 *
 * DOM contract (relied on by the end-to-end tests, documented in the README):
 * `#wsg-pii-flag-banner[data-count]`, `.wsg-pii-item[data-type]` with a
 * `.wsg-pii-jump` button, `.wsg-pii-request`, `.wsg-pii-dismiss`, and in the
 * dismissed state `[data-dismissed="true"]` with `.wsg-pii-undismiss`.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Button, Message } from '../../common/ui/components';
import type { Msg } from '../../common/messages';
import type { LocatedFinding } from '../diff/find';
import { countByType } from './labels';

export const BANNER_ID = 'wsg-pii-flag-banner';
const TITLE_ID = 'wsg-pii-flag-title';
const NOTE_ID = 'wsg-pii-flag-note';
/** The found text is shown to the oversighter, shortened: enough to recognise, not a copy source. */
const SHOWN_TEXT_MAX = 60;
/** A pasted page can hold thousands of findings: the list stops here (all stay highlighted). */
export const LIST_MAX = 100;

export type RequestOutcome = { kind: 'helper' } | { kind: 'mailto' | 'emailuser'; url: string; recipient: string } | { kind: 'error' };

export interface BannerProps {
  findings: LocatedFinding[];
  msg: Msg;
  initiallyDismissed: boolean;
  dir?: 'ltr' | 'rtl';
  onJump: (finding: LocatedFinding) => void;
  onRequest: () => RequestOutcome;
  onDismiss: () => void;
  onUndismiss: () => void;
  /** Opens reply-templates (shown only when that gadget is enabled). */
  onDraftReply?: () => void;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > SHOWN_TEXT_MAX ? flat.slice(0, SHOWN_TEXT_MAX - 1) + '…' : flat;
}

function Outcome({ outcome, msg }: { outcome: RequestOutcome; msg: Msg }) {
  if (outcome.kind === 'helper') return <>{msg('pii-flag-request-sent-helper')}</>;
  if (outcome.kind === 'error') return <>{msg('pii-flag-request-failed')}</>;
  return (
    <>
      {msg(outcome.kind === 'mailto' ? 'pii-flag-request-sent-mail' : 'pii-flag-request-sent-emailuser', outcome.recipient)}{' '}
      <a class="wsg-pii-request-link" href={outcome.url} target={outcome.kind === 'emailuser' ? '_blank' : undefined} rel="noopener noreferrer">
        {msg('pii-flag-request-link')}
      </a>
    </>
  );
}

export function Banner(props: BannerProps) {
  const { findings, msg } = props;
  const [dismissed, setDismissed] = useState(props.initiallyDismissed);
  const [announcement, setAnnouncement] = useState('');
  const [outcome, setOutcome] = useState<RequestOutcome | null>(null);
  const count = findings.length;
  const rootRef = useRef<HTMLElement>(null);
  const toggled = useRef(false);

  // The button the user pressed disappears when the banner collapses or expands:
  // move keyboard focus to its counterpart instead of losing it to the page.
  useLayoutEffect(() => {
    if (!toggled.current) return;
    const target = rootRef.current && rootRef.current.querySelector<HTMLElement>(dismissed ? '.wsg-pii-undismiss' : '.wsg-pii-dismiss');
    if (target) target.focus();
  }, [dismissed]);

  if (dismissed) {
    return (
      <section ref={rootRef} id={BANNER_ID} class="wsg-pii-banner wsg-pii-banner--dismissed" data-count={count} data-dismissed="true" dir={props.dir} aria-label={msg('pii-flag-banner-title')}>
        <Message type="notice" inline>
          {msg('pii-flag-dismissed', count)}{' '}
          <Button
            weight="quiet"
            size="small"
            action="progressive"
            class="wsg-pii-undismiss"
            onClick={() => {
              toggled.current = true;
              setDismissed(false);
              props.onUndismiss();
            }}
          >
            {msg('pii-flag-undismiss')}
          </Button>
        </Message>
      </section>
    );
  }

  return (
    <section ref={rootRef} id={BANNER_ID} class="wsg-pii-banner" data-count={count} data-dismissed="false" dir={props.dir} aria-labelledby={TITLE_ID}>
      <Message type="warning">
        <strong id={TITLE_ID} class="wsg-pii-title">
          {msg('pii-flag-banner-title')}
        </strong>
        <p class="wsg-pii-summary">{msg('pii-flag-banner-summary', count)}</p>
        <ul class="wsg-pii-counts">
          {countByType(findings.map((f) => f.finding.type)).map(({ type, count: n }) => (
            <li key={type} class="wsg-pii-count" data-type={type} data-count={n}>
              {msg('pii-flag-count-' + type, n)}
            </li>
          ))}
        </ul>
        <ol class="wsg-pii-list" aria-label={msg('pii-flag-list-label')}>
          {findings.slice(0, LIST_MAX).map((f) => (
            <li key={f.index} class="wsg-pii-item" data-type={f.finding.type} data-severity={f.finding.severity} data-index={f.index}>
              <button
                type="button"
                class="wsg-pii-jump"
                onClick={() => {
                  props.onJump(f);
                  setAnnouncement(msg('pii-flag-jump-announce', f.index + 1, count, f.finding.reason));
                }}
              >
                <span class="wsg-pii-reason">{f.finding.reason}</span>{' '}
                <bdi class="wsg-pii-text" dir="auto">
                  {msg('pii-flag-item-text', shorten(f.finding.text))}
                </bdi>
              </button>
            </li>
          ))}
        </ol>
        {count > LIST_MAX ? <p class="wsg-pii-list-more">{msg('pii-flag-list-more', count - LIST_MAX)}</p> : null}
        <p id={NOTE_ID} class="wsg-pii-note">
          {msg('pii-flag-privacy-note')}
        </p>
        <div class="wsg-pii-actions">
          <Button
            action="progressive"
            weight="primary"
            class="wsg-pii-request"
            onClick={() => {
              const result = props.onRequest();
              setOutcome(result);
            }}
          >
            {msg('pii-flag-request')}
          </Button>
          <Button
            weight="quiet"
            class="wsg-pii-dismiss"
            onClick={() => {
              toggled.current = true;
              setDismissed(true);
              props.onDismiss();
            }}
          >
            {msg('pii-flag-dismiss')}
          </Button>
          {props.onDraftReply ? (
            <Button weight="quiet" class="wsg-pii-reply" onClick={() => props.onDraftReply && props.onDraftReply()}>
              {msg('pii-flag-draft-reply')}
            </Button>
          ) : null}
        </div>
        <p class="wsg-pii-outcome" role="status">
          {outcome ? <Outcome outcome={outcome} msg={msg} /> : null}
        </p>
        <div class="wsg-visually-hidden" aria-live="polite">
          {announcement}
        </div>
      </Message>
    </section>
  );
}
