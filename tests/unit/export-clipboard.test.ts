import { describe, expect, it } from 'vitest';
import { copyPngToClipboard } from '../../src/export/raster/clipboard.ts';

class FakeItem {
  constructor(readonly items: Record<string, Promise<Blob> | Blob>) {}
}

function env(write: (items: FakeItem[]) => Promise<void>) {
  return {
    navigator: { clipboard: { write: (items: ClipboardItem[]) => write(items as unknown as FakeItem[]) } },
    ClipboardItem: FakeItem as unknown as typeof ClipboardItem,
  };
}

const png = () => Promise.resolve(new Blob(['x'], { type: 'image/png' }));

describe('copyPngToClipboard', () => {
  it('hands the clipboard a ClipboardItem holding the promise, created before anything is awaited', async () => {
    const written: FakeItem[] = [];
    const promise = copyPngToClipboard(
      png,
      env(async (items) => {
        written.push(...items);
      }),
    );
    expect(written).toHaveLength(1); // before any await: Safari's gesture rule
    expect(written[0]?.items['image/png']).toBeInstanceOf(Promise);
    expect(await promise).toEqual({ ok: true });
  });

  it('says why it failed', async () => {
    expect(await copyPngToClipboard(png, {})).toMatchObject({ ok: false, reason: 'unsupported' });
    const denied = env(() => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')));
    expect(await copyPngToClipboard(png, denied)).toEqual({
      ok: false,
      reason: 'denied',
      message: 'Write permission denied.',
    });
    const broken = env(() => Promise.reject(new Error('boom')));
    expect(await copyPngToClipboard(png, broken)).toEqual({ ok: false, reason: 'error', message: 'boom' });
  });
});
