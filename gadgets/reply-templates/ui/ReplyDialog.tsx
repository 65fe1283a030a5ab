/**
 * The reply dialog: pick the kind, give the facts, get a draft, edit it
 * freely while the linter's findings update below it (debounced, never
 * blocking typing), then copy it or open Special:EmailUser prefilled.
 * It never posts anything on a wiki page; the draft is kept locally with an
 * expiry and a visible "Discard draft".
 *
 * Findings are a list (aria-live polite) with "Select in draft" buttons that
 * set the textarea's selection: readable by screen readers and keyboard users,
 * where a painted underline would not be.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { REPLY_KINDS, type ReplyKind, type ReplyOpenRequest } from '../../common/contracts';
import type { Msg } from '../../common/messages';
import type { ExpiringStore } from '../../common/storage';
import { Button, Checkbox, Dialog, Field, Message, Select, TextArea, TextInput, uniqueId } from '../../common/ui/components';
import { REFERRALS, composeReply, formatDate, type Referral, type ReplyFacts } from '../compose';
import { type Finding, lint } from '../lint';
import type { SavedDraft } from './draft';
import { emailUserUrl } from './email';

export const LINT_DELAY_MS = 300;

const CHECKIN_KINDS: ReplyKind[] = ['acknowledgement', 'more-info', 'delay', 'third-party'];
const RESOURCE_KINDS: ReplyKind[] = ['closure-non-actionable', 'mistaken-reporter', 'cannot-advise'];
const ACTION_KINDS: ReplyKind[] = ['acknowledgement', 'third-party', 'closure-actionable'];

export interface ReplyDialogProps {
  msg: Msg;
  lang: string;
  store: ExpiringStore<SavedDraft>;
  /** wgScript, e.g. "/w/index.php": base of the Special:EmailUser link. */
  script: string;
  request: ReplyOpenRequest;
  /**
   * This wiki's support resources and appeal route (the shared per-wiki
   * configuration's `resources`): shown in their fields until the user types
   * their own, and used in drafts; never stored as if the user had typed them.
   */
  defaults?: Pick<ReplyFacts, 'resources' | 'appealRoute'>;
  onClose: () => void;
  copy: (text: string) => Promise<boolean>;
  lintDelayMs?: number;
}

type Status = { type: 'success' | 'notice' | 'warning'; text: string } | null;

