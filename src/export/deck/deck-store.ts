import type { ChartSpec } from '../../charts/spec.ts';

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

/** 'quota': the deck lives on but too big for localStorage; 'unavailable': no storage (private mode, tests). */
export type DeckStorageState = 'ok' | 'quota' | 'unavailable';

export interface DeckState {
  readonly items: readonly DeckItem[];
  readonly meta: DeckMeta;
  readonly storage: DeckStorageState;
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
    Array.isArray(item.spec.sources)
  );
}

function readItems(storage: Storage | null, key: string): DeckItem[] {
  if (!storage) return [];
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isDeckItem).map((item) => deepFreeze(item)) : [];
  } catch {
    return [];
  }
}

/** A slide note is short: it goes into the speaker notes, not onto the slide. */
export const MAX_NOTE = 1000;

function readMeta(storage: Storage | null, key: string): DeckMeta {
  if (!storage) return DEFAULT_DECK_META;
  try {
    const v = JSON.parse(storage.getItem(`${key}.meta`) ?? '{}') as Partial<DeckMeta>;
    const str = (x: unknown) => (typeof x === 'string' ? x.slice(0, 200) : '');
    return deepFreeze({
      title: str(v.title),
      subtitle: str(v.subtitle),
      date: str(v.date),
      charts: v.charts === 'picture' ? 'picture' : 'native',
    });
  } catch {
    return DEFAULT_DECK_META;
  }
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

/** A framework-free store for useSyncExternalStore, persisted to localStorage when it can be. */
export function createDeckStore(opts: DeckStoreOptions = {}): DeckStore {
  const storage = opts.storage === undefined ? defaultStorage() : opts.storage;
  const key = opts.key ?? DECK_STORAGE_KEY;
  const now = opts.now ?? (() => new Date());
  const makeId = opts.makeId ?? defaultId;
  const listeners = new Set<() => void>();
  let state: DeckState = {
    items: readItems(storage, key),
    meta: readMeta(storage, key),
    storage: storage ? 'ok' : 'unavailable',
  };

  function persist(items: readonly DeckItem[]): DeckStorageState {
    if (!storage) return 'unavailable';
    try {
      storage.setItem(key, JSON.stringify(items));
      return 'ok';
    } catch {
      // Over quota: keep the deck without slide images (they are re-rendered from the SVG when building).
      try {
        storage.setItem(key, JSON.stringify(items.map(({ pngDataUrl: _png, ...rest }) => rest)));
        return 'ok';
      } catch {
        return 'quota';
      }
    }
  }

  function set(items: readonly DeckItem[], meta: DeckMeta = state.meta): void {
    if (meta !== state.meta && storage) {
      try {
        storage.setItem(`${key}.meta`, JSON.stringify(meta));
      } catch {
        // the meta is tiny; if even that fails, the deck state below says so
      }
    }
    state = { items, meta, storage: persist(items) };
    for (const listener of listeners) listener();
  }

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
      set([...state.items, item]);
      return item;
    },
    remove(id) {
      if (state.items.some((item) => item.id === id)) set(state.items.filter((item) => item.id !== id));
    },
    move(id, delta) {
      const from = state.items.findIndex((item) => item.id === id);
      const to = from + delta;
      if (from < 0 || to < 0 || to >= state.items.length) return;
      const items = [...state.items];
      const [moved] = items.splice(from, 1);
      if (moved) items.splice(to, 0, moved);
      set(items);
    },
    clear() {
      if (state.items.length) set([]);
    },
    setNote(id, note) {
      const text = note.slice(0, MAX_NOTE);
      if (!state.items.some((item) => item.id === id && (item.note ?? '') !== text)) return;
      set(state.items.map((item) => (item.id === id ? deepFreeze({ ...item, note: text }) : item)));
    },
    setMeta(patch) {
      set(state.items, deepFreeze({ ...state.meta, ...patch }));
    },
  };
}

let shared: DeckStore | undefined;

/** The page's deck, created on first use. */
export function getDeckStore(): DeckStore {
  shared ??= createDeckStore();
  return shared;
}
