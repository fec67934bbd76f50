import type { ChartSpec } from '../../charts/spec.ts';
import { readStored, setAside, writeStored } from './deck-storage.ts';

/**
 * What a deck keeps of a chart. Plot options hold functions and mark objects that cannot be stored, and the rows
 * are not needed for a slide but would eat the localStorage quota, so both are left out.
 */
export type DeckSpec = Readonly<Omit<ChartSpec, 'plot' | 'rows' | 'hints' | 'csvVariants'>>;

export interface DeckItem {
  readonly id: string;
  /** Frozen at the time it was added, subtitle (the filter state then) included. */
  readonly spec: DeckSpec;
  /** The composed export SVG. */
  readonly svgMarkup: string;
  /** The slide image, rendered in the browser when the item was added. */
  readonly pngDataUrl?: string;
  /** ISO 8601 instant. */
  readonly addedAt: string;
  /** A note typed in the tray, for the slide's speaker notes. */
  readonly note?: string;
}

/** The deck as a whole: its title slide, and whether charts go in as native PowerPoint charts or pictures. */
export interface DeckMeta {
  readonly title: string;
  readonly subtitle: string;
  /** As typed (e.g. 2026年12月2日); empty: the export date. */
  readonly date: string;
  readonly charts: 'native' | 'picture';
}

export const DEFAULT_DECK_META: DeckMeta = { title: '', subtitle: '', date: '', charts: 'native' };

/**
 * 'quota': the deck lives on but too big for localStorage; 'unavailable': no storage (private mode, tests);
 * 'damaged': the stored deck could not be read and could not be kept aside, so it is left untouched and this
 * tab's deck lives in memory only.
 */
export type DeckStorageState = 'ok' | 'quota' | 'unavailable' | 'damaged';

export interface DeckState {
  readonly items: readonly DeckItem[];
  readonly meta: DeckMeta;
  readonly storage: DeckStorageState;
  /** The key under which an unreadable stored deck was kept, once one was found. */
  readonly setAside?: string;
}

export interface DeckStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): DeckState;
  add(input: { spec: ChartSpec | DeckSpec; svgMarkup: string; pngDataUrl?: string }): DeckItem;
  remove(id: string): void;
  /** Moves an item one place up (-1) or down (+1); no-op at the ends. */
  move(id: string, delta: -1 | 1): void;
  clear(): void;
  setNote(id: string, note: string): void;
  setMeta(patch: Partial<DeckMeta>): void;
}

export interface DeckStoreOptions {
  storage?: Storage | null;
  key?: string;
  now?: () => Date;
  makeId?: () => string;
  /** Where `storage` events of other tabs arrive; default: window, when the storage is localStorage. */
  events?: EventTarget | null;
}

export const DECK_STORAGE_KEY = 'jiko.deck.v1';

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export function toDeckSpec(spec: ChartSpec | DeckSpec): DeckSpec {
  const { id, title, subtitle, sources, notes, synthetic, columns, native } = spec;
  return deepFreeze(
    structuredClone({ id, title, subtitle, sources, notes, synthetic, columns, ...(native ? { native } : {}) }),
  );
}

function isDeckItem(v: unknown): v is DeckItem {
  const item = v as DeckItem | null;
  return (
    typeof item?.id === 'string' &&
    typeof item.svgMarkup === 'string' &&
    typeof item.addedAt === 'string' &&
    typeof item.spec?.title === 'string' &&
    Array.isArray(item.spec.sources) &&
    (item.note === undefined || typeof item.note === 'string')
  );
}

/** A slide note is short: it goes into the speaker notes, not onto the slide. */
export const MAX_NOTE = 1000;

/** The deck's title slide, stored beside the items under `<key>.meta`; anything unreadable reads as the default. */
function readMeta(storage: Storage | null, key: string): DeckMeta {
  if (!storage) return DEFAULT_DECK_META;
  try {
    const v = JSON.parse(storage.getItem(`${key}.meta`) ?? '{}') as Partial<DeckMeta> | null;
    const str = (x: unknown) => (typeof x === 'string' ? x.slice(0, 200) : '');
    return deepFreeze({
      title: str(v?.title),
      subtitle: str(v?.subtitle),
      date: str(v?.date),
      charts: v?.charts === 'picture' ? 'picture' : 'native',
    });
  } catch {
    return DEFAULT_DECK_META;
  }
}

function sameMeta(a: DeckMeta, b: DeckMeta): boolean {
  return a.title === b.title && a.subtitle === b.subtitle && a.date === b.date && a.charts === b.charts;
}

/**
 * This tab's copy of a stored item (it may still hold the slide image the stored one lost to the quota), with the
 * note as stored: another tab may have typed it.
 */
function withStoredNote(mine: DeckItem | undefined, stored: DeckItem): DeckItem {
  if (!mine) return deepFreeze(stored);
  if ((mine.note ?? '') === (stored.note ?? '')) return mine;
  const { note: _note, ...rest } = mine;
  return deepFreeze(stored.note === undefined ? rest : { ...rest, note: stored.note });
}

function defaultStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // Some browsers throw on access when storage is disabled.
  }
}

let counter = 0;
const defaultId = () =>
  globalThis.crypto?.randomUUID?.() ?? `deck-${Date.now().toString(36)}-${(counter++).toString(36)}`;

