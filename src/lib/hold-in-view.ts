/** How long a linked element is kept at the top while the page around it is still being laid out. */
export const HOLD_MS = 10_000;

/** What a reader does to take over the scrolling; any of them ends the hold. */
const READER_EVENTS = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

/**
 * Scrolls `el` to the top of the viewport and keeps it there while the page is still growing, until the reader
 * scrolls, types or clicks, or `ms` have passed. Returns a function that ends the hold.
 *
 * One scroll is not enough on a cold load of a link: the page may not yet be tall enough to bring the element to
 * the top (the browser clamps the scroll), and content that arrives later (other charts, KPIs, the export row)
 * moves it again. Every change of the document's or the element's size re-aligns it.
 */
export function holdInView(el: Element, ms = HOLD_MS): () => void {
  const align = () => el.scrollIntoView({ block: 'start' });
  const observer = new ResizeObserver(align);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const type of READER_EVENTS) window.removeEventListener(type, stop, true);
  };
  const timer = setTimeout(stop, ms);
  for (const type of READER_EVENTS) window.addEventListener(type, stop, { capture: true, passive: true });
  align();
  observer.observe(el.ownerDocument.documentElement);
  observer.observe(el);
  return stop;
}
