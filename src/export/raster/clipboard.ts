export type ClipboardResult = { ok: true } | { ok: false; reason: 'unsupported' | 'denied' | 'error'; message: string };

interface ClipboardEnv {
  navigator?: { clipboard?: { write?: (items: ClipboardItem[]) => Promise<void> } };
  ClipboardItem?: typeof ClipboardItem;
}

function failure(error: unknown): ClipboardResult {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  if (name === 'NotAllowedError' || name === 'SecurityError') return { ok: false, reason: 'denied', message };
  if (name === 'NotSupportedError') return { ok: false, reason: 'unsupported', message };
  return { ok: false, reason: 'error', message };
}

/**
 * Copies a PNG to the clipboard. Call it synchronously from the click handler: Safari only accepts a
 * ClipboardItem created inside the user gesture, so the item gets the *promise* of the PNG, which may take a while.
 */
export function copyPngToClipboard(
  makePng: () => Promise<Blob>,
  env: ClipboardEnv = globalThis,
): Promise<ClipboardResult> {
  const write = env.navigator?.clipboard?.write?.bind(env.navigator.clipboard);
  const Item = env.ClipboardItem;
  if (!write || !Item) {
    return Promise.resolve({
      ok: false,
      reason: 'unsupported',
      message: 'navigator.clipboard.write or ClipboardItem is missing',
    });
  }
  const png = makePng();
  let item: ClipboardItem;
  try {
    item = new Item({ 'image/png': png });
  } catch {
    // Older engines want a Blob, not a promise; they also do not tie writing to the gesture.
    return png.then((blob) => write([new Item({ 'image/png': blob })])).then(() => ({ ok: true }) as const, failure);
  }
  return write([item]).then(() => ({ ok: true }) as const, failure);
}
