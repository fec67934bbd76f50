import type { FontLoader } from './font-set.ts';

// URLs only: the files become same-origin assets in dist and are fetched one slice at a time, at export time.
// WOFF, not WOFF2: opentype.js cannot decompress WOFF2. The "japanese" file is every slice in one (1.4 MB).
const urls = import.meta.glob(
  [
    '/node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-*-400-normal.woff',
    '/node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-*-700-normal.woff',
    '!/node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-japanese-*',
  ],
  { query: '?url', import: 'default', eager: true },
) as Record<string, string>;

function urlOf(slice: string, weight: number): string | undefined {
  return urls[`/node_modules/@fontsource/noto-sans-jp/files/noto-sans-jp-${slice}-${weight}-normal.woff`];
}

export const loadBundledFont: FontLoader = async (slice, weight) => {
  const url = urlOf(slice, weight);
  if (!url) throw new Error(`No bundled font for slice ${slice} (${weight})`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font ${url}: HTTP ${response.status}`);
  return response.arrayBuffer();
};
