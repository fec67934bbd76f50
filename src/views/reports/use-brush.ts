import { useEffect, useRef } from 'react';

interface XScale {
  domain: number[];
  range: number[];
}

/** Pixel → data for a linear scale, from its domain and range. */
export function invertLinear(scale: XScale, px: number): number {
  const [d0 = 0, d1 = 1] = scale.domain;
  const [r0 = 0, r1 = 1] = scale.range;
  return d0 + ((px - r0) / (r1 - r0)) * (d1 - d0);
}

/** The whole quarters whose bar centres lie between two data positions; null when none does. */
export function quartersBetween(a: number, b: number): [number, number] | null {
  const lo = Math.ceil(Math.min(a, b));
  const hi = Math.floor(Math.max(a, b));
  return lo <= hi ? [lo, hi] : null;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export type BrushPhase = 'start' | 'move' | 'end';

/**
 * A horizontal brush over a Plot chart with a linear x scale of quarter indexes. A drag selects the quarters it
 * covers, live: the range goes out at once, at most once per animation frame, while the pointer moves, and again on release
 * (`phase` says which). A click without a drag falls through to the bar's link (its drill-down). The bars are
 * links, so Chromium would start a native drag of one (dragstart, then pointercancel) and lose the brush: that
 * drag is prevented, the pointer is captured, and a pointercancel ends the brush where it was.
 */
export function useBrush(chart: Element | null, onBrush: (range: [number, number], phase: BrushPhase) => void): void {
  // The latest callback, out of the effect's dependencies: a live brush re-renders the view on every frame.
  const onBrushRef = useRef(onBrush);
  useEffect(() => {
    onBrushRef.current = onBrush;
  });
  useEffect(() => {
    if (!chart) return;
    const svg = (
      chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector(':scope > svg')
    ) as SVGSVGElement | null;
    const plot = chart as Element & { scale?: (name: string) => XScale | undefined };
    const scale = plot.scale?.('x');
    if (!svg || !scale) return;
    let start: number | null = null;
    let last: number | null = null;
    let rect: SVGRectElement | null = null;
    let suppressClick = false;
    let sent: string | null = null;
    let frame = 0;
    const localX = (e: PointerEvent) => e.clientX - svg.getBoundingClientRect().left;
    const rangeTo = (x: number) =>
      start === null ? null : quartersBetween(invertLinear(scale, start), invertLinear(scale, x));
    let sentRange: [number, number] | null = null;
    const emit = (x: number, phase: BrushPhase) => {
      // released where no bar centre is covered: the brush ends on the last range it sent
      const range = rangeTo(x) ?? (phase === 'end' ? sentRange : null);
      if (!range) return;
      const key = `${range[0]}:${range[1]}`;
      if (phase !== 'end' && key === sent) return;
      onBrushRef.current(range, sent === null ? 'start' : phase);
      sent = key;
      sentRange = range;
    };
    const down = (e: PointerEvent) => {
      if (e.button !== 0) return;
      start = localX(e);
      last = start;
      sent = null;
      sentRange = null;
      suppressClick = false;
    };
    const move = (e: PointerEvent) => {
      if (start === null) return;
      const x = localX(e);
      if (Math.abs(x - start) < 4) return;
      last = x;
      // At most one range a frame, sent at once: Chromium already delivers pointermoves once a frame, just before
      // its animation frame, so waiting for requestAnimationFrame would only push the redraw a frame later. A second
      // move within the same frame (other browsers) waits for the next one.
      if (!frame) {
        emit(x, 'move');
        frame = requestAnimationFrame(() => {
          frame = 0;
          if (start !== null && last !== null && last !== x) emit(last, 'move');
        });
      }
      if (!rect) {
        // Captured only once it is a drag: a captured pointer's click would miss the bar's link.
        if (svg.hasPointerCapture && !svg.hasPointerCapture(e.pointerId)) svg.setPointerCapture(e.pointerId);
        rect = document.createElementNS(SVG_NS, 'rect');
        rect.setAttribute('fill', '#4dabf7');
        rect.setAttribute('fill-opacity', '0.25');
        rect.setAttribute('pointer-events', 'none');
        rect.setAttribute('y', '0');
        rect.setAttribute('height', String(svg.viewBox.baseVal?.height || svg.clientHeight));
        rect.setAttribute('data-testid', 'brush-rect');
        svg.appendChild(rect);
      }
      rect.setAttribute('x', String(Math.min(x, start)));
      rect.setAttribute('width', String(Math.abs(x - start)));
    };
    const finish = (x: number) => {
      if (start === null) return;
      cancelAnimationFrame(frame);
      frame = 0;
      if (Math.abs(x - start) >= 4) {
        suppressClick = true;
        emit(x, 'end');
      }
      rect?.remove();
      rect = null;
      start = null;
      last = null;
    };
    const up = (e: PointerEvent) => finish(localX(e));
    // A cancelled pointer (the browser took it over) ends the brush at the last position it reached.
    const cancel = () => finish(last ?? start ?? 0);
    const noNativeDrag = (e: DragEvent) => e.preventDefault();
    const click = (e: MouseEvent) => {
      if (!suppressClick) return;
      e.preventDefault();
      e.stopPropagation();
      suppressClick = false;
    };
    svg.style.setProperty('cursor', 'crosshair');
    svg.addEventListener('pointerdown', down);
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    window.addEventListener('pointercancel', cancel);
    svg.addEventListener('dragstart', noNativeDrag);
    svg.addEventListener('click', click, true);
    return () => {
      svg.removeEventListener('pointerdown', down);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      window.removeEventListener('pointercancel', cancel);
      svg.removeEventListener('dragstart', noNativeDrag);
      svg.removeEventListener('click', click, true);
      cancelAnimationFrame(frame);
      rect?.remove();
    };
  }, [chart]);
}
