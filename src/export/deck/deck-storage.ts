/**
 * The deck as stored in localStorage, read defensively: another tab may have written it a moment ago, and a
 * damaged copy is kept aside under its own key instead of being overwritten.
 */
export interface StoredDeck<T> {
  items: T[];
  /** The raw text as read, to notice cheaply whether another tab has written since. */
  raw: string | null;
  /** True when the text (or some item in it) could not be read. */
  damaged: boolean;
}

export function readStored<T>(storage: Storage, key: string, isItem: (v: unknown) => v is T): StoredDeck<T> {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { items: [], raw: null, damaged: false };
  }
  if (raw === null) return { items: [], raw, damaged: false };
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return { items: [], raw, damaged: true };
    const items = parsed.filter(isItem);
    return { items, raw, damaged: items.length !== parsed.length };
  } catch {
    return { items: [], raw, damaged: true };
  }
}

/** Copies an unreadable deck to `<key>.unreadable.<time>`; answers the key, or null when that failed too. */
export function setAside(storage: Storage, key: string, raw: string, now: Date): string | null {
  for (let i = 0; i < storage.length; i++) {
    const k = storage.key(i);
    if (k?.startsWith(`${key}.unreadable.`) && storage.getItem(k) === raw) return k;
  }
  const aside = `${key}.unreadable.${now.toISOString()}`;
  try {
    storage.setItem(aside, raw);
    return aside;
  } catch {
    return null;
  }
}

/** Writes the deck; over quota, tries again without the slide images (re-rendered from the SVG when building). */
export function writeStored(
  storage: Storage,
  key: string,
  items: readonly { pngDataUrl?: string }[],
): { ok: boolean; raw: string | null } {
  for (const list of [items, items.map(({ pngDataUrl: _png, ...rest }) => rest)]) {
    const raw = JSON.stringify(list);
    try {
      storage.setItem(key, raw);
      return { ok: true, raw };
    } catch {
      // try the smaller form, then give up
    }
  }
  return { ok: false, raw: null };
}
