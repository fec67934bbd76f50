import type { Page } from 'playwright-core';

/**
 * Pixels of a PNG close to an RGB colour inside a box given from the image's top-right corner, counted by the
 * browser's own PNG decoder (createImageBitmap), so the test reads the image as a viewer would.
 */
export async function colourPixelsTopRight(
  page: Page,
  png: Buffer,
  rgb: [number, number, number],
  box: { width: number; height: number },
): Promise<number> {
  return page.evaluate(
    async ({ b64, want, area }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bmp.width, bmp.height);
      const g = canvas.getContext('2d')!;
      g.drawImage(bmp, 0, 0);
      const x0 = Math.max(0, bmp.width - area.width);
      const { data } = g.getImageData(x0, 0, bmp.width - x0, Math.min(area.height, bmp.height));
      let n = 0;
      for (let i = 0; i < data.length; i += 4) {
        const d = Math.abs(data[i]! - want[0]) + Math.abs(data[i + 1]! - want[1]) + Math.abs(data[i + 2]! - want[2]);
        if (d < 24) n++;
      }
      return n;
    },
    { b64: png.toString('base64'), want: rgb, area: box },
  );
}

/** "#b42318" → [180, 35, 24]. */
export function hexRgb(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}
