import { describe, expect, it, vi } from 'vitest';

/**
 * English is a chunk of its own (src/i18n/t.ts): before it is loaded an English page reads Japanese, never a raw
 * key; once loaded, English. A fresh copy of the module, without the test setup's registration, shows both.
 */
describe('the catalogues', () => {
  it('falls back to Japanese until English is loaded, then translates, filling placeholders', async () => {
    vi.resetModules();
    const t = await import('../../src/i18n/t.ts');
    expect(t.hasCatalogue('ja')).toBe(true);
    expect(t.hasCatalogue('en')).toBe(false);
    expect(t.translate('en', 'nav.overview')).toBe('概要');
    expect(t.translate('en', 'deck.button', { n: 3 })).toBe('スライド (3)');
    await t.loadCatalogue('en');
    expect(t.hasCatalogue('en')).toBe(true);
    expect(t.translate('en', 'nav.overview')).toBe('Overview');
    expect(t.translate('en', 'deck.button', { n: 3 })).toBe('Slides (3)');
    expect(t.translate('ja', 'nav.overview')).toBe('概要');
    // an unknown placeholder stays as written; loading again is a no-op
    expect(t.translate('en', 'deck.button', { m: 3 })).toBe('Slides ({n})');
    await t.loadCatalogue('ja');
    expect(t.translator('ja')('nav.overview')).toBe('概要');
  });
});
