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

  it('ignores storage it cannot parse', () => {
    localStorage.setItem(DECK_STORAGE_KEY, '{not json');
    expect(createDeckStore(options()).getSnapshot().items).toEqual([]);
    localStorage.setItem(DECK_STORAGE_KEY, JSON.stringify([{ id: 1 }, null]));
    expect(createDeckStore(options()).getSnapshot().items).toEqual([]);
  });
});
