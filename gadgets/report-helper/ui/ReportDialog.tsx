/**
 * The report wizard: (1) what is happening + the diffs collected, (2) details,
 * (3) where it goes and how to send it. Everything typed is saved into the
 * basket's draft as it changes, so a reload, a failed send or a closed dialog
 * loses nothing. Side effects (API, clipboard) come in as `services`, so the
 * dialog renders the same in jsdom tests and in the wiki.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ConfigProblems } from '../../common/config/resolve';
import { SITUATIONS, type Situation } from '../../common/contracts';
import type { Msg } from '../../common/messages';
import { Button, Checkbox, Dialog, Field, Message, TextArea, TextInput, uniqueId } from '../../common/ui/components';
import { ConfigProblemList } from '../../common/ui/ConfigProblems';
import { type Basket, type BasketItem, type BasketStore, type Draft, emptyDraft, removeFromBasket } from '../basket/basket';
import type { EmailAbility } from '../basket/api';
import { IMMEDIATE_ACTIONS, type ImmediateAction, type ReferralCase, composeReferral } from '../referral/compose';
import { diffUrl } from '../referral/links';
import { buildMailto } from '../referral/mailto';
import { type SummaryScanner, checkSummary } from '../referral/summary-check';
import { type Destination, type WikiContacts, route } from '../route/route';

export interface ReportServices {
  refreshEvidence(basket: Basket): Promise<Basket>;
  emailAbility(): Promise<EmailAbility>;
  sendWikiEmail(target: string, subject: string, text: string): Promise<void>;
  copy(text: string): Promise<boolean>;
}

export interface WikiFacts {
  server: string;
  script: string;
  dbName: string;
  siteName: string;
  userName: string | null;
}

export interface ReportDialogProps {
  msg: Msg;
  wiki: WikiFacts;
  store: BasketStore;
  contacts: WikiContacts;
  /** Problems of the shared per-wiki configuration, per layer (gadgets/common/config). */
  configProblems: ConfigProblems[];
  scanner?: SummaryScanner;
  services: ReportServices;
  /** A notice to show on open (e.g. "added", "other wiki"). */
  notice?: { type: 'notice' | 'warning' | 'error' | 'success'; text: string };
  /** Opens reply-templates for the case (given only when that gadget is enabled). */
  onDraftReply?: () => void;
  onClose: () => void;
}

type Step = 'what' | 'details' | 'send';
const STEPS: Step[] = ['what', 'details', 'send'];

function emptyBasket(wiki: WikiFacts): Basket {
  return { server: wiki.server, script: wiki.script, dbName: wiki.dbName, items: [] };
}

export function ReportDialog(props: ReportDialogProps) {
  const { msg, wiki, store } = props;
  const [basket, setBasket] = useState<Basket>(() => store.get() ?? emptyBasket(wiki));
  const [step, setStep] = useState<Step>('what');
  const [storageFailed, setStorageFailed] = useState(false);
  const [evidence, setEvidence] = useState<'idle' | 'loading' | 'failed'>('idle');
  const [notice, setNotice] = useState(props.notice);
  const draft = basket.draft ?? emptyDraft();

  // Another tab changed the basket: follow it (the draft travels with it).
  useEffect(() => store.subscribe((next) => setBasket(next ?? emptyBasket(wiki))), [store]);

  function save(next: Basket) {
    setBasket(next);
    if (next.items.length || next.draft) setStorageFailed(!store.set(next));
  }
  function setDraft(patch: Partial<Draft>) {
    save({ ...basket, draft: { ...draft, ...patch } });
  }

  const itemIds = basket.items.map((i) => i.newId).join(',');
  useEffect(() => {
    if (!basket.items.length) return;
    let live = true;
    setEvidence('loading');
    props.services.refreshEvidence(basket).then(
      (fresh) => {
        if (!live) return;
        setEvidence('idle');
        const current = store.get() ?? basket;
        // Merge only the facts: keep notes and draft the user may have typed meanwhile.
        const facts = new Map(fresh.items.map((i) => [i.newId, i]));
        save({ ...current, items: current.items.map((i) => ({ ...facts.get(i.newId), ...i, ...pickFacts(facts.get(i.newId)) })) });
      },
      () => live && setEvidence('failed'),
    );
    return () => {
      live = false;
    };
  }, [itemIds]);

  function discard() {
    store.discard();
    setBasket(emptyBasket(wiki));
    setStep('what');
    setNotice({ type: 'success', text: msg('report-helper-basket-discarded') });
  }

  const index = STEPS.indexOf(step);
  const stepName = msg(`report-helper-step-${step}`);
  const footer = (
    <div class="wsg-rh-footer">
      {props.onDraftReply ? (
        <Button weight="quiet" class="wsg-rh-reply" onClick={() => props.onDraftReply && props.onDraftReply()}>
          {msg('report-helper-draft-reply')}
        </Button>
      ) : null}
      {index > 0 ? <Button onClick={() => setStep(STEPS[index - 1])}>{msg('report-helper-back')}</Button> : null}
      {index < STEPS.length - 1 ? (
        <Button action="progressive" weight="primary" onClick={() => setStep(STEPS[index + 1])}>
          {msg('report-helper-next')}
        </Button>
      ) : null}
    </div>
  );

  return (
    <Dialog title={msg('report-helper-dialog-title')} closeLabel={msg('report-helper-close')} onClose={props.onClose} footer={footer} class="wsg-report-helper">
      <p class="wsg-rh-progress" aria-live="polite">
        {msg('report-helper-step-progress', index + 1, STEPS.length, stepName)}
      </p>
      {notice ? (
        <Message type={notice.type} live>
          {notice.text}
        </Message>
      ) : null}
      {storageFailed ? (
        <Message type="warning" live>
          {msg('report-helper-basket-storage-failed')}
        </Message>
      ) : null}
      <ConfigProblemList msg={msg} problems={props.configProblems} />
      {step === 'what' ? (
        <WhatStep msg={msg} draft={draft} setDraft={setDraft} basket={basket} save={save} evidence={evidence} store={store} discard={discard} />
      ) : step === 'details' ? (
        <DetailsStep msg={msg} draft={draft} setDraft={setDraft} scanner={props.scanner} />
      ) : (
        <SendStep {...props} basket={basket} draft={draft} />
      )}
    </Dialog>
  );
}

