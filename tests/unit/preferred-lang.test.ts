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

describe('the language of a link without lang, once the page is open', () => {
  afterEach(() => vi.resetModules());
  const english = () => 'en' as const;

  it('opens a first link in the preferred language, and keeps the page Japanese after a Japanese link', async () => {
    const p = await import('../../src/state/preferred-lang.ts');
    // an English browser opens a Japanese link, then the app writes a filter (canonical Japanese: no lang)
    expect(p.completeHash('#/quarterly?ds=sample&lang=ja', english)).toBe('#/quarterly?ds=sample&lang=ja');
    expect(p.completeHash('#/quarterly?ds=sample&q=2', english)).toBe('#/quarterly?ds=sample&q=2');
    // Back, or a link pasted into the tab, without lang: still the page's language
    expect(p.completeHash('#/cases', english)).toBe('#/cases');
  });

  it('keeps an English page English for a link without lang, and a first link follows the preference', async () => {
    const p = await import('../../src/state/preferred-lang.ts');
    expect(p.completeHash('#/overview', english)).toBe('#/overview?lang=en');
    expect(p.completeHash('#/cases', () => 'ja')).toBe('#/cases?lang=en');
    expect(p.completeHash('#/cases?id=x&lang=ja', english)).toBe('#/cases?id=x&lang=ja');
  });

  it('takes a hash the app wrote as it is: the switch to Japanese on an English page', async () => {
    const p = await import('../../src/state/preferred-lang.ts');
    expect(p.completeHash('#/overview?lang=en', english)).toBe('#/overview?lang=en');
    p.markOwnHash('#/overview');
    expect(p.completeHash('#/overview', english)).toBe('#/overview');
    // the mark is used once: a later link without lang keeps the (now Japanese) page
    expect(p.completeHash('#/cases', english)).toBe('#/cases');
    p.markOwnHash('#/cases?lang=en');
    expect(p.completeHash('#/overview', english)).toBe('#/overview');
  });
});
