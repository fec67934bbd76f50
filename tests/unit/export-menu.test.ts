// @vitest-environment jsdom
import * as Plot from '@observablehq/plot';
import { readFile } from 'node:fs/promises';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartSpec } from '../../src/charts/spec.ts';
import { createDeckStore } from '../../src/export/deck/deck-store.ts';
import { ExportMenu } from '../../src/export/ExportMenu.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

async function loadFont(slice: string, weight: number): Promise<ArrayBuffer> {
  const b = await readFile(`node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-${slice}-${weight}-normal.woff`);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

const rows = [
  { fy: 2021, n: 3 },
  { fy: 2022, n: 5 },
];
const spec: ChartSpec = {
  id: 'fy-totals',
  title: '年度別の事故件数',
  subtitle: '合成サンプル · 2021–2022年度',
  sources: ['総務省'],
  notes: [],
  synthetic: true,
  columns: [
    { key: 'fy', label: '年度' },
    { key: 'n', label: '件数' },
  ],
  rows,
  plot: { marks: [Plot.barY(rows, { x: 'fy', y: 'n' })] },
};

let container: HTMLDivElement;
let root: Root;
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
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.restoreAllMocks();
});

function render(lang: 'ja' | 'en' = 'ja') {
  const chart = Plot.plot({ ...spec.plot, document });
  act(() =>
    root.render(
      createElement(ExportMenu, {
        spec,
        lang,
        getChartElement: () => chart,
        deck: createDeckStore({ storage: null }),
        now: () => new Date('2026-11-23T07:08:00Z'),
        loadFont,
      }),
    ),
  );
}

const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const key = (el: Element, k: string) =>
  act(() => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true })));

describe('ExportMenu', () => {
  it('is a menu button that opens, moves and closes with the keyboard and returns focus', () => {
    render();
    const button = byTestId('export-menu-button')!;
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector('[role="menu"]')).toBeNull();

    button.focus();
    key(button, 'ArrowDown');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const ids = ['svg', 'png-1x', 'png-2x', 'png-slide', 'copy', 'csv', 'deck'].map((k) => `export-item-${k}`);
    for (const id of ids) expect(byTestId(id)?.getAttribute('role')).toBe('menuitem');
    expect(document.activeElement).toBe(byTestId('export-item-svg'));

    const menu = container.querySelector('[role="menu"]')!;
    key(document.activeElement!, 'ArrowDown');
    expect(document.activeElement).toBe(byTestId('export-item-png-1x'));
    key(document.activeElement!, 'End');
    expect(document.activeElement).toBe(byTestId('export-item-deck'));
    key(document.activeElement!, 'ArrowDown');
    expect(document.activeElement).toBe(byTestId('export-item-svg'));
    key(menu, 'Escape');
    expect(container.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement).toBe(button);

    key(button, 'ArrowUp');
    expect(document.activeElement).toBe(byTestId('export-item-deck'));
  });

  it('downloads the CSV with provenance in the file name and says so', () => {
    render();
    act(() => byTestId('export-menu-button')!.click());
    act(() => byTestId('export-item-csv')!.click());
    expect(downloads.map((d) => d.name)).toEqual(['jiko_fy-totals_20261123_SYNTHETIC.csv']);
    expect(byTestId('export-status')?.textContent).toBe('jiko_fy-totals_20261123_SYNTHETIC.csv を保存しました');
    expect(document.activeElement).toBe(byTestId('export-menu-button'));
  });

  it('labels a synthetic CSV inside the file, not only in its name', async () => {
    render();
    act(() => byTestId('export-menu-button')!.click());
    act(() => byTestId('export-item-csv')!.click());
    const text = new TextDecoder().decode(await downloads[0]!.blob.arrayBuffer());
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('dataset,年度,件数');
    expect(lines.slice(1, -1).every((l) => l.startsWith('合成データ / SYNTHETIC DATA,'))).toBe(true);
  });

  it('downloads an SVG with its text as outlines', async () => {
    render();
    act(() => byTestId('export-menu-button')!.click());
    act(() => byTestId('export-item-svg')!.click());
    await act(() => vi.waitFor(() => expect(downloads).toHaveLength(1), { timeout: 5000 }));
    expect(downloads[0]?.name).toBe('jiko_fy-totals_20261123_SYNTHETIC.svg');
    const markup = await downloads[0]!.blob.text();
    expect(markup).toContain('<path');
    expect(markup).not.toContain('<text');
    expect(markup).toContain('<title id="jiko-fy-totals-title">年度別の事故件数</title>');
    expect(byTestId('export-status')?.textContent).toBe('jiko_fy-totals_20261123_SYNTHETIC.svg を保存しました');
  });

  it('explains when the browser cannot copy images', async () => {
    render('en');
    act(() => byTestId('export-menu-button')!.click());
    await act(async () => byTestId('export-item-copy')!.click());
    expect(byTestId('export-status')?.textContent).toBe('This browser cannot copy images. Save a PNG instead.');
  });
});
