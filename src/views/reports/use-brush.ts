import { useEffect } from 'react';

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

/**
 * A horizontal brush over a Plot chart with a linear x scale of quarter indexes. A drag selects the quarters it
 * covers; a click without a drag falls through to the bar's link (its drill-down).
 */
export function useBrush(chart: Element | null, onBrush: (range: [number, number]) => void): void {
  useEffect(() => {
    if (!chart) return;
    const svg = (
      chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector(':scope > svg')
    ) as SVGSVGElement | null;
    const plot = chart as Element & { scale?: (name: string) => XScale | undefined };
    const scale = plot.scale?.('x');
    if (!svg || !scale) return;
    let start: number | null = null;
    let rect: SVGRectElement | null = null;
    let suppressClick = false;
    const localX = (e: PointerEvent) => e.clientX - svg.getBoundingClientRect().left;
    const down = (e: PointerEvent) => {
      if (e.button !== 0) return;
      start = localX(e);
      suppressClick = false;
    };
    const move = (e: PointerEvent) => {
      if (start === null) return;
      const x = localX(e);
      if (Math.abs(x - start) < 4) return;
      if (!rect) {
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
    const up = (e: PointerEvent) => {
      if (start === null) return;
      const x = localX(e);
      const dragged = Math.abs(x - start) >= 4;
      if (dragged) {
        suppressClick = true;
        const range = quartersBetween(invertLinear(scale, start), invertLinear(scale, x));
        if (range) onBrush(range);
      }
      rect?.remove();
      rect = null;
      start = null;
    };
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
    svg.addEventListener('click', click, true);
    return () => {
      svg.removeEventListener('pointerdown', down);
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      svg.removeEventListener('click', click, true);
      rect?.remove();
    };
  }, [chart, onBrush]);
}
