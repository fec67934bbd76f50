// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../src/charts/spec.ts';
import { createDeckStore, DECK_STORAGE_KEY } from '../../src/export/deck/deck-store.ts';

function spec(id: string, synthetic = false): ChartSpec {
  return {
    id,
    title: `${id} のタイトル`,
    subtitle: `公開記録 · ${id}`,
    sources: ['総務省'],
    notes: [],
    synthetic,
    columns: [{ key: 'n', label: '件数' }],
    rows: [{ n: 1 }],
    plot: { marks: [] },
  };
}

let ids = 0;
const options = () => ({ makeId: () => `item-${++ids}`, now: () => new Date('2026-11-23T07:08:00Z') });

describe('deck store', () => {
  beforeEach(() => {
    localStorage.clear();
    ids = 0;
  });

  it('adds, moves, removes and persists, and a new store reads the same deck back', () => {
    const store = createDeckStore(options());
    const seen: number[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.getSnapshot().items.length));
    const a = store.add({ spec: spec('a'), svgMarkup: '<svg/>', pngDataUrl: 'data:image/png;base64,AAAA' });
    store.add({ spec: spec('b', true), svgMarkup: '<svg/>' });
    store.add({ spec: spec('c'), svgMarkup: '<svg/>' });
    const order = () => store.getSnapshot().items.map((item) => item.spec.id);
    expect(order()).toEqual(['a', 'b', 'c']);

    store.move(a.id, 1);
    expect(order()).toEqual(['b', 'a', 'c']);
    store.move('item-3', -1);
    expect(order()).toEqual(['b', 'c', 'a']);
    const before = store.getSnapshot();
    store.move('item-2', -1); // already first
    expect(store.getSnapshot()).toBe(before);
    store.remove('item-3');
    expect(order()).toEqual(['b', 'a']);
    expect(seen).toEqual([1, 2, 3, 3, 3, 2]);
    unsubscribe();

    const reloaded = createDeckStore(options());
    const items = reloaded.getSnapshot().items;
    expect(items.map((item) => item.spec.id)).toEqual(['b', 'a']);
    expect(items[0]?.spec.synthetic).toBe(true);
    expect(items[1]?.pngDataUrl).toBe('data:image/png;base64,AAAA');
    expect(items[1]?.addedAt).toBe('2026-11-23T07:08:00.000Z');
    expect(reloaded.getSnapshot().storage).toBe('ok');

    reloaded.clear();
    expect(createDeckStore(options()).getSnapshot().items).toEqual([]);
  });

  it('keeps a frozen copy of the spec without the Plot options and rows', () => {
    const store = createDeckStore(options());
    const original = spec('a');
    const item = store.add({ spec: original, svgMarkup: '<svg/>' });
    original.subtitle = 'changed later';
    expect(item.spec.subtitle).toBe('公開記録 · a');
    expect(Object.isFrozen(item.spec)).toBe(true);
    expect(Object.isFrozen(item.spec.sources)).toBe(true);
    expect('plot' in item.spec || 'rows' in item.spec).toBe(false);
  });

  it('survives a full localStorage by dropping images, then by keeping the deck in memory', () => {
    let limit = Infinity;
    const storage = {
      ...localStorage,
      getItem: (k: string) => localStorage.getItem(k),
      setItem: (k: string, v: string) => {
        if (v.length > limit) throw new DOMException('full', 'QuotaExceededError');
        localStorage.setItem(k, v);
      },
    } as Storage;
    const store = createDeckStore({ ...options(), storage });
    limit = 300;
    store.add({ spec: spec('a'), svgMarkup: '<svg/>', pngDataUrl: `data:image/png;base64,${'A'.repeat(400)}` });
    expect(store.getSnapshot().storage).toBe('ok');
    expect(localStorage.getItem(DECK_STORAGE_KEY)).not.toContain('base64');
    expect(store.getSnapshot().items[0]?.pngDataUrl).toContain('base64'); // still in memory

    limit = 10;
    store.add({ spec: spec('b'), svgMarkup: '<svg/>' });
    expect(store.getSnapshot().storage).toBe('quota');
    expect(store.getSnapshot().items).toHaveLength(2);
  });

  it('keeps an unreadable stored deck aside instead of overwriting it, and reports it', () => {
    localStorage.setItem(DECK_STORAGE_KEY, '{not json');
    const store = createDeckStore(options());
    expect(store.getSnapshot().items).toEqual([]);
    const aside = store.getSnapshot().setAside!;
    expect(aside).toMatch(/^jiko\.deck\.v1\.unreadable\./);
    expect(localStorage.getItem(aside)).toBe('{not json');
    store.add({ spec: spec('a'), svgMarkup: '<svg/>' });
    expect(localStorage.getItem(aside)).toBe('{not json');
    expect(JSON.parse(localStorage.getItem(DECK_STORAGE_KEY)!)).toHaveLength(1);

    const valid = JSON.parse(localStorage.getItem(DECK_STORAGE_KEY)!) as unknown[];
    localStorage.setItem(DECK_STORAGE_KEY, JSON.stringify([{ id: 1 }, ...valid, null]));
    const partial = createDeckStore(options());
    expect(partial.getSnapshot().items.map((i) => i.spec.id)).toEqual(['a']);
    expect(localStorage.getItem(partial.getSnapshot().setAside!)).toContain('{"id":1}');
  });

  it('never writes over an unreadable deck it could not keep aside', () => {
    localStorage.setItem(DECK_STORAGE_KEY, '[{"broken"');
    const storage = {
      get length() {
        return localStorage.length;
      },
      key: (i: number) => localStorage.key(i),
      getItem: (k: string) => localStorage.getItem(k),
      setItem: (k: string, v: string) => {
        if (k !== DECK_STORAGE_KEY) throw new DOMException('full', 'QuotaExceededError');
        localStorage.setItem(k, v);
      },
    } as Storage;
    const store = createDeckStore({ ...options(), storage });
    expect(store.getSnapshot().storage).toBe('damaged');
    store.add({ spec: spec('a'), svgMarkup: '<svg/>' });
    expect(store.getSnapshot().items).toHaveLength(1);
    expect(localStorage.getItem(DECK_STORAGE_KEY)).toBe('[{"broken"');
  });

  it('two tabs adding, moving and removing slides lose none of them', () => {
    const events = new EventTarget();
    const tabA = createDeckStore({ ...options(), events });
    const tabB = createDeckStore({ ...options(), events });
    const a = tabA.add({ spec: spec('a'), svgMarkup: '<svg/>' });
    tabB.add({ spec: spec('b'), svgMarkup: '<svg/>' }); // B never saw a
    tabA.add({ spec: spec('c'), svgMarkup: '<svg/>' }); // A never saw b
    const idsOf = (st: typeof tabA) => st.getSnapshot().items.map((i) => i.spec.id);
    expect(idsOf(createDeckStore(options()))).toEqual(['a', 'b', 'c']);
    tabB.remove(a.id);
    tabA.move(tabA.getSnapshot().items.at(-1)!.id, -1);
    expect(idsOf(createDeckStore(options()))).toEqual(['c', 'b']);

    // the other tab's view follows through the storage event
    expect(idsOf(tabB)).toEqual(['b', 'c']);
    events.dispatchEvent(Object.assign(new Event('storage'), { key: DECK_STORAGE_KEY }));
    expect(idsOf(tabB)).toEqual(['c', 'b']);
  });
});
