// @vitest-environment jsdom
import JSZip from 'jszip';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartSpec } from '../../src/charts/spec.ts';
import { createDeckStore, type DeckStore } from '../../src/export/deck/deck-store.ts';
import { DeckTray } from '../../src/export/deck/DeckTray.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// 1×1 white PNG.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC';

function spec(id: string, synthetic: boolean): ChartSpec {
  return {
    id,
    title: `${id} グラフ`,
    subtitle: `フィルタ ${id}`,
    sources: ['総務省'],
    notes: [],
    synthetic,
    columns: [],
    rows: [],
    plot: {},
  };
}

let container: HTMLDivElement;
let root: Root;
let store: DeckStore;
let downloads: { name: string; blob: Blob }[];

beforeEach(() => {
  downloads = [];
  let lastBlob: Blob | undefined;
  URL.createObjectURL = (blob: Blob) => {
    lastBlob = blob as Blob;
    return 'blob:test';
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (lastBlob) downloads.push({ name: this.download, blob: lastBlob });
  });
  let n = 0;
  store = createDeckStore({ storage: null, makeId: () => `id-${++n}` });
  for (const [id, synthetic] of [
    ['a', false],
    ['b', true],
    ['c', false],
  ] as const) {
    store.add({ spec: spec(id, synthetic), svgMarkup: '<svg xmlns="http://www.w3.org/2000/svg"/>', pngDataUrl: PNG });
  }
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root.render(createElement(DeckTray, { lang: 'ja', store, now: () => new Date('2026-11-23T07:08:00Z') })));
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.restoreAllMocks();
});

const items = () => [...container.querySelectorAll<HTMLElement>('[data-testid="deck-item"]')];
const titles = () => items().map((li) => li.querySelector('.jiko-deck__title')?.textContent);

// Downloading imports pptxgenjs: about 1 s idle, 6 s on a loaded 2-core machine.
describe('DeckTray', { timeout: 30_000 }, () => {
  it('lists the items with thumbnails and reorders them with buttons and Alt+arrows, keeping focus', () => {
    expect(container.querySelector('[data-testid="deck-tray"]')).not.toBeNull();
    expect(titles()).toEqual(['a グラフ', 'b グラフ', 'c グラフ']);
    expect(items()[0]?.querySelector('img')?.getAttribute('src')).toBe(PNG);

    const first = items()[0]!;
    first.focus();
    act(() => first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true })));
    expect(titles()).toEqual(['b グラフ', 'a グラフ', 'c グラフ']);
    expect(document.activeElement).toBe(items()[1]);

    const up = items()[2]!.querySelector<HTMLButtonElement>('[data-part="up"]')!;
    expect(up.getAttribute('aria-label')).toBe('上へ移動: c グラフ');
    act(() => up.click());
    expect(titles()).toEqual(['b グラフ', 'c グラフ', 'a グラフ']);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('上へ移動: c グラフ');
    expect(items()[0]!.querySelector('[data-part="up"]')?.getAttribute('aria-disabled')).toBe('true');

    act(() => items()[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true })));
    expect(titles()).toEqual(['c グラフ', 'a グラフ']);
    expect(document.activeElement).toBe(items()[0]);
    expect(container.querySelector('[data-testid="deck-status"]')?.textContent).toBe('b グラフ を削除しました');
  });

  it('downloads the deck as a .pptx named after the day, marked synthetic', async () => {
    await act(async () => container.querySelector<HTMLButtonElement>('[data-testid="deck-download"]')!.click());
    await act(() => vi.waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 }));
    expect(container.querySelector('[data-testid="deck-status"]')?.textContent).toBe(
      'jiko_deck_20261123_SYNTHETIC.pptx を保存しました',
    );
    expect(downloads[0]?.name).toBe('jiko_deck_20261123_SYNTHETIC.pptx');
    const zip = await JSZip.loadAsync(await downloads[0]!.blob.arrayBuffer());
    expect(Object.keys(zip.files)).toContain('ppt/slides/slide4.xml');
  });

  it('asks before clearing the deck (issue 14)', () => {
    const click = (id: string) =>
      act(() => container.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`)!.click());
    click('deck-clear');
    expect(store.getSnapshot().items).toHaveLength(3);
    expect(container.querySelector('[data-testid="deck-clear-confirm"]')?.textContent).toContain(
      '3枚をすべて削除しますか',
    );
    click('deck-clear-no');
    expect(store.getSnapshot().items).toHaveLength(3);
    click('deck-clear');
    click('deck-clear-yes');
    expect(store.getSnapshot().items).toHaveLength(0);
  });

  it('takes a note per slide and the deck title, subtitle, date and chart mode (issue 14)', () => {
    const type = (el: HTMLInputElement | HTMLTextAreaElement, value: string) =>
      act(() => {
        const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
        Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
    type(container.querySelectorAll<HTMLTextAreaElement>('[data-testid="deck-note"]')[1]!, '急増に注目');
    type(container.querySelector<HTMLInputElement>('[data-testid="deck-title"]')!, '第12回 検証会議');
    act(() => container.querySelector<HTMLInputElement>('[data-testid="deck-charts-picture"]')!.click());
    expect(store.getSnapshot().items[1]!.note).toBe('急増に注目');
    expect(store.getSnapshot().meta.title).toBe('第12回 検証会議');
    expect(store.getSnapshot().meta.charts).toBe('picture');
  });

  it('leaves out a slide it cannot draw and still downloads the others', async () => {
    act(() => {
      store.add({ spec: spec('broken', false), svgMarkup: '<svg/>', pngDataUrl: 'data:image/png;base64,AAAA' });
    });
    await act(async () => container.querySelector<HTMLButtonElement>('[data-testid="deck-download"]')!.click());
    await act(() => vi.waitFor(() => expect(downloads).toHaveLength(1), { timeout: 10_000 }));
    expect(container.querySelector('[data-testid="deck-status"]')?.textContent).toBe(
      'jiko_deck_20261123_SYNTHETIC.pptx を保存しました。描画できなかったスライド 1 枚を除きました: broken グラフ',
    );
    const zip = await JSZip.loadAsync(await downloads[0]!.blob.arrayBuffer());
    expect(Object.keys(zip.files)).toContain('ppt/slides/slide4.xml');
    expect(Object.keys(zip.files)).not.toContain('ppt/slides/slide5.xml');
  }, 20_000);
});