/**
 * A framework-free store for useSyncExternalStore, persisted to localStorage when it can be. Every change is
 * applied to the deck as stored right now (merge on write), and other tabs' writes arrive through `storage`
 * events, so two tabs editing one deck never lose each other's slides.
 */
export function createDeckStore(opts: DeckStoreOptions = {}): DeckStore {
  const storage = opts.storage === undefined ? defaultStorage() : opts.storage;
  const key = opts.key ?? DECK_STORAGE_KEY;
  const now = opts.now ?? (() => new Date());
  const makeId = opts.makeId ?? defaultId;
  const listeners = new Set<() => void>();
  let lastRaw: string | null = null;
  let mustNotWrite = false;
  /** Items this tab could not save yet (storage full): kept in every merge until a write succeeds. */
  let unsaved: DeckItem[] = [];
  let state: DeckState = { items: [], meta: readMeta(storage, key), storage: storage ? 'ok' : 'unavailable' };

  /** The deck as it is now: the stored one (with this tab's in-memory copies, which may still hold images). */
  function current(): DeckItem[] {
    if (!storage) return [...state.items];
    const stored = readStored(storage, key, isDeckItem);
    if (stored.raw === lastRaw && !stored.damaged) return [...state.items];
    const mine = new Map(state.items.map((item) => [item.id, item]));
    let items = stored.items.map((item) => withStoredNote(mine.get(item.id), item));
    if (stored.damaged && stored.raw !== null) {
      const aside = setAside(storage, key, stored.raw, now());
      if (aside) state = { ...state, setAside: aside };
      else mustNotWrite = true;
      items = [...items, ...state.items.filter((item) => !items.some((i) => i.id === item.id))];
    }
    lastRaw = stored.raw;
    const known = new Set(items.map((item) => item.id));
    return [...items, ...unsaved.filter((item) => !known.has(item.id))];
  }

  function persist(items: readonly DeckItem[]): DeckStorageState {
    if (!storage) return 'unavailable';
    if (mustNotWrite) return 'damaged';
    const written = writeStored(storage, key, items);
    if (!written.ok) return 'quota';
    lastRaw = written.raw;
    return 'ok';
  }

  function publish(items: readonly DeckItem[], storageState: DeckStorageState) {
    state = { ...state, items, storage: storageState };
    for (const listener of listeners) listener();
  }

  function change(apply: (items: DeckItem[]) => DeckItem[], added?: DeckItem): void {
    const base = current();
    const items = apply([...base]);
    const same = (a: readonly DeckItem[], b: readonly DeckItem[]) =>
      a.length === b.length && a.every((item, i) => item === b[i]);
    if (same(items, base) && same(base, state.items)) return; // a no-op: nothing to write or redraw
    const result = persist(items);
    const ids = new Set(items.map((item) => item.id));
    unsaved = result === 'ok' ? [] : [...unsaved, ...(added ? [added] : [])].filter((item) => ids.has(item.id));
    publish(items, result);
  }

  const initial = current();
  state = { ...state, items: initial };
  if (mustNotWrite) state = { ...state, storage: 'damaged' };
  const events = opts.events === undefined ? (storage && typeof window !== 'undefined' ? window : null) : opts.events;
  events?.addEventListener('storage', (e) => {
    const changed = (e as StorageEvent).key;
    if (changed === null || changed === `${key}.meta`) state = { ...state, meta: readMeta(storage, key) };
    if (changed !== null && changed !== key && changed !== `${key}.meta`) return;
    publish(current(), state.storage);
  });

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => state,
    add(input) {
      const item: DeckItem = deepFreeze({
        id: makeId(),
        spec: toDeckSpec(input.spec),
        svgMarkup: input.svgMarkup,
        ...(input.pngDataUrl ? { pngDataUrl: input.pngDataUrl } : {}),
        addedAt: now().toISOString(),
      });
      change((items) => [...items, item], item);
      return item;
    },
    remove(id) {
      change((items) => items.filter((item) => item.id !== id));
    },
    move(id, delta) {
      change((items) => {
        const from = items.findIndex((item) => item.id === id);
        const to = from + delta;
        if (from < 0 || to < 0 || to >= items.length) return items;
        const [moved] = items.splice(from, 1);
        if (moved) items.splice(to, 0, moved);
        return items;
      });
    },
    clear() {
      // Only the slides this tab has shown: one another tab added a moment ago stays.
      const shown = new Set(state.items.map((item) => item.id));
      change((items) => items.filter((item) => !shown.has(item.id)));
    },
    setNote(id, note) {
      const text = note.slice(0, MAX_NOTE);
      change((items) =>
        items.map((item) =>
          item.id === id && (item.note ?? '') !== text ? deepFreeze({ ...item, note: text }) : item,
        ),
      );
    },
    setMeta(patch) {
      // Applied to the meta as stored right now, like the items, so another tab's title is not undone.
      const base = storage ? readMeta(storage, key) : state.meta;
      const meta = deepFreeze({ ...base, ...patch });
      if (sameMeta(meta, state.meta) && sameMeta(base, state.meta)) return;
      if (storage) {
        try {
          storage.setItem(`${key}.meta`, JSON.stringify(meta));
        } catch {
          // the meta is tiny; if even that fails, it lives on in this tab
        }
      }
      state = { ...state, meta };
      for (const listener of listeners) listener();
    },
  };
}

let shared: DeckStore | undefined;

/** The page's deck, created on first use. */
export function getDeckStore(): DeckStore {
  shared ??= createDeckStore();
  return shared;
}
