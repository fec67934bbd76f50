import { afterEach, describe, expect, it, vi } from 'vitest';

/** The reader's language choice sticks in this tab even when localStorage is disabled (it throws). */
describe('the remembered language', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('is kept in the tab when storage throws, so an English browser can still switch to Japanese', async () => {
    const broken = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    vi.stubGlobal('localStorage', broken);
    const p = await import('../../src/state/preferred-lang.ts');
    expect(p.storedLang()).toBeNull();
    expect(p.preferredLang(p.storedLang(), ['en-US'])).toBe('en');
    p.rememberLang('ja');
    expect(p.storedLang()).toBe('ja');
    expect(p.preferredLang(p.storedLang(), ['en-US'])).toBe('ja');
    // so a link without lang stays Japanese
    expect(p.hashWithPreferredLang('#/cases', p.preferredLang(p.storedLang(), ['en-US']))).toBe('#/cases');
  });

  it('reads what storage holds when it works', async () => {
    const store = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    });
    const p = await import('../../src/state/preferred-lang.ts');
    p.rememberLang('en');
    expect(store.get('jiko.lang')).toBe('en');
    expect(p.storedLang()).toBe('en');
  });
});
