/**
 * The case basket (pure state + a store): the diffs a reporter collects while
 * browsing, for one wiki at a time. Kept in the browser with an expiry
 * (common/storage.ts), shared across tabs, discarded in one click.
 */
import type { PiiType, Situation } from '../../common/contracts';
import { PII_TYPES } from '../../common/contracts';
import { DAY_MS, type ExpiringStore, type KeyValueStorage, expiringStore } from '../../common/storage';
import type { DiffEvidence } from '../referral/compose';
import { diffUrl, specialDiffUrl } from '../referral/links';
import { isSituation } from '../route/route';

export const BASKET_KEY = 'wsg-report-helper-basket';

export interface BasketItem extends DiffEvidence {
  /** Permanent links, kept with the ids so the basket is useful even without this gadget. */
  links: { diff: string; special: string };
  addedAt: number;
}

/** What the reporter has typed so far: kept so that nothing is lost on reload or failed send. */
export interface Draft {
  situations: Situation[];
  summary: string;
  senderContact: string;
  reporter: string;
  target: string;
  investigation: string;
  actions: string[];
}

export interface Basket {
  server: string;
  script: string;
  dbName: string;
  items: BasketItem[];
  draft?: Draft;
}

export interface AddRequest {
  server: string;
  script: string;
  dbName: string;
  newId: number;
  oldId?: number;
  title?: string;
  findingTypes?: PiiType[];
  note?: string;
}

export type AddResult = 'added' | 'updated' | 'other-wiki' | 'invalid';

export function emptyDraft(): Draft {
  return { situations: [], summary: '', senderContact: '', reporter: '', target: '', investigation: '', actions: [] };
}

function validId(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n > 0;
}

/**
 * Adds a diff; the same revision twice merges (finding types are united, a new
 * note replaces the old one). A diff from another wiki is refused: the
 * reporter discards or sends the current basket first.
 */
export function addToBasket(basket: Basket | undefined, request: AddRequest, now: number): { basket: Basket | undefined; result: AddResult } {
  if (!validId(request.newId) || (request.oldId !== undefined && !validId(request.oldId)) || !request.dbName) return { basket, result: 'invalid' };
  const base: Basket = basket && basket.items.length ? basket : { server: request.server, script: request.script, dbName: request.dbName, items: [], draft: basket?.draft };
  if (base.dbName !== request.dbName) return { basket, result: 'other-wiki' };
  const findingTypes = (request.findingTypes ?? []).filter((t) => (PII_TYPES as readonly string[]).includes(t));
  const existing = base.items.find((i) => i.newId === request.newId);
  if (existing) {
    const merged: BasketItem = {
      ...existing,
      oldId: existing.oldId ?? request.oldId,
      title: existing.title ?? request.title,
      findingTypes: [...new Set([...(existing.findingTypes ?? []), ...findingTypes])],
      note: request.note?.trim() ? request.note : existing.note,
    };
    return { basket: { ...base, items: base.items.map((i) => (i === existing ? withLinks(merged) : i)) }, result: 'updated' };
  }
  const item: BasketItem = withLinks({
    server: base.server,
    script: base.script,
    newId: request.newId,
    oldId: request.oldId,
    title: request.title,
    findingTypes: findingTypes.length ? findingTypes : undefined,
    note: request.note,
    links: { diff: '', special: '' },
    addedAt: now,
  });
  return { basket: { ...base, items: [...base.items, item] }, result: 'added' };
}

function withLinks(item: BasketItem): BasketItem {
  return { ...item, links: { diff: diffUrl(item), special: specialDiffUrl(item) } };
}

export function removeFromBasket(basket: Basket, newId: number): Basket {
  return { ...basket, items: basket.items.filter((i) => i.newId !== newId) };
}

/** Applies facts from the API (author, timestamp, parent revision, deletion, block) to matching items. */
export function updateItems(basket: Basket, update: (item: BasketItem) => Partial<BasketItem> | undefined): Basket {
  return {
    ...basket,
    items: basket.items.map((item) => {
      const patch = update(item);
      return patch ? withLinks({ ...item, ...patch }) : item;
    }),
  };
}

/**
 * Reads a stored value defensively: storage is writable by any script on the
 * origin and by older versions of this gadget, so anything malformed is dropped.
 */
export function sanitizeBasket(value: unknown): Basket | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const b = value as Partial<Basket>;
  if (typeof b.server !== 'string' || typeof b.script !== 'string' || typeof b.dbName !== 'string' || !Array.isArray(b.items)) return undefined;
  const items = b.items.filter((i): i is BasketItem => Boolean(i) && typeof i === 'object' && validId(i.newId) && (i.oldId === undefined || validId(i.oldId)));
  const draft = b.draft && typeof b.draft === 'object' ? sanitizeDraft(b.draft) : undefined;
  return { server: b.server, script: b.script, dbName: b.dbName, items: items.map((i) => withLinks({ ...i, server: b.server as string, script: b.script as string })), draft };
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function sanitizeDraft(d: Partial<Draft>): Draft {
  return {
    situations: Array.isArray(d.situations) ? d.situations.filter(isSituation) : [],
    summary: str(d.summary),
    senderContact: str(d.senderContact),
    reporter: str(d.reporter),
    target: str(d.target),
    investigation: str(d.investigation),
    actions: Array.isArray(d.actions) ? d.actions.filter((a): a is string => typeof a === 'string') : [],
  };
}

export interface BasketStore {
  get(): Basket | undefined;
  set(basket: Basket): boolean;
  discard(): void;
  expiresAt(): number | undefined;
  subscribe(listener: (basket: Basket | undefined) => void): () => void;
}

/** The basket in browser storage, kept `days` days after the last change. */
export function basketStore(storage: KeyValueStorage | undefined, days: number, now?: () => number): BasketStore {
  const store: ExpiringStore<unknown> = expiringStore<unknown>(storage, BASKET_KEY, days * DAY_MS, now);
  return {
    get: () => sanitizeBasket(store.get()),
    set: (basket) => store.set(basket),
    discard: () => store.clear(),
    expiresAt: () => store.expiresAt(),
    subscribe: (listener) => store.subscribe((value) => listener(sanitizeBasket(value))),
  };
}
