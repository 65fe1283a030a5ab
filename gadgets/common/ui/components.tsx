/**
 * Codex-styled preact pieces shared by the three gadgets.
 *
 * They render Codex's CSS-only component markup (cdx-button, cdx-message,
 * cdx-dialog, cdx-field …), so they look native, follow the wiki's dark mode
 * through Codex design tokens and flip for RTL. Text always goes in as preact
 * children or attributes (escaped by preact): never as HTML.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

let idCounter = 0;
/** A unique DOM id for label/aria wiring. */
export function uniqueId(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

export interface ButtonProps {
  action?: 'default' | 'progressive' | 'destructive';
  weight?: 'normal' | 'primary' | 'quiet';
  size?: 'medium' | 'small';
  onClick?: (event: MouseEvent) => void;
  disabled?: boolean;
  type?: 'button' | 'submit';
  title?: string;
  class?: string;
  children: ComponentChildren;
  'aria-label'?: string;
  'aria-expanded'?: boolean;
  'aria-controls'?: string;
}

export function Button({ action = 'default', weight = 'normal', size = 'medium', type = 'button', class: extra, children, ...rest }: ButtonProps) {
  const cls = `cdx-button cdx-button--action-${action} cdx-button--weight-${weight} cdx-button--size-${size}${extra ? ` ${extra}` : ''}`;
  return (
    <button type={type} class={cls} {...rest}>
      {children}
    </button>
  );
}

export interface MessageProps {
  type?: 'notice' | 'warning' | 'error' | 'success';
  inline?: boolean;
  /** Live region politeness: errors and warnings interrupt, notices wait. */
  live?: boolean;
  class?: string;
  children: ComponentChildren;
}

export function Message({ type = 'notice', inline = false, live = false, class: extra, children }: MessageProps) {
  const role = live ? (type === 'error' || type === 'warning' ? 'alert' : 'status') : undefined;
  return (
    <div
      class={`cdx-message cdx-message--${inline ? 'inline' : 'block'} cdx-message--${type}${extra ? ` ${extra}` : ''}`}
      role={role}
    >
      <span class="cdx-message__icon" aria-hidden="true"></span>
      <div class="cdx-message__content">{children}</div>
    </div>
  );
}

export interface FieldProps {
  label: string;
  id: string;
  help?: ComponentChildren;
  optional?: string;
  children: ComponentChildren;
}

/** A labelled form field; the control inside must carry `id`. */
export function Field({ label, id, help, optional, children }: FieldProps) {
  return (
    <div class="cdx-field">
      <div class="cdx-label">
        <label class="cdx-label__label" for={id}>
          <span class="cdx-label__label__text">{label}</span>
          {optional ? <span class="cdx-label__label__optional-flag"> {optional}</span> : null}
        </label>
      </div>
      <div class="cdx-field__control">{children}</div>
      {help ? (
        <div class="cdx-field__help-text" id={`${id}-help`}>
          {help}
        </div>
      ) : null}
    </div>
  );
}

type InputEvent = JSX.TargetedEvent<HTMLInputElement, Event>;
type AreaEvent = JSX.TargetedEvent<HTMLTextAreaElement, Event>;

export function TextInput(props: { id: string; value: string; onInput: (value: string) => void; type?: string; placeholder?: string; describedBy?: string; dir?: 'ltr' | 'rtl' | 'auto' }) {
  return (
    <div class="cdx-text-input">
      <input
        id={props.id}
        class="cdx-text-input__input"
        type={props.type || 'text'}
        value={props.value}
        placeholder={props.placeholder}
        dir={props.dir}
        aria-describedby={props.describedBy}
        onInput={(e: InputEvent) => props.onInput(e.currentTarget.value)}
      />
    </div>
  );
}

export function TextArea(props: {
  id: string;
  value: string;
  onInput: (value: string) => void;
  rows?: number;
  describedBy?: string;
  invalid?: boolean;
  dir?: 'ltr' | 'rtl' | 'auto';
  textareaRef?: { current: HTMLTextAreaElement | null };
}) {
  return (
    <div class={`cdx-text-area${props.invalid ? ' cdx-text-area--status-error' : ''}`}>
      <textarea
        id={props.id}
        ref={props.textareaRef}
        class="cdx-text-area__textarea"
        rows={props.rows || 6}
        value={props.value}
        dir={props.dir}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid ? 'true' : undefined}
        onInput={(e: AreaEvent) => props.onInput(e.currentTarget.value)}
      />
    </div>
  );
}

export function Select(props: { id: string; value: string; options: Array<{ value: string; label: string }>; onChange: (value: string) => void }) {
  return (
    <select id={props.id} class="cdx-select" value={props.value} onChange={(e: JSX.TargetedEvent<HTMLSelectElement, Event>) => props.onChange(e.currentTarget.value)}>
      {props.options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export function Checkbox(props: { id: string; checked: boolean; onChange: (checked: boolean) => void; children: ComponentChildren }) {
  return (
    <div class="cdx-checkbox">
      <div class="cdx-checkbox__wrapper">
        <input
          id={props.id}
          class="cdx-checkbox__input"
          type="checkbox"
          checked={props.checked}
          onChange={(e: InputEvent) => props.onChange(e.currentTarget.checked)}
        />
        <span class="cdx-checkbox__icon" aria-hidden="true"></span>
        <div class="cdx-checkbox__label cdx-label">
          <label for={props.id} class="cdx-label__label">
            <span class="cdx-label__label__text">{props.children}</span>
          </label>
        </div>
      </div>
    </div>
  );
}

const FOCUSABLE = 'a[href], button:not([disabled]), textarea:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface DialogProps {
  title: string;
  onClose: () => void;
  closeLabel: string;
  footer?: ComponentChildren;
  children: ComponentChildren;
  /** Extra class on the dialog, e.g. the gadget's own root class for scoping styles. */
  class?: string;
}

/**
 * A modal dialog in Codex markup: focus moves in on open, Tab cycles inside,
 * Escape closes, focus returns to what had it before.
 */
export function Dialog({ title, onClose, closeLabel, footer, children, class: extra }: DialogProps) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const titleId = useRef(uniqueId('wsg-dialog-title')).current;

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    const dialog = dialogRef.current;
    const first = dialog?.querySelector<HTMLElement>(`.cdx-dialog__body ${FOCUSABLE}`) || dialog?.querySelector<HTMLElement>(FOCUSABLE);
    (first || dialog)?.focus();
    return () => {
      if (previous && document.contains(previous)) previous.focus();
    };
  }, []);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const items = Array.from(dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => el.offsetParent !== null || el === document.activeElement);
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <div class="cdx-dialog-backdrop wsg-dialog-backdrop" onMouseDown={(e: MouseEvent) => e.target === e.currentTarget && onClose()}>
      <div
        ref={dialogRef}
        class={`cdx-dialog cdx-dialog--dividers wsg-dialog${extra ? ` ${extra}` : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <header class="cdx-dialog__header cdx-dialog__header--default">
          <div class="cdx-dialog__header__title-group">
            <h2 id={titleId} class="cdx-dialog__header__title">
              {title}
            </h2>
          </div>
          <Button weight="quiet" class="cdx-dialog__header__close-button" aria-label={closeLabel} title={closeLabel} onClick={onClose}>
            <span aria-hidden="true">×</span>
          </Button>
        </header>
        <div class="cdx-dialog__body">{children}</div>
        {footer ? <footer class="cdx-dialog__footer cdx-dialog__footer--default">{footer}</footer> : null}
      </div>
    </div>
  );
}