function pickFacts(item: BasketItem | undefined): Partial<BasketItem> {
  if (!item) return {};
  const { visibility, user, timestamp, userBlocked, oldId, title } = item;
  const out: Partial<BasketItem> = {};
  if (visibility) out.visibility = visibility;
  if (user) out.user = user;
  if (timestamp) out.timestamp = timestamp;
  if (userBlocked !== undefined) out.userBlocked = userBlocked;
  if (oldId) out.oldId = oldId;
  if (title) out.title = title;
  return out;
}

function WhatStep(p: {
  msg: Msg;
  draft: Draft;
  setDraft: (patch: Partial<Draft>) => void;
  basket: Basket;
  save: (b: Basket) => void;
  evidence: 'idle' | 'loading' | 'failed';
  store: BasketStore;
  discard: () => void;
}) {
  const { msg, draft, basket } = p;
  const expires = p.store.expiresAt();
  function toggle(s: Situation, on: boolean) {
    p.setDraft({ situations: on ? [...draft.situations, s] : draft.situations.filter((x) => x !== s) });
  }
  function setNote(id: number, note: string) {
    p.save({ ...basket, items: basket.items.map((i) => (i.newId === id ? { ...i, note } : i)) });
  }
  return (
    <div>
      <Message type="notice">{msg('report-helper-private-notice')}</Message>
      <fieldset class="wsg-rh-situations">
        <legend>{msg('report-helper-what-legend')}</legend>
        {SITUATIONS.map((s) => (
          <div key={s} class="wsg-rh-situation">
            <Checkbox id={`wsg-rh-situation-${s}`} checked={draft.situations.includes(s)} onChange={(on) => toggle(s, on)}>
              {msg(`report-helper-situation-${s}`)}
            </Checkbox>
            <p class="wsg-rh-help">{msg(`report-helper-situation-${s}-help`)}</p>
            {s === 'threat' && draft.situations.includes('threat') ? (
              <Message type="error" inline>
                {msg('report-helper-advice-authorities')}
              </Message>
            ) : null}
          </div>
        ))}
      </fieldset>
      <h3>{msg('report-helper-basket-heading', basket.items.length)}</h3>
      {p.evidence === 'loading' ? <p role="status">{msg('report-helper-evidence-loading')}</p> : null}
      {p.evidence === 'failed' ? <Message type="warning">{msg('report-helper-evidence-failed')}</Message> : null}
      {basket.items.length === 0 ? (
        <p>{msg('report-helper-basket-empty')}</p>
      ) : (
        <ul class="wsg-rh-items">
          {basket.items.map((item) => (
            <BasketRow key={item.newId} msg={msg} item={item} onNote={(n) => setNote(item.newId, n)} onRemove={() => p.save(removeFromBasket(basket, item.newId))} />
          ))}
        </ul>
      )}
      {basket.items.length || draft.summary ? (
        <div class="wsg-rh-keep">
          {expires ? <p>{msg('report-helper-basket-expiry', new Date(expires).toLocaleString())}</p> : null}
          <Button action="destructive" onClick={p.discard}>
            {msg('report-helper-basket-discard')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

function BasketRow({ msg, item, onNote, onRemove }: { msg: Msg; item: BasketItem; onNote: (n: string) => void; onRemove: () => void }) {
  const noteId = useMemo(() => uniqueId('wsg-rh-note'), []);
  const status = `report-helper-referral-visibility-${item.visibility ?? 'unknown'}`;
  return (
    <li class="wsg-rh-item">
      <a href={diffUrl(item)} dir="auto">
        {item.title || item.links.special}
      </a>{' '}
      <span class="wsg-rh-meta" dir="auto">
        {msg('report-helper-item-by', item.timestamp || msg('report-helper-referral-unknown'), item.user || msg('report-helper-referral-unknown'))}
      </span>
      <div class="wsg-rh-meta">{msg(status)}</div>
      {item.userBlocked !== undefined ? <div class="wsg-rh-meta">{msg(item.userBlocked ? 'report-helper-referral-author-blocked' : 'report-helper-referral-author-not-blocked')}</div> : null}
      {item.findingTypes?.length ? <div class="wsg-rh-meta">{msg('report-helper-item-types', item.findingTypes.map((t) => msg(`report-helper-pii-type-${t}`)).join(', '))}</div> : null}
      <Field label={msg('report-helper-item-note')} id={noteId}>
        <TextInput id={noteId} value={item.note ?? ''} onInput={onNote} dir="auto" />
      </Field>
      <Button weight="quiet" action="destructive" size="small" onClick={onRemove} aria-label={msg('report-helper-item-remove-label', item.newId)}>
        {msg('report-helper-item-remove')}
      </Button>
    </li>
  );
}

function DetailsStep({ msg, draft, setDraft, scanner }: { msg: Msg; draft: Draft; setDraft: (p: Partial<Draft>) => void; scanner?: SummaryScanner }) {
  const check = useMemo(() => checkSummary(draft.summary, scanner), [draft.summary, scanner]);
  const warning = check.types.length ? msg('report-helper-summary-pii-warning', check.types.map((t) => msg(`report-helper-pii-type-${t}`)).join(', ')) : '';
  const optional = msg('report-helper-optional');
  return (
    <div>
      <Field label={msg('report-helper-field-summary')} id="wsg-rh-summary" help={msg('report-helper-field-summary-help')}>
        <TextArea id="wsg-rh-summary" value={draft.summary} onInput={(summary) => setDraft({ summary })} rows={5} dir="auto" invalid={Boolean(warning)} describedBy="wsg-rh-summary-help wsg-rh-summary-pii" />
      </Field>
      <div id="wsg-rh-summary-pii">
        {warning ? (
          <Message type="warning" live>
            {warning}
          </Message>
        ) : null}
      </div>
      <Field label={msg('report-helper-field-contact')} id="wsg-rh-contact" help={msg('report-helper-field-contact-help')} optional={optional}>
        <TextInput id="wsg-rh-contact" value={draft.senderContact} onInput={(senderContact) => setDraft({ senderContact })} dir="auto" describedBy="wsg-rh-contact-help" />
      </Field>
      <Field label={msg('report-helper-field-reporter')} id="wsg-rh-reporter" optional={optional}>
        <TextInput id="wsg-rh-reporter" value={draft.reporter} onInput={(reporter) => setDraft({ reporter })} dir="auto" />
      </Field>
      <Field label={msg('report-helper-field-target')} id="wsg-rh-target" optional={optional}>
        <TextInput id="wsg-rh-target" value={draft.target} onInput={(target) => setDraft({ target })} dir="auto" />
      </Field>
      <Field label={msg('report-helper-field-investigation')} id="wsg-rh-investigation" optional={optional}>
        <TextArea id="wsg-rh-investigation" value={draft.investigation} onInput={(investigation) => setDraft({ investigation })} rows={3} dir="auto" />
      </Field>
      <fieldset class="wsg-rh-actions">
        <legend>{msg('report-helper-field-actions')}</legend>
        {IMMEDIATE_ACTIONS.map((a) => (
          <Checkbox
            key={a}
            id={`wsg-rh-action-${a}`}
            checked={draft.actions.includes(a)}
            onChange={(on) => setDraft({ actions: on ? [...draft.actions, a] : draft.actions.filter((x) => x !== a) })}
          >
            {msg(`report-helper-action-${a}`)}
          </Checkbox>
        ))}
      </fieldset>
    </div>
  );
}

/** The referral case from the basket and the draft. */
export function caseFrom(basket: Basket, draft: Draft, wiki: WikiFacts): ReferralCase {
  return {
    wiki: { server: basket.server || wiki.server, script: basket.script || wiki.script, siteName: wiki.siteName },
    sender: { name: wiki.userName ?? '', contact: draft.senderContact },
    reporter: draft.reporter.trim() ? { name: draft.reporter } : undefined,
    target: draft.target.trim() ? { name: draft.target } : undefined,
    summary: draft.summary,
    diffs: basket.items,
    investigation: draft.investigation,
    actions: draft.actions.filter((a): a is ImmediateAction => (IMMEDIATE_ACTIONS as readonly string[]).includes(a)),
  };
}

function SendStep(props: ReportDialogProps & { basket: Basket; draft: Draft }) {
  const { msg, draft, basket } = props;
  const destinations = route(draft.situations, props.contacts);
  if (!destinations.length) return <Message type="warning">{msg('report-helper-send-choose-first')}</Message>;
  return (
    <div>
      {destinations.length > 1 ? <Message type="notice">{msg('report-helper-send-several')}</Message> : null}
      <p>{msg('report-helper-send-links-only')}</p>
      {destinations.map((d) => (
        <DestinationCard key={d.situation} {...props} destination={d} referralCase={caseFrom(basket, draft, props.wiki)} />
      ))}
    </div>
  );
}

function DestinationCard(props: ReportDialogProps & { destination: Destination; referralCase: ReferralCase }) {
  const { msg, destination: d } = props;
  const referral = composeReferral(props.referralCase, d, msg);
  const fullText = `${referral.subject}\n\n${referral.body}`;
  const diffLines = props.referralCase.diffs.map((x) => diffUrl(x)).join('\n');
  const mailto = d.emails.length ? buildMailto(d.emails, referral.subject, referral.body, msg('report-helper-mailto-short-body', diffLines)) : undefined;
  const [status, setStatus] = useState<{ type: 'notice' | 'warning' | 'error' | 'success'; text: string } | undefined>();
  const [busy, setBusy] = useState(false);
  const bodyId = useMemo(() => uniqueId('wsg-rh-body'), []);
  const team = msg(`report-helper-team-${d.team}`);

  async function copy() {
    const ok = await props.services.copy(fullText);
    setStatus(ok ? { type: 'success', text: msg('report-helper-send-copied') } : { type: 'warning', text: msg('report-helper-send-copy-failed') });
  }

  async function sendThroughWiki() {
    if (!d.emailUser) return;
    setBusy(true);
    setStatus({ type: 'notice', text: msg('report-helper-send-sending') });
    const ability = await props.services.emailAbility();
    if (ability !== 'ok') {
      setBusy(false);
      const key = ability === 'anon' ? 'report-helper-send-anon' : ability === 'error' ? 'report-helper-send-failed' : 'report-helper-send-no-email';
      setStatus({ type: 'warning', text: msg(key, ability === 'error' ? 'userinfo' : 'Special:Preferences') });
      return;
    }
    try {
      await props.services.sendWikiEmail(d.emailUser, referral.subject, referral.body);
      setStatus({ type: 'success', text: msg('report-helper-send-sent', d.emailUser) });
    } catch (error) {
      setStatus({ type: 'error', text: msg('report-helper-send-failed', (error as Error).message || '?') });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class={`wsg-rh-destination${d.urgent ? ' wsg-rh-destination--urgent' : ''}`} aria-label={team}>
      <h3>{team}</h3>
      {d.adviceKeys.map((k, i) => (
        <Message key={k} type={d.urgent && i === 0 ? 'error' : 'warning'}>
          {msg(k)}
        </Message>
      ))}
      {d.emails.length ? <p>{msg('report-helper-send-to', d.emails.join(', '))}</p> : null}
      {d.emailUser ? <p>{msg('report-helper-send-to-user', d.emailUser)}</p> : null}
      {!d.emails.length && !d.emailUser ? <Message type="notice">{msg('report-helper-send-to-none')}</Message> : null}
      <p dir="auto">{msg('report-helper-send-subject', referral.subject)}</p>
      <Field label={msg('report-helper-send-body-label', team)} id={bodyId}>
        <textarea id={bodyId} class="cdx-text-area__textarea wsg-rh-body" readOnly rows={10} value={referral.body} dir="auto" />
      </Field>
      {status ? (
        <Message type={status.type} live>
          {status.text}
        </Message>
      ) : null}
      <div class="wsg-rh-send-buttons">
        {d.emailUser ? (
          <Button action="progressive" weight="primary" disabled={busy} onClick={sendThroughWiki}>
            {msg('report-helper-send-wiki')}
          </Button>
        ) : null}
        {mailto ? (
          <a
            class="cdx-button cdx-button--fake-button cdx-button--fake-button--enabled cdx-button--action-progressive cdx-button--weight-primary wsg-rh-mailto"
            href={mailto.href}
            onClick={() => {
              if (!mailto.complete) void copy();
            }}
          >
            {msg('report-helper-send-mailto')}
          </a>
        ) : null}
        <Button onClick={copy}>{msg('report-helper-send-copy')}</Button>
      </div>
      {mailto && !mailto.complete ? <p class="wsg-rh-help">{msg('report-helper-send-mailto-long')}</p> : null}
    </section>
  );
}
