import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bananaMsg } from '../../../gadgets/common/banana';
import { scan } from '../../../gadgets/common/pii-scan';
import { browserStorage } from '../../../gadgets/common/storage';
import { BASKET_KEY, addToBasket, basketStore } from '../../../gadgets/report-helper/basket/basket';
import { ReportDialog, type ReportServices } from '../../../gadgets/report-helper/ui/ReportDialog';
import commonEn from '../../../gadgets/common/i18n/en.json';
import en from '../../../gadgets/report-helper/i18n/en.json';

const msg = bananaMsg({ en: { ...commonEn, ...en } }, 'en');
const wiki = { server: 'http://127.0.0.1:8080', script: '/index.php', dbName: 'labwiki', siteName: 'Lab Wiki', userName: 'Patroller' };

function services(overrides: Partial<ReportServices> = {}): ReportServices {
  return {
    refreshEvidence: async (b) => b,
    emailAbility: async () => 'ok',
    sendWikiEmail: async () => undefined,
    copy: async () => true,
    ...overrides,
  };
}

let root: HTMLElement;
beforeEach(() => {
  localStorage.clear();
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function flush() {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });
}

function seed() {
  const store = basketStore(browserStorage(), 14);
  let { basket } = addToBasket(undefined, { ...wiki, newId: 18, oldId: 17, title: 'Talk:A', findingTypes: ['phone'] }, Date.now());
  ({ basket } = addToBasket(basket, { ...wiki, newId: 25, oldId: 24, title: 'User talk:B' }, Date.now()));
  store.set(basket!);
  return store;
}

function click(el: Element | null | undefined) {
  act(() => (el as HTMLElement).click());
}
function buttonByText(text: string) {
  return [...root.querySelectorAll('button, a')].find((b) => b.textContent === text);
}

