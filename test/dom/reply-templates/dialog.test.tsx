import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import axe from 'axe-core';
import { bananaMsg } from '../../../gadgets/common/banana';
import commonEn from '../../../gadgets/common/i18n/en.json';
import { memoryStorage } from '../../../gadgets/common/storage';
import en from '../../../gadgets/reply-templates/i18n/en.json';
import de from '../../../gadgets/reply-templates/i18n/de.json';
import { draftStore } from '../../../gadgets/reply-templates/ui/draft';
import { ReplyDialog, type ReplyDialogProps } from '../../../gadgets/reply-templates/ui/ReplyDialog';

const msg = bananaMsg({ en: { ...commonEn, ...en }, de }, 'en');
let host: HTMLElement;
let storage: ReturnType<typeof memoryStorage>;

function mount(extra: Partial<ReplyDialogProps> = {}) {
  const props: ReplyDialogProps = {
    msg,
    lang: 'en',
    store: draftStore(storage),
    script: '/w/index.php',
    request: { kind: 'acknowledgement' },
    onClose: vi.fn(),
    copy: vi.fn(async () => true),
    lintDelayMs: 300,
    ...extra,
  };
  act(() => render(<ReplyDialog {...props} />, host));
  return props;
}

const q = <T extends Element>(sel: string) => host.querySelector<T>(sel) as T;
const draftArea = () => host.querySelectorAll<HTMLTextAreaElement>('textarea')[host.querySelectorAll('textarea').length - 1];
const button = (label: string) => Array.from(host.querySelectorAll('button')).find((b) => b.textContent === label) as HTMLButtonElement;
function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  storage = memoryStorage();
  host = document.createElement('div');
  document.body.appendChild(host);
});
afterEach(() => {
  act(() => render(null, host));
  host.remove();
  vi.useRealTimers();
});