export function ReplyDialog({ msg, lang, store, script, request, defaults = {}, onClose, copy, lintDelayMs = LINT_DELAY_MS }: ReplyDialogProps) {
  const initial = useMemo(() => {
    const saved = store.get();
    if (saved && (saved.text.trim() || Object.keys(saved.facts).length)) return { saved: true, ...saved };
    return { saved: false, kind: request.kind || 'acknowledgement', facts: { recipient: request.recipient } as ReplyFacts, text: '' };
  }, []);
  const [kind, setKind] = useState<ReplyKind>(initial.kind);
  const [facts, setFacts] = useState<ReplyFacts>(initial.facts);
  const [text, setText] = useState(initial.text);
  const [previous, setPrevious] = useState<string | null>(null);
  const [findings, setFindings] = useState<Finding[]>(() => (initial.text ? lint(initial.text, { kind: initial.kind, lang, msg }) : []));
  const [status, setStatus] = useState<Status>(initial.saved ? { type: 'notice', text: msg('reply-templates-restored') } : null);
  const [kept, setKept] = useState<boolean | undefined>(undefined);
  const textareaRef = useRef<HTMLTextAreaElement | null>(null);
  const lastComposed = useRef<string>('');
  const ids = useRef({
    kind: uniqueId('wsg-rt-kind'),
    recipient: uniqueId('wsg-rt-recipient'),
    sender: uniqueId('wsg-rt-sender'),
    checkIn: uniqueId('wsg-rt-checkin'),
    situation: uniqueId('wsg-rt-situation'),
    appeal: uniqueId('wsg-rt-appeal'),
    blockLength: uniqueId('wsg-rt-block-length'),
    resources: uniqueId('wsg-rt-resources'),
    draft: uniqueId('wsg-rt-draft'),
    findings: uniqueId('wsg-rt-findings'),
  }).current;

  // Lint and keep the draft after a pause in typing: never on every keystroke.
  useEffect(() => {
    const timer = setTimeout(() => {
      setFindings(text.trim() ? lint(text, { kind, lang, msg }) : []);
      setKept(store.set({ kind, facts, text }));
    }, lintDelayMs);
    return () => clearTimeout(timer);
  }, [text, kind, facts]);

  const setFact = <K extends keyof ReplyFacts>(key: K, value: ReplyFacts[K]) => setFacts((f) => ({ ...f, [key]: value }));
  const toggleReferral = (referral: Referral, on: boolean) =>
    setFacts((f) => ({ ...f, referrals: on ? [...(f.referrals || []), referral] : (f.referrals || []).filter((r) => r !== referral) }));

  // What the user typed wins; a field they never touched shows (and drafts with) the wiki's value.
  const resources = facts.resources ?? defaults.resources ?? [];
  const appealRoute = facts.appealRoute ?? defaults.appealRoute ?? '';

  function draft(variant: number) {
    const next = composeReply(kind, { ...facts, resources, appealRoute, variant }, { msg, lang });
    // An edited draft is never thrown away silently: it can be brought back.
    if (text.trim() && text !== lastComposed.current) {
      setPrevious(text);
      setStatus({ type: 'notice', text: msg('reply-templates-draft-replaced') });
    } else {
      setStatus(null);
    }
    lastComposed.current = next;
    setFacts((f) => ({ ...f, variant }));
    setText(next);
  }

  function restorePrevious() {
    if (previous === null) return;
    setText(previous);
    setPrevious(null);
    setStatus(null);
  }

  function selectInDraft(f: Finding) {
    const area = textareaRef.current;
    if (!area || f.start < 0) return;
    area.focus();
    area.setSelectionRange(f.start, f.end);
  }

  async function onCopy() {
    if (await copy(text)) {
      setStatus({ type: 'success', text: msg('reply-templates-copied') });
    } else {
      textareaRef.current?.select();
      setStatus({ type: 'warning', text: msg('reply-templates-copy-failed') });
    }
  }

  function discard() {
    store.clear();
    setText('');
    setFacts({});
    setPrevious(null);
    setFindings([]);
    lastComposed.current = '';
    setStatus({ type: 'notice', text: msg('reply-templates-discarded') });
  }

  const recipient = (facts.recipient || '').trim();
  const emailUrl = recipient && text.trim() ? emailUserUrl(script, recipient, msg('reply-templates-email-subject'), text) : undefined;
  const emailHint = !text.trim() ? null : !recipient ? msg('reply-templates-email-needs-recipient') : !emailUrl ? msg('reply-templates-email-too-long') : null;
  const expires = store.expiresAt();
  const optional = msg('reply-templates-field-optional');

  const footer = (
    <div class="wsg-rt-footer">
      <div class="wsg-rt-footer__actions">
        <Button action="progressive" weight="primary" onClick={onCopy} disabled={!text.trim()}>
          {msg('reply-templates-button-copy')}
        </Button>
        {emailUrl ? (
          <a class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--action-progressive" href={emailUrl} target="_blank" rel="noopener noreferrer">
            {msg('reply-templates-button-email')}
          </a>
        ) : null}
        <Button action="destructive" weight="quiet" onClick={discard}>
          {msg('reply-templates-button-discard')}
        </Button>
      </div>
      <p class="wsg-rt-storage">
        {kept === false ? msg('reply-templates-not-kept') : expires ? msg('reply-templates-kept-until', formatDate(new Date(expires), lang)) : null}
      </p>
      {emailHint ? <p class="wsg-rt-hint">{emailHint}</p> : null}
    </div>
  );

  return (
    <Dialog title={msg('reply-templates-dialog-title')} onClose={onClose} closeLabel={msg('wiki-safety-dialog-close')} footer={footer} class="wsg-rt-dialog">
      <Field label={msg('reply-templates-kind-label')} id={ids.kind}>
        <Select id={ids.kind} value={kind} onChange={(v) => setKind(v as ReplyKind)} options={REPLY_KINDS.map((k) => ({ value: k, label: msg(`reply-templates-kind-${k}`) }))} />
      </Field>

      <fieldset class="wsg-rt-fieldset">
        <legend>{msg('reply-templates-facts-legend')}</legend>
        <div class="wsg-rt-grid">
          <Field label={msg('reply-templates-field-recipient')} id={ids.recipient} optional={optional}>
            <TextInput id={ids.recipient} value={facts.recipient || ''} onInput={(v) => setFact('recipient', v)} dir="auto" />
          </Field>
          <Field label={msg('reply-templates-field-sender')} id={ids.sender} optional={optional}>
            <TextInput id={ids.sender} value={facts.sender || ''} onInput={(v) => setFact('sender', v)} dir="auto" />
          </Field>
          {CHECKIN_KINDS.includes(kind) ? (
            <Field label={msg('reply-templates-field-checkin')} id={ids.checkIn} optional={optional}>
              <TextInput id={ids.checkIn} type="date" value={facts.checkIn || ''} onInput={(v) => setFact('checkIn', v)} />
            </Field>
          ) : null}
          {kind === 'sanction-notice' ? (
            <Field label={msg('reply-templates-field-appeal')} id={ids.appeal} optional={optional}>
              <TextInput id={ids.appeal} value={appealRoute} onInput={(v) => setFact('appealRoute', v)} dir="auto" />
            </Field>
          ) : null}
          {kind === 'sanction-notice' || facts.block ? (
            <Field label={msg('reply-templates-field-block-length')} id={ids.blockLength} optional={optional}>
              <TextInput id={ids.blockLength} value={facts.blockLength || ''} onInput={(v) => setFact('blockLength', v)} dir="auto" />
            </Field>
          ) : null}
        </div>
        {kind === 'sanction-notice' || kind === 'subject-notice' ? null : (
          <Field label={msg('reply-templates-field-situation')} id={ids.situation} optional={optional} help={msg('reply-templates-field-situation-help')}>
            <TextArea id={ids.situation} rows={2} value={facts.situation || ''} onInput={(v) => setFact('situation', v)} describedBy={`${ids.situation}-help`} dir="auto" />
          </Field>
        )}
        {RESOURCE_KINDS.includes(kind) ? (
          <Field label={msg('reply-templates-field-resources')} id={ids.resources} optional={optional}>
            <TextArea id={ids.resources} rows={Math.max(2, resources.length)} value={resources.join('\n')} onInput={(v) => setFact('resources', v.split('\n'))} dir="auto" />
          </Field>
        ) : null}
        {ACTION_KINDS.includes(kind) ? (
          <fieldset class="wsg-rt-fieldset wsg-rt-actions">
            <legend>{msg('reply-templates-actions-legend')}</legend>
            <Checkbox id={`${ids.draft}-revdel`} checked={Boolean(facts.revisionDeletion)} onChange={(v) => setFact('revisionDeletion', v)}>
              {msg('reply-templates-action-label-revdel')}
            </Checkbox>
            <Checkbox id={`${ids.draft}-suppression`} checked={Boolean(facts.suppression)} onChange={(v) => setFact('suppression', v)}>
              {msg('reply-templates-action-label-suppression')}
            </Checkbox>
            <Checkbox id={`${ids.draft}-block`} checked={Boolean(facts.block)} onChange={(v) => setFact('block', v)}>
              {msg('reply-templates-action-label-block')}
            </Checkbox>
            {REFERRALS.map((r) => (
              <Checkbox key={r} id={`${ids.draft}-ref-${r}`} checked={(facts.referrals || []).includes(r)} onChange={(v) => toggleReferral(r, v)}>
                {msg(`reply-templates-action-label-referral-${r}`)}
              </Checkbox>
            ))}
          </fieldset>
        ) : null}
        <div class="wsg-rt-compose">
          <Button action="progressive" onClick={() => draft(facts.variant || 0)}>
            {msg('reply-templates-button-draft')}
          </Button>
          <Button onClick={() => draft((facts.variant || 0) + 1)} disabled={!text.trim()}>
            {msg('reply-templates-button-another')}
          </Button>
          {previous !== null ? <Button weight="quiet" onClick={restorePrevious}>{msg('reply-templates-button-restore')}</Button> : null}
        </div>
      </fieldset>

      {status ? (
        <Message type={status.type} inline live>
          {status.text}
        </Message>
      ) : null}

      <Field label={msg('reply-templates-draft-label')} id={ids.draft}>
        <TextArea id={ids.draft} rows={12} value={text} onInput={setText} textareaRef={textareaRef} describedBy={ids.findings} dir="auto" />
      </Field>

      <section class="wsg-rt-findings" aria-labelledby={`${ids.findings}-heading`}>
        <h3 id={`${ids.findings}-heading`} class="wsg-rt-findings__heading">
          {msg('reply-templates-findings-heading')}
        </h3>
        <div id={ids.findings} aria-live="polite">
          {!text.trim() ? (
            <p>{msg('reply-templates-findings-empty-draft')}</p>
          ) : findings.length === 0 ? (
            <p>{msg('reply-templates-findings-none')}</p>
          ) : (
            <>
              <p>{msg('reply-templates-findings-count', findings.length)}</p>
              <ul class="wsg-rt-findings__list">
                {findings.map((f) => (
                  <li key={`${f.rule}-${f.start}-${f.end}`} class={`wsg-rt-finding wsg-rt-finding--${f.severity}`}>
                    {f.start < 0 ? <strong class="wsg-rt-finding__missing">{msg('reply-templates-findings-missing')}: </strong> : null}
                    <span>{f.message}</span>{' '}
                    {f.start >= 0 ? (
                      <Button size="small" weight="quiet" onClick={() => selectInDraft(f)}>
                        {msg('reply-templates-findings-select')}
                      </Button>
                    ) : null}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </section>
    </Dialog>
  );
}