describe('report dialog', () => {
  it('shows the basket from storage, follows another tab, and discards in one click', async () => {
    const store = seed();
    act(() => render(<ReportDialog msg={msg} wiki={wiki} store={store} contacts={{}} configProblems={[]} services={services()} onClose={() => undefined} />, root));
    expect(root.querySelector('[role="dialog"]')).not.toBeNull();
    expect(root.textContent).toContain('Diffs in this report (2)');
    expect(root.textContent).toContain('Flagged: phone number');

    // another tab removes one diff: this tab follows through the storage event
    const other = basketStore(browserStorage(), 14);
    const current = other.get()!;
    other.set({ ...current, items: current.items.slice(0, 1) });
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: BASKET_KEY }));
    });
    expect(root.textContent).toContain('Diffs in this report (1)');

    click(buttonByText('Discard this report'));
    expect(localStorage.getItem(BASKET_KEY)).toBeNull();
    expect(root.textContent).toContain('Diffs in this report (0)');
    expect(root.textContent).toContain('deleted from this browser');
  });

  it('threat + pii: emergency first with the call-authorities advice first, then oversight by wiki account; failed send keeps the text', async () => {
    const store = seed();
    const send = vi.fn(async () => {
      throw new Error('ratelimited');
    });
    act(() =>
      render(
        <ReportDialog msg={msg} wiki={wiki} store={store} contacts={{ oversight: { emailUser: 'Oversight' } }} configProblems={[]} scanner={(t) => scan(t, { contentLanguage: 'en' })} services={services({ sendWikiEmail: send })} onClose={() => undefined} />,
        root,
      ),
    );
    click(root.querySelector('#wsg-rh-situation-pii'));
    click(root.querySelector('#wsg-rh-situation-threat'));
    expect(root.textContent).toContain('call your local emergency services first');
    click(buttonByText('Next'));
    const summary = root.querySelector<HTMLTextAreaElement>('#wsg-rh-summary')!;
    act(() => {
      summary.value = 'He wrote her number 07700 900123 and jane.doe@gmail.com';
      summary.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/seems to contain personal information/);
    expect(store.get()?.draft?.summary).toContain('He wrote');
    click(buttonByText('Next'));

    const sections = [...root.querySelectorAll('section.wsg-rh-destination')];
    expect(sections.map((s) => s.querySelector('h3')?.textContent)).toEqual(['Wikimedia Foundation emergency team', "This wiki's oversight team"]);
    expect(sections[0].querySelector('.cdx-message')?.textContent).toContain('call your local emergency services first');
    const mailto = sections[0].querySelector<HTMLAnchorElement>('a.wsg-rh-mailto')!;
    const url = new URL(mailto.href);
    expect(decodeURIComponent(url.pathname)).toBe('emergency@wikimedia.org');
    expect(url.searchParams.get('body')).toContain('http://127.0.0.1:8080/index.php?diff=18&oldid=17');
    expect(url.searchParams.get('body')).toContain('http://127.0.0.1:8080/index.php?diff=25&oldid=24');
    expect(root.textContent).toContain('Several teams should hear about this');

    const sendButton = [...sections[1].querySelectorAll('button')].find((b) => b.textContent === "Send through the wiki's email")!;
    await act(async () => {
      sendButton.click();
    });
    await flush();
    expect(send).toHaveBeenCalledWith('Oversight', expect.stringMatching(/^Suppression request/), expect.stringContaining('diff=18&oldid=17'));
    expect(sections[1].textContent).toMatch(/Sending failed \(ratelimited\)\. Nothing was lost/);
    expect(sections[1].querySelector('textarea')?.value).toContain('diff=25&oldid=24');
    expect(store.get()?.draft?.situations.sort()).toEqual(['pii', 'threat']);
  });

  it('without a confirmed email, says how to get one instead of sending', async () => {
    const store = seed();
    const send = vi.fn(async () => undefined);
    store.set({ ...store.get()!, draft: { situations: ['pii'], summary: '', senderContact: '', reporter: '', target: '', investigation: '', actions: [] } });
    act(() =>
      render(
        <ReportDialog msg={msg} wiki={wiki} store={store} contacts={{ oversight: { emailUser: 'Oversight' } }} configProblems={[{ source: 'MediaWiki:Gadget-wiki-safety-config.json', errors: ['unknown setting "x" (ignored)'] }]} services={services({ emailAbility: async () => 'no-email', sendWikiEmail: send })} onClose={() => undefined} />,
        root,
      ),
    );
    const problems = root.querySelector('.cdx-message--warning.wsg-config-problems')!;
    expect(problems.textContent).toContain('MediaWiki:Gadget-wiki-safety-config.json');
    expect([...problems.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['unknown setting "x" (ignored)']);
    click(buttonByText('Next'));
    click(buttonByText('Next'));
    await act(async () => {
      (buttonByText("Send through the wiki's email") as HTMLElement).click();
    });
    await flush();
    expect(send).not.toHaveBeenCalled();
    expect(root.textContent).toContain('you need a confirmed email address');
  });

  it('"Draft a case reply" shows only when reply-templates is there, on every step, and keeps the draft', () => {
    const store = seed();
    act(() => render(<ReportDialog msg={msg} wiki={wiki} store={store} contacts={{}} configProblems={[]} services={services()} onClose={() => undefined} />, root));
    expect(root.querySelector('.wsg-rh-reply')).toBeNull();
    render(null, root);

    const onDraftReply = vi.fn();
    act(() => render(<ReportDialog msg={msg} wiki={wiki} store={store} contacts={{}} configProblems={[]} services={services()} onDraftReply={onDraftReply} onClose={() => undefined} />, root));
    click(root.querySelector('#wsg-rh-situation-pii'));
    click(buttonByText('Next'));
    const reply = root.querySelector('footer .wsg-rh-reply') as HTMLButtonElement;
    expect(reply.tagName).toBe('BUTTON');
    expect(reply.textContent).toBe(en['report-helper-draft-reply']);
    click(reply);
    expect(onDraftReply).toHaveBeenCalledTimes(1);
    // What was typed before is in the basket, so closing the dialog for the reply loses nothing.
    expect(store.get()?.draft?.situations).toEqual(['pii']);
  });
});