describe('reply dialog', () => {
  it('drafts an acknowledgement with the facts and shows no findings', () => {
    mount({ request: { kind: 'acknowledgement', recipient: 'Example' } });
    expect(q<HTMLSelectElement>('select').value).toBe('acknowledgement');
    act(() => button('Write the draft').click());
    expect(draftArea().value).toMatch(/^(Hello|Dear) Example,/);
    act(() => void vi.advanceTimersByTime(300));
    expect(q('[aria-live="polite"]').textContent).toContain('No findings');
  });

  it('lints after a pause in typing, and "Select in draft" selects the words', () => {
    mount();
    act(() => button('Write the draft').click());
    const area = draftArea();
    const edited = `${area.value}\n\nI promise we will stop this.`;
    type(area, edited);
    act(() => void vi.advanceTimersByTime(299));
    expect(q('[aria-live="polite"]').textContent).not.toContain('promise');
    act(() => void vi.advanceTimersByTime(1));
    const live = q('[aria-live="polite"]');
    expect(live.textContent).toContain('“I promise” reads as a promise');
    act(() => button('Select in draft').click());
    expect(edited.slice(area.selectionStart, area.selectionEnd)).toBe('I promise');
    expect(document.activeElement).toBe(area);
  });

  it('keeps the draft: a new dialog (reload) restores it, and Discard removes it', () => {
    mount();
    act(() => button('Write the draft').click());
    type(draftArea(), 'My own words, I promise.');
    act(() => void vi.advanceTimersByTime(300));
    act(() => render(null, host));
    mount();
    expect(draftArea().value).toBe('My own words, I promise.');
    expect(host.textContent).toContain('Your unsent draft was restored.');
    expect(host.textContent).toMatch(/Kept in this browser only, until/);
    act(() => button('Discard draft').click());
    expect(draftArea().value).toBe('');
    expect(storage.size()).toBe(0);
  });

  it('never loses an edited draft when a new one is written', () => {
    mount();
    act(() => button('Write the draft').click());
    type(draftArea(), 'Something I wrote myself.');
    act(() => button('Write the draft').click());
    expect(draftArea().value).not.toBe('Something I wrote myself.');
    act(() => button('Bring back the previous draft').click());
    expect(draftArea().value).toBe('Something I wrote myself.');
  });

  it('links to Special:EmailUser prefilled, built with encoders, and falls back to copy for long drafts', () => {
    mount({ request: { kind: 'acknowledgement', recipient: 'A&B=C/Ü' } });
    act(() => button('Write the draft').click());
    const link = q<HTMLAnchorElement>('a[href*="EmailUser"]');
    const url = new URL(link.getAttribute('href') as string, 'https://wiki.example');
    expect(url.pathname).toBe('/w/index.php');
    expect(url.searchParams.get('title')).toBe('Special:EmailUser/A&B=C/Ü');
    expect(url.searchParams.get('wpFormIdentifier')).toBe('sendEmailForm');
    expect(url.searchParams.get('wpText')).toBe(draftArea().value);
    expect(link.getAttribute('rel')).toContain('noopener');
    type(draftArea(), 'x'.repeat(8000));
    expect(host.querySelector('a[href*="EmailUser"]')).toBeNull();
    expect(host.textContent).toContain('too long to prefill');
  });

  it('copies the draft, and says how when the browser refuses', async () => {
    const copy = vi.fn(async () => false);
    mount({ copy });
    act(() => button('Write the draft').click());
    await act(async () => button('Copy').click());
    expect(copy).toHaveBeenCalledWith(draftArea().value);
    expect(host.textContent).toContain('did not allow copying');
  });

  it('shows hostile user input as text, never as markup', () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    mount({ request: { kind: 'acknowledgement', recipient: evil } });
    act(() => button('Write the draft').click());
    act(() => void vi.advanceTimersByTime(300));
    expect(host.querySelector('img')).toBeNull();
    expect(draftArea().value).toContain(evil);
  });

  it('has labelled controls and no serious axe violations', async () => {
    mount();
    act(() => button('Write the draft').click());
    type(draftArea(), `${draftArea().value} I promise.`);
    act(() => void vi.advanceTimersByTime(300));
    vi.useRealTimers();
    for (const control of Array.from(host.querySelectorAll('input, select, textarea'))) {
      expect(host.querySelector(`label[for="${control.id}"]`), control.outerHTML).not.toBeNull();
    }
    const result = await axe.run(host, { rules: { 'color-contrast': { enabled: false } } });
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => v.id)).toEqual([]);
  });

  describe("the wiki's configured resources", () => {
    const defaults = { resources: ['Telefonseelsorge: 0800 111 0 111', 'Hilfetelefon Gewalt gegen Frauen: 116 016'], appealRoute: 'the appeals page [[Wikipedia:Sperrprüfung]]' };
    const field = (label: string) => {
      const l = Array.from(host.querySelectorAll('label')).find((x) => x.textContent?.startsWith(label)) as HTMLLabelElement;
      return host.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${l.htmlFor}`) as HTMLInputElement | HTMLTextAreaElement;
    };

    it('prefill the support resources of a non-actionable closure and go into the draft instead of the built-in ones', () => {
      mount({ request: { kind: 'closure-non-actionable' }, defaults });
      expect(field(en['reply-templates-field-resources']).value).toBe(defaults.resources.join('\n'));
      act(() => button('Write the draft').click());
      for (const line of defaults.resources) expect(draftArea().value).toContain(`- ${line}`);
      expect(draftArea().value).not.toContain('findahelpline.com');
    });

    it('prefill the appeal route of a sanction notice', () => {
      mount({ request: { kind: 'sanction-notice' }, defaults });
      expect(field(en['reply-templates-field-appeal']).value).toBe(defaults.appealRoute);
      act(() => button('Write the draft').click());
      expect(draftArea().value).toContain(defaults.appealRoute);
    });

    it("what the user types wins, and the wiki's values are not kept as if typed (no 'restored' on reopening)", () => {
      mount({ request: { kind: 'sanction-notice' }, defaults });
      act(() => void vi.advanceTimersByTime(300));
      act(() => render(null, host));
      mount({ request: { kind: 'sanction-notice' }, defaults });
      expect(host.textContent).not.toContain('Your unsent draft was restored.');
      type(field(en['reply-templates-field-appeal']), 'an email to the arbitration committee');
      act(() => button('Write the draft').click());
      expect(draftArea().value).toContain('an email to the arbitration committee');
      expect(draftArea().value).not.toContain('Sperrprüfung');
    });

    it('without configuration, the built-in resources and appeal wording are used as before', () => {
      mount({ request: { kind: 'closure-non-actionable' } });
      expect(field(en['reply-templates-field-resources']).value).toBe('');
      act(() => button('Write the draft').click());
      expect(draftArea().value).toContain('findahelpline.com');
    });
  });
});
