// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdInView } from '../../src/lib/hold-in-view.ts';

/** jsdom has no ResizeObserver: this one records what is observed and lets the test report a resize. */
class FakeResizeObserver {
  static last: FakeResizeObserver | undefined;
  observed: Element[] = [];
  constructor(readonly callback: () => void) {
    FakeResizeObserver.last = this;
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  disconnect() {
    this.observed = [];
  }
  resize() {
    if (this.observed.length > 0) this.callback();
  }
}

let el: HTMLElement;
let scrolls: number;

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  el = document.createElement('figure');
  document.body.append(el);
  scrolls = 0;
  el.scrollIntoView = () => void scrolls++;
});
afterEach(() => {
  el.remove();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('holdInView', () => {
  it('scrolls at once, watches the document and the element, and re-aligns on every resize', () => {
    holdInView(el, 1000);
    expect(scrolls).toBe(1);
    expect(FakeResizeObserver.last!.observed).toEqual([document.documentElement, el]);
    FakeResizeObserver.last!.resize();
    FakeResizeObserver.last!.resize();
    expect(scrolls).toBe(3);
  });

  it('lets go after the time given', () => {
    holdInView(el, 1000);
    vi.advanceTimersByTime(999);
    FakeResizeObserver.last!.resize();
    expect(scrolls).toBe(2);
    vi.advanceTimersByTime(1);
    FakeResizeObserver.last!.resize();
    expect(scrolls).toBe(2);
  });

  for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) {
    it(`lets go when the reader takes over (${type})`, () => {
      holdInView(el, 1000);
      window.dispatchEvent(new Event(type));
      FakeResizeObserver.last!.resize();
      expect(scrolls).toBe(1);
    });
  }

  it('lets go when stopped, and a later reader event is harmless', () => {
    const stop = holdInView(el, 1000);
    stop();
    FakeResizeObserver.last!.resize();
    window.dispatchEvent(new Event('wheel'));
    vi.advanceTimersByTime(2000);
    expect(scrolls).toBe(1);
  });

  it('keeps holding through events that are not the reader’s (a programmatic scroll, a resize)', () => {
    holdInView(el, 1000);
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new Event('resize'));
    FakeResizeObserver.last!.resize();
    expect(scrolls).toBe(2);
  });
});
